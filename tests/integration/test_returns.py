"""The return transaction against a real database: what is written, and
what is never written."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, text

from desktop.db import prepared
from desktop.db.errors import DatabaseUnavailable
from desktop.models import (
    AuditEntry,
    CustomerIdCheck,
    OverrideRequest,
    RefundTender,
    Return,
    ReturnLine,
    Sale,
    SaleLine,
    SaleTender,
    Voucher,
)
from desktop.services import auth, returns
from desktop.services.context import Context
from desktop.services.errors import Forbidden, RequestError
from desktop.services.receipts import find_sale, receipt_json
from tests.conftest import make_context

CLERK, MANAGER = ("1001", "2468"), ("9001", "1357")


def sign_in(ctx: Context, who: tuple[str, str] = CLERK) -> auth.Actor:
    return auth.sign_in(auth.SignIn(*who), ctx)


def request(receipt: str | None, items: list[dict], key: str = "k-1", **extra: object) -> returns.ReturnRequest:
    return returns.parse_request({"receipt": receipt, "items": items, "idempotency_key": key, **extra})


def count(ctx: Context, model: type, *where: object) -> int:
    with ctx.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(model).where(*where))


def sale_line(ctx: Context, code: str, number: int) -> SaleLine:
    with ctx.uow() as uow:
        return uow.session.scalars(select(SaleLine).join(Sale).where(Sale.doc_id == code,
                                                                     SaleLine.line_no == number)).one()


def test_a_whole_return_writes_everything_once(ctx: Context, samples: dict[str, str]) -> None:
    actor = sign_in(ctx)
    code = samples["split_tender"]
    with ctx.uow() as uow:
        before = receipt_json(find_sale(uow.session, code))
    items = [{"line": n["line"], "qty": n["qty"], "condition": "new", "reason": "changed_mind"}
             for n in before["lines"]]
    reply = returns.process(request(code, items), actor, ctx)
    assert reply.status == "completed" and reply.exit_code == 0
    body = reply.body
    assert body["refund_total"] == before["total"]
    # Card first, cash last; each at most what it paid.
    assert [t["type"] for t in body["tenders"]] == ["card", "cash"]
    assert {t["type"]: t["amount"] for t in body["tenders"]} == {t["type"]: t["amount"] for t in before["tenders"]}
    with ctx.uow() as uow:
        after = receipt_json(find_sale(uow.session, code))
        ret = uow.session.scalars(select(Return).where(Return.doc_id == body["return_id"])).one()
        assert ret.reply == body and ret.staff_id == actor.staff_id
        assert len(ret.lines) == len(items) and all(line.disposition == "restock" for line in ret.lines)
        assert sum(t.amount_cents for t in ret.tenders) == ret.refund_total_cents
        actions = uow.session.scalars(select(AuditEntry.action).where(AuditEntry.entity_id == ret.doc_id)).all()
    assert all(line["returned_qty"] == line["qty"] for line in after["lines"])
    assert after["refunded_tenders"] == before["tenders"]
    assert sorted(actions) == ["refund.issued", "refund.issued", "return.completed"]
    # Nothing is left to return.
    again = returns.process(request(code, items[:1], key="k-2"), actor, ctx)
    assert again.status == "denied" and again.exit_code == 4
    assert again.body["decision"]["lines"][0]["reasons"] == ["QTY_EXCEEDS_REMAINING"]


def test_the_same_key_replays_the_first_reply(ctx: Context, samples: dict[str, str]) -> None:
    actor = sign_in(ctx)
    req = request(samples["coupon"], [{"line": 1, "qty": 1, "condition": "new"}])
    first = returns.process(req, actor, ctx)
    second = returns.process(req, actor, ctx)
    assert second.replayed and second.body == first.body
    assert count(ctx, Return) == 1
    assert sale_line(ctx, samples["coupon"], 1).returned_qty == 1
    different = request(samples["coupon"], [{"line": 2, "qty": 1, "condition": "new"}])
    with pytest.raises(RequestError, match="already used for a different request"):
        returns.process(different, actor, ctx)


def test_a_key_is_a_stores_own(ctx: Context, seeded_url: str, tmp_path, clock,  # type: ignore[no-untyped-def]
                               samples: dict[str, str]) -> None:
    """Two stores may both send "k-1" (a chain's HQ holds both): each is its
    own return, and neither store is given the other's reply (0014)."""
    first = returns.process(request(samples["coupon"], [{"line": 1, "qty": 1}]), sign_in(ctx), ctx)
    other_store = make_context(seeded_url, tmp_path / "riverside", clock, store="0002")
    try:
        riverside = auth.sign_in(auth.SignIn("2001", "2233"), other_store)
        second = returns.process(request(samples["split_tender"], [{"line": 1, "qty": 1}]), riverside, other_store)
    finally:
        other_store.db.dispose()
    assert first.status == second.status == "completed" and not second.replayed
    assert second.body["return_id"] != first.body["return_id"]
    assert count(ctx, Return) == 2


def test_needs_override_writes_nothing(ctx: Context, samples: dict[str, str]) -> None:
    actor = sign_in(ctx)
    reply = returns.process(request(samples["expired"], [{"line": 1, "qty": 1}]), actor, ctx)
    assert reply.status == "needs_override" and reply.exit_code == 3
    assert reply.body["decision"]["overrides_required"] == ["WINDOW_EXPIRED"]
    assert reply.body["return_id"] is None and reply.body["refund_total"] == "0.00"
    assert count(ctx, Return) == 0 and count(ctx, OverrideRequest) == 0


def test_a_manager_approves_at_the_counter(ctx: Context, samples: dict[str, str]) -> None:
    clerk = sign_in(ctx)
    manager = auth.authorize_manager(ctx, *MANAGER, requested_by=clerk.staff_id)
    req = request(samples["expired"], [{"line": 1, "qty": 1}], override={"reason": "loyal customer"})
    reply = returns.process(req, clerk, ctx, returns.Approval(manager, "loyal customer"))
    assert reply.status == "completed"
    assert reply.body["decision"]["lines"][0]["overridden"] == ["WINDOW_EXPIRED"]
    with ctx.uow() as uow:
        override = uow.session.scalars(select(OverrideRequest)).one()
        ret = uow.session.get(Return, override.return_id)
        approved = uow.session.scalars(select(AuditEntry).where(AuditEntry.action == "override.approved")).one()
    assert (override.status, override.codes, override.decided_by_id) == ("approved", "WINDOW_EXPIRED", manager.staff_id)
    assert override.decision_reason == "loyal customer" and override.requested_by_id == clerk.staff_id
    assert ret.approved_by_id == manager.staff_id
    assert approved.payload["requested_by"] == "1001"


def test_a_clerk_cannot_approve_and_a_manager_not_their_own(ctx: Context) -> None:
    clerk = sign_in(ctx)
    with pytest.raises(Forbidden, match="is a clerk and cannot approve"):
        auth.authorize_manager(ctx, "1002", "1122", requested_by=clerk.staff_id)
    manager = sign_in(ctx, MANAGER)
    with pytest.raises(Forbidden, match="their own return"):
        auth.authorize_manager(ctx, *MANAGER, requested_by=manager.staff_id)
    assert count(ctx, AuditEntry, AuditEntry.action == "override.forbidden") == 2


def test_wrong_pins_lock_the_account_everywhere_for_15_minutes(ctx: Context, clock) -> None:  # type: ignore[no-untyped-def]
    for _ in range(5):
        with pytest.raises(auth.AuthError, match="wrong staff ID or PIN"):
            sign_in(ctx, ("1001", "0000"))
    with pytest.raises(auth.AuthError, match="wrong staff ID or PIN") as locked:
        sign_in(ctx)  # the right PIN does not open a locked account, and says nothing more than a wrong one
    assert "locked for 15 minutes" in str(locked.value)
    failed = audit_actions(ctx, "signin.failed")
    assert [why for why in failed] == ["wrong PIN"] * 5 + ["locked"]
    assert count(ctx, AuditEntry, AuditEntry.action == "account.locked") == 1
    clock.advance(minutes=15, seconds=1)
    assert sign_in(ctx).code == "1001"


def audit_actions(ctx: Context, action: str) -> list[str]:
    with ctx.uow() as uow:
        return [entry.payload.get("why", "") for entry in uow.session.scalars(
            select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id))]


def test_an_unknown_id_is_refused_like_a_wrong_pin_and_audited(ctx: Context) -> None:
    with pytest.raises(auth.AuthError) as unknown:
        sign_in(ctx, ("4444", "1234"))
    with pytest.raises(auth.AuthError) as wrong:
        sign_in(ctx, ("1001", "0000"))
    assert str(unknown.value) == str(wrong.value)  # nothing tells whether an ID exists
    assert audit_actions(ctx, "signin.failed") == ["unknown ID", "wrong PIN"]


def test_without_the_pepper_check_nobody_signs_in_and_nobody_is_locked(ctx: Context) -> None:
    from desktop.models import Staff, SystemSetting

    with ctx.uow(write=True) as uow:
        uow.session.delete(uow.session.get(SystemSetting, auth.PEPPER_CHECK_KEY))
        uow.commit()
    for _ in range(6):
        with pytest.raises(auth.AuthError, match="does not record which PIN pepper"):
            sign_in(ctx)  # the right PIN, fail closed
    with ctx.uow() as uow:
        staff = uow.session.scalars(select(Staff).where(Staff.code == "1001")).one()
        assert staff.failed_pins == 0 and staff.locked_until is None


def test_a_manager_approves_for_their_own_store_and_the_stores_listed_for_them(ctx: Context,
                                                                                samples: dict[str, str]) -> None:
    from desktop.models import Staff, StaffApprovalStore, Store

    clerk = sign_in(ctx)
    with ctx.uow() as uow:
        other = uow.session.scalars(select(Staff).where(Staff.code == "9002")).one()  # store 0002's manager
        here = uow.session.scalars(select(Store).where(Store.code == clerk.store_code)).one()
        assert other.home_store_id != here.id
    with pytest.raises(Forbidden, match="not for store 0001"):
        auth.authorize_manager(ctx, "9002", "9753", requested_by=clerk.staff_id)
    with ctx.uow(write=True) as uow:
        uow.session.add(StaffApprovalStore(staff_id=other.id, store_id=here.id))
        uow.commit()
    assert auth.authorize_manager(ctx, "9002", "9753", requested_by=clerk.staff_id).code == "9002"


def test_unknown_staff_and_a_wrong_pepper(ctx: Context) -> None:
    with pytest.raises(auth.AuthError, match="wrong staff ID or PIN"):
        sign_in(ctx, ("4444", "1234"))
    ctx.pepper = b"another station's pepper"
    with pytest.raises(auth.AuthError, match="pepper differs"):
        sign_in(ctx)


def test_gift_receipt_refunds_store_credit_on_a_voucher(ctx: Context, samples: dict[str, str]) -> None:
    actor = sign_in(ctx)
    reply = returns.process(request(samples["gift"], [{"line": 1, "qty": 1}]), actor, ctx)
    (tender,) = reply.body["tenders"]
    assert tender["type"] == "store_credit" and len(tender["voucher_id"]) == 16
    assert tender["voucher_id"].startswith("30001")
    with ctx.uow() as uow:
        voucher = uow.session.scalars(select(Voucher)).one()
        ret = uow.session.scalars(select(Return)).one()
        refunded = uow.session.scalar(select(func.sum(SaleTender.refunded_cents)))
    assert ret.gift and voucher.balance_cents == voucher.amount_cents == ret.refund_total_cents
    assert refunded == 0  # the buyer's card is untouched


def test_no_receipt_return_counts_against_the_customers_limits(ctx: Context) -> None:
    actor = sign_in(ctx)
    with ctx.uow() as uow:
        sku, price = uow.session.execute(text(
            "SELECT sku, price_cents FROM products WHERE category = 'toys' ORDER BY id LIMIT 1")).one()
    item = {"sku": sku, "qty": 1, "condition": "new", "reason": "unwanted_gift"}
    customer = {"id": "C77", "id_verified": True, "id_type": "driving_licence"}
    denied = returns.process(request(None, [item], customer={"id": "C77", "id_verified": False}), actor, ctx)
    assert denied.body["decision"]["lines"][0]["reasons"] == ["ID_REQUIRED"]
    outcomes = []
    for n in range(4):
        reply = returns.process(request(None, [item], key=f"nr-{n}", customer=customer), actor, ctx)
        outcomes.append(reply.status)
    # Three a year are allowed; the fourth (or an earlier one over 150.00) needs a manager.
    assert outcomes.count("completed") >= 1 and outcomes[-1] == "needs_override"
    with ctx.uow() as uow:
        done = uow.session.scalars(select(Return).where(Return.sale_id.is_(None))).all()
        checks = uow.session.scalar(select(func.count()).select_from(CustomerIdCheck))
        assert all([t.type for t in r.tenders] == ["store_credit"] for r in done)
    assert checks == len(done)
    assert all(r.refund_total_cents <= price * 2 for r in done)


def test_a_partial_return_then_the_rest(ctx: Context, samples: dict[str, str]) -> None:
    actor = sign_in(ctx)
    code = samples["split_tender"]  # line 2 sold 2 units
    first = returns.process(request(code, [{"line": 2, "qty": 1}], key="p1"), actor, ctx)
    assert sale_line(ctx, code, 2).returned_qty == 1
    second = returns.process(request(code, [{"line": 2, "qty": 1}], key="p2"), actor, ctx)
    with ctx.uow() as uow:
        found = receipt_json(find_sale(uow.session, code))
    line = found["lines"][1]
    cents = lambda s: int(s.replace(".", ""))  # noqa: E731
    net = cents(line["unit_price"]) * 2 - cents(line["discount"])
    paid = net + cents(line["tax"])
    refunded = cents(first.body["refund_total"]) + cents(second.body["refund_total"])
    assert refunded == paid


@pytest.mark.parametrize("before", ["INSERT INTO refund_tenders", "INSERT INTO audit_log"])
def test_a_dropped_connection_loses_nothing_and_the_retry_refunds_once(
        ctx: Context, samples: dict[str, str], backend: str, before: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The connection goes away half-way through the return: after its row
    and the sale's totals, before the refund tenders (on PostgreSQL, the
    second of its round trips), or before the audit entries (the last trip,
    the one with the COMMIT)."""
    actor = sign_in(ctx)
    req = request(samples["coupon"], [{"line": 1, "qty": 1}], key="drop-1")
    state = {"armed": True}
    on_driver = prepared._on_driver

    def dropped_before(connection, sql, parameters, execute, **how):  # type: ignore[no-untyped-def]
        if state["armed"] and before in sql:
            state["armed"] = False
            if backend == "postgresql":  # the server ends this session
                pid = connection.exec_driver_sql("SELECT pg_backend_pid()").scalar()
                admin = ctx.db.engine.raw_connection()
                admin.cursor().execute(f"SELECT pg_terminate_backend({pid})")
                admin.commit()
                admin.close()
            else:  # the file's connection is closed under the transaction
                connection.connection.dbapi_connection.close()
        return on_driver(connection, sql, parameters, execute, **how)

    monkeypatch.setattr(prepared, "_on_driver", dropped_before)
    with pytest.raises(DatabaseUnavailable, match="nothing was refunded"):
        returns.process(req, actor, ctx)
    assert not state["armed"]
    assert count(ctx, Return) == 0 and count(ctx, ReturnLine) == 0 and count(ctx, RefundTender) == 0
    assert sale_line(ctx, samples["coupon"], 1).returned_qty == 0
    reply = returns.process(req, actor, ctx)
    assert reply.status == "completed"
    assert returns.process(req, actor, ctx).replayed
    assert count(ctx, Return) == 1 and sale_line(ctx, samples["coupon"], 1).returned_qty == 1


def test_the_demos_cash_sample_is_over_the_drawers_limit(ctx: Context, samples: dict[str, str]) -> None:
    """The sample README offers for the cash limit shows it: a whole return needs a manager."""
    actor = sign_in(ctx)
    with ctx.uow() as uow:
        lines = [line.line_no for line in find_sale(uow.session, samples["cash"]).sale.lines]
    decision = returns.preview(request(samples["cash"], [{"line": n, "qty": 1} for n in lines]), actor, ctx)
    assert decision.outcome == "needs_override" and "CASH_LIMIT" in decision.to_json()["overrides_required"]
