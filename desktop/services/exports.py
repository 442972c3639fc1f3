"""Returns flowing back out: to the POS, the inventory and the accounts.

`returndesk export returns` writes what happened at the counters since the
last export for a target: every completed return (the original sale and
its POS reference, the lines, quantities and what becomes of each item,
the tenders refunded, vouchers issued, managers' overrides and their
reasons, loyalty points taken back), every sale rung up here (an
exchange's new items) and every voucher issued, as JSON Lines, CSV or
POSLog (Return line items linked to the original transaction).

Exactly once per target, even when an export is killed half-way: what a
file will carry is claimed first, in one transaction (a batch and its
records); the file is written beside its name and renamed into place; then
the batch is marked done. A batch found unfinished is finished first by
the next run: its file renamed already, or written again from what it
claimed. Each record belongs to one batch, so to one file.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.messages import QT_TR_NOOP
from desktop.models import (
    Customer,
    ExportBatch,
    ExportedRecord,
    OverrideRequest,
    Register,
    Return,
    Sale,
    Staff,
    Store,
    SystemSetting,
    Voucher,
)
from desktop.policy import quantity
from desktop.policy.money import Currency
from desktop.services import audit
from desktop.services.auth import Actor
from desktop.services.commands import Command, handles
from desktop.services.context import Context
from desktop.services.errors import Forbidden, RequestError
from desktop.services.export_formats import _csv, _jsonl, _poslog

FORMATS = ("jsonl", "csv", "poslog")
KINDS = ("return", "sale", "voucher")


@dataclass(frozen=True)
class ExportSummary:
    target: str
    format: str
    path: str
    returns: int
    sales: int
    vouchers: int
    recovered: tuple[str, ...]  # files of batches an earlier, killed run left unfinished, finished now
    cursor: str  # for --since: the records up to here are in this file

    def to_json(self) -> dict[str, Any]:
        return {"target": self.target, "format": self.format, "file": self.path, "returns": self.returns,
                "sales": self.sales, "vouchers": self.vouchers, "recovered": list(self.recovered),
                "cursor": self.cursor}


# ---- Public API


EXPORTS_NEED_STAFF = "exports_need_staff"  # a SystemSetting an admin turns on


def check_exporter(ctx: Context, actor: Actor | None) -> None:
    """Exports leave the building with every refund in them: when an admin
    has asked for it (``export guard on``), only a signed-in manager or admin
    runs them. Off by default, so the POS's own scripts keep exporting as
    docs/contract.md section 6 describes."""
    with ctx.uow() as uow:
        guarded = uow.session.get(SystemSetting, EXPORTS_NEED_STAFF)
    if guarded is not None and guarded.value == "on" and (actor is None or not actor.is_manager):
        raise Forbidden(QT_TR_NOOP("exports at this chain are for a signed-in manager or admin: add --staff ID "
                                   "(an admin turned this on with `returndesk export guard on`)"))


@dataclass(frozen=True)
class GuardExports(Command[bool]):
    """Exports for signed-in managers and admins only (on), or for whoever runs the station (off)."""

    roles: ClassVar[frozenset[str]] = frozenset({"admin"})
    refusal: ClassVar[str] = QT_TR_NOOP("only an admin manages managers and admins")
    on: bool


@handles(GuardExports)
def _guard(ctx: Context, command: GuardExports, actor: Actor) -> bool:
    with ctx.uow(write=True) as uow:
        setting = uow.session.get(SystemSetting, EXPORTS_NEED_STAFF)
        value = "on" if command.on else "off"
        if setting is None:
            uow.session.add(SystemSetting(key=EXPORTS_NEED_STAFF, value=value))
        else:
            setting.value = value
        audit.record(uow.session, actor.store_id, "exports.guard", at=ctx.now(), staff_id=actor.staff_id,
                     entity="setting", entity_id=EXPORTS_NEED_STAFF, payload={"value": value})
        uow.commit()
    return command.on


def export(ctx: Context, fmt: str, out: Path, target: str = "default", since: str | None = None,
           actor: Actor | None = None) -> ExportSummary:
    """Everything new for ``target`` (or, with ``since``, everything after that
    cursor, remembering nothing) into ``out``."""
    check_exporter(ctx, actor)
    if fmt not in FORMATS:
        raise RequestError(QT_TR_NOOP("unknown export format {format} (jsonl, csv, poslog)"), format=fmt)
    target = target.strip()[:64] or "default"
    if since is not None:
        after = _cursor(since)
        with ctx.uow() as uow:
            ids = {kind: [i for i in _ids(uow.session, kind) if i > after[kind]] for kind in KINDS}
            records = list(_records(uow.session, ids))
        _write(out, fmt, records)
        return _summary(target, fmt, out, ids, (), _cursor_text({k: max(v, default=after[k]) for k, v in ids.items()}))
    recovered = tuple(_recover(ctx, target))
    with ctx.uow(write=True) as uow:  # claimed before a byte is written
        session = uow.session
        done = {(kind, record) for kind, record in session.execute(
            select(ExportedRecord.kind, ExportedRecord.record_id).where(ExportedRecord.target == target))}
        ids = {kind: [i for i in _ids(session, kind) if (kind, i) not in done] for kind in KINDS}
        batch = ExportBatch(target=target, format=fmt, path=str(out.resolve()), state="writing",
                            created_at=ctx.now(), records=sum(len(v) for v in ids.values()))
        session.add(batch)
        session.flush()
        session.add_all(ExportedRecord(target=target, kind=kind, record_id=i, batch_id=batch.id)
                        for kind, values in ids.items() for i in values)
        uow.commit()
        batch_id = batch.id
    _finish(ctx, batch_id, fmt, out, ids)
    everything = {k: max(v, default=0) for k, v in ids.items()}
    return _summary(target, fmt, out, ids, recovered, _cursor_text(everything))


def watch(ctx: Context, folder: Path, fmt: str, target: str, every: float, stop: Any,
          actor: Actor | None = None) -> Iterator[ExportSummary]:
    """`export watch DIR`: a file whenever there is something new, named by the time."""
    check_exporter(ctx, actor)
    while not stop.is_set():
        summary = export_new(ctx, folder, fmt, target, actor)
        if summary is not None:
            yield summary
        stop.wait(every)


def export_new(ctx: Context, folder: Path, fmt: str, target: str = "default",
               actor: Actor | None = None) -> ExportSummary | None:
    """A file in ``folder``, named by the time, when there is something new
    for ``target``; None when there is nothing (the watch's and the
    scheduler's one step)."""
    check_exporter(ctx, actor)
    folder.mkdir(parents=True, exist_ok=True)
    with ctx.uow() as uow:
        session = uow.session
        done = {(kind, record) for kind, record in session.execute(
            select(ExportedRecord.kind, ExportedRecord.record_id).where(ExportedRecord.target == target))}
        fresh = any((kind, i) not in done for kind in KINDS for i in _ids(session, kind))
    if not fresh:
        return None
    name = f"returns-{ctx.now():%Y%m%dT%H%M%S%f}.{'xml' if fmt == 'poslog' else fmt}"
    return export(ctx, fmt, folder / name, target, actor=actor)


# ---- Exactly once


def _recover(ctx: Context, target: str) -> Iterator[str]:
    """Batches a killed run left unfinished: done if their file is in place,
    else written again from what they claimed."""
    with ctx.uow() as uow:
        unfinished = list(uow.session.scalars(select(ExportBatch).where(ExportBatch.target == target,
                                                                        ExportBatch.state == "writing")))
    for batch in unfinished:
        path = Path(batch.path)
        with ctx.uow() as uow:
            ids: dict[str, list[int]] = {kind: [] for kind in KINDS}
            for kind, record in uow.session.execute(select(ExportedRecord.kind, ExportedRecord.record_id)
                                                    .where(ExportedRecord.batch_id == batch.id)):
                ids[kind].append(record)
        _finish(ctx, batch.id, batch.format, path, ids)
        yield str(path)


def _finish(ctx: Context, batch_id: int, fmt: str, out: Path, ids: dict[str, list[int]]) -> None:
    if not out.exists():
        with ctx.uow() as uow:
            records = list(_records(uow.session, ids))
        _write(out, fmt, records)
    with ctx.uow(write=True) as uow:
        batch = uow.session.get(ExportBatch, batch_id)
        assert batch is not None
        batch.state, batch.done_at = "done", ctx.now()
        uow.commit()


def _write(out: Path, fmt: str, records: list[dict[str, Any]]) -> None:
    """Beside its name, flushed to disk, then renamed: a reader never sees half a file."""
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(f".{out.name}.partial")
    with partial.open("w", encoding="utf-8", newline="") as handle:
        handle.write({"jsonl": _jsonl, "csv": _csv, "poslog": _poslog}[fmt](records))
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, out)


# ---- What is exported


def _ids(session: Session, kind: str) -> list[int]:
    if kind == "return":
        return list(session.scalars(select(Return.id).order_by(Return.id)))
    if kind == "sale":  # rung up here (an exchange's new items), not imported from the POS
        return list(session.scalars(select(Sale.id).where(Sale.source == "returndesk").order_by(Sale.id)))
    return list(session.scalars(select(Voucher.id).order_by(Voucher.id)))


def _records(session: Session, ids: dict[str, list[int]]) -> Iterator[dict[str, Any]]:
    stores = {store.id: store for store in session.scalars(select(Store))}
    registers = {register.id: register.code for register in session.scalars(select(Register))}
    staff = dict(session.execute(select(Staff.id, Staff.code)).all())
    for chunk in _chunks(ids["return"]):
        returns = session.scalars(select(Return).where(Return.id.in_(chunk)).order_by(Return.id)
                                  .options(selectinload(Return.lines), selectinload(Return.tenders))).all()
        sales = {sale.id: sale for sale in session.scalars(select(Sale).where(
            Sale.id.in_({r.sale_id for r in returns if r.sale_id})).options(selectinload(Sale.lines)))}
        overrides: dict[int, list[OverrideRequest]] = {}
        for override in session.scalars(select(OverrideRequest).where(OverrideRequest.return_id.in_(chunk))):
            overrides.setdefault(override.return_id or 0, []).append(override)
        customers = dict(session.execute(select(Customer.id, Customer.code).where(
            Customer.id.in_({r.customer_id for r in returns if r.customer_id}))).all())
        vouchers: dict[int, list[Voucher]] = {}
        for voucher in session.scalars(select(Voucher).where(Voucher.return_id.in_(chunk))):
            vouchers.setdefault(voucher.return_id or 0, []).append(voucher)
        for ret in returns:
            record = _return(ret, stores[ret.store_id], registers, staff, sales.get(ret.sale_id or 0),
                             overrides.get(ret.id, []), vouchers.get(ret.id, []))
            record["customer_id"] = customers.get(ret.customer_id or 0)
            yield record
    for chunk in _chunks(ids["sale"]):
        for sale in session.scalars(select(Sale).where(Sale.id.in_(chunk)).order_by(Sale.id)
                                    .options(selectinload(Sale.lines), selectinload(Sale.tenders))):
            yield _sale(sale, stores[sale.store_id], registers, staff)
    for chunk in _chunks(ids["voucher"]):
        for voucher in session.scalars(select(Voucher).where(Voucher.id.in_(chunk)).order_by(Voucher.id)):
            money = Currency.of(voucher.currency).format
            yield {"kind": "voucher", "voucher_id": voucher.doc_id, "store": stores[voucher.store_id].code,
                   "currency": voucher.currency, "amount": money(voucher.amount_cents),
                   "balance": money(voucher.balance_cents), "issued_at": voucher.issued_at.isoformat(),
                   "origin": voucher.origin}


def _chunks(values: list[int], size: int = 500) -> Iterator[list[int]]:
    for start in range(0, len(values), size):
        yield values[start:start + size]


def _return(ret: Return, store: Store, registers: dict[int, str], staff: dict[int, str], sale: Sale | None,
            overrides: list[OverrideRequest], vouchers: list[Voucher]) -> dict[str, Any]:
    money = Currency.of(ret.currency).format
    lines_sold = {line.id: line for line in sale.lines} if sale else {}
    return {
        "kind": "return", "return_id": ret.doc_id, "store": store.code, "register": registers.get(ret.register_id),
        "created_at": ret.created_at.astimezone(ZoneInfo(store.timezone)).isoformat(timespec="seconds"),
        "business_day": ret.local_date.isoformat(), "staff": staff.get(ret.staff_id),
        "approved_by": staff.get(ret.approved_by_id) if ret.approved_by_id else None,
        "customer_id": None, "gift": ret.gift, "refund_to": ret.refund_to, "currency": ret.currency,
        "refund_total": money(ret.refund_total_cents), "points_reversed": ret.points_reversed,
        "sale": ({"receipt_id": sale.doc_id, "pos_ref": sale.pos_ref, "source": sale.source,
                  "business_day": sale.local_date.isoformat()} if sale else None),
        "lines": [{
            "line": lines_sold[line.sale_line_id].line_no if line.sale_line_id in lines_sold else None,
            "pos_line": lines_sold[line.sale_line_id].pos_line if line.sale_line_id in lines_sold else None,
            "sku": line.sku, "description": line.description, "category": line.category,
            "qty": quantity.text(quantity.from_units(line.qty, line.qty_scale)),
            "unit": lines_sold[line.sale_line_id].unit if line.sale_line_id in lines_sold else None,
            "condition": line.condition, "reason": line.reason, "disposition": line.disposition,
            "serial": line.serial, "net": money(line.net_cents), "tax": money(line.tax_cents),
            "fee": money(line.fee_cents), "total": money(line.total_cents),
        } for line in ret.lines],
        "tenders": [{"type": t.type, "amount": money(t.amount_cents), **({"last4": t.last4} if t.last4 else {}),
                     **({"voucher_id": next((v.doc_id for v in vouchers if v.id == t.voucher_id), None)}
                        if t.voucher_id else {})} for t in ret.tenders],
        "vouchers": [{"voucher_id": v.doc_id, "amount": money(v.amount_cents)} for v in vouchers],
        "overrides": [{"codes": o.codes.split(","), "manager": staff.get(o.decided_by_id) if o.decided_by_id else None,
                       "reason": o.decision_reason} for o in overrides if o.status in ("approved", "used")],
    }


def _sale(sale: Sale, store: Store, registers: dict[int, str], staff: dict[int, str]) -> dict[str, Any]:
    money = Currency.of(sale.currency).format
    return {
        "kind": "sale", "receipt_id": sale.doc_id, "store": store.code, "register": registers.get(sale.register_id),
        "purchased_at": sale.purchased_at.astimezone(ZoneInfo(store.timezone)).isoformat(timespec="seconds"),
        "business_day": sale.local_date.isoformat(), "staff": staff.get(sale.staff_id) if sale.staff_id else None,
        "currency": sale.currency, "total": money(sale.total_cents),
        "lines": [{"line": line.line_no, "sku": line.sku, "description": line.description,
                   "qty": quantity.text(quantity.from_units(line.qty, line.qty_scale)),
                   "unit_price": money(line.unit_price_cents), "discount": money(line.discount_cents),
                   "tax": money(line.tax_cents or 0)} for line in sale.lines],
        "tenders": [{"type": t.type, "amount": money(t.amount_cents), **({"last4": t.last4} if t.last4 else {})}
                    for t in sale.tenders],
    }


# ---- Cursors (--since)


def _cursor(text: str) -> dict[str, int]:
    """"r12.s3.v7": the last return, sale and voucher already taken."""
    values = {"return": 0, "sale": 0, "voucher": 0}
    names = {"r": "return", "s": "sale", "v": "voucher"}
    try:
        for part in text.strip().split("."):
            if part:
                values[names[part[0]]] = int(part[1:])
    except (KeyError, ValueError):
        raise RequestError(QT_TR_NOOP("a cursor is what the last export printed, such as r12.s3.v7, not "
                                      "{text}"), text=text) from None
    return values


def _cursor_text(values: dict[str, int]) -> str:
    return f"r{values['return']}.s{values['sale']}.v{values['voucher']}"


def _summary(target: str, fmt: str, out: Path, ids: dict[str, list[int]], recovered: Iterable[str],
             cursor: str) -> ExportSummary:
    return ExportSummary(target, fmt, str(out), len(ids["return"]), len(ids["sale"]), len(ids["voucher"]),
                         tuple(recovered), cursor)


__all__ = ["ExportSummary", "FORMATS", "export", "watch"]
