"""The one way in: handle(ctx, command, actor) refuses a role before any
work, runs the command's one handler and returns what it returns."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, ClassVar, cast

import pytest

from desktop.services import (
    cases,
    documents,
    goodwill,
    overrides,
    reference,
    replies,
    reports,
    returns,
    sales,
    staff_admin,
    store_settings,
    visits,
)
from desktop.services.auth import Actor
from desktop.services.commands import EVERYONE, MANAGERS, Command, handle, handles, registered
from desktop.services.context import Context
from desktop.services.errors import Forbidden, ServiceError
from desktop.services.imports.catalogue import ImportStaff

CTX = cast(Context, object())  # the bus passes it through; these handlers never open it


def actor(role: str) -> Actor:
    return Actor(7, "1007", "Sam", role, 1, "0001", 1, "01")


@dataclass(frozen=True)
class Tally(Command[int]):
    roles: ClassVar[frozenset[str]] = MANAGERS
    refusal: ClassVar[str] = "a {role} may not tally"
    amount: int


CALLS: list[Any] = []


@handles(Tally)
def _tally(ctx: Context, command: Tally, who: Actor) -> int:
    CALLS.append((ctx, command, who.code))
    return command.amount * 2


def test_a_command_reaches_its_handler_and_returns_its_result() -> None:
    CALLS.clear()
    assert handle(CTX, Tally(21), actor("manager")) == 42
    assert CALLS == [(CTX, Tally(21), "1007")]


def test_a_role_that_may_not_ask_is_refused_before_any_work() -> None:
    CALLS.clear()
    with pytest.raises(Forbidden, match="a clerk may not tally"):
        handle(CTX, Tally(1), actor("clerk"))
    assert CALLS == []


def test_a_command_has_one_handler() -> None:
    with pytest.raises(RuntimeError, match="already has a handler"):
        handles(Tally)(_tally)


def test_a_command_without_a_handler_is_an_error_not_a_silent_nothing() -> None:
    @dataclass(frozen=True)
    class Orphan(Command[None]):
        pass

    with pytest.raises(ServiceError, match="Orphan has no handler"):
        handle(CTX, Orphan(), actor("admin"))


def test_the_registered_commands_name_known_roles_and_managers_only_where_it_matters() -> None:
    known = registered()
    for kind in known:
        assert kind.roles <= EVERYONE and kind.roles, kind
    # What only managers and admins may ask for, whoever calls: a screen, the command line, a job.
    for kind in (reports.RunReport, staff_admin.ListStaff, staff_admin.AddStaff, staff_admin.SetRole,
                 staff_admin.SetStore, staff_admin.ResetPin, staff_admin.Deactivate, staff_admin.Reactivate,
                 store_settings.ChangeStoreSettings, reference.SaveAnswer, ImportStaff):
        assert kind in known and kind.roles == MANAGERS, kind
    for kind in (returns.PreviewReturn, returns.ProcessReturn, overrides.RequestOverride,
                 overrides.WithdrawOverride, overrides.DecideOverride, overrides.ApproveAtCounter,
                 overrides.RefuseAtCounter, goodwill.RequestGoodwill, goodwill.DecideGoodwill, cases.OpenCase,
                 cases.LogContact, cases.SetWaiting, cases.Escalate, cases.Transfer, cases.Resolve,
                 cases.RecordFollowUp, cases.GiveFeedback, replies.WriteReply, visits.CheckIn, visits.Serve,
                 visits.Leave, sales.Exchange, documents.Reprint, documents.ClosingSlip, documents.IssueGiftReceipt):
        assert kind in known and kind.roles == EVERYONE, kind  # finer rules (a manager's PIN, the store) inside


@pytest.mark.parametrize("command", [
    reports.RunReport("returns-per-day", reports.ReportQuery(dt.date(2026, 12, 1), dt.date(2026, 12, 1))),
    staff_admin.AddStaff("1009", "Kim", "clerk", "0001", "123456"),
    staff_admin.ResetPin("1001", "123456"),
    store_settings.ChangeStoreSettings(None, {"name": "x"}),
    reference.SaveAnswer("Opening hours", "9 to 5"),
])
def test_a_clerk_is_refused_every_managers_command(command: Command[Any]) -> None:
    with pytest.raises(Forbidden):
        handle(CTX, command, actor("clerk"))  # refused before the (fake) context is ever opened


def test_free_text_is_checked_before_any_work() -> None:
    """The same limits on SQLite and PostgreSQL: refused at the boundary, the field named."""
    from desktop.services.errors import RequestError

    with pytest.raises(RequestError, match="subject: at most 200 characters"):
        handle(CTX, cases.OpenCase(type="inquiry", channel="phone", subject="x" * 201), actor("clerk"))
    with pytest.raises(RequestError, match="summary: contains a control character"):
        handle(CTX, cases.LogContact(1, "phone", "in", "hello\x00"), actor("clerk"))
    with pytest.raises(RequestError, match="title: at most 120"):
        handle(CTX, reference.SaveAnswer("t" * 121, "body"), actor("manager"))
    with pytest.raises(RequestError, match="name: at most 120"):
        handle(CTX, visits.CheckIn("n" * 121), actor("clerk"))


def test_the_command_line_knows_every_report_without_importing_them() -> None:
    from desktop.cli.parser import REPORT_NAMES
    from desktop.services.reports import REPORTS

    assert REPORT_NAMES == tuple(sorted(REPORTS))
