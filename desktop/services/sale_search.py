"""Finding a sale without its receipt.

The customer paid by card, or has a loyalty card: the clerk searches by
card brand and last 4 digits over a date range (and the amount, when the
customer remembers it), or by loyalty ID, picks the right sale from the
matches, and the return goes on as a receipted return. A card's last 4
digits alone never list a stranger's purchases: they come with dates no
more than 31 days apart, or an amount.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from desktop.messages import QT_TR_NOOP
from desktop.models import Customer, Sale, SaleLine, SaleTender, Store
from desktop.policy.money import Currency, MoneyError
from desktop.services import audit
from desktop.services.auth import Actor
from desktop.services.context import Context
from desktop.services.errors import RequestError

MAX_SPAN_DAYS = 31
MAX_MATCHES = 50


@dataclass(frozen=True)
class SaleQuery:
    last4: str = ""
    brand: str = ""
    since: dt.date | None = None
    until: dt.date | None = None
    amount: str = ""  # the sale's total, as the customer remembers it
    customer: str = ""  # loyalty ID


@dataclass(frozen=True)
class SaleMatch:
    receipt_id: str
    pos_ref: str | None
    store: str
    purchased_on: dt.date
    total: str
    currency: str
    items: int
    tenders: str  # "card Visa 4242 12.34; cash 5.00"
    customer: str | None

    def to_json(self) -> dict[str, object]:
        return {"receipt_id": self.receipt_id, "pos_ref": self.pos_ref, "store_id": self.store,
                "purchased_on": self.purchased_on.isoformat(), "total": self.total, "currency": self.currency,
                "items": self.items, "tenders": self.tenders, "customer_id": self.customer}


def find_sales(ctx: Context, query: SaleQuery, actor: Actor | None = None) -> list[SaleMatch]:
    """The sales that match, newest first (at most 50). Audited: who looked
    a customer's purchases up by card or loyalty ID, and with what."""
    last4, customer = query.last4.strip(), query.customer.strip().upper()
    if last4 and not (len(last4) == 4 and last4.isdigit()):
        raise RequestError(QT_TR_NOOP("the card's last 4 digits, as printed on the slip (never the whole number)"))
    if not last4 and not customer:
        raise RequestError(QT_TR_NOOP("search by the card's last 4 digits or by the loyalty ID"))
    if query.since and query.until and query.since > query.until:
        raise RequestError(QT_TR_NOOP("the first day comes before the last"))
    if last4 and not query.amount and not (query.since and query.until
                                           and (query.until - query.since).days <= MAX_SPAN_DAYS):
        raise RequestError(QT_TR_NOOP("with a card, give the amount or dates at most {days} days apart"),
                           days=MAX_SPAN_DAYS)
    with ctx.uow(write=actor is not None) as uow:
        session = uow.session
        stores = {row.id: row for row in session.execute(select(Store.id, Store.code, Store.timezone,
                                                                Store.currency))}
        statement = select(Sale.id, Sale.doc_id, Sale.pos_ref, Sale.store_id, Sale.purchased_at, Sale.total_cents,
                           Sale.currency, Customer.code).outerjoin(Customer, Customer.id == Sale.customer_id)
        if last4:
            card = select(SaleTender.sale_id).where(SaleTender.type == "card", SaleTender.last4 == last4)
            if query.brand.strip():
                card = card.where(func.lower(SaleTender.brand) == query.brand.strip().lower())
            statement = statement.where(Sale.id.in_(card))
        if customer:
            statement = statement.where(Customer.code == customer)
        if query.since:
            statement = statement.where(Sale.local_date >= query.since)
        if query.until:
            statement = statement.where(Sale.local_date <= query.until)
        if query.amount:
            currencies = {row.currency for row in stores.values()} or {"USD"}
            try:
                amounts = {Currency.of(code).parse(query.amount.strip()) for code in currencies}
            except MoneyError:
                raise RequestError(QT_TR_NOOP("the amount is a number such as 12.34")) from None
            statement = statement.where(Sale.total_cents.in_(amounts))
        rows = session.execute(statement.where(Sale.voided_at.is_(None)).order_by(Sale.purchased_at.desc())
                               .limit(MAX_MATCHES)).all()
        ids = [row.id for row in rows]
        items = dict(session.execute(select(SaleLine.sale_id, func.count()).where(SaleLine.sale_id.in_(ids))
                                     .group_by(SaleLine.sale_id)).all()) if ids else {}
        paid: dict[int, list[str]] = {}
        for tender in session.execute(select(SaleTender.sale_id, SaleTender.type, SaleTender.brand, SaleTender.last4,
                                             SaleTender.amount_cents, Sale.currency).join(Sale)
                                      .where(SaleTender.sale_id.in_(ids)).order_by(SaleTender.position)):
            words = [tender.type, tender.brand or "", tender.last4 or "",
                     Currency.of(tender.currency).format(tender.amount_cents)]
            paid.setdefault(tender.sale_id, []).append(" ".join(word for word in words if word))
        matches = [SaleMatch(row.doc_id, row.pos_ref, stores[row.store_id].code,
                             row.purchased_at.astimezone(ZoneInfo(stores[row.store_id].timezone)).date(),
                             Currency.of(row.currency).format(row.total_cents), row.currency, items.get(row.id, 0),
                             "; ".join(paid.get(row.id, [])), row.code) for row in rows]
        if actor is not None:
            audit.record(session, actor.store_id, "sales.searched", at=ctx.now(), staff_id=actor.staff_id,
                         entity="sale", entity_id="", payload={
                             "last4": last4 or None, "brand": query.brand or None, "customer": customer or None,
                             "since": query.since.isoformat() if query.since else None,
                             "until": query.until.isoformat() if query.until else None,
                             "amount": query.amount or None, "matches": len(matches)})
            uow.commit()
        return matches
