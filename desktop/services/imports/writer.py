"""Storing settled sales, a batch per transaction.

A batch is a few hundred sales written in one transaction: a killed import
loses at most the batch it was in, and the next run finds the ones before
it as duplicates (their POS reference is unique), so it finishes without
duplicates or gaps. Between batches SQLite's write lock is free for the
counters.

Each imported sale gets a ReturnDesk document ID on register 00 of its
store ("imported from the POS"), so its receipt can be reprinted with a
barcode of ours and every service that takes a receipt code takes it.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, func, insert, select, update
from sqlalchemy.exc import DBAPIError

from desktop.config import PosConfig
from desktop.db.errors import is_retryable
from desktop.db.prepared import Prepared
from desktop.models import Customer, PosVoid, Product, Register, Return, Sale, SaleLine, SaleTender, Store, table_of
from desktop.models import PosReturn as PosReturnRow
from desktop.policy import quantity
from desktop.policy.docid import DocumentId, DocumentKind
from desktop.policy.money import Currency, MoneyError
from desktop.services import audit, inputs
from desktop.services.context import Context
from desktop.services.errors import RequestError
from desktop.services.imports.outcome import Counts, Rejects
from desktop.services.imports.raw import (
    BadRecord,
    ImportedSale,
    ImportReject,
    Parsed,
    PosRef,
    PosReturn,
    PostVoid,
    RawSale,
    Skipped,
)
from desktop.services.imports.settle import settle

IMPORT_REGISTER = "00"  # every store's register for sales rung up on its own POS
# Run on the driver (desktop/db/prepared.py): a million sales are a million rows of each.
_INSERT_SALES = Prepared(insert(table_of(Sale)))
_INSERT_LINES = Prepared(insert(table_of(SaleLine)))
_INSERT_TENDERS = Prepared(insert(table_of(SaleTender)))
BATCH = 400
MAX_ATTEMPTS = 5


@dataclass(frozen=True)
class StoreRow:
    id: int
    code: str
    chain_id: int
    currency: str
    timezone: str


@dataclass
class _Pending:
    file: str
    position: int
    sale: ImportedSale


@dataclass
class SaleWriter:
    ctx: Context
    config: PosConfig
    rejects: Rejects
    counts: Counts = field(default_factory=Counts)
    batch_size: int = BATCH
    sales: list[_Pending] = field(default_factory=list)
    voids: list[tuple[str, int, PostVoid]] = field(default_factory=list)
    returns: list[tuple[str, int, PosReturn]] = field(default_factory=list)
    on_batch: Callable[[Counts], None] | None = None

    by_code: dict[str, StoreRow] | None = None

    # ---- Public API

    def add(self, file: str, position: int,
            record: Parsed | ImportedSale) -> None:
        """A record as read (a raw sale is settled here) or already settled
        (by a worker process: docs/importing.md)."""
        self.counts.read += 1
        if isinstance(record, Skipped):
            self.counts.skipped += 1
        elif isinstance(record, BadRecord):
            self.reject(file, position, record.ref, record.reason)
        elif isinstance(record, PostVoid):
            self.voids.append((file, position, record))
            if record.target == record.ref:
                self.counts.skipped += 1  # voided as a whole: nothing to import
        elif isinstance(record, ImportedSale):
            self.sales.append(_Pending(file, position, record))
        elif isinstance(record, PosReturn):
            self.returns.append((file, position, record))
        else:
            try:
                self.sales.append(_Pending(file, position, settle_for_store(record, self.config,
                                                                            self.stores_by_code())))
            except ImportReject as error:
                self.reject(file, position, record.ref, str(error))
        if len(self.sales) + len(self.voids) + len(self.returns) >= self.batch_size:
            self.flush()

    def stores_by_code(self) -> dict[str, StoreRow]:
        """Every store, read once: a chain has tens of them, an import millions of sales."""
        if self.by_code is None:
            with self.ctx.uow() as uow:
                self.by_code = {row.code: StoreRow(*row) for row in uow.connection.execute(
                    select(Store.id, Store.code, Store.chain_id, Store.currency, Store.timezone))}
        return self.by_code

    def reject(self, file: str, position: int, ref: PosRef | None, reason: str) -> None:
        self.counts.rejected += 1
        self.rejects.write(file, position, ref, reason)

    def flush(self) -> None:
        if not self.sales and not self.voids and not self.returns:
            return
        for attempt in range(MAX_ATTEMPTS):
            try:
                with self.ctx.uow(write=True) as uow:
                    done = self._write(uow.connection)
                    uow.commit()
                break
            except DBAPIError as error:
                if attempt + 1 < MAX_ATTEMPTS and is_retryable(error):
                    time.sleep(0.05 * 2**attempt)
                    continue
                raise
        for kind, file, position, ref, reason in done:
            if kind == "reject":
                self.reject(file, position, ref, reason)
            else:
                setattr(self.counts, kind, getattr(self.counts, kind) + 1)
        self.sales, self.voids, self.returns = [], [], []
        if self.on_batch is not None:
            self.on_batch(self.counts)

    # ---- The batch's transaction

    def _write(self, connection: Connection) -> list[tuple[str, str, int, PosRef | None, str]]:
        """Everything of the batch or nothing; returns what became of each record."""
        outcome: list[tuple[str, str, int, PosRef | None, str]] = []
        now = self.ctx.now()
        keys = [pending.sale.ref.key for pending in self.sales]
        existing = {row.pos_key: row for row in connection.execute(
            select(Sale.pos_key, Sale.content_hash).where(Sale.pos_key.in_(keys)))} if keys else {}
        voided_early = set(connection.scalars(select(PosVoid.pos_key).where(PosVoid.pos_key.in_(keys)))) \
            if keys else set()
        fresh: list[_Pending] = []
        seen: dict[str, str] = {}
        for pending in self.sales:
            sale, key = pending.sale, pending.sale.ref.key
            digest = sale.content_hash
            known = existing[key].content_hash if key in existing else seen.get(key)
            if known is None:
                seen[key] = digest
                fresh.append(pending)
            elif known == digest:
                outcome.append(("duplicates", pending.file, pending.position, sale.ref, ""))
            else:
                outcome.append(("reject", pending.file, pending.position, sale.ref,
                                f"POS reference {sale.ref.text} is already imported with other content: "
                                "never overwritten (a corrected sale comes with a new reference)"))
        if fresh:
            self._insert(connection, fresh, voided_early, now)
            outcome.extend(("imported", p.file, p.position, p.sale.ref, "") for p in fresh)
        outcome.extend(self._void(connection, now))
        outcome.extend(self._returned(connection, now))
        return outcome

    def _returned(self, connection: Connection, now: dt.datetime) -> list[tuple[str, str, int, PosRef | None, str]]:
        """Returns rung up on the POS: the quantities and money they took back
        come off what the counter may still refund. One of ReturnDesk's own,
        exported and read back, is known already: a duplicate."""
        outcome: list[tuple[str, str, int, PosRef | None, str]] = []
        for file, position, ret in self.returns:
            key = ret.ref.key
            known = connection.scalar(select(PosReturnRow.pos_key).where(PosReturnRow.pos_key == key)) or (
                ret.returndesk_id and connection.scalar(select(Return.id).where(Return.doc_id == ret.returndesk_id)))
            if known:
                outcome.append(("duplicates", file, position, ret.ref, ""))
                continue
            targets = {line.target.key for line in ret.lines}
            if len(targets) != 1:
                outcome.append(("reject", file, position, ret.ref, "a return from several sales at once is not "
                                                                    "imported: one per sale"))
                continue
            sale = connection.execute(select(Sale.id, Sale.currency).where(Sale.pos_key == targets.pop())).first()
            if sale is None:
                outcome.append(("reject", file, position, ret.ref, f"returned from {ret.lines[0].target.text}, "
                                                                    "which is not imported (import that sale first)"))
                continue
            problem = _take_back(connection, sale.id, Currency.of(sale.currency), ret, self.config)
            if problem:
                outcome.append(("reject", file, position, ret.ref, problem))
                continue
            connection.execute(insert(table_of(PosReturnRow)), [{
                "pos_key": key, "pos_ref": ret.ref.text, "sale_id": sale.id, "imported_at": now,
                "detail": {"lines": [[line.line, line.sku, str(line.qty), str(line.amount)] for line in ret.lines],
                           "tenders": [[kind, str(amount)] for kind, amount in ret.tenders]}}])
            outcome.append(("imported", file, position, ret.ref, ""))
        return outcome

    def _insert(self, connection: Connection, fresh: list[_Pending], voided_early: set[str], now: dt.datetime) -> None:
        by_store: dict[str, list[_Pending]] = {}
        for pending in fresh:
            by_store.setdefault(pending.sale.store_code, []).append(pending)
        customers = self._customers(connection, fresh)
        products = self._products(connection, fresh)
        for code, pendings in by_store.items():
            store = self.stores_by_code()[code]
            register_id = self._register(connection, store)
            doc_ids = self._doc_ids(connection, store, len(pendings))
            zone = ZoneInfo(store.timezone)
            rows: list[dict[str, Any]] = []
            for pending, doc_id in zip(pendings, doc_ids, strict=False):
                sale = pending.sale
                when = _aware(sale.purchased_at, zone) if sale.purchased_at else \
                    dt.datetime.combine(dt.date.fromisoformat(sale.ref.day), dt.time(12), zone)
                rows.append({
                    "doc_id": doc_id, "store_id": store.id, "register_id": register_id, "purchased_at": when,
                    "local_date": when.astimezone(zone).date(), "customer_id": customers.get(sale.customer or ""),
                    "staff_id": None, "currency": sale.currency, "order_discount_cents": 0,
                    "total_cents": sale.total, "source": sale.source, "pos_ref": sale.ref.text[:160],
                    "pos_key": sale.ref.key[:160], "content_hash": sale.content_hash,
                    "voided_at": now if sale.ref.key in voided_early else None, "points_earned": sale.points,
                    "tax_detail": list(sale.tax_detail)})
            _INSERT_SALES.run(connection, rows)
            found: dict[str | None, int] = dict(connection.execute(select(Sale.pos_key, Sale.id).where(
                Sale.pos_key.in_([row["pos_key"] for row in rows]))).all())
            ids = [found[row["pos_key"]] for row in rows]
            lines, tenders = [], []
            for pending, sale_id in zip(pendings, ids, strict=False):
                sale = pending.sale
                for line in sale.lines:
                    product_id, category, name, final = (products.get(line.sku) or products.get(line.barcode or "")
                                                         or (None, None, "", False))
                    lines.append({
                        "sale_id": sale_id, "store_id": store.id, "line_no": line.line_no, "product_id": product_id,
                        "sku": line.sku, "description": line.description or name, "category": category or line.category,
                        "qty": line.qty, "qty_scale": line.qty_scale, "unit": line.unit,
                        "unit_price_cents": line.unit_price, "gross_cents": line.gross,
                        "discount_cents": line.discount, "promo_group": None, "tax_rate": line.tax_rate,
                        "tax_cents": line.tax, "serial": line.serial, "final_sale": line.final_sale or final,
                        "returned_qty": line.returned, "pos_line": line.pos_line, "department": line.department})
                for position, tender in enumerate(sale.tenders, start=1):
                    tenders.append({
                        "sale_id": sale_id, "store_id": store.id, "position": position, "type": tender.type,
                        "amount_cents": tender.amount, "last4": tender.last4, "refunded_cents": tender.refunded,
                        "brand": tender.brand, "pos_type": tender.pos_type, "cashback_cents": tender.cashback})
            _INSERT_LINES.run(connection, lines)
            if tenders:
                _INSERT_TENDERS.run(connection, tenders)
            files = sorted({pending.file for pending in pendings})
            audit.record_all(connection, store.id, now, [audit.Event(
                "sales.imported", None, "import", files[0][:64], {
                    "files": files, "sales": len(pendings), "first": pendings[0].sale.ref.text,
                    "last": pendings[-1].sale.ref.text})])

    def _void(self, connection: Connection, now: dt.datetime) -> list[tuple[str, str, int, PosRef | None, str]]:
        """Post-voids: the sale, if imported, is no longer returnable; the void
        is kept either way, for a sale that arrives after it."""
        outcome = []
        for file, position, void in self.voids:
            key = void.target.key
            updated = connection.execute(update(table_of(Sale)).where(Sale.pos_key == key, Sale.voided_at.is_(None))
                                         .values(voided_at=now)).rowcount
            returned = connection.scalar(select(func.count()).select_from(SaleLine).join(Sale).where(
                Sale.pos_key == key, SaleLine.returned_qty > 0))
            if returned:
                outcome.append(("reject", file, position, void.ref,
                                f"post-void of {void.target.text}, from which ReturnDesk already refunded items: "
                                "marked not returnable; check the refunds with the POS"))
            if not connection.scalar(select(PosVoid.pos_key).where(PosVoid.pos_key == key)):
                connection.execute(insert(table_of(PosVoid)), [{
                    "pos_key": key, "pos_ref": void.target.text[:160], "voided_at": now,
                    "voided_by": void.ref.text[:160] if void.ref else ""}])
            if updated:
                outcome.append(("voided", file, position, void.ref, ""))
        return outcome

    def _customers(self, connection: Connection, fresh: list[_Pending]) -> dict[str, int]:
        """Loyalty IDs to customers; one the chain does not know yet is added."""
        codes = {p.sale.customer for p in fresh if p.sale.customer}
        if not codes:
            return {}
        found = dict(connection.execute(select(Customer.code, Customer.id).where(Customer.code.in_(codes))).all())
        missing = sorted(codes - set(found))
        if missing:
            chain = next(iter(self.stores_by_code().values())).chain_id
            connection.execute(insert(table_of(Customer)), [
                {"chain_id": chain, "code": code, "name": "", "tier": None, "created_at": self.ctx.now()}
                for code in missing])
            found.update(connection.execute(select(Customer.code, Customer.id).where(Customer.code.in_(missing))).all())
        return found

    @staticmethod
    def _products(connection: Connection, fresh: list[_Pending]) -> dict[str, tuple[int, str, str, bool]]:
        """The catalogue's products of the batch's lines, by SKU or barcode: id, category, name, final sale."""
        skus = {line.sku for p in fresh for line in p.sale.lines}
        barcodes = {line.barcode for p in fresh for line in p.sale.lines if line.barcode}
        found: dict[str, tuple[int, str, str, bool]] = {}
        for column, values in ((Product.sku, skus), (Product.barcode, barcodes)):
            if values:
                for key, *product in connection.execute(select(
                        column, Product.id, Product.category, Product.name,
                        Product.final_sale).where(column.in_(values))):
                    found.setdefault(key, tuple(product))  # type: ignore[arg-type]
        return found

    @staticmethod
    def _register(connection: Connection, store: StoreRow) -> int:
        """Register 00 of the store, taken FOR UPDATE: imports into one store
        number their sales one after the other."""
        query = select(Register.id).where(Register.store_id == store.id, Register.code == IMPORT_REGISTER)
        register_id = connection.scalar(query.with_for_update())
        if register_id is None:
            connection.execute(insert(table_of(Register)), [{"store_id": store.id, "code": IMPORT_REGISTER,
                                                             "name": "Imported from the POS"}])
            register_id = connection.scalar(query.with_for_update())
        assert register_id is not None, "inserted in this transaction"
        return int(register_id)

    @staticmethod
    def _doc_ids(connection: Connection, store: StoreRow, count: int) -> list[str]:
        prefix = f"{int(DocumentKind.SALE)}{store.code}{IMPORT_REGISTER}"
        highest = connection.scalar(select(func.max(Sale.doc_id)).where(Sale.doc_id >= prefix + "0" * 9,
                                                                        Sale.doc_id <= prefix + "9" * 9))
        start = int(highest[7:15]) + 1 if highest else 1
        return [str(DocumentId.make(DocumentKind.SALE, store.code, IMPORT_REGISTER, start + offset))
                for offset in range(count)]


def _take_back(connection: Connection, sale_id: int, currency: Currency, ret: PosReturn,
               config: PosConfig) -> str | None:
    """The returned quantities and refunds off the sale's running totals
    (under their CHECKs); a reason when the return takes back more than is left."""
    lines = {row.pos_line or str(row.line_no): row for row in connection.execute(
        select(SaleLine.id, SaleLine.line_no, SaleLine.pos_line, SaleLine.qty, SaleLine.qty_scale,
               SaleLine.returned_qty).where(SaleLine.sale_id == sale_id))}
    for line in ret.lines:
        row = lines.get(line.line)
        if row is None:
            return f"returns line {line.line} of {line.target.text}, which that sale does not have"
        units = quantity.to_units(line.qty, row.qty_scale)
        if row.returned_qty + units > row.qty:
            return f"returns more of line {line.line} of {line.target.text} than is left to return"
        connection.execute(update(table_of(SaleLine)).where(SaleLine.id == row.id).values(
            returned_qty=SaleLine.returned_qty + units))
    tenders = list(connection.execute(select(SaleTender.id, SaleTender.type, SaleTender.amount_cents,
                                             SaleTender.refunded_cents).where(SaleTender.sale_id == sale_id)))
    for name, amount in ret.tenders:
        kind = config.tender_kind(name) or name
        left = currency.parse(format(amount, "f")) if amount else 0
        for tender in tenders:
            if tender.type == kind and left:
                take = min(left, tender.amount_cents - tender.refunded_cents)
                if take > 0:
                    connection.execute(update(table_of(SaleTender)).where(SaleTender.id == tender.id).values(
                        refunded_cents=SaleTender.refunded_cents + take))
                    left -= take
    return None


def store_for(pos_store: str, config: PosConfig, by_code: dict[str, StoreRow]) -> StoreRow | None:
    """The ReturnDesk store of a POS store ID: [pos.stores], else the same number."""
    code = config.stores.get(pos_store)
    if code is None and pos_store.isdigit() and len(pos_store) <= 4:
        code = pos_store.zfill(4)
    return by_code.get(code) if code is not None else None


def settle_for_store(raw: RawSale, config: PosConfig, by_code: dict[str, StoreRow]) -> ImportedSale:
    """The sale settled in its store's currency; ImportReject says why not."""
    store = store_for(raw.ref.store, config, by_code)
    if store is None:
        raise ImportReject(f"POS store {raw.ref.store!r} is not a ReturnDesk store: map it in [pos.stores]")
    if raw.currency and raw.currency != store.currency:
        raise ImportReject(f"paid in {raw.currency}; store {store.code} sells in {store.currency}")
    try:
        sale = settle(raw, store.code, Currency.of(store.currency), config)
    except MoneyError as error:
        raise ImportReject(str(error)) from None
    check_fits(sale)
    return sale


# What each field of a line is stored in: a value longer than its column is refused the same way on
# SQLite (which would store it) and PostgreSQL (which would refuse the whole batch).
_LINE_COLUMNS = {"pos_line": SaleLine.pos_line, "sku": SaleLine.sku, "description": SaleLine.description,
                 "department": SaleLine.department, "category": SaleLine.category, "unit": SaleLine.unit,
                 "serial": SaleLine.serial}


def check_fits(sale: ImportedSale) -> None:
    """Every text of the sale fits its column, without control characters."""
    for line in sale.lines:
        for name, column in _LINE_COLUMNS.items():
            value = getattr(line, name)
            if value is None:
                continue
            try:
                inputs.text(value, f"line {line.line_no} {name}", column, lines=name == "description")
            except RequestError as error:
                raise ImportReject(str(error)) from None


def _aware(when: dt.datetime, zone: ZoneInfo) -> dt.datetime:
    """A POS time without an offset is the store's local time."""
    return when.replace(tzinfo=zone) if when.tzinfo is None else when
