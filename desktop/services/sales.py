"""Exchanges: the customer returns an item and takes another at once.

The return is completed first, as store credit on a voucher, which is a
real, scannable document: whatever happens next, nothing is lost. The new
items are then sold in one transaction, paid with that voucher (its balance
goes down, under the database's CHECK that it never goes below zero) and,
when the new items cost more, a card or cash payment for the difference.
What the new items do not use stays on the voucher: the difference refunded
as store credit.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import insert, select

from desktop.messages import QT_TR_NOOP
from desktop.models import Sale, SaleLine, SaleTender, Store, Voucher, table_of
from desktop.policy.docid import DocumentKind
from desktop.policy.money import Currency, apply_rate
from desktop.services import audit
from desktop.services.auth import Actor
from desktop.services.commands import Command, handles
from desktop.services.context import Context
from desktop.services.errors import NotFound, RequestError
from desktop.services.receipts import find_product, parse_code
from desktop.services.returns import issue_document_id


@dataclass(frozen=True)
class QuoteLine:
    sku: str
    name: str
    qty: int
    unit: int  # minor units
    tax: int
    total: int
    product_id: int
    category: str
    tax_rate: Decimal


@dataclass(frozen=True)
class Quote:
    lines: tuple[QuoteLine, ...]
    currency: str

    @property
    def total(self) -> int:
        return sum(line.total for line in self.lines)


@dataclass(frozen=True)
class ExchangeResult:
    sale_id: str  # the new sale's receipt
    total: int
    from_voucher: int
    paid: int
    payment: str | None
    voucher_id: str
    voucher_left: int


def quote(ctx: Context, codes: list[tuple[str, int]]) -> Quote:
    """Today's price and tax of the items the customer takes instead."""
    if not codes:
        raise RequestError(QT_TR_NOOP("scan the item the customer takes instead"))
    with ctx.uow() as uow:
        session = uow.session
        currency = session.scalar(select(Store.currency).where(Store.code == ctx.store_code)) or "USD"
        lines = []
        for code, qty in codes:
            if qty < 1:
                raise RequestError(QT_TR_NOOP("quantities start at 1"))
            product = find_product(session, code)
            net = product.price_cents * qty
            tax = apply_rate(net, product.tax_rate)
            lines.append(QuoteLine(product.sku, product.name, qty, product.price_cents, tax, net + tax, product.id,
                                   product.category, product.tax_rate))
        return Quote(tuple(lines), currency)


def exchange(ctx: Context, actor: Actor, voucher_code: str, codes: list[tuple[str, int]],
             payment: str | None = None, last4: str | None = None) -> ExchangeResult:
    """Sell the new items against the return's voucher, and a payment for
    the difference if they cost more. One transaction."""
    doc = parse_code(voucher_code)
    if doc.kind != DocumentKind.VOUCHER:
        raise RequestError(QT_TR_NOOP("{doc} is a {kind}; an exchange is paid with the return's voucher"),
                           doc=doc, kind=doc.kind.label)
    if payment not in (None, "card", "cash"):
        raise RequestError(QT_TR_NOOP("the difference is paid by card or in cash"))
    if payment == "card" and not (last4 and last4.isdigit() and len(last4) == 4):
        raise RequestError(QT_TR_NOOP("the card's last 4 digits, as printed on the slip (never the whole number)"))
    priced = quote(ctx, codes)
    now = ctx.now()
    with ctx.uow(write=True) as uow:
        session = uow.session
        voucher = session.scalars(select(Voucher).where(Voucher.doc_id == str(doc)).with_for_update()).first()
        if voucher is None:
            raise NotFound(QT_TR_NOOP("no store-credit voucher {doc}"), doc=doc)
        if voucher.currency != priced.currency:
            raise RequestError(QT_TR_NOOP("the voucher is in {voucher_currency}; this store sells in {currency}"),
                               voucher_currency=voucher.currency, currency=priced.currency)
        from_voucher = min(voucher.balance_cents, priced.total)
        difference = priced.total - from_voucher
        if difference > 0 and payment is None:
            money = Currency.of(priced.currency).format
            raise RequestError(QT_TR_NOOP("the new items cost {difference} more: the customer pays it by card or cash"),
                               difference=money(difference))
        store = session.scalars(select(Store).where(Store.id == actor.store_id)).one()
        sale_doc = issue_document_id(session, ctx, DocumentKind.SALE, actor.store_code, actor.register_code,
                                     Sale.doc_id)
        sale_id = session.execute(insert(table_of(Sale)).returning(table_of(Sale).c.id), {
            "doc_id": sale_doc, "store_id": actor.store_id, "register_id": actor.register_id, "purchased_at": now,
            "local_date": now.astimezone(ZoneInfo(store.timezone)).date(), "customer_id": voucher.customer_id,
            "staff_id": actor.staff_id, "currency": priced.currency, "order_discount_cents": 0,
            "total_cents": priced.total}).scalar_one()
        session.execute(insert(table_of(SaleLine)), [{
            "sale_id": sale_id, "store_id": actor.store_id, "line_no": number, "product_id": line.product_id,
            "sku": line.sku, "description": line.name, "category": line.category, "qty": line.qty,
            "unit_price_cents": line.unit, "discount_cents": 0, "tax_rate": line.tax_rate, "tax_cents": line.tax,
            "final_sale": False, "returned_qty": 0} for number, line in enumerate(priced.lines, start=1)])
        tenders = []
        if from_voucher:
            tenders.append({"type": "store_credit", "amount_cents": from_voucher, "last4": None})
        if difference:
            tenders.append({"type": payment, "amount_cents": difference, "last4": last4 if payment == "card" else None})
        session.execute(insert(table_of(SaleTender)), [
            {"sale_id": sale_id, "store_id": actor.store_id, "position": n, "refunded_cents": 0, **tender}
            for n, tender in enumerate(tenders, start=1)])
        voucher.balance_cents -= from_voucher  # CHECK balance_cents >= 0: the database's last word
        audit.record(session, actor.store_id, "exchange.sold", at=now, staff_id=actor.staff_id, entity="sale",
                     entity_id=sale_doc, payload={"voucher": voucher.doc_id, "from_voucher": from_voucher,
                                                  "paid": difference, "payment": payment,
                                                  "items": [[line.sku, line.qty] for line in priced.lines]})
        left = voucher.balance_cents
        uow.commit()
    return ExchangeResult(sale_doc, priced.total, from_voucher, difference, payment, str(doc), left)


__all__ = ["ExchangeResult", "Quote", "QuoteLine", "exchange", "quote"]


@dataclass(frozen=True)
class Exchange(Command[ExchangeResult]):
    """New items sold against a return's voucher, the difference paid."""

    voucher_code: str
    codes: tuple[tuple[str, int], ...]
    payment: str | None = None
    last4: str | None = None


@handles(Exchange)
def _exchange(ctx: Context, command: Exchange, actor: Actor) -> ExchangeResult:
    return exchange(ctx, actor, command.voucher_code, list(command.codes), command.payment, command.last4)
