"""The customer view: one screen with a customer's purchases, returns (with
the decisions and overrides), service cases and scores across the stores of
the chain, and their no-receipt history against the policy's limits.

Paged and indexed (sales and returns by customer and date): instant for a
customer with thousands of receipts. Only staff signed in at a store of the
customer's chain can see them, and an export of a customer's history is
audited.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from babel.numbers import format_currency
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desktop.messages import QT_TR_NOOP, Message
from desktop.models import Customer, Feedback, Return, Sale, SaleLine, ServiceCase, Staff, Store, table_of
from desktop.policy.money import Currency
from desktop.services import audit
from desktop.services.auth import Actor
from desktop.services.context import Context
from desktop.services.errors import Forbidden, NotFound, RequestError
from desktop.services.policies import active_policy
from desktop.services.receipts import no_receipt_history
from desktop.services.sanitize import LIKE_ESCAPE, like_pattern

PAGE = 50


@dataclass(frozen=True)
class PurchaseRow:
    receipt: str
    when: dt.datetime
    store: str
    total: str
    lines: int
    returned_units: int


@dataclass(frozen=True)
class ReturnRow:
    return_id: str
    when: dt.datetime
    store: str
    receipt: str | None
    total: str
    codes: str  # the decision's reason codes, e.g. "WINDOW_EXPIRED"
    approved_by: str  # the manager of an override, if any


@dataclass(frozen=True)
class CaseRow:
    number: int
    store: str
    subject: str
    status: str
    created_at: dt.datetime


@dataclass(frozen=True)
class CustomerView:
    code: str
    name: str
    tier: str | None
    phone: str
    email: str
    since: dt.datetime
    purchases: tuple[PurchaseRow, ...]
    purchases_total: int  # how many receipts in all (the rows are one page)
    returns: tuple[ReturnRow, ...]
    returns_total: int
    cases: tuple[CaseRow, ...]
    scores: tuple[int, int, str]  # responses, average x 100, "4.50"
    no_receipt: str  # "1 of 3 returns, $40.00 of $150.00 in the last 365 days"


def _customer(session: Session, actor: Actor, code: str) -> Customer:
    customer = session.scalars(select(Customer).where(Customer.code == code.strip().upper())).first()
    if customer is None:
        raise NotFound(QT_TR_NOOP("no customer with loyalty ID {code}"), code=code)
    store = session.get(Store, actor.store_id)
    if store is None or store.chain_id != customer.chain_id:
        raise Forbidden(QT_TR_NOOP("this customer belongs to another chain"))
    return customer


def find(ctx: Context, actor: Actor, text: str, limit: int = 20) -> list[tuple[str, str, str]]:
    """(loyalty ID, name, phone) by loyalty ID, phone, name or a receipt's barcode."""
    text = text.strip()
    if len(text) < 2:
        raise RequestError(QT_TR_NOOP("type at least two letters or digits of a name, phone, loyalty ID or receipt"))
    with ctx.uow() as uow:
        session = uow.session
        store = session.get(Store, actor.store_id)
        chain = store.chain_id if store else None
        if len(text) == 16 and text.isdigit():
            customer_id = session.scalar(select(Sale.customer_id).where(Sale.doc_id == text))
            rows = session.scalars(select(Customer).where(Customer.id == customer_id)).all() if customer_id else []
        else:
            pattern = like_pattern(text)
            rows = session.scalars(select(Customer).where(
                Customer.chain_id == chain,
                or_(Customer.code == text.upper(), Customer.phone.ilike(pattern, escape=LIKE_ESCAPE),
                    Customer.name.ilike(pattern, escape=LIKE_ESCAPE)))
                .order_by(Customer.name).limit(limit)).all()
        return [(c.code, c.name, c.phone or "") for c in rows if c.chain_id == chain]


def view(ctx: Context, actor: Actor, code: str, page: int = 0) -> CustomerView:
    with ctx.uow() as uow:
        session = uow.session
        customer = _customer(session, actor, code)
        stores = {s.id: s for s in session.scalars(select(Store))}
        money = {store_id: Currency.of(store.currency).format for store_id, store in stores.items()}
        purchases_total = session.scalar(select(func.count(Sale.id)).where(Sale.customer_id == customer.id)) or 0
        sales = session.execute(
            select(Sale.id, Sale.doc_id, Sale.purchased_at, Sale.store_id, Sale.total_cents)
            .where(Sale.customer_id == customer.id).order_by(Sale.purchased_at.desc(), Sale.id.desc())
            .offset(page * PAGE).limit(PAGE)).all()
        counts = {}
        if sales:
            counts = {sale_id: (lines, returned or 0) for sale_id, lines, returned in session.execute(
                select(SaleLine.sale_id, func.count(SaleLine.id), func.sum(SaleLine.returned_qty))
                .where(SaleLine.sale_id.in_([s.id for s in sales])).group_by(SaleLine.sale_id))}
        purchases = tuple(PurchaseRow(s.doc_id, s.purchased_at, stores[s.store_id].code,
                                      money[s.store_id](s.total_cents), *counts.get(s.id, (0, 0))) for s in sales)
        returns_total = session.scalar(select(func.count(Return.id)).where(Return.customer_id == customer.id)) or 0
        approved = table_of(Staff).alias("approver")
        returned = session.execute(
            select(Return.doc_id, Return.created_at, Return.store_id, Sale.doc_id, Return.refund_total_cents,
                   Return.reply, approved.c.name)
            .outerjoin(Sale, Sale.id == Return.sale_id).outerjoin(approved, approved.c.id == Return.approved_by_id)
            .where(Return.customer_id == customer.id).order_by(Return.created_at.desc()).limit(PAGE)).all()
        returns = tuple(
            ReturnRow(doc, when, stores[store_id].code, receipt, money[store_id](total),
                      ", ".join(sorted({code for line in (reply or {}).get("decision", {}).get("lines", [])
                                        for code in line.get("reasons", [])})), manager or "")
            for doc, when, store_id, receipt, total, reply, manager in returned)
        cases = tuple(CaseRow(c.number, stores[c.store_id].code, c.subject, c.status, c.created_at)
                      for c in session.scalars(select(ServiceCase).where(ServiceCase.customer_id == customer.id)
                                               .order_by(ServiceCase.created_at.desc()).limit(PAGE)))
        count, average = session.execute(
            select(func.count(Feedback.id), func.avg(Feedback.score))
            .join(ServiceCase, ServiceCase.id == Feedback.case_id)
            .where(ServiceCase.customer_id == customer.id)).one()
        policy = active_policy(session, actor.store_id, actor.store_code)
        used, value = no_receipt_history(session, customer.id, ctx.now())
        limits = policy.no_receipt
        def fmt(minor: int) -> str:
            return format_currency(policy.currency.to_decimal(minor), policy.currency.code, locale=policy.locale)

        most = limits.max_returns_per_365_days
        most_value = limits.max_value_per_365_days
        no_receipt = Message(QT_TR_NOOP("{used} of {most} returns, {value} of {most_value} in the last 365 days"),
                             used=used, most=most if most is not None else "∞", value=fmt(value),
                             most_value=fmt(most_value) if most_value is not None else "∞")
        return CustomerView(customer.code, customer.name, customer.tier, customer.phone or "", customer.email or "",
                            customer.created_at, purchases, purchases_total, returns, returns_total, cases,
                            (count, int((average or 0) * 100), f"{average:.2f}" if average else ""), no_receipt)


def export(ctx: Context, actor: Actor, code: str) -> dict[str, Any]:
    """The customer's whole history as JSON; audited (who, when, whom)."""
    pages: list[PurchaseRow] = []
    first = view(ctx, actor, code)
    pages.extend(first.purchases)
    page = 1
    while len(pages) < first.purchases_total:
        more = view(ctx, actor, code, page).purchases
        if not more:
            break
        pages.extend(more)
        page += 1
    with ctx.uow(write=True) as uow:
        audit.record(uow.session, actor.store_id, "customer.exported", at=ctx.now(), staff_id=actor.staff_id,
                     entity="customer", entity_id=first.code, payload={"purchases": len(pages)})
        uow.commit()
    return {"customer": first.code, "name": first.name, "tier": first.tier,
            "purchases": [{"receipt": p.receipt, "at": p.when.isoformat(), "store": p.store, "total": p.total}
                          for p in pages],
            "returns": [{"return": r.return_id, "at": r.when.isoformat(), "store": r.store, "receipt": r.receipt,
                         "total": r.total, "reasons": r.codes, "approved_by": r.approved_by} for r in first.returns],
            "cases": [{"number": c.number, "store": c.store, "subject": c.subject, "status": c.status}
                      for c in first.cases],
            "no_receipt": first.no_receipt}
