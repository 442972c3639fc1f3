"""The customer view across stores, privacy, and goodwill gestures from
request to a voucher redeemed at another counter."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.models import AuditEntry, Chain, Customer, Voucher
from desktop.services import auth, cases, customers, documents, goodwill, reports, returns, sales
from desktop.services.commands import handle
from desktop.services.context import Context
from desktop.services.counter import open_receipt
from desktop.services.errors import Forbidden, RequestError
from tests.conftest import Clock, install_policy, make_context


def clerk(ctx: Context) -> auth.Actor:
    return auth.sign_in(auth.SignIn("1001", "2468"), ctx)


def test_a_customers_history_in_one_view(ctx: Context, samples: dict[str, str]) -> None:
    actor = clerk(ctx)
    receipt = open_receipt(ctx, samples["gold_member"])
    assert receipt.customer_id == "C42"
    line = receipt.lines[0]
    returns.process(returns.parse_request({"receipt": samples["gold_member"], "items": [
        {"line": line.line, "qty": 1, **({"serial": line.serial} if line.serial else {})}],
        "idempotency_key": "cv-1"}), actor, ctx)
    cases.open_case(ctx, cases.OpenCase(type="complaint", channel="phone", subject="Slow delivery",
                                        customer_code="C42"), actor)
    assert ("C42", ) == tuple(code for code, _, _ in customers.find(ctx, actor, samples["gold_member"]))
    seen = customers.view(ctx, actor, "c42")
    assert seen.code == "C42" and seen.tier == "gold" and seen.purchases_total >= 2
    assert samples["gold_member"] in [p.receipt for p in seen.purchases]
    assert [r.receipt for r in seen.returns] == [samples["gold_member"]]
    assert [c.subject for c in seen.cases] == ["Slow delivery"]
    assert "returns" in seen.no_receipt and "365 days" in seen.no_receipt
    exported = customers.export(ctx, actor, "C42")
    assert len(exported["purchases"]) == seen.purchases_total
    with ctx.uow() as uow:
        assert uow.session.scalar(select(AuditEntry.entity_id).where(AuditEntry.action == "customer.exported")) == "C42"


def test_a_customer_of_another_chain_stays_private(ctx: Context) -> None:
    with ctx.uow(write=True) as uow:
        other = Chain(code="OTHER", name="Another retailer")
        uow.session.add(other)
        uow.session.flush()
        uow.session.add(Customer(chain_id=other.id, code="X1", name="Not Ours", phone="555-0000"))
        uow.commit()
    actor = clerk(ctx)
    with pytest.raises(Forbidden, match="another chain"):
        customers.view(ctx, actor, "X1")
    assert customers.find(ctx, actor, "Not Ours") == []


def test_goodwill_requested_approved_printed_and_redeemed_elsewhere(ctx: Context, seeded_url: str, tmp_path: Path,
                                                                   clock: Clock) -> None:
    actor = clerk(ctx)
    with pytest.raises(RequestError, match="needs an amount"):
        goodwill.request(ctx, actor, "C42", "store_credit", "late delivery")
    asked = goodwill.request(ctx, actor, "C42", "store_credit", "delivery two weeks late", amount=2500)
    assert [g.id for g in goodwill.pending(ctx, actor)] == [asked.id]
    with pytest.raises(Forbidden, match="cannot approve"):
        goodwill.decide(ctx, asked.id, "1002", "1122", approve=True)
    given = goodwill.decide(ctx, asked.id, "9001", "1357", approve=True, note="fair")
    assert given.status == "approved" and given.voucher is not None and given.decided_by == "Morgan Lee"
    with ctx.uow() as uow:
        printed = documents.document(uow.session, given.voucher)
        voucher = uow.session.scalars(select(Voucher).where(Voucher.doc_id == given.voucher)).one()
        assert voucher.origin == "goodwill" and voucher.amount_cents == 2500
    assert printed.big_amount == "$25.00"
    # Redeemed at another counter: register 02 sells an item against it.
    other = make_context(seeded_url, tmp_path / "r2", clock, register="02")
    (tmp_path / "r2").mkdir(exist_ok=True)
    seller = auth.sign_in(auth.SignIn("1002", "1122"), other)
    with other.uow() as uow:
        from desktop.models import Product

        sku = uow.session.scalar(select(Product.sku).where(Product.price_cents < 2000).limit(1))
    done = sales.exchange(other, seller, given.voucher, [(sku, 1)])
    assert done.from_voucher > 0 and done.voucher_left == 2500 - done.from_voucher
    other.db.dispose()
    flowers = goodwill.request(ctx, actor, "C42", "other", "birthday", description="sent flowers")
    goodwill.decide(ctx, flowers.id, "9001", "1357", approve=True)
    manager = auth.sign_in(auth.SignIn("9001", "1357"), ctx)
    today = reports.ReportQuery(clock.now.date(), clock.now.date(), "0001")
    report = handle(ctx, reports.RunReport("goodwill", today), manager)
    assert [(row[2], row[3]) for row in report.rows] == [(2, "25.00")]


def test_goodwill_is_limited_per_manager_per_month(ctx: Context, tmp_path: Path) -> None:
    install_policy(ctx, tmp_path, '[goodwill]\nmax_per_manager_per_month = "30.00"\n')
    actor = clerk(ctx)
    first = goodwill.request(ctx, actor, "C42", "discount", "broken zip", amount=2500)
    goodwill.decide(ctx, first.id, "9001", "1357", approve=True)
    second = goodwill.request(ctx, actor, "C42", "store_credit", "still unhappy", amount=1000)
    with pytest.raises(Forbidden, match=r"given \$25.00 of goodwill this month"):
        goodwill.decide(ctx, second.id, "9001", "1357", approve=True)
    from desktop.models import Staff, StaffApprovalStore, Store

    with ctx.uow(write=True) as uow:  # store 0002's manager also approves for 0001 (an area manager)
        cover = uow.session.scalars(select(Staff).where(Staff.code == "9002")).one()
        here = uow.session.scalars(select(Store).where(Store.code == "0001")).one()
        uow.session.add(StaffApprovalStore(staff_id=cover.id, store_id=here.id))
        uow.commit()
    assert goodwill.decide(ctx, second.id, "9002", "9753", approve=True).status == "approved"  # another manager


def test_wildcards_typed_in_a_search_are_searched_for_as_they_are(ctx: Context) -> None:
    """'%%' or '_' would match every customer as a LIKE pattern (a leak of the customer list)."""
    with ctx.uow(write=True) as uow:
        chain = uow.session.scalar(select(Chain.id).limit(1))
        uow.session.add(Customer(chain_id=chain, code="X900", name="50% Off Club", phone="555-0190"))
        uow.commit()
    actor = clerk(ctx)
    assert [code for code, _, _ in customers.find(ctx, actor, "%%")] == []
    assert [code for code, _, _ in customers.find(ctx, actor, "__")] == []
    assert [code for code, _, _ in customers.find(ctx, actor, "0% O")] == ["X900"]
    assert [code for code, _, _ in cases.find_customers(ctx, "%%")] == []
