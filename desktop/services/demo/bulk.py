"""Writing the demo's rows in bulk: plain DB-API ``executemany`` on SQLite
and ``COPY`` on PostgreSQL, never one ORM object at a time; for a big seed a
second process generates the rows while this one writes them."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import random
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection as Pipe
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, func, select

from desktop.models import Base, GiftReceipt, Sale, SaleLine, SaleTender
from desktop.policy.docid import DocumentKind

if TYPE_CHECKING:
    from desktop.services.demo.catalogue import Catalogue
    from desktop.services.demo.receipts import Sample

Row = tuple[Any, ...]
Batch = list[tuple[str, list[Row]]]  # (table, rows)



# From this many receipts on, a second process generates the rows while this
# one writes them: generation and writing each take about half the time, and
# the machine has more than one core.
PARALLEL_FROM = 50_000


@dataclass(frozen=True)
class Starts:
    """Where numbering continues: next primary keys and document sequences."""

    ids: tuple[int, int, int, int]  # sale, sale line, tender, gift receipt
    sequences: dict[tuple[DocumentKind, str, str], int]


class Rows:
    """Rows of the four sale tables, buffered until a batch is full; values
    already in the form the backend's columns store."""

    BATCH = 60_000  # lines per batch

    def __init__(self, backend: str, deliver: Callable[[Batch], None]):
        self.backend = backend
        self.deliver = deliver
        self.sales: list[Row] = []
        self.lines: list[Row] = []
        self.tenders: list[Row] = []
        self.gifts: list[Row] = []

    def timestamp(self, local: dt.datetime) -> object:
        """SQLAlchemy keeps naive UTC text on SQLite; COPY takes an aware
        value on PostgreSQL."""
        utc = local.astimezone(dt.UTC)
        return utc.replace(tzinfo=None).isoformat(" ", "microseconds") if self.backend == "sqlite" else utc

    def day(self, day: dt.date) -> object:
        return day.isoformat() if self.backend == "sqlite" else day

    def flush(self) -> None:
        batch = [(table, rows) for table, rows in (("sales", self.sales), ("sale_lines", self.lines),
                                                   ("sale_tenders", self.tenders), ("gift_receipts", self.gifts))
                 if rows]
        self.sales, self.lines, self.tenders, self.gifts = [], [], [], []
        if batch:
            self.deliver(batch)


def generate_in_second_process(writer: BulkWriter, cat: Catalogue, count: int, rng: random.Random,
                                today: dt.date, starts: Starts,
                                progress: Callable[[str], None] | None) -> list[Sample]:
    spawn = multiprocessing.get_context("spawn")
    receiver, sender = spawn.Pipe(duplex=False)
    child = spawn.Process(target=_generator, args=(sender, writer.backend, cat, count, rng.getstate(), today, starts),
                          name="demo-seed-generator", daemon=True)
    child.start()
    sender.close()
    try:
        while True:
            kind, value = receiver.recv()
            if kind == "batch":
                writer.write(value)
            elif kind == "progress" and progress:
                progress(value)
            elif kind == "done":
                samples: list[Sample] = value
                return samples
            elif kind == "error":
                raise RuntimeError(f"the demo generator failed: {value}")
    except EOFError:
        raise RuntimeError("the demo generator stopped unexpectedly") from None
    finally:
        child.join(timeout=30)


def _generator(sender: Pipe, backend: str, cat: Catalogue, count: int, state: Any, today: dt.date,
               starts: Starts) -> None:
    """The second process: the same receipts, sent through a pipe in batches."""
    from desktop.services.demo.receipts import write_receipts

    try:
        rng = random.Random()
        rng.setstate(state)
        sink = Rows(backend, lambda batch: sender.send(("batch", batch)))
        samples = write_receipts(sink, cat, count, rng, today, starts,
                                  lambda text: sender.send(("progress", text)))
        sink.flush()
        sender.send(("done", samples))
    except BaseException as error:  # noqa: BLE001 - reported to the parent
        sender.send(("error", f"{type(error).__name__}: {error}"))
    finally:
        sender.close()


class BulkWriter:
    """Writes row batches: plain executemany on SQLite, COPY on PostgreSQL."""

    COLUMNS = {
        "sales": ("id", "doc_id", "store_id", "register_id", "purchased_at", "local_date", "customer_id", "staff_id",
                  "currency", "order_discount_cents", "total_cents"),
        "sale_lines": ("id", "sale_id", "store_id", "line_no", "product_id", "sku", "description", "category", "qty",
                       "unit_price_cents", "discount_cents", "promo_group", "tax_rate", "tax_cents", "serial",
                       "final_sale", "returned_qty"),
        "sale_tenders": ("id", "sale_id", "store_id", "position", "type", "amount_cents", "last4", "refunded_cents"),
        "gift_receipts": ("id", "doc_id", "sale_id", "store_id", "created_at"),
    }

    def __init__(self, backend: str, connection: Connection) -> None:
        self.backend = backend
        self.connection = connection

    def starts(self, cat: Catalogue) -> Starts:
        def after(model: type[Sale | SaleLine | SaleTender | GiftReceipt]) -> int:
            return int(self.connection.scalar(select(func.max(model.id))) or 0) + 1

        sequences = {}
        for _, store_code, _, _ in cat.stores:
            for _, register_code in cat.registers[store_code]:
                for kind, table in ((DocumentKind.SALE, Sale), (DocumentKind.GIFT_RECEIPT, GiftReceipt)):
                    prefix = f"{int(kind)}{store_code}{register_code}"
                    highest = self.connection.scalar(
                        select(func.max(table.doc_id)).where(table.doc_id.like(prefix + "%")))
                    sequences[(kind, store_code, register_code)] = int(highest[7:15]) + 1 if highest else 1
        return Starts((after(Sale), after(SaleLine), after(SaleTender), after(GiftReceipt)), sequences)

    def write(self, batch: Batch) -> None:
        for table, rows in batch:
            columns = self.COLUMNS[table]
            if self.backend == "sqlite":
                marks = ", ".join("?" * len(columns))
                self.connection.exec_driver_sql(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)
                continue
            cursor = self.connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
            with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)

    def finish(self) -> None:
        if self.backend == "postgresql":
            for table in Base.metadata.sorted_tables:
                if "id" not in table.c or not table.c.id.primary_key:
                    continue
                # The seed wrote the IDs itself: move each id sequence past them,
                # or the next row the program inserts collides with one.
                self.connection.exec_driver_sql(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                    f"(SELECT COALESCE(max(id), 0) + 1 FROM {table.name}), false)")
            for name in self.COLUMNS:
                self.connection.exec_driver_sql(f"ANALYZE {name}")
