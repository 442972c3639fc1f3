"""Goodwill gestures: helping a customer beyond the letter of the policy,
approved by a manager with a PIN, limited per manager per month by the
policy's ``[goodwill] max_per_manager_per_month``, audited like an override,
printed as a store-credit voucher where it has a value, and counted in the
reports (cost of goodwill per store and month)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from babel.numbers import format_currency
from sqlalchemy import func, insert, select

from desktop.messages import QT_TR_NOOP, Term
from desktop.models import Customer, GoodwillGesture, ServiceCase, Staff, Store, Voucher, table_of
from desktop.models.service import GESTURE_KINDS
from desktop.policy.docid import DocumentKind
from desktop.services import audit, inputs
from desktop.services.auth import Actor, authorize_manager
from desktop.services.commands import Command, handles
from desktop.services.context import Context
from desktop.services.errors import Forbidden, NotFound, RequestError
from desktop.services.policies import active_policy
from desktop.services.returns import issue_document_id

VALUED = ("store_credit", "discount")


@dataclass(frozen=True)
class GestureView:
    id: int
    customer: str
    kind: str
    amount: int
    description: str
    reason: str
    status: str
    requested_by: str
    decided_by: str
    voucher: str | None  # the printed voucher of a store-credit gesture


def _view(session, row: GoodwillGesture) -> GestureView:  # type: ignore[no-untyped-def]
    customer = session.get(Customer, row.customer_id)
    requested = session.get(Staff, row.requested_by_id)
    decided = session.get(Staff, row.decided_by_id) if row.decided_by_id else None
    voucher = session.get(Voucher, row.voucher_id) if row.voucher_id else None
    return GestureView(row.id, customer.code if customer else "", row.kind, row.amount_cents, row.description,
                       row.reason, row.status, requested.name if requested else "", decided.name if decided else "",
                       voucher.doc_id if voucher else None)


def request(ctx: Context, clerk: Actor, customer_code: str, kind: str, reason: str, amount: int = 0,
            description: str = "", case_number: int | None = None) -> GestureView:
    """A clerk asks for a gesture; a manager decides."""
    if kind not in GESTURE_KINDS:
        raise RequestError(QT_TR_NOOP("kind: one of {kinds}"), kinds=", ".join(GESTURE_KINDS))
    if kind in VALUED and amount <= 0:
        raise RequestError(QT_TR_NOOP("a store credit or a discount needs an amount"))
    if kind not in VALUED and not description.strip():
        raise RequestError(QT_TR_NOOP("say what the gesture is (for example: sent flowers)"))
    if not reason.strip():
        raise RequestError(QT_TR_NOOP("say why the customer deserves it"))
    with ctx.uow(write=True) as uow:
        session = uow.session
        customer = session.scalars(select(Customer).where(Customer.code == customer_code.strip().upper())).first()
        if customer is None:
            raise NotFound(QT_TR_NOOP("no customer with loyalty ID {customer_code}"), customer_code=customer_code)
        case_id = None
        if case_number is not None:
            case_id = session.scalar(select(ServiceCase.id).where(ServiceCase.store_id == clerk.store_id,
                                                                  ServiceCase.number == case_number))
            if case_id is None:
                raise NotFound(QT_TR_NOOP("no case {case_number} at this store"), case_number=case_number)
        row = GoodwillGesture(store_id=clerk.store_id, customer_id=customer.id, kind=kind,
                              amount_cents=amount if kind in VALUED else 0, description=description.strip(),
                              reason=reason.strip(), case_id=case_id, requested_by_id=clerk.staff_id,
                              created_at=ctx.now(), status="pending")
        session.add(row)
        session.flush()
        audit.record(session, clerk.store_id, "goodwill.requested", at=ctx.now(), staff_id=clerk.staff_id,
                     entity="goodwill", entity_id=row.id, payload={"kind": kind, "amount": row.amount_cents,
                                                                    "customer": customer.code})
        view = _view(session, row)
        uow.commit()
    return view


def decide(ctx: Context, gesture_id: int, manager_code: str, pin: str, approve: bool, note: str = "") -> GestureView:
    with ctx.uow() as uow:
        row = uow.session.get(GoodwillGesture, gesture_id)
        if row is None:
            raise NotFound(QT_TR_NOOP("no goodwill gesture {gesture_id}"), gesture_id=gesture_id)
        requested_by = row.requested_by_id
    manager = authorize_manager(ctx, manager_code, pin, requested_by=requested_by)
    now = ctx.now()
    with ctx.uow(write=True) as uow:
        session = uow.session
        row = session.scalars(select(GoodwillGesture).where(GoodwillGesture.id == gesture_id).with_for_update()).one()
        if row.status != "pending":
            raise RequestError(QT_TR_NOOP("goodwill gesture {gesture_id} was already {status}"),
                               gesture_id=gesture_id, status=Term(row.status))
        if row.store_id != manager.store_id:
            raise Forbidden(QT_TR_NOOP("this gesture belongs to another store"))
        if approve:
            _within_limit(session, manager, row, now)
            if row.kind == "store_credit":
                store = session.get(Store, row.store_id)
                doc = issue_document_id(session, ctx, DocumentKind.VOUCHER, manager.store_code, manager.register_code,
                                        Voucher.doc_id)
                row.voucher_id = session.execute(insert(table_of(Voucher)).returning(table_of(Voucher).c.id), {
                    "doc_id": doc, "store_id": row.store_id, "currency": store.currency if store else "USD",
                    "amount_cents": row.amount_cents, "balance_cents": row.amount_cents, "issued_at": now,
                    "return_id": None, "customer_id": row.customer_id, "origin": "goodwill"}).scalar_one()
        row.status = "approved" if approve else "refused"
        row.decided_by_id, row.decided_at = manager.staff_id, now
        audit.record(session, row.store_id, f"goodwill.{row.status}", at=now, staff_id=manager.staff_id,
                     entity="goodwill", entity_id=row.id,
                     payload={"kind": row.kind, "amount": row.amount_cents, "note": note,
                              "requested_by": requested_by})
        view = _view(session, row)
        uow.commit()
    return view


def _within_limit(session, manager: Actor, row: GoodwillGesture, now: dt.datetime) -> None:  # type: ignore[no-untyped-def]
    policy = active_policy(session, manager.store_id, manager.store_code)
    limit = policy.goodwill_max_per_manager_per_month
    if limit is None or row.kind not in VALUED:
        return
    local = now.astimezone(ZoneInfo(policy.timezone))
    month_start = local.replace(day=1, hour=0, minute=0, second=0, microsecond=0).astimezone(dt.UTC)
    given = session.scalar(select(func.coalesce(func.sum(GoodwillGesture.amount_cents), 0)).where(
        GoodwillGesture.decided_by_id == manager.staff_id, GoodwillGesture.status == "approved",
        GoodwillGesture.decided_at >= month_start)) or 0
    if given + row.amount_cents > limit:
        def fmt(minor: int) -> str:
            return format_currency(policy.currency.to_decimal(minor), policy.currency.code, locale=policy.locale)

        raise Forbidden(QT_TR_NOOP("{name} has given {given} of goodwill this month; this would pass the {limit} "
                                   "limit (ask another manager or the store manager)"),
                        name=manager.name, given=fmt(given), limit=fmt(limit))


def pending(ctx: Context, actor: Actor) -> list[GestureView]:
    with ctx.uow() as uow:
        rows = uow.session.scalars(select(GoodwillGesture).where(GoodwillGesture.store_id == actor.store_id,
                                                                 GoodwillGesture.status == "pending")
                                   .order_by(GoodwillGesture.id)).all()
        return [_view(uow.session, row) for row in rows]


# ---- As commands (desktop/services/commands.py)


@dataclass(frozen=True)
class RequestGoodwill(Command[GestureView]):
    """A clerk asks for a gesture for a customer; a manager decides."""

    customer_code: str
    kind: str
    reason: str
    amount: int = 0
    description: str = ""
    case_number: int | None = None

    def check(self) -> None:
        inputs.text(self.customer_code, "customer", limit=32, required=True)
        inputs.text(self.reason, "reason", limit=2000, lines=True)
        inputs.text(self.description, "description", limit=200)


@dataclass(frozen=True)
class DecideGoodwill(Command[GestureView]):
    """A manager, with their ID and PIN, approves or refuses a gesture."""

    gesture_id: int
    manager_code: str
    pin: str
    approve: bool
    note: str = ""


@handles(RequestGoodwill)
def _request(ctx: Context, command: RequestGoodwill, actor: Actor) -> GestureView:
    return request(ctx, actor, command.customer_code, command.kind, command.reason, command.amount,
                   command.description, command.case_number)


@handles(DecideGoodwill)
def _decide(ctx: Context, command: DecideGoodwill, actor: Actor) -> GestureView:  # noqa: ARG001 - the PIN says who
    return decide(ctx, command.gesture_id, command.manager_code, command.pin, command.approve, command.note)
