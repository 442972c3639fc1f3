"""Exchanges: the return's store credit pays for the new items; the
difference is paid, or stays on the voucher; a voucher is never spent twice."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.models import Product, Sale, SaleTender, Voucher
from desktop.services import auth, returns, sales
from desktop.services.context import Context
from desktop.services.counter import open_receipt
from desktop.services.errors import RequestError
from desktop.services.receipts import find_sale


def returned_to_credit(ctx: Context, actor: auth.Actor, code: str) -> tuple[str, int]:
    line = open_receipt(ctx, code).lines[0]
    reply = returns.process(returns.parse_request({
        "receipt": code, "items": [{"line": line.line, "qty": 1, "reason": "wrong_size"}],
        "refund_to": "store_credit", "idempotency_key": f"x-{code}"}), actor, ctx)
    assert reply.status == "completed", reply.body
    tender = reply.body["tenders"][0]
    return tender["voucher_id"], int(tender["amount"].replace(".", ""))


def product_priced(ctx: Context, cheaper_than: int | None = None, dearer_than: int | None = None) -> str:
    with ctx.uow() as uow:
        query = select(Product.sku).where(Product.active.is_(True))
        if cheaper_than is not None:
            query = query.where(Product.price_cents * 2 < cheaper_than).order_by(Product.price_cents.desc())
        if dearer_than is not None:
            query = query.where(Product.price_cents > dearer_than).order_by(Product.price_cents)
        return uow.session.scalars(query.limit(1)).one()


def test_a_cheaper_item_leaves_the_rest_on_the_voucher(ctx: Context, samples: dict[str, str]) -> None:
    actor = auth.sign_in(auth.SignIn("1001", "2468"), ctx)
    voucher, credit = returned_to_credit(ctx, actor, samples["coupon"])
    sku = product_priced(ctx, cheaper_than=credit)
    quote = sales.quote(ctx, [(sku, 1)])
    done = sales.exchange(ctx, actor, voucher, [(sku, 1)])
    assert (done.from_voucher, done.paid, done.voucher_left) == (quote.total, 0, credit - quote.total)
    with ctx.uow() as uow:
        sale = find_sale(uow.session, done.sale_id).sale
        assert [line.sku for line in sale.lines] == [sku] and sale.total_cents == quote.total
        assert [(t.type, t.amount_cents) for t in sale.tenders] == [("store_credit", quote.total)]
        assert uow.session.scalar(select(Voucher.balance_cents).where(Voucher.doc_id == voucher)) == \
            credit - quote.total


def test_a_dearer_item_needs_the_difference_paid_and_the_voucher_is_spent_once(ctx: Context,
                                                                              samples: dict[str, str]) -> None:
    actor = auth.sign_in(auth.SignIn("1001", "2468"), ctx)
    voucher, credit = returned_to_credit(ctx, actor, samples["bogo"])
    sku = product_priced(ctx, dearer_than=credit)
    with pytest.raises(RequestError, match="more: the customer pays it"):
        sales.exchange(ctx, actor, voucher, [(sku, 1)])
    with pytest.raises(RequestError, match="last 4 digits"):
        sales.exchange(ctx, actor, voucher, [(sku, 1)], payment="card", last4="4242424242424242")
    done = sales.exchange(ctx, actor, voucher, [(sku, 1)], payment="card", last4="4242")
    assert done.from_voucher == credit and done.paid == done.total - credit and done.voucher_left == 0
    with ctx.uow() as uow:
        tenders = uow.session.scalars(select(SaleTender).join(Sale).where(Sale.doc_id == done.sale_id)
                                      .order_by(SaleTender.position)).all()
        assert [(t.type, t.amount_cents, t.last4) for t in tenders] == \
            [("store_credit", credit, None), ("card", done.paid, "4242")]
    again = sales.exchange(ctx, actor, voucher, [(sku, 1)], payment="cash")
    assert again.from_voucher == 0 and again.paid == again.total  # nothing left on it


def test_only_a_voucher_pays_an_exchange(ctx: Context, samples: dict[str, str]) -> None:
    actor = auth.sign_in(auth.SignIn("1001", "2468"), ctx)
    with pytest.raises(RequestError, match="paid with the return's voucher"):
        sales.exchange(ctx, actor, samples["bogo"], [("SKU100001", 1)])
