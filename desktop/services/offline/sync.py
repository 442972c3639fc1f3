"""Offline returns into the shared database, each exactly once.

Every journal entry is replayed in one transaction of the shared database,
keyed by the return's idempotency key: a return already there (the sync
crashed after the shared commit and before the entry was marked, or the
connection died while the first try committed) is only marked. The rows
are written as the register wrote them (its money is already out, so
nothing is decided again), with the shared database's own ids; the sale's
running totals move as far as what is left, and a line or tender taken back
beyond that (two registers returned it while cut off) is recorded as a
conflict for a manager, with the sale's other returns of that line, and
audited. The audit entries of each return are written to the shared chain
as the counter writes them online, marked offline.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Date, DateTime, func, insert, select, update

from desktop.messages import QT_TR_NOOP
from desktop.models import (
    CustomerIdCheck,
    OfflineAllowance,
    OfflineConflict,
    OfflineEntry,
    OverrideRequest,
    RefundTender,
    Return,
    ReturnLine,
    Sale,
    SaleLine,
    SaleTender,
    Voucher,
    table_of,
)
from desktop.policy.money import Currency
from desktop.services import audit
from desktop.services.errors import ServiceError
from desktop.services.offline.book import OfflineBook


class JournalBroken(ServiceError):
    """The register's journal was changed after it was written: nothing is synced."""


@dataclass
class Synced:
    entries: int = 0  # written to the shared database now
    already: int = 0  # found there already (a sync that stopped after the shared commit)
    conflicts: list[str] = field(default_factory=list)  # "return R: line 2 of sale S, 1 beyond what was sold"


def check_journal(local: Connection, book: OfflineBook) -> None:
    broken = book.verify(local)
    if broken is not None:
        raise JournalBroken(QT_TR_NOOP("the offline journal of this register was changed after entry {seq} was "
                                       "written: nothing was synced. Call IT; the journal is kept as it is"),
                            seq=broken)


def check_journal_quietly(local: Connection, book: OfflineBook) -> int | None:
    """The seq of the first entry that does not verify, or None."""
    return book.verify(local)


def waiting(local: Connection) -> list[dict[str, Any]]:
    return [dict(row) for row in local.execute(select(table_of(OfflineEntry)).where(
        OfflineEntry.synced_at.is_(None)).order_by(OfflineEntry.seq)).mappings()]


def replay(shared: Connection, entry: dict[str, Any], now: dt.datetime) -> tuple[int, list[str], bool]:
    """One entry into the shared database, in the caller's transaction:
    (the return's id there, the conflicts it raised, whether it was there already)."""
    record = entry["record"]
    ret = dict(record["returns"][0])
    there = shared.execute(select(Return.id, Return.request_hash).where(
        Return.store_id == ret["store_id"], Return.idempotency_key == ret["idempotency_key"])).first()
    if there is not None and there.request_hash == ret["request_hash"]:
        return int(there.id), [], True
    if there is not None:
        # The same return committed online just before the connection dropped (its reply lost), then taken
        # again offline another way (refunded as store credit instead of to the card): both happened, both
        # are kept, and the lines the second one takes back again are flagged below.
        ret["idempotency_key"] = f"{ret['idempotency_key'][:119]}:offline"
        again = shared.scalar(select(Return.id).where(Return.store_id == ret["store_id"],
                                                      Return.idempotency_key == ret["idempotency_key"]))
        if again is not None:
            return int(again), [], True
    if ret["sale_id"] is not None:  # the sale's row locked, as an online return locks it
        shared.execute(select(Sale.id).where(Sale.id == ret["sale_id"]).with_for_update())
    ids: dict[str, dict[int, int]] = {"override_requests": {}, "vouchers": {}}
    for row in record["override_requests"]:
        ids["override_requests"][row["id"]] = _insert(shared, OverrideRequest, row, return_id=None)
    return_id = _insert(shared, Return, ret)
    for row in record["override_requests"]:
        shared.execute(update(table_of(OverrideRequest)).where(
            OverrideRequest.id == ids["override_requests"][row["id"]]).values(return_id=return_id))
    conflicts: list[str] = []
    others = _other_returns(shared, ret["sale_id"], return_id)
    for row in record["return_lines"]:
        _insert(shared, ReturnLine, row, return_id=return_id)
        if row["sale_line_id"] is not None:
            over = _take_back(shared, table_of(SaleLine), row["sale_line_id"], "qty", "returned_qty", row["qty"])
            if over:
                conflicts.append(_conflict(shared, ret, return_id, "line", row["sale_line_id"], over, others, now))
    for row in record["vouchers"]:
        ids["vouchers"][row["id"]] = _insert(shared, Voucher, row, return_id=return_id)
    for row in record["refund_tenders"]:
        voucher = ids["vouchers"].get(row["voucher_id"]) if row["voucher_id"] is not None else None
        _insert(shared, RefundTender, row, return_id=return_id, voucher_id=voucher)
        if row["sale_tender_id"] is not None:
            over = _take_back(shared, table_of(SaleTender), row["sale_tender_id"], "amount_cents", "refunded_cents",
                              row["amount_cents"])
            if over:
                conflicts.append(_conflict(shared, ret, return_id, "tender", row["sale_tender_id"], over, others,
                                           now))
    for row in record["customer_id_checks"]:
        _insert(shared, CustomerIdCheck, row)
    _audit(shared, entry, ret, record, ids["override_requests"], now)
    return return_id, conflicts, False


def release(shared: Connection, local: Connection, allowance_id: int, now: dt.datetime) -> None:
    """Every entry under the allowance is synced: it is closed with what was
    spent, on both sides (the next refresh grants a new one)."""
    spent = local.scalar(select(func.coalesce(func.sum(OfflineEntry.refund_cents), 0)).where(
        OfflineEntry.allowance_id == allowance_id)) or 0
    for connection in (shared, local):
        connection.execute(update(table_of(OfflineAllowance)).where(
            OfflineAllowance.id == allowance_id, OfflineAllowance.released_at.is_(None)).values(
            released_at=now, spent_cents=int(spent)))


def _insert(shared: Connection, entity: type, row: dict[str, Any], **replaced: Any) -> int:
    """The row as the register wrote it, without its local id (the shared database numbers it)."""
    table = table_of(entity)
    values = {key: _value(table, key, value) for key, value in row.items() if key != "id" and key in table.c}
    values.update(replaced)
    inserted = shared.execute(insert(table).values(values).returning(table.c.id)).scalar_one()
    return int(inserted)


def _value(table: Any, key: str, value: Any) -> Any:
    """A JSON value back into its column's Python type (timestamps, dates)."""
    if value is None:
        return None
    kind = table.c[key].type
    kind = getattr(kind, "impl_instance", kind)  # a TypeDecorator (UTCDateTime): the type it stores as
    if isinstance(kind, DateTime):
        return dt.datetime.fromisoformat(value)
    if isinstance(kind, Date):
        return dt.date.fromisoformat(value)
    return value


def _take_back(shared: Connection, table: Any, key: int, whole: str, taken: str, amount: int) -> int:
    """Move a running total by ``amount``, as far as what is left: what
    did not fit (taken back beyond what was sold or paid)."""
    row = shared.execute(select(table.c[whole], table.c[taken]).where(table.c.id == key)).one()
    fits = max(0, min(int(amount), int(row[0]) - int(row[1])))
    if fits:
        shared.execute(update(table).where(table.c.id == key).values({taken: table.c[taken] + fits}))
    return int(amount) - fits


def _other_returns(shared: Connection, sale_id: int | None, return_id: int) -> list[str]:
    if sale_id is None:
        return []
    return list(shared.scalars(select(Return.doc_id).where(Return.sale_id == sale_id, Return.id != return_id)
                               .order_by(Return.id)))


def _conflict(shared: Connection, ret: dict[str, Any], return_id: int, kind: str, key: int, over: int,
              others: list[str], now: dt.datetime) -> str:
    shared.execute(insert(table_of(OfflineConflict)).values(
        store_id=ret["store_id"], kind=kind, sale_id=ret["sale_id"], sale_line_id=key if kind == "line" else None,
        sale_tender_id=key if kind == "tender" else None, return_id=return_id, others=others, over=over,
        created_at=now, resolution=""))
    return f"return {ret['doc_id']}: {kind} {key} of sale {ret['sale_id']}, {over} beyond what was left"


def _audit(shared: Connection, entry: dict[str, Any], ret: dict[str, Any], record: dict[str, Any],
           overrides: dict[int, int], now: dt.datetime) -> None:
    """The shared chain's entries for the return, as an online return writes
    them (audit verify compares the rows with them), marked offline."""
    money = Currency.of(ret["currency"]).format
    vouchers = {row["id"]: row["doc_id"] for row in record["vouchers"]}
    staff = {row["staff_id"] for row in record["returns"]}
    events: list[audit.Event] = []
    for row in record["override_requests"]:
        events.append(audit.Event("override.approved", row["decided_by_id"], "override", overrides[row["id"]], {
            "codes": row["codes"], "reason": row["decision_reason"], "inline": True, "offline": True}))
    staff_id = next(iter(staff))
    events.append(audit.Event("return.completed", staff_id, "return", ret["doc_id"], {
        "sale": shared.scalar(select(Sale.doc_id).where(Sale.id == ret["sale_id"])) if ret["sale_id"] else None,
        "refund_total": money(ret["refund_total_cents"]), "currency": ret["currency"],
        "lines": [{"sale_line": row["sale_line_id"], "qty": row["qty"], "qty_scale": row["qty_scale"],
                   "total": money(row["total_cents"])} for row in record["return_lines"]],
        "offline": True, "journal_seq": entry["seq"], "taken_at": ret["created_at"]}))
    for row in record["refund_tenders"]:
        tender = {"type": row["type"], "amount": money(row["amount_cents"])}
        if row["last4"]:
            tender["last4"] = row["last4"]
        if row["voucher_id"] is not None:
            tender["voucher_id"] = vouchers[row["voucher_id"]]
        events.append(audit.Event("refund.issued", staff_id, "return", ret["doc_id"], {**tender, "offline": True}))
    audit.record_all(shared, ret["store_id"], now, events)
