"""The manager override queue: a clerk's return that needs a manager waits
here, every manager station of the store sees it, and the answer goes back
to the clerk's screen by itself.

A request keeps the return as the clerk built it (PINs removed) and the
decision the clerk saw; an approval covers exactly that return (its case
fingerprint) and is used once, by returns.process with
``override_request_id``. Requests, approvals and refusals are audited.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from desktop.messages import QT_TR_NOOP, Term
from desktop.models import OverrideRequest, Register, Sale
from desktop.services import audit
from desktop.services.auth import Actor, authorize_manager, staff_label
from desktop.services.commands import Command, handles
from desktop.services.context import Context
from desktop.services.errors import NotFound, RequestError
from desktop.services.returns import NEEDS_MANAGER, ReturnReply, ReturnRequest, preview, request_record

PENDING, APPROVED, REFUSED, USED, CANCELLED = "pending", "approved", "refused", "used", "cancelled"


@dataclass(frozen=True)
class OverrideView:
    """A request as the queue and the clerk's screen show it."""

    id: int
    status: str
    codes: tuple[str, ...]
    receipt: str | None
    register: str
    requested_by: str  # "Alex Rivera (1001)"
    requested_by_id: int
    created_at: dt.datetime
    refund: str  # what would be refunded once approved, in the decision's currency
    summary: str
    messages: tuple[str, ...]
    decision: dict[str, Any]
    request: dict[str, Any]
    decided_by: str = ""
    decision_reason: str = ""

    @property
    def currency(self) -> str:
        return str(self.decision.get("currency") or "USD")

    @property
    def asked(self) -> tuple[AskedLine, ...]:
        """Each item of the request beside what the policy decided for it."""
        decided = {line.get("line"): line for line in self.decision.get("lines", [])}
        return tuple(
            AskedLine(line=item.get("line"), qty=str(item.get("qty", "")), condition=str(item.get("condition") or ""),
                      reason=str(item.get("reason") or ""),
                      outcome=str(decided.get(item.get("line"), {}).get("outcome") or ""),
                      codes=tuple(decided.get(item.get("line"), {}).get("reasons") or ()))
            for item in self.request.get("items", []))


@dataclass(frozen=True)
class AskedLine:
    """An item of a queued return and the policy's word on it."""

    line: int | None  # the receipt's line; None for an item without a receipt
    qty: str
    condition: str
    reason: str
    outcome: str  # approve | deny | needs_override
    codes: tuple[str, ...]


def _view(session, row: OverrideRequest) -> OverrideView:  # type: ignore[no-untyped-def]
    register = session.get(Register, row.register_id)
    sale = session.get(Sale, row.sale_id) if row.sale_id else None
    decision = row.decision or {}
    return OverrideView(
        id=row.id, status=row.status, codes=tuple(c for c in row.codes.split(",") if c),
        receipt=sale.doc_id if sale else row.request.get("receipt"), register=register.code if register else "",
        requested_by=staff_label(session, row.requested_by_id), requested_by_id=row.requested_by_id,
        created_at=row.created_at, refund=str(decision.get("approved_refund", decision.get("refund_total", ""))),
        summary=str(decision.get("summary", "")), messages=tuple(decision.get("messages", ())), decision=decision,
        request=row.request, decided_by=staff_label(session, row.decided_by_id),
        decision_reason=row.decision_reason or "",
    )


# ---- Public API


def request_override(ctx: Context, req: ReturnRequest, actor: Actor) -> OverrideView:
    """Put a return that needs a manager in the store's queue."""
    decision = preview(req, actor, ctx)
    if decision.outcome != NEEDS_MANAGER:
        raise RequestError(QT_TR_NOOP("this return does not need a manager's override"))
    approved = preview(req, actor, ctx, overrides=decision.overrides_required)
    with ctx.uow(write=True) as uow:
        session = uow.session
        sale_id = None
        if req.receipt:
            sale_id = session.scalar(select(Sale.id).where(Sale.doc_id == req.receipt))
        shown = decision.to_json()
        shown["approved_refund"] = approved.currency.format(approved.refund_total)
        row = OverrideRequest(
            store_id=actor.store_id, register_id=actor.register_id, sale_id=sale_id, requested_by_id=actor.staff_id,
            created_at=ctx.now(), codes=",".join(str(c) for c in decision.overrides_required),
            request=request_record(req), decision=shown, refund_cents=approved.refund_total, status=PENDING,
        )
        session.add(row)
        session.flush()
        audit.record(session, actor.store_id, "override.requested", at=ctx.now(), staff_id=actor.staff_id,
                     entity="override", entity_id=row.id,
                     payload={"codes": row.codes, "receipt": req.receipt, "refund": shown["approved_refund"]})
        view = _view(session, row)
        uow.commit()
    return view


def pending(ctx: Context, actor: Actor) -> list[OverrideView]:
    """The store's requests waiting for a manager, oldest first."""
    with ctx.uow() as uow:
        rows = uow.session.scalars(
            select(OverrideRequest)
            .where(OverrideRequest.store_id == actor.store_id, OverrideRequest.status == PENDING)
            .order_by(OverrideRequest.created_at, OverrideRequest.id)
        ).all()
        return [_view(uow.session, row) for row in rows]


def get(ctx: Context, request_id: int) -> OverrideView:
    with ctx.uow() as uow:
        row = uow.session.get(OverrideRequest, request_id)
        if row is None:
            raise NotFound(QT_TR_NOOP("no override request {request_id}"), request_id=request_id)
        return _view(uow.session, row)


def decide(ctx: Context, request_id: int, manager_code: str, pin: str, approve: bool, reason: str) -> OverrideView:
    """A manager's answer, with their PIN: approved or refused, with why.
    The role and not-their-own-return rules are auth.authorize_manager's."""
    reason = reason.strip()
    if not reason:
        raise RequestError(QT_TR_NOOP("say why: the reason is kept with the override"))
    with ctx.uow() as uow:
        row = uow.session.get(OverrideRequest, request_id)
        if row is None:
            raise NotFound(QT_TR_NOOP("no override request {request_id}"), request_id=request_id)
        requested_by = row.requested_by_id
    manager = authorize_manager(ctx, manager_code, pin, requested_by=requested_by)
    with ctx.uow(write=True) as uow:
        session = uow.session
        row = session.scalars(select(OverrideRequest).where(OverrideRequest.id == request_id)
                              .with_for_update()).one()
        if row.store_id != manager.store_id:
            raise RequestError(QT_TR_NOOP("override request {request_id} belongs to another store"),
                               request_id=request_id)
        if row.status != PENDING:
            who = staff_label(session, row.decided_by_id)
            if who:
                raise RequestError(QT_TR_NOOP("override request {request_id} was already {status} by {who}"),
                                   request_id=request_id, status=Term(row.status), who=who)
            raise RequestError(QT_TR_NOOP("override request {request_id} was already {status}"), request_id=request_id,
                               status=Term(row.status))
        row.status = APPROVED if approve else REFUSED
        row.decided_by_id = manager.staff_id
        row.decided_at = ctx.now()
        row.decision_reason = reason
        audit.record(session, row.store_id, "override.approved" if approve else "override.refused", at=ctx.now(),
                     staff_id=manager.staff_id, entity="override", entity_id=row.id,
                     payload={"codes": row.codes, "reason": reason, "requested_by": requested_by})
        view = _view(session, row)
        uow.commit()
    return view


def withdraw(ctx: Context, request_id: int, actor: Actor) -> None:
    """The clerk cancels a waiting request (the customer left)."""
    with ctx.uow(write=True) as uow:
        session = uow.session
        row = session.scalars(select(OverrideRequest).where(OverrideRequest.id == request_id)
                              .with_for_update()).first()
        if row is None or row.status != PENDING:
            return
        row.status = CANCELLED
        audit.record(session, row.store_id, "override.cancelled", at=ctx.now(), staff_id=actor.staff_id,
                     entity="override", entity_id=row.id)
        uow.commit()


def approve_at_counter(ctx: Context, req: ReturnRequest, clerk: Actor, manager_code: str, pin: str,
                       reason: str) -> ReturnReply:
    """The manager types a PIN on the clerk's screen and approves: the
    return completes in the same transaction as the override record."""
    from desktop.services.returns import Approval, process

    reason = reason.strip()
    if not reason:
        raise RequestError(QT_TR_NOOP("say why: the reason is kept with the override"))
    manager = authorize_manager(ctx, manager_code, pin, requested_by=clerk.staff_id)
    return process(req, clerk, ctx, Approval(manager, reason))


def refuse_at_counter(ctx: Context, req: ReturnRequest, clerk: Actor, manager_code: str, pin: str,
                      reason: str) -> OverrideView:
    """The manager refuses at the counter: recorded and audited like a
    refusal from the queue; nothing is refunded."""
    reason = reason.strip()
    if not reason:
        raise RequestError(QT_TR_NOOP("say why: the reason is kept with the override"))
    manager = authorize_manager(ctx, manager_code, pin, requested_by=clerk.staff_id)
    decision = preview(req, clerk, ctx)
    with ctx.uow(write=True) as uow:
        session = uow.session
        sale_id = session.scalar(select(Sale.id).where(Sale.doc_id == req.receipt)) if req.receipt else None
        row = OverrideRequest(
            store_id=clerk.store_id, register_id=clerk.register_id, sale_id=sale_id, requested_by_id=clerk.staff_id,
            created_at=ctx.now(), codes=",".join(str(c) for c in decision.overrides_required),
            request=request_record(req), decision=decision.to_json(), refund_cents=0, status=REFUSED,
            decided_by_id=manager.staff_id, decided_at=ctx.now(), decision_reason=reason,
        )
        session.add(row)
        session.flush()
        audit.record(session, clerk.store_id, "override.refused", at=ctx.now(), staff_id=manager.staff_id,
                     entity="override", entity_id=row.id, payload={"codes": row.codes, "reason": reason,
                                                                   "requested_by": clerk.staff_id})
        view = _view(session, row)
        uow.commit()
    return view


# ---- As commands (desktop/services/commands.py)


@dataclass(frozen=True)
class RequestOverride(Command[OverrideView]):
    """The clerk sends the return to the managers' queue."""

    request: ReturnRequest


@dataclass(frozen=True)
class WithdrawOverride(Command[None]):
    """The clerk takes a pending request back (the customer left)."""

    request_id: int


@dataclass(frozen=True)
class DecideOverride(Command[OverrideView]):
    """A manager, with their ID and PIN, approves or refuses a queued request."""

    request_id: int
    manager_code: str
    pin: str
    approve: bool
    reason: str


@dataclass(frozen=True)
class ApproveAtCounter(Command[ReturnReply]):
    """A manager types their PIN on the clerk's screen and the return completes."""

    request: ReturnRequest
    manager_code: str
    pin: str
    reason: str


@dataclass(frozen=True)
class RefuseAtCounter(Command[OverrideView]):
    """A manager refuses at the counter: recorded, nothing refunded."""

    request: ReturnRequest
    manager_code: str
    pin: str
    reason: str


@handles(RequestOverride)
def _request(ctx: Context, command: RequestOverride, actor: Actor) -> OverrideView:
    return request_override(ctx, command.request, actor)


@handles(WithdrawOverride)
def _withdraw(ctx: Context, command: WithdrawOverride, actor: Actor) -> None:
    withdraw(ctx, command.request_id, actor)


@handles(DecideOverride)
def _decide(ctx: Context, command: DecideOverride, actor: Actor) -> OverrideView:  # noqa: ARG001 - the PIN says who
    return decide(ctx, command.request_id, command.manager_code, command.pin, command.approve, command.reason)


@handles(ApproveAtCounter)
def _approve_here(ctx: Context, command: ApproveAtCounter, actor: Actor) -> ReturnReply:
    return approve_at_counter(ctx, command.request, actor, command.manager_code, command.pin, command.reason)


@handles(RefuseAtCounter)
def _refuse_here(ctx: Context, command: RefuseAtCounter, actor: Actor) -> OverrideView:
    return refuse_at_counter(ctx, command.request, actor, command.manager_code, command.pin, command.reason)
