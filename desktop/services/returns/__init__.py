"""Turning a decision into money leaving the store: atomic, idempotent,
race-proof and audited.

One transaction writes the return, its lines, refund tenders, vouchers,
override records and audit entries, and moves the sale's running totals, or
writes nothing. On PostgreSQL the sale row is locked (SELECT ... FOR UPDATE)
and what remains to return is re-read under the lock; on SQLite the writing
transaction begins IMMEDIATE and holds the file's write lock. CHECK
constraints on the running totals refuse anything a bug could still let
through. A transaction that fails on a lock or a serialization conflict is
retried whole, which is safe because the idempotency key is unique.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from desktop.db.errors import DISK_FULL, DatabaseUnavailable, DiskFull, is_disconnect, is_disk_full, is_retryable
from desktop.db.uow import UnitOfWork
from desktop.messages import QT_TR_NOOP, Term
from desktop.models import (
    OverrideRequest,
    Return,
)
from desktop.policy import (
    APPROVE,
    NEEDS_OVERRIDE,
    Case,
    Decision,
    ReturnItem,
    evaluate,
    quantity,
    with_overrides,
)
from desktop.policy import (
    Customer as PolicyCustomer,
)
from desktop.services import chain
from desktop.services.auth import Actor
from desktop.services.commands import Command, handles
from desktop.services.context import Context
from desktop.services.errors import Forbidden, RequestError
from desktop.services.policies import active_policy
from desktop.services.receipts import (
    find_customer,
    find_product,
    find_sale,
    no_receipt_history,
    policy_receipt,
    product_price,
)
from desktop.services.returns.commands import (
    COMPLETED,
    DENIED,
    NEEDS_MANAGER,
    Approval,
    CustomerRequest,
    ItemRequest,
    ReturnReply,
    ReturnRequest,
    fingerprint,
    parse_request,
    request_record,
)
from desktop.services.returns.writing import Built, commit, issue_document_id, make_reply

MAX_ATTEMPTS = 8

__all__ = ["COMPLETED", "DENIED", "NEEDS_MANAGER", "Approval", "CustomerRequest", "ItemRequest", "PreviewReturn",
           "ProcessReturn", "ReturnReply",
           "ReturnRequest", "fingerprint", "issue_document_id", "parse_request", "preview", "process",
           "request_record"]


# ---- Public API


def preview(req: ReturnRequest, actor: Actor, ctx: Context, overrides: Sequence[str] = ()) -> Decision:
    """The decision the counter shows live while the clerk picks items."""
    if req.receipt:
        chain.bring_sale(ctx, req.receipt, refresh=False)
    with ctx.uow(reads_only=True) as uow:
        built = _build(uow, ctx, req, actor, lock=False)
        return evaluate(built.policy, with_overrides(built.case, overrides))


def process(req: ReturnRequest, actor: Actor, ctx: Context, approval: Approval | None = None) -> ReturnReply:
    """Decide and, when approved, commit the return; retried on lock
    conflicts. Raises RequestError for bad input, DatabaseUnavailable when
    the database went away (nothing was written, or the retry with the same
    key will say what was)."""
    if req.receipt:
        chain.bring_sale(ctx, req.receipt)  # another store's receipt: as the whole chain has it now
    for attempt in range(MAX_ATTEMPTS):
        try:
            with ctx.uow(write=True) as uow:
                return _process_once(uow, req, actor, ctx, approval)
        except DBAPIError as error:  # OperationalError, IntegrityError, a closed connection
            if isinstance(error, IntegrityError):
                ctx.synced_counters.clear()  # a document number may be taken: look at the database again
            if attempt + 1 < MAX_ATTEMPTS and (is_retryable(error) or isinstance(error, IntegrityError)):
                time.sleep(min(0.02 * 2**attempt, 0.5))
                continue
            if is_disk_full(error):
                raise DiskFull(DISK_FULL, where=str(ctx.db.location())) from error
            if is_disconnect(error):
                raise DatabaseUnavailable(QT_TR_NOOP("the connection to the database was lost; nothing was "
                                                     "refunded. Try again: the same request will not refund "
                                                     "twice")) from error
            raise
    raise AssertionError("unreachable")


# ---- The transaction


def _build(uow: UnitOfWork, ctx: Context, req: ReturnRequest, actor: Actor, lock: bool) -> Built:
    """What the policy decides on. A return with a receipt reads with plain
    statements on the connection; one without needs the ORM's products."""
    connection = uow.connection
    if ctx.offline is not None and not req.receipt:
        ctx.offline.refuse_without_receipt()
    policy = active_policy(connection, actor.store_id, actor.store_code)
    now = ctx.now()
    today = now.astimezone(ZoneInfo(policy.timezone)).date()
    found = find_sale(connection, req.receipt, lock=lock) if req.receipt else None
    if found is not None and found.sale.currency != policy.currency.code:
        raise RequestError(QT_TR_NOOP("receipt {doc_id} was paid in {currency}; this store refunds in {code}"),
                           doc_id=found.sale.doc_id, currency=found.sale.currency, code=policy.currency.code)
    customer = None
    if req.customer.code:
        customer = find_customer(connection, req.customer.code)
        if customer is None:
            raise RequestError(QT_TR_NOOP("customer.id: no customer with loyalty ID {code}"), code=req.customer.code)
    elif found is not None:
        customer = found.customer
    history = no_receipt_history(connection, customer.id, now) if customer is not None and found is None else (0, 0)
    if found is not None and found.sale.voided_at is not None:
        raise RequestError(QT_TR_NOOP("sale {doc_id} was voided on the till after it was rung up: nothing on it can "
                                      "be returned"), doc_id=found.sale.doc_id)
    items, products = [], {}
    sold = {line.line_no: line for line in found.sale.lines} if found is not None else {}
    for position, item in enumerate(req.items, start=1):
        if found is not None:
            line = sold.get(item.line or 0)
            qty = item.qty
            if line is not None and line.unit is None:
                if not quantity.whole(qty):
                    raise RequestError(QT_TR_NOOP("line {line} is sold by the piece: return a whole number, not "
                                                  "{qty}"), line=item.line, qty=quantity.text(qty))
                qty = int(qty)
            items.append(ReturnItem(qty=qty, condition=item.condition, line=item.line, serial=item.serial,
                                    reason=item.reason))
            continue
        product = find_product(uow.session, item.sku or "")
        price = product_price(uow.session, product, today, policy.no_receipt.lookback_days)
        products[position] = product.id
        items.append(ReturnItem(qty=item.qty, condition=item.condition, serial=item.serial, reason=item.reason,
                                sku=product.sku, category=product.category, tax_rate=product.tax_rate,
                                current_price=price.current, lowest_price=price.lowest,
                                description=product.name))
    case = Case(
        today=today,
        store_id=actor.store_code,
        receipt=policy_receipt(found) if found else None,
        customer=PolicyCustomer(
            id=customer.code if customer else None,
            tier=customer.tier if customer else None,
            id_verified=req.customer.id_verified,
            no_receipt_returns_365_days=history[0],
            no_receipt_value_365_days=history[1],
        ),
        items=tuple(items),
        refund_to=req.refund_to,
    )
    return Built(policy, case, found, customer, products)


def _process_once(uow: UnitOfWork, req: ReturnRequest, actor: Actor, ctx: Context,
                  approval: Approval | None) -> ReturnReply:
    built = _build(uow, ctx, req, actor, lock=True)
    # Only under the sale's lock: a twin request from another counter has
    # either committed by now (replay it) or waits behind us. A plain return
    # finds out while writing (writing the return fails on the idempotency
    # key's unique index, below), which saves the counter's hot path a query;
    # one with an override looks first, as its approval is used up by the
    # first reply.
    with_override = approval is not None or req.override_request_id is not None
    if with_override:
        replay = _replay(uow.session, req, actor)
        if replay is not None:
            return replay
    decision = evaluate(built.policy, built.case)
    override: OverrideRequest | None = None
    if decision.outcome == NEEDS_OVERRIDE:
        codes = list(decision.overrides_required)
        if approval is not None:
            override = OverrideRequest(
                store_id=actor.store_id, register_id=actor.register_id,
                sale_id=built.found.sale.id if built.found else None, requested_by_id=actor.staff_id,
                created_at=ctx.now(), codes=",".join(codes), request=request_record(req),
                decision=decision.to_json(), refund_cents=0, status="approved",
                decided_by_id=approval.manager.staff_id, decided_at=ctx.now(),
                decision_reason=approval.reason or req.override_reason,
            )
        elif req.override_request_id is not None:
            override = _approved_request(uow.session, req, actor, codes)
        if override is not None:
            decision = evaluate(built.policy, with_overrides(built.case, codes))
    if decision.outcome != APPROVE:
        replay = None if with_override else _replay(uow.session, req, actor)
        if replay is not None:  # the first reply took what this one asks for
            return replay
        return make_reply(NEEDS_MANAGER if decision.outcome == NEEDS_OVERRIDE else DENIED, decision)
    try:
        return commit(uow, ctx, req, actor, built, decision, override, approved_now=approval is not None)
    except IntegrityError:  # the key taken (the same request completed before), or a document number (retried)
        uow.rollback()
        replay = _replay(uow.session, req, actor)
        if replay is None:
            raise
        return replay


def _replay(session: Session, req: ReturnRequest, actor: Actor) -> ReturnReply | None:
    existing = session.scalars(select(Return).where(Return.store_id == actor.store_id,
                                                    Return.idempotency_key == req.idempotency_key)).first()
    if existing is None:
        return None
    if existing.request_hash != req.fingerprint:
        raise RequestError(QT_TR_NOOP("idempotency_key {idempotency_key!r} was already used for a different "
                                      "request (return {return_id})"),
                           idempotency_key=req.idempotency_key, return_id=existing.doc_id)
    return ReturnReply(COMPLETED, None, existing.reply, existing.doc_id, replayed=True)


def _approved_request(session: Session, req: ReturnRequest, actor: Actor, codes: Sequence[str]) -> OverrideRequest:
    request = session.scalars(
        select(OverrideRequest).where(OverrideRequest.id == req.override_request_id).with_for_update()
    ).first()
    if request is None or request.store_id != actor.store_id:
        raise RequestError(QT_TR_NOOP("override.request_id: no override request {override_request_id} at this store"),
                           override_request_id=req.override_request_id)
    if request.requested_by_id != actor.staff_id or request.register_id != actor.register_id:
        raise Forbidden(QT_TR_NOOP("override request {request} was asked for at another counter or by another "
                                   "clerk; only they complete it"), request=request.id)
    if request.status != "approved":
        raise RequestError(QT_TR_NOOP("override request {request} is {status}, not approved"),
                           request=request.id, status=Term(request.status))
    if request.request.get("case_fingerprint") != req.case_fingerprint:
        raise RequestError(QT_TR_NOOP("override request {request} was approved for a different return"),
                           request=request.id)
    missing = [c for c in codes if c not in request.codes.split(",")]
    if missing:
        raise RequestError(QT_TR_NOOP("override request {request} does not cover {codes}"),
                           request=request.id, codes=", ".join(missing))
    request.status = "used"
    return request




# ---- As commands (desktop/services/commands.py): what the counter and `returns process` send


@dataclass(frozen=True)
class PreviewReturn(Command[Decision]):
    """The decision for the items picked so far, nothing written."""

    request: ReturnRequest
    overrides: tuple[str, ...] = ()


@dataclass(frozen=True)
class ProcessReturn(Command[ReturnReply]):
    """Decide and, when approved (by the policy or by ``approval``), refund."""

    request: ReturnRequest
    approval: Approval | None = None


@handles(PreviewReturn)
def _preview(ctx: Context, command: PreviewReturn, actor: Actor) -> Decision:
    return preview(command.request, actor, ctx, command.overrides)


@handles(ProcessReturn)
def _process(ctx: Context, command: ProcessReturn, actor: Actor) -> ReturnReply:
    return process(command.request, actor, ctx, command.approval)
