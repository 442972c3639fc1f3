"""The service desk's actions as commands (desktop/services/commands.py):
what the Service desk screen, the counter and a background job send."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.models import CaseInteraction
from desktop.services import cases, inputs
from desktop.services.auth import Actor
from desktop.services.cases.views import CaseDetail
from desktop.services.commands import Command, handles
from desktop.services.context import Context

NOTES = 8000  # characters of notes or a comment: a long letter
REASON = 2000


@dataclass(frozen=True)
class LogContact(Command[CaseDetail]):
    """A call, visit, email or letter, either way."""

    case_id: int
    channel: str
    direction: str
    summary: str
    notes: str = ""
    minutes: int = 0

    def check(self) -> None:
        inputs.text(self.summary, "summary", CaseInteraction.summary)
        inputs.text(self.notes, "notes", limit=NOTES, lines=True)


@dataclass(frozen=True)
class SetWaiting(Command[CaseDetail]):
    """Waiting on the customer (the clocks stop), on a department, or back to open (None)."""

    case_id: int
    on: str | None


@dataclass(frozen=True)
class Escalate(Command[CaseDetail]):
    case_id: int
    reason: str

    def check(self) -> None:
        inputs.text(self.reason, "reason", limit=REASON, lines=True)


@dataclass(frozen=True)
class Transfer(Command[CaseDetail]):
    """To another department; the first owner keeps following it up."""

    case_id: int
    department: str
    reason: str

    def check(self) -> None:
        inputs.text(self.department, "department", limit=40)
        inputs.text(self.reason, "reason", limit=REASON, lines=True)


@dataclass(frozen=True)
class Resolve(Command[CaseDetail]):
    case_id: int
    summary: str

    def check(self) -> None:
        inputs.text(self.summary, "summary", CaseInteraction.summary)


@dataclass(frozen=True)
class RecordFollowUp(Command[CaseDetail]):
    """The follow-up call: reached or not, and the customer's score."""

    case_id: int
    reached: bool
    score: int | None = None
    comment: str = ""

    def check(self) -> None:
        inputs.text(self.comment, "comment", limit=NOTES, lines=True)


@dataclass(frozen=True)
class GiveFeedback(Command[None]):
    """A score at the counter, after a return or a case."""

    score: int
    comment: str = ""
    case_id: int | None = None
    return_id: str | None = None

    def check(self) -> None:
        inputs.text(self.comment, "comment", limit=NOTES, lines=True)


@handles(cases.OpenCase)
def _open(ctx: Context, command: cases.OpenCase, actor: Actor) -> CaseDetail:
    return cases.open_case(ctx, command, actor)


@handles(LogContact)
def _log(ctx: Context, command: LogContact, actor: Actor) -> CaseDetail:
    return cases.log_contact(ctx, command.case_id, actor, command.channel, command.direction, command.summary,
                             command.notes, command.minutes)


@handles(SetWaiting)
def _wait(ctx: Context, command: SetWaiting, actor: Actor) -> CaseDetail:
    return cases.set_waiting(ctx, command.case_id, actor, command.on)


@handles(Escalate)
def _escalate(ctx: Context, command: Escalate, actor: Actor) -> CaseDetail:
    return cases.escalate(ctx, command.case_id, actor, command.reason)


@handles(Transfer)
def _transfer(ctx: Context, command: Transfer, actor: Actor) -> CaseDetail:
    return cases.transfer(ctx, command.case_id, actor, command.department, command.reason)


@handles(Resolve)
def _resolve(ctx: Context, command: Resolve, actor: Actor) -> CaseDetail:
    return cases.resolve(ctx, command.case_id, actor, command.summary)


@handles(RecordFollowUp)
def _follow_up(ctx: Context, command: RecordFollowUp, actor: Actor) -> CaseDetail:
    return cases.record_follow_up(ctx, command.case_id, actor, command.reached, command.score, command.comment)


@handles(GiveFeedback)
def _feedback(ctx: Context, command: GiveFeedback, actor: Actor) -> None:
    cases.give_feedback(ctx, actor, command.score, command.comment, case_id=command.case_id,
                        return_id=command.return_id)
