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

import functools
import hashlib
import json
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, bindparam, func, insert, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from desktop.db.errors import DatabaseUnavailable, is_disconnect, is_retryable
from desktop.db.prepared import Prepared
from desktop.db.uow import UnitOfWork
from desktop.messages import QT_TR_NOOP, Term
from desktop.models import (
    CustomerIdCheck,
    OverrideRequest,
    RefundTender,
    Return,
    ReturnLine,
    SaleLine,
    SaleTender,
    Voucher,
    table_of,
)
from desktop.policy import (
    APPROVE,
    NEEDS_OVERRIDE,
    Case,
    Condition,
    Decision,
    Policy,
    ReturnItem,
    evaluate,
    quantity,
    with_overrides,
)
from desktop.policy import (
    Customer as PolicyCustomer,
)
from desktop.policy.docid import DocumentKind
from desktop.policy.money import round_half_up
from desktop.policy.quantity import Qty, QuantityError
from desktop.services import audit
from desktop.services.auth import Actor
from desktop.services.context import Context
from desktop.services.errors import RequestError
from desktop.services.policies import active_policy
from desktop.services.receipts import (
    CustomerRef,
    FoundSale,
    SaleTenderRecord,
    find_customer,
    find_product,
    find_sale,
    no_receipt_history,
    policy_receipt,
    product_price,
)

MAX_ATTEMPTS = 8
DISPOSITION = {
    Condition.NEW: "restock",
    Condition.OPENED: "open_box",
    Condition.DAMAGED: "damaged",
    Condition.DEFECTIVE: "return_to_vendor",
}
COMPLETED, NEEDS_MANAGER, DENIED = "completed", "needs_override", "denied"


# ---- Commands


@dataclass(frozen=True)
class ItemRequest:
    qty: Qty  # pieces, or part of a weighed or measured line
    condition: Condition = Condition.NEW
    reason: str = ""
    line: int | None = None  # with a receipt
    serial: str | None = None
    sku: str | None = None  # without a receipt: SKU or barcode


@dataclass(frozen=True)
class CustomerRequest:
    code: str | None = None  # loyalty ID
    id_verified: bool = False
    id_type: str | None = None  # the kind of photo ID seen; never its number


@dataclass(frozen=True)
class ReturnRequest:
    receipt: str | None
    items: tuple[ItemRequest, ...]
    idempotency_key: str
    customer: CustomerRequest = field(default_factory=CustomerRequest)
    refund_to: str = "original"
    override_reason: str = ""
    override_request_id: int | None = None  # an approval from the override queue
    fingerprint: str = ""  # hash of the whole request without secrets: same key, same request
    case: Mapping[str, Any] | None = field(default=None, repr=False, compare=False)  # what is returned, as sent

    @functools.cached_property
    def case_fingerprint(self) -> str:
        """Hash of what is returned, for matching a queued override (worked
        out only when an override needs it)."""
        return fingerprint(self.case or {})


@dataclass(frozen=True)
class Approval:
    """A manager who typed a PIN at the counter (auth.authorize_manager)."""

    manager: Actor
    reason: str


@dataclass(frozen=True)
class ReturnReply:
    status: str
    decision: Decision | None
    body: Mapping[str, Any]  # the JSON reply of the contract, as stored for replays
    return_id: str | None = None
    replayed: bool = False

    @property
    def exit_code(self) -> int:
        return {COMPLETED: 0, NEEDS_MANAGER: 3, DENIED: 4}[self.status]


# ---- Parsing a request (the JSON of `returns process`)


def parse_request(doc: Any) -> ReturnRequest:
    """Validate a request; RequestError names the bad field. PINs are not
    part of the request proper: they are read by the caller and never kept."""
    if not isinstance(doc, Mapping):
        raise RequestError("the request must be a JSON object")
    receipt = doc.get("receipt")
    if receipt is not None and not isinstance(receipt, str):
        raise RequestError("receipt: must be the receipt's barcode as a string, or null")
    items_doc = doc.get("items")
    if not isinstance(items_doc, list) or not items_doc:
        raise RequestError("items: at least one item is needed")
    items = tuple(_item(item, f"items[{i}]", receipt is not None) for i, item in enumerate(items_doc))
    key = doc.get("idempotency_key")
    if not isinstance(key, str) or not key.strip() or len(key) > 128:
        raise RequestError("idempotency_key: a non-empty string of at most 128 characters is required")
    customer_doc = doc.get("customer") or {}
    if not isinstance(customer_doc, Mapping):
        raise RequestError("customer: must be an object")
    code = customer_doc.get("id")
    if code is not None and not isinstance(code, str):
        raise RequestError("customer.id: must be the loyalty ID as a string")
    verified = customer_doc.get("id_verified", False)
    if not isinstance(verified, bool):
        raise RequestError("customer.id_verified: must be true or false")
    refund_to = doc.get("refund_to", "original")
    if refund_to not in ("original", "store_credit"):
        raise RequestError(f"refund_to: must be 'original' or 'store_credit', not {refund_to!r}")
    override = doc.get("override") or {}
    if not isinstance(override, Mapping):
        raise RequestError("override: must be an object")
    request_id = override.get("request_id")
    if request_id is not None and (isinstance(request_id, bool) or not isinstance(request_id, int)):
        raise RequestError("override.request_id: must be the number of an approved override request")
    return ReturnRequest(
        receipt=receipt.strip() if receipt else None,
        items=items,
        idempotency_key=key.strip(),
        customer=CustomerRequest(code or None, verified, customer_doc.get("id_type")),
        refund_to=refund_to,
        override_reason=str(override.get("reason") or ""),
        override_request_id=request_id,
        fingerprint=fingerprint(doc),
        case={k: doc.get(k) for k in ("receipt", "items", "customer", "refund_to")},
    )


def fingerprint(doc: Mapping[str, Any]) -> str:
    """SHA-256 of the request without its PINs: the same key must come back
    with the same request (as Stripe and Square check)."""

    def strip(value: Any) -> Any:
        if isinstance(value, Mapping):
            return {k: strip(v) for k, v in value.items() if k != "pin"}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    body = {k: strip(v) for k, v in doc.items() if k != "idempotency_key"}
    return hashlib.sha256(json.dumps(body, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


def _item(doc: Any, where: str, with_receipt: bool) -> ItemRequest:
    if not isinstance(doc, Mapping):
        raise RequestError(f"{where}: must be an object")
    try:
        # Whole pieces, or a measure of up to 3 decimals: which one the line allows, the policy checks.
        qty = quantity.parse(doc.get("qty"), measured=with_receipt)
    except QuantityError as error:
        raise RequestError(f"{where}.qty: {error}") from None
    if qty <= 0:
        raise RequestError(f"{where}.qty: must be more than 0, not {qty}")
    try:
        condition = Condition(doc.get("condition", "new"))
    except ValueError:
        raise RequestError(f"{where}.condition: must be new, opened, defective or damaged, "
                           f"not {doc.get('condition')!r}") from None
    reason = doc.get("reason") or ""
    if not isinstance(reason, str) or len(reason) > 40:
        raise RequestError(f"{where}.reason: must be a short reason code such as 'changed_mind'")
    serial = doc.get("serial")
    if serial is not None and not isinstance(serial, str):
        raise RequestError(f"{where}.serial: must be a string")
    if with_receipt:
        line = doc.get("line")
        if isinstance(line, bool) or not isinstance(line, int) or line < 1:
            raise RequestError(f"{where}.line: must be the receipt's line number, not {line!r}")
        return ItemRequest(qty, condition, reason, line=line, serial=serial)
    sku = doc.get("sku") or doc.get("barcode")
    if not isinstance(sku, str) or not sku.strip():
        raise RequestError(f"{where}.sku: a return without a receipt names each item's SKU or barcode")
    return ItemRequest(qty, condition, reason, serial=serial, sku=sku.strip())


# ---- Public API


def preview(req: ReturnRequest, actor: Actor, ctx: Context, overrides: Sequence[str] = ()) -> Decision:
    """The decision the counter shows live while the clerk picks items."""
    with ctx.uow() as uow:
        built = _build(uow, ctx, req, actor, lock=False)
        return evaluate(built.policy, with_overrides(built.case, overrides))


def process(req: ReturnRequest, actor: Actor, ctx: Context, approval: Approval | None = None) -> ReturnReply:
    """Decide and, when approved, commit the return; retried on lock
    conflicts. Raises RequestError for bad input, DatabaseUnavailable when
    the database went away (nothing was written, or the retry with the same
    key will say what was)."""
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
            if is_disconnect(error):
                raise DatabaseUnavailable(QT_TR_NOOP("the connection to the database was lost; nothing was "
                                                     "refunded. Try again: the same request will not refund "
                                                     "twice")) from error
            raise
    raise AssertionError("unreachable")


# ---- The transaction


@dataclass
class _Built:
    policy: Policy
    case: Case
    found: FoundSale | None
    customer: CustomerRef | None
    products: dict[int, int]  # item position -> product id (no receipt)


def _build(uow: UnitOfWork, ctx: Context, req: ReturnRequest, actor: Actor, lock: bool) -> _Built:
    """What the policy decides on. A return with a receipt reads with plain
    statements on the connection; one without needs the ORM's products."""
    connection = uow.connection
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
                                current_price=price.current, lowest_price=price.lowest))
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
    return _Built(policy, case, found, customer, products)


def _process_once(uow: UnitOfWork, req: ReturnRequest, actor: Actor, ctx: Context,
                  approval: Approval | None) -> ReturnReply:
    built = _build(uow, ctx, req, actor, lock=True)
    # Only under the sale's lock: a twin request from another counter has
    # either committed by now (replay it) or waits behind us. A plain return
    # finds out while writing (the idempotency key's unique index, see
    # _commit), which saves the counter's hot path a query; one with an
    # override looks first, as its approval is used up by the first reply.
    with_override = approval is not None or req.override_request_id is not None
    if with_override:
        replay = _replay(uow.session, req)
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
        replay = None if with_override else _replay(uow.session, req)
        if replay is not None:  # the first reply took what this one asks for
            return replay
        return _reply(NEEDS_MANAGER if decision.outcome == NEEDS_OVERRIDE else DENIED, decision)
    try:
        return _commit(uow, ctx, req, actor, built, decision, override, approved_now=approval is not None)
    except _AlreadyDone:
        uow.rollback()
        replay = _replay(uow.session, req)
        if replay is None:
            raise AssertionError("idempotency key conflict without a return") from None
        return replay


class _AlreadyDone(Exception):
    """The idempotency key is taken: the same request completed before."""


def _replay(session: Session, req: ReturnRequest) -> ReturnReply | None:
    existing = session.scalars(select(Return).where(Return.idempotency_key == req.idempotency_key)).first()
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


def request_record(req: ReturnRequest) -> dict[str, Any]:
    return {
        "receipt": req.receipt,
        "items": [{k: quantity.text(v) if k == "qty" else v for k, v in vars(item).items() if v is not None}
                  for item in req.items],
        "customer": {"id": req.customer.code, "id_verified": req.customer.id_verified},
        "refund_to": req.refund_to,
        "case_fingerprint": req.case_fingerprint,
    }


def _reply(status: str, decision: Decision, return_id: str | None = None,
           tenders: list[dict[str, Any]] | None = None) -> ReturnReply:
    money = decision.currency.format
    body = {
        "status": status,
        "return_id": return_id,
        "refund_total": money(decision.refund_total if status == COMPLETED else 0),
        "tenders": tenders or [],
        "decision": decision.to_json(),
    }
    return ReturnReply(status, decision, body, return_id)


# Built once and run on the driver: the statements of the counter's hot path
# (desktop/db/prepared.py, docs/benchmarks.md).
_returns, _lines, _tenders = table_of(Return), table_of(SaleLine), table_of(SaleTender)
_INSERT_RETURN = {
    "postgresql": Prepared(postgresql_insert(_returns).on_conflict_do_nothing(index_elements=["idempotency_key"])
                           .returning(_returns.c.id)),
    "sqlite": Prepared(sqlite_insert(_returns).on_conflict_do_nothing(index_elements=["idempotency_key"])
                       .returning(_returns.c.id)),
}
_INSERT_LINES = Prepared(insert(table_of(ReturnLine)))
# The running totals move in SQL, under CHECK returned_qty <= qty and CHECK
# refunded_cents <= amount_cents: the database's last word.
_RETURN_QTY = Prepared(update(_lines).where(_lines.c.id == bindparam("line_key")).values(
    returned_qty=_lines.c.returned_qty + bindparam("returning")))
_REFUND_TENDER = Prepared(update(_tenders).where(_tenders.c.id == bindparam("tender_key")).values(
    refunded_cents=_tenders.c.refunded_cents + bindparam("take")))
_INSERT_VOUCHER = Prepared(insert(table_of(Voucher)).returning(table_of(Voucher).c.id))
_INSERT_REFUNDS = Prepared(insert(table_of(RefundTender)))


def _commit(uow: UnitOfWork, ctx: Context, req: ReturnRequest, actor: Actor, built: _Built,
            decision: Decision, override: OverrideRequest | None, approved_now: bool) -> ReturnReply:
    """Write the approved return. Prepared statements, not ORM units of work:
    this is the counter's hot path, and each row is written exactly once."""
    connection = uow.connection
    now = ctx.now()
    store_id, store_code = actor.store_id, actor.store_code
    register_id, register_code = actor.register_id, actor.register_code
    currency = built.policy.currency
    money = currency.format
    found = built.found
    doc_id = issue_document_id(connection, ctx, DocumentKind.RETURN, store_code, register_code, Return.doc_id)
    approved = [d for d in decision.lines if d.outcome == APPROVE]
    # Refund tenders: store credit on a new voucher; the others booked against
    # the sale's own tenders, each at most what it paid minus what earlier
    # returns took back (read under the sale's lock, so current).
    vouchers: list[tuple[str, int]] = []
    bookings: list[tuple[SaleTenderRecord, int]] = []
    tenders_out = []
    for tender in decision.tenders:
        voucher_doc = None
        if tender.type == "store_credit":
            voucher_doc = issue_document_id(connection, ctx, DocumentKind.VOUCHER, store_code, register_code,
                                            Voucher.doc_id)
            vouchers.append((voucher_doc, tender.amount))
        else:
            bookings.extend(_split_over_sale_tenders(found, str(tender.type), tender.last4, tender.amount))
        tenders_out.append({"type": str(tender.type), **({"last4": tender.last4} if tender.last4 else {}),
                            "amount": money(tender.amount), **({"voucher_id": voucher_doc} if voucher_doc else {})})
    reply = _reply(COMPLETED, decision, doc_id, tenders_out)
    customer_id = built.customer.id if built.customer else None
    if override is not None and override.id is None:
        uow.session.add(override)
        uow.session.flush()
    inserted = _INSERT_RETURN[connection.dialect.name].first(connection, {
        "doc_id": doc_id, "store_id": store_id, "register_id": register_id,
        "sale_id": found.sale.id if found else None, "gift": bool(found and found.gift), "customer_id": customer_id,
        "staff_id": actor.staff_id, "approved_by_id": override.decided_by_id if override else None,
        "created_at": now, "local_date": now.astimezone(ZoneInfo(built.policy.timezone)).date(),
        "refund_to": req.refund_to, "currency": currency.code, "refund_total_cents": decision.refund_total,
        "idempotency_key": req.idempotency_key, "request_hash": req.fingerprint, "reply": dict(reply.body),
        "messages": reply.body["decision"]["messages"],  # rendered once, for the reply
        "points_reversed": _points_reversed(connection, found, decision),
    })
    if inserted is None:
        raise _AlreadyDone()
    return_id = inserted[0]
    sale_lines = {line.line_no: line for line in found.sale.lines} if found else {}
    _INSERT_LINES.run(connection, [{
        "return_id": return_id, "store_id": store_id, "position": position,
        "sale_line_id": sale_lines[line.line].id if found else None,
        "product_id": sale_lines[line.line].product_id if found else built.products.get(line.line),
        "sku": line.sku, "category": line.category, "description": line.description,
        "qty": quantity.to_units(line.qty, sale_lines[line.line].qty_scale if found else 0),
        "qty_scale": sale_lines[line.line].qty_scale if found else 0,
        "condition": str(line.condition), "reason": line.reason, "serial": line.serial, "net_cents": line.net,
        "tax_cents": line.tax, "fee_cents": line.fee, "total_cents": line.total,
        "codes": ",".join(str(r) for r in line.reasons), "disposition": DISPOSITION[line.condition],
    } for position, line in enumerate(approved, start=1)])
    if found:
        _RETURN_QTY.run(connection, [{"line_key": sale_lines[line.line].id,
                                      "returning": quantity.to_units(line.qty, sale_lines[line.line].qty_scale)}
                                     for line in approved])
    if bookings:
        _REFUND_TENDER.run(connection, [{"tender_key": tender.id, "take": take} for tender, take in bookings])
    refund_rows = [{"return_id": return_id, "store_id": store_id, "register_id": register_id, "type": tender.type,
                    "amount_cents": take, "last4": tender.last4, "sale_tender_id": tender.id, "voucher_id": None,
                    "created_at": now} for tender, take in bookings]
    for voucher_doc, amount in vouchers:
        voucher_id = _INSERT_VOUCHER.rows(connection, {
            "doc_id": voucher_doc, "store_id": store_id, "currency": currency.code, "amount_cents": amount,
            "balance_cents": amount, "issued_at": now, "return_id": return_id, "customer_id": customer_id,
            "origin": "refund"})[0][0]
        refund_rows.append({"return_id": return_id, "store_id": store_id, "register_id": register_id,
                            "type": "store_credit", "amount_cents": amount, "last4": None, "sale_tender_id": None,
                            "voucher_id": voucher_id, "created_at": now})
    if refund_rows:
        _INSERT_REFUNDS.run(connection, refund_rows)
    if req.customer.id_verified and req.customer.id_type and customer_id is not None:
        uow.session.add(CustomerIdCheck(customer_id=customer_id, store_id=store_id, staff_id=actor.staff_id,
                                    id_type=str(req.customer.id_type)[:40], checked_at=now))
    events = []
    if override is not None:
        override.return_id = return_id
        override.refund_cents = decision.refund_total
        if approved_now:  # at the counter; a queued approval was audited when the manager gave it
            events.append(audit.Event("override.approved", override.decided_by_id, "override", override.id, {
                "codes": override.codes, "requested_by": actor.code, "reason": override.decision_reason,
                "inline": True}))
    events.append(audit.Event("return.completed", actor.staff_id, "return", doc_id, {
        "sale": found.sale.doc_id if found else None, "gift": bool(found and found.gift),
        "refund_total": money(decision.refund_total), "currency": currency.code,
        "lines": [{"line": d.line, "qty": quantity.text(d.qty), "total": money(d.total),
                   "reasons": [str(r) for r in d.reasons]}
                  for d in approved],
        "override": override.id if override is not None else None,
    }))
    events.extend(audit.Event("refund.issued", actor.staff_id, "return", doc_id, {**tender, "register": register_code})
                  for tender in tenders_out)
    audit.record_all(connection, store_id, now, events)
    uow.commit()  # the session's objects (override, ID check) flushed first, if there are any
    return reply


def _split_over_sale_tenders(found: FoundSale | None, kind: str, last4: str | None,
                             amount: int) -> list[tuple[SaleTenderRecord, int]]:
    """Which of the sale's tenders of this type (and card) take the refund.
    The decision merges tenders by (type, last4), so each row is met once."""
    if found is None:
        raise RequestError(QT_TR_NOOP("a refund to {kind} needs the original sale"), kind=Term(kind))
    left, taken = amount, []
    for tender in found.sale.tenders:
        if left == 0:
            break
        if tender.type != kind or tender.last4 != last4:
            continue
        take = min(left, tender.amount_cents - tender.refunded_cents)
        if take > 0:
            taken.append((tender, take))
            left -= take
    if left:
        raise RequestError(QT_TR_NOOP("the sale's {kind} tenders cannot take back {left} more (already refunded)"),
                           kind=Term(kind), left=left)
    return taken


def _points_reversed(connection: Connection, found: FoundSale | None, decision: Decision) -> int:
    """Loyalty points the sale earned, taken back in proportion to the value
    returned, cumulatively (a sale returned in parts gives back exactly the
    points it earned). Only sales that earned points pay for the lookup."""
    if found is None or not found.sale.points_earned:
        return 0
    sale = found.sale
    points = sale.points_earned or 0
    goods = sale.total_cents - sum(line.tax_cents or 0 for line in sale.lines)
    if goods <= 0:
        return 0
    before_net = connection.scalar(select(func.coalesce(func.sum(ReturnLine.net_cents), 0)).join(
        Return, Return.id == ReturnLine.return_id).where(Return.sale_id == sale.id)) or 0
    before_points = connection.scalar(select(func.coalesce(func.sum(Return.points_reversed), 0))
                                      .where(Return.sale_id == sale.id)) or 0
    now_net = sum(line.net for line in decision.lines if line.outcome == APPROVE)
    after = round_half_up(Decimal(points) * min(int(before_net) + now_net, goods) / goods)
    return max(0, min(after - int(before_points), points - int(before_points)))


def issue_document_id(session: Session | Connection, ctx: Context, kind: DocumentKind, store: str, register: str,
                      column: Any) -> str:
    """The register's next document ID of this kind (desktop/db/numbering.py).

    The first time in a process, the counter is lifted to what the database
    already holds for the register, so a reinstalled station never reissues a
    number; after that the local counter alone numbers documents (and a
    unique-ID conflict, should another station share the register code,
    retries the transaction with a fresh look at the database).
    """
    key = (kind, store, register)
    at_least = 1
    if key not in ctx.synced_counters:
        prefix = f"{int(kind)}{store}{register}"
        highest = session.scalar(select(func.max(column)).where(column >= prefix + "0" * 9,
                                                                column <= prefix + "9" * 9))
        at_least = int(highest[7:15]) + 1 if highest else 1
        ctx.synced_counters.add(key)
    return str(ctx.counter.issue(kind, store, register, at_least))
