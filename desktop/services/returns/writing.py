"""Writing an approved return: the return, its lines, refund tenders,
vouchers and audit entries, and the sale's running totals moved in SQL,
with prepared statements (the counter's hot path, docs/benchmarks.md)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from desktop.db.prepared import Prepared, connection_of, send
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
    Case,
    Condition,
    Decision,
    Policy,
    quantity,
)
from desktop.policy.docid import DocumentKind
from desktop.policy.money import round_half_up
from desktop.services import audit
from desktop.services.auth import Actor
from desktop.services.context import Context
from desktop.services.errors import RequestError
from desktop.services.receipts import (
    CustomerRef,
    FoundSale,
    SaleTenderRecord,
    store_id_of,
)
from desktop.services.returns.commands import COMPLETED, ReturnReply, ReturnRequest

DISPOSITION = {
    Condition.NEW: "restock",
    Condition.OPENED: "open_box",
    Condition.DAMAGED: "damaged",
    Condition.DEFECTIVE: "return_to_vendor",
}



@dataclass
class Built:
    """What the policy decided on: read once per attempt."""

    policy: Policy
    case: Case
    found: FoundSale | None
    customer: CustomerRef | None
    products: dict[int, int]  # item position -> product id (no receipt)


def make_reply(status: str, decision: Decision, return_id: str | None = None,
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
_INSERT_RETURN = Prepared(insert(_returns).returning(_returns.c.id))
# The return's lines, refunds and voucher name it by its store and idempotency key (its unique key), so
# they travel in the same round trip as the return itself. A request whose key is taken fails on that
# key, and finds the first reply (returns/__init__.py).
_THIS_RETURN = select(_returns.c.id).where(_returns.c.store_id == bindparam("at_store"),
                                           _returns.c.idempotency_key == bindparam("key")).scalar_subquery()
_INSERT_LINES = Prepared(insert(table_of(ReturnLine)).values(return_id=_THIS_RETURN))
# The running totals move in SQL, under CHECK returned_qty <= qty and CHECK
# refunded_cents <= amount_cents: the database's last word.
# Each with the sale's store: the rows are that store's (a database partitioned by store updates one partition).
_RETURN_QTY = Prepared(update(_lines).where(_lines.c.id == bindparam("line_key"),
                                            _lines.c.store_id == bindparam("sold_at")).values(
    returned_qty=_lines.c.returned_qty + bindparam("returning")))
_REFUND_TENDER = Prepared(update(_tenders).where(_tenders.c.id == bindparam("tender_key"),
                                                 _tenders.c.store_id == bindparam("sold_at")).values(
    refunded_cents=_tenders.c.refunded_cents + bindparam("take")))
_INSERT_VOUCHER = Prepared(insert(table_of(Voucher)).values(return_id=_THIS_RETURN))
_INSERT_REFUNDS = Prepared(insert(table_of(RefundTender)).values(return_id=_THIS_RETURN))
_INSERT_CREDIT = Prepared(insert(table_of(RefundTender)).values(  # a refund to the voucher made with it
    return_id=_THIS_RETURN, voucher_id=select(table_of(Voucher).c.id).where(
        table_of(Voucher).c.doc_id == bindparam("voucher_doc")).scalar_subquery()))


def commit(uow: UnitOfWork, ctx: Context, req: ReturnRequest, actor: Actor, built: Built,
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
    if ctx.offline is not None:  # cut off from the shared database: the register's own rules first
        ctx.offline.admit(connection, built.policy, decision, found.sale.store_id if found else None)
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
    reply = make_reply(COMPLETED, decision, doc_id, tenders_out)
    customer_id = built.customer.id if built.customer else None
    if override is not None and override.id is None:
        uow.session.add(override)
        uow.session.flush()
    sale_lines = {line.line_no: line for line in found.sale.lines} if found else {}
    sold_at = found.sale.store_id if found else store_id  # whose sale's rows the totals move on
    this = {"at_store": store_id, "key": req.idempotency_key}  # the return, for the rows that belong to it
    events = _events(actor, decision, approved, override, approved_now, doc_id, found, tenders_out)
    # One round trip: the sale's running totals move, the return and everything of it is written, and
    # the head of the register's audit chain is locked, last.
    moved, booked, inserted, *_, head = send(connection, [
        _RETURN_QTY.write([{"line_key": sale_lines[line.line].id, "sold_at": sold_at,
                            "returning": quantity.to_units(line.qty, sale_lines[line.line].qty_scale)}
                           for line in approved] if found else []),
        _REFUND_TENDER.write([{"tender_key": tender.id, "take": take, "sold_at": sold_at}
                              for tender, take in bookings]),
        _INSERT_RETURN.read({
            "doc_id": doc_id, "store_id": store_id, "register_id": register_id,
            "sale_id": found.sale.id if found else None, "gift": bool(found and found.gift),
            "customer_id": customer_id, "staff_id": actor.staff_id,
            "approved_by_id": override.decided_by_id if override else None, "created_at": now,
            "local_date": now.astimezone(ZoneInfo(built.policy.timezone)).date(), "refund_to": req.refund_to,
            "currency": currency.code, "refund_total_cents": decision.refund_total,
            "idempotency_key": req.idempotency_key, "request_hash": req.fingerprint, "reply": dict(reply.body),
            "messages": reply.body["decision"]["messages"],  # rendered once, for the reply
            "points_reversed": _points_reversed(connection, found, decision), "offline": ctx.offline is not None}),
        _INSERT_LINES.write([{
            **this, "store_id": store_id, "position": position,
            "sale_line_id": sale_lines[line.line].id if found else None,
            "product_id": sale_lines[line.line].product_id if found else built.products.get(line.line),
            "sku": line.sku, "category": line.category, "description": line.description,
            "qty": quantity.to_units(line.qty, sale_lines[line.line].qty_scale if found else 0),
            "qty_scale": sale_lines[line.line].qty_scale if found else 0,
            "condition": str(line.condition), "reason": line.reason, "serial": line.serial, "net_cents": line.net,
            "tax_cents": line.tax, "fee_cents": line.fee, "total_cents": line.total,
            "codes": ",".join(str(r) for r in line.reasons), "disposition": DISPOSITION[line.condition],
        } for position, line in enumerate(approved, start=1)]),
        _INSERT_VOUCHER.write([{
            **this, "doc_id": voucher_doc, "store_id": store_id, "currency": currency.code, "amount_cents": amount,
            "balance_cents": amount, "issued_at": now, "customer_id": customer_id, "origin": "refund",
        } for voucher_doc, amount in vouchers]),
        _INSERT_REFUNDS.write([{
            **this, "store_id": store_id, "register_id": register_id, "type": tender.type, "amount_cents": take,
            "last4": tender.last4, "sale_tender_id": tender.id, "voucher_id": None, "created_at": now,
        } for tender, take in bookings]),
        _INSERT_CREDIT.write([{
            **this, "voucher_doc": voucher_doc, "store_id": store_id, "register_id": register_id,
            "type": "store_credit", "amount_cents": amount, "last4": None, "sale_tender_id": None,
            "created_at": now,
        } for voucher_doc, amount in vouchers]),
        audit.lock_head(store_id, lane=register_code),  # the register's own chain: no other counter waits on it
    ])
    if found and moved != len(approved):  # a line not of its sale's store: write nothing rather than lose a total
        raise AssertionError(f"sale {found.sale.doc_id}: {moved} of {len(approved)} returned totals moved")
    if booked != len(bookings):
        raise AssertionError(f"sale {found.sale.doc_id if found else None}: {booked} of {len(bookings)} "
                             "refunded totals moved")
    return_id = inserted[0][0]
    if override is not None:
        override.return_id = return_id
        override.refund_cents = decision.refund_total
    if req.customer.id_verified and req.customer.id_type and customer_id is not None:
        uow.session.add(CustomerIdCheck(customer_id=customer_id, store_id=store_id, staff_id=actor.staff_id,
                                        id_type=str(req.customer.id_type)[:40], checked_at=now))
    # The last round trip: the audit entries and the head's move, with the COMMIT (the head is held for it alone).
    last = audit.appending(connection, store_id, now, events, head, lane=register_code)
    if ctx.offline is None:
        uow.commit(last=last)
        return reply
    send(connection, last)  # offline: the journal entry, with every row written above, is in the same commit
    uow.flush()
    ctx.offline.record(connection, return_id, now)
    uow.commit()
    return reply


def _events(actor: Actor, decision: Decision, approved: list[Any], override: OverrideRequest | None,
            approved_now: bool, doc_id: str, found: FoundSale | None,
            tenders_out: list[dict[str, Any]]) -> list[audit.Event]:
    """What the audit log says of this return (built before its head is locked)."""
    money = decision.currency.format
    events = []
    if override is not None and approved_now:  # a queued approval was audited when the manager gave it
        events.append(audit.Event("override.approved", override.decided_by_id, "override", override.id, {
            "codes": override.codes, "requested_by": actor.code, "reason": override.decision_reason,
            "inline": True}))
    events.append(audit.Event("return.completed", actor.staff_id, "return", doc_id, {
        "sale": found.sale.doc_id if found else None, "gift": bool(found and found.gift),
        "refund_total": money(decision.refund_total), "currency": decision.currency.code,
        "lines": [{"line": d.line, "qty": quantity.text(d.qty), "total": money(d.total),
                   "reasons": [str(r) for r in d.reasons]}
                  for d in approved],
        "override": override.id if override is not None else None,
    }))
    events.extend(audit.Event("refund.issued", actor.staff_id, "return", doc_id,
                              {**tender, "register": actor.register_code}) for tender in tenders_out)
    return events


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
        store_key = store_id_of(connection_of(session), store)  # its store's rows only (a partitioned database)
        highest = session.scalar(select(func.max(column)).where(column >= prefix + "0" * 9,
                                                                column <= prefix + "9" * 9,
                                                                column.table.c.store_id == store_key))
        at_least = int(highest[7:15]) + 1 if highest else 1
        ctx.synced_counters.add(key)
    return str(ctx.counter.issue(kind, store, register, at_least))
