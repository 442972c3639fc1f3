"""A register cut off from the shared database: returns against its own
copy, within what the policy lets go offline, journaled, and synced back
exactly once, with lines two registers both returned flagged."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from desktop.models import (
    AuditEntry,
    OfflineAllowance,
    OfflineConflict,
    OfflineEntry,
    OverrideRequest,
    RefundTender,
    Return,
    Sale,
    SaleLine,
    SaleTender,
    Voucher,
)
from desktop.services import audit, reports, returns
from desktop.services.commands import handle
from desktop.services.context import Context
from desktop.services.offline import JournalBroken, OfflineRefused, OfflineRegister
from tests.conftest import Clock, install_policy, make_context
from tests.integration.test_returns import MANAGER, count, request, sign_in

OFFLINE = """
[offline]
tenders = ["store_credit", "cash"]
register_budget = "300.00"
store_budget = "500.00"
"""


@pytest.fixture
def registers(ctx: Context, seeded_url: str, tmp_path: Path, clock: Clock):  # type: ignore[no-untyped-def]
    install_policy(ctx, tmp_path, OFFLINE)
    second = make_context(seeded_url, tmp_path / "r2", clock, register="02")
    (tmp_path / "r2").mkdir(exist_ok=True)
    made = [OfflineRegister(ctx, tmp_path / "offline-01.sqlite3"),
            OfflineRegister(second, tmp_path / "offline-02.sqlite3")]
    yield made
    for register in made:
        if register._local is not None:
            register._local.db.dispose()
    second.db.dispose()


def items(lines: list[int], qty: int = 1) -> list[dict]:
    return [{"line": n, "qty": qty, "condition": "new", "reason": "changed_mind"} for n in lines]


def test_a_return_offline_is_synced_once(ctx: Context, registers: list[OfflineRegister],
                                         samples: dict[str, str]) -> None:
    register = registers[0]
    copied = register.refresh()
    assert copied.full and copied.sales > 0 and copied.allowance == 30000
    local = register.local
    actor = sign_in(local)  # the PIN checked against the copy
    code = samples["split_tender"]
    reply = returns.process(request(code, items([1]), key="off-1", refund_to="store_credit"), actor, local)
    assert reply.status == "completed"
    assert register.waiting() == 1 and count(ctx, Return, Return.idempotency_key == "off-1") == 0
    with local.uow() as uow:
        entry = uow.session.scalars(select(OfflineEntry)).one()
        assert entry.return_doc_id == reply.return_id and entry.refund_cents > 0
        assert uow.session.scalars(select(Return)).one().offline
    # The same press again at the counter: the copy answers with the first reply.
    again = returns.process(request(code, items([1]), key="off-1", refund_to="store_credit"), actor, local)
    assert again.replayed and again.return_id == reply.return_id
    synced = register.sync()
    assert (synced.entries, synced.already, synced.conflicts) == (1, 0, [])
    assert register.waiting() == 0
    with ctx.uow() as uow:
        ret = uow.session.scalars(select(Return).where(Return.idempotency_key == "off-1")).one()
        assert ret.doc_id == reply.return_id and ret.offline
        assert [t.type for t in ret.tenders] == ["store_credit"]
        voucher = uow.session.get(Voucher, ret.tenders[0].voucher_id)
        assert voucher is not None and voucher.doc_id == reply.body["tenders"][0]["voucher_id"]
        line = uow.session.scalars(select(SaleLine).join(Sale).where(Sale.doc_id == code,
                                                                     SaleLine.line_no == 1)).one()
        assert line.returned_qty == line.qty
        allowance = uow.session.scalars(select(OfflineAllowance).where(OfflineAllowance.released_at.is_not(None))).one()
        assert allowance.spent_cents == ret.refund_total_cents
    assert register.sync().entries == 0  # nothing twice
    assert count(ctx, Return, Return.idempotency_key == "off-1") == 1
    verification = audit.verify_everything(ctx)
    assert verification.ok, (verification.chains, verification.problems)
    # Online again the copy is refreshed, with a new allowance, and the line stays returned.
    assert register.refresh().allowance == 30000
    refused = returns.process(request(code, items([1]), key="off-2", refund_to="store_credit"), actor, local)
    assert refused.status == "denied"


def test_a_sync_that_died_after_the_shared_commit_marks_the_entry(ctx: Context, registers: list[OfflineRegister],
                                                                  samples: dict[str, str]) -> None:
    register = registers[0]
    register.refresh()
    actor = sign_in(register.local)
    returns.process(request(samples["split_tender"], items([1]), key="crash-1", refund_to="store_credit"), actor,
                    register.local)
    register.sync()
    with register.local.uow(write=True) as uow:  # as if the register died before marking it
        uow.session.execute(update(OfflineEntry).values(synced_at=None, synced_return_id=None))
        uow.commit()
    again = register.sync()
    assert (again.entries, again.already) == (0, 1)
    assert count(ctx, Return, Return.idempotency_key == "crash-1") == 1


def test_what_cannot_go_offline_is_refused_before_anything_is_written(
        ctx: Context, registers: list[OfflineRegister], samples: dict[str, str], tmp_path: Path) -> None:
    install_policy(ctx, tmp_path, OFFLINE.replace('"300.00"', '"10.00"'))
    register = registers[0]
    assert register.refresh().allowance == 1000
    local = register.local
    actor = sign_in(local)
    with pytest.raises(OfflineRefused, match="card"):  # paid by card: back to the card needs the network
        returns.process(request(samples["bogo"], items([1]), key="card-1"), actor, local)
    with pytest.raises(OfflineRefused, match="without a receipt"):
        returns.process(request(None, [{"sku": "HW-0001", "qty": 1, "condition": "new", "reason": "changed_mind"}],
                                key="nr-1", customer={"id": "C42", "id_verified": True}), actor, local)
    # Worth more than the allowance: refused, whole.
    with pytest.raises(OfflineRefused, match="more than this register may refund offline"):
        returns.process(request(samples["split_tender"], items([1]), key="big-1", refund_to="store_credit"), actor,
                        local)
    with local.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Return)) == 0
        assert uow.session.scalar(select(func.count()).select_from(OfflineEntry)) == 0


def test_the_store_budget_bounds_every_registers_allowance(ctx: Context, registers: list[OfflineRegister]) -> None:
    first, second = registers
    assert first.refresh().allowance == 30000
    assert second.refresh().allowance == 20000  # 500.00 for the store, 300.00 taken by register 01
    with ctx.uow() as uow:
        open_grants = uow.session.scalar(select(func.sum(OfflineAllowance.granted_cents)).where(
            OfflineAllowance.released_at.is_(None)))
    assert open_grants == 50000


def test_two_registers_returning_one_line_offline_are_flagged(ctx: Context, registers: list[OfflineRegister],
                                                              samples: dict[str, str]) -> None:
    code = samples["split_tender"]
    replies = []
    for number, register in enumerate(registers):
        register.refresh()
        actor = sign_in(register.local)
        replies.append(returns.process(request(code, items([1]), key=f"twice-{number}", refund_to="store_credit"),
                                       actor, register.local))
    assert all(reply.status == "completed" for reply in replies)
    assert registers[0].sync().conflicts == []
    conflicts = registers[1].sync().conflicts
    assert len(conflicts) == 1 and replies[1].return_id in conflicts[0]
    with ctx.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Return).where(Return.idempotency_key.like(
            "twice-%"))) == 2  # both kept: the money went out twice
        conflict = uow.session.scalars(select(OfflineConflict)).one()
        assert conflict.kind == "line" and conflict.others == [replies[0].return_id] and conflict.over == 1
        line = uow.session.get(SaleLine, conflict.sale_line_id)
        assert line is not None and line.returned_qty == line.qty  # never beyond what was sold
        assert uow.session.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.action == "return.completed", AuditEntry.entity_id == replies[1].return_id)) == 1
    assert audit.verify_everything(ctx).ok
    report = handle(ctx, reports.RunReport("offline-conflicts", reports.ReportQuery(
        ctx.now().date(), ctx.now().date(), "0001")), sign_in(ctx, MANAGER))
    assert [(row[1], row[4], row[5]) for row in report.rows] == [(code, replies[1].return_id, replies[0].return_id)]
    assert reports.to_json(report)["rows"][0]["status"] == "open"


def test_cash_offline_is_booked_against_the_sales_cash(ctx: Context, registers: list[OfflineRegister],
                                                       samples: dict[str, str]) -> None:
    register = registers[0]
    register.refresh()
    actor = sign_in(register.local)
    # Over the drawer's cash limit: the manager approves at the counter, the PIN checked against the copy.
    manager = sign_in(register.local, MANAGER)
    reply = returns.process(request(samples["cash"], items([2]), key="cash-ok"), actor, register.local,
                            returns.Approval(manager, "regular customer"))
    assert reply.status == "completed", reply.body["decision"]
    assert [t.type for t in reply.refunds] == ["cash"]
    register.sync()
    with ctx.uow() as uow:
        tender = uow.session.scalars(select(SaleTender).join(Sale).where(Sale.doc_id == samples["cash"])).one()
        refund = uow.session.scalars(select(RefundTender).join(Return).where(Return.idempotency_key == "cash-ok")).one()
        assert tender.refunded_cents == refund.amount_cents > 0
        override = uow.session.scalars(select(OverrideRequest).where(
            OverrideRequest.return_id == refund.return_id)).one()
        assert override.status == "approved" and override.decided_by_id == manager.staff_id
    verification = audit.verify_everything(ctx)
    assert verification.ok, (verification.chains, verification.problems)


def test_a_journal_changed_before_it_synced_is_not_synced(ctx: Context, registers: list[OfflineRegister],
                                                          samples: dict[str, str]) -> None:
    register = registers[0]
    register.refresh()
    actor = sign_in(register.local)
    returns.process(request(samples["split_tender"], items([1]), key="bent-1", refund_to="store_credit"), actor,
                    register.local)
    with register.local.uow(write=True) as uow:  # someone with the file lowers what was refunded
        uow.session.execute(update(OfflineEntry).values(refund_cents=1))
        uow.commit()
    with pytest.raises(JournalBroken, match="changed after entry 1"):
        register.sync()
    assert count(ctx, Return, Return.idempotency_key == "bent-1") == 0


def test_a_return_committed_online_then_taken_again_offline_another_way_is_kept_and_flagged(
        ctx: Context, registers: list[OfflineRegister], samples: dict[str, str]) -> None:
    """The connection dropped after the shared database committed, before the
    reply came back: the clerk took the same return again offline, refunded
    as store credit instead of to the card. Both happened: both are kept."""
    register = registers[0]
    register.refresh()
    code = samples["split_tender"]
    online = returns.process(request(code, items([1]), key="lost-reply"), sign_in(ctx), ctx)
    assert online.status == "completed"
    offline = returns.process(request(code, items([1]), key="lost-reply", refund_to="store_credit"),
                              sign_in(register.local), register.local)
    assert offline.status == "completed"  # the copy did not know of the online return
    synced = register.sync()
    assert synced.entries == 1 and len(synced.conflicts) >= 1
    with ctx.uow() as uow:
        keys = sorted(uow.session.scalars(select(Return.idempotency_key).where(
            Return.idempotency_key.like("lost-reply%"))))
        assert keys == ["lost-reply", "lost-reply:offline"]
        assert uow.session.scalar(select(func.count()).select_from(OfflineConflict)) >= 1
    assert audit.verify_everything(ctx).ok


def test_a_manager_settles_a_conflict_once(ctx: Context, registers: list[OfflineRegister],
                                           samples: dict[str, str]) -> None:
    from desktop.services.errors import Forbidden, RequestError
    from desktop.services.offline.settling import SettleConflict

    code = samples["split_tender"]
    for register in registers:
        register.refresh()
    for number, register in enumerate(registers):  # both cut off at once, both take the line back
        returns.process(request(code, items([1]), key=f"settle-{number}", refund_to="store_credit"),
                        sign_in(register.local), register.local)
    for register in registers:
        register.sync()
    with ctx.uow() as uow:
        conflict_id = uow.session.scalars(select(OfflineConflict.id)).one()
    with pytest.raises(Forbidden):
        handle(ctx, SettleConflict(conflict_id, "called the customer"), sign_in(ctx))
    assert handle(ctx, SettleConflict(conflict_id, "called the customer"), sign_in(ctx, MANAGER)) == conflict_id
    with pytest.raises(RequestError, match="already settled"):
        handle(ctx, SettleConflict(conflict_id, "again"), sign_in(ctx, MANAGER))
    with ctx.uow() as uow:
        conflict = uow.session.get(OfflineConflict, conflict_id)
        assert conflict is not None and conflict.resolution == "called the customer"
    assert audit.verify_everything(ctx).ok


def test_the_status_it_tells(ctx: Context, registers: list[OfflineRegister], samples: dict[str, str]) -> None:
    register = registers[0]
    assert register.status()["ready"] is False
    register.refresh()
    returns.process(request(samples["split_tender"], items([1]), key="status-1", refund_to="store_credit"),
                    sign_in(register.local), register.local)
    status = register.status()
    assert status["ready"] and status["waiting"] == 1 and status["journal_intact"]
    assert status["allowance_cents"] == 30000 and 0 < status["allowance_left_cents"] < 30000


def test_returndesk_offline_status_and_refresh(cli_env: dict[str, str], ctx: Context, tmp_path: Path) -> None:
    import json
    import subprocess
    import sys

    install_policy(ctx, tmp_path, OFFLINE)

    def run(*args: str) -> dict:
        done = subprocess.run([sys.executable, "-m", "desktop", "offline", *args], env=cli_env, capture_output=True,
                              text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)

    assert run("status")["ready"] is False
    assert run("refresh")["allowance_cents"] == 30000
    status = run("status")
    assert status["ready"] and status["waiting"] == 0 and status["journal_intact"]
    assert run("sync") == {"sent": 0, "already_there": 0, "conflicts": []}


def test_without_an_offline_policy_no_copy_is_ever_made(ctx: Context, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """The window refreshes every minute: a store whose policy keeps returns
    online gets no file, no migration (Alembic's 11 MB and a schema built and
    thrown away), no allowance, turn after turn."""
    import desktop.services.offline as offline

    migrated: list[object] = []
    monkeypatch.setattr(offline.schema, "upgrade", lambda engine: migrated.append(engine))
    register = OfflineRegister(ctx, tmp_path / "offline-01.sqlite3")
    for _turn in range(2):
        copied = register.refresh()
        assert (copied.sales, copied.allowance) == (0, 0)
        assert not register.path.exists() and register._local is None and not register.ready
    assert migrated == []
    assert count(ctx, OfflineAllowance) == 0
