"""A chain of stores, each on a PostgreSQL server of its own, and HQ holding
every store's sales and returns (docs/deploying.md, "A chain of stores").

A store's database joins the chain once (`returndesk chain join`): it takes
HQ's reference data (stores, registers, staff, policies, products,
customers) and its own store's sales and returns with HQ's ids; its own new
rows (and the customers it signs up) get ids from a range of their own
(store id x 2^40), so they never meet another store's at HQ; and it
publishes its sales, returns and audit log, filtered by its store, in a
publication HQ subscribes to (`returndesk chain subscribe`, PostgreSQL
logical replication). Products, staff, policies and loyalty customers are
HQ's to make (`returndesk import ...` there): `chain join` run again brings
a store's copy up to HQ's. A customer signed up at a store stays there (two
stores may give one person the same loyalty code, which HQ's unique codes
would refuse and stop the replication on); a sale brought from HQ whose
customer's code is known here is linked to the customer here.

A receipt of another store is looked up at HQ when it is scanned
(``bring_sale``): the sale is copied into the store's database with HQ's
ids, and what is left to return counts every store's returns of it: the
other stores' as HQ has them, this store's own as this database has them
(they may not have reached HQ yet). The copy is another store's row, so
this store's publication leaves it out: HQ keeps the sale as its own store
sent it, and this store's return reaches HQ pointing at it.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Connection, Table, func, select, text, true
from sqlalchemy.exc import DBAPIError

from desktop.db.engine import Database
from desktop.db.errors import DatabaseUnavailable
from desktop.messages import QT_TR_NOOP
from desktop.models import (
    AuditEntry,
    AuditHead,
    Chain,
    Customer,
    GiftReceipt,
    OverrideRequest,
    PriceChange,
    Product,
    RefundTender,
    Register,
    Return,
    ReturnLine,
    Sale,
    SaleLine,
    SaleTender,
    Staff,
    StaffApprovalStore,
    Store,
    StorePolicy,
    SystemSetting,
    Voucher,
    table_of,
)
from desktop.policy.docid import DocumentKind
from desktop.services.context import Context
from desktop.services.errors import NotFound, RequestError
from desktop.services.receipts import parse_code

log = logging.getLogger(__name__)

ID_RANGE = 1 << 40  # a store's own new rows: ids from store id x ID_RANGE
# What a store sends HQ, in an order its foreign keys allow (a store's rows only: the publication's filter).
PUBLISHED: tuple[type, ...] = (Sale, SaleLine, SaleTender, GiftReceipt, Return, ReturnLine, Voucher, RefundTender,
                               OverrideRequest, AuditEntry, AuditHead)
# What HQ keeps for the whole chain and a store's database starts from.
REFERENCE: tuple[type, ...] = (Chain, Store, Register, Staff, StaffApprovalStore, StorePolicy, SystemSetting,
                               Product, PriceChange, Customer)


@dataclass(frozen=True)
class Joined:
    store: str
    reference_rows: int  # HQ's reference data copied
    own_rows: int  # the store's own sales, returns and audit entries copied
    publication: str


def publication_name(store_code: str) -> str:
    if not re.fullmatch(r"\d{4}", store_code):
        raise RequestError(QT_TR_NOOP("store {store}: a store code has 4 digits"), store=store_code)
    return f"returndesk_store_{store_code}"


def _needs_postgresql(db: Database, what: str) -> None:
    if db.backend != "postgresql":
        raise RequestError(QT_TR_NOOP("{what} must be a PostgreSQL database: a chain replicates with PostgreSQL's "
                                      "logical replication"), what=what)


def _store_id(connection: Connection, store_code: str) -> int:
    found = connection.scalar(select(Store.id).where(Store.code == store_code))
    if found is None:
        raise NotFound(QT_TR_NOOP("HQ has no store {store}"), store=store_code)
    return int(found)


def join(store_db: Database, hq_db: Database, store_code: str) -> Joined:
    """Make ``store_db`` (migrated, empty or joined before) the database of
    store ``store_code``: HQ's reference data and the store's own rows,
    its id ranges, and its publication. Run again, it brings the reference
    data up to HQ's and leaves the store's own rows as they are."""
    _needs_postgresql(store_db, "the store's database")
    _needs_postgresql(hq_db, "HQ's database")
    from desktop.db.copying import upsert_rows

    name = publication_name(store_code)
    with hq_db.engine.connect() as hq, store_db.engine.begin() as store:
        store_id = _store_id(hq, store_code)
        reference = sum(upsert_rows(hq, store, table_of(model), true()) for model in REFERENCE)
        own = 0
        fresh = not store.scalar(select(func.count()).select_from(table_of(Sale)).where(Sale.store_id == store_id))
        if fresh:  # the store's history, once: afterwards this database is where it grows
            own = sum(upsert_rows(hq, store, table_of(model), table_of(model).c.store_id == store_id)
                      for model in PUBLISHED)
        for model in PUBLISHED:
            table = table_of(model)
            # A row filter on store_id must be covered by the replica identity for updates to be published.
            store.execute(text(f"ALTER TABLE {table.name} REPLICA IDENTITY FULL"))
            if "id" in table.c:
                store.execute(text(f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                                   f"GREATEST((SELECT COALESCE(max(id), 0) FROM {table.name}), :low))"),
                              {"low": store_id * ID_RANGE})
        # Customers the store signs up (a sales import, a service case): ids from its own range, so one
        # brought from HQ with another store's sale never takes the id of one made here.
        low, high = store_id * ID_RANGE, (store_id + 1) * ID_RANGE
        store.execute(text("SELECT setval(pg_get_serial_sequence('customers', 'id'), GREATEST((SELECT "
                           "COALESCE(max(id), 0) FROM customers WHERE id >= :low AND id < :high), :low))"),
                      {"low": low, "high": high})
        store.execute(text(f"DROP PUBLICATION IF EXISTS {name}"))
        tables = ", ".join(f"{table_of(model).name} WHERE (store_id = {store_id})" for model in PUBLISHED)
        store.execute(text(f"CREATE PUBLICATION {name} FOR TABLE {tables}"))
    return Joined(store_code, reference, own, name)


def join_url(store_db: Database, hq_url: str, store_code: str) -> Joined:
    """``join`` with HQ's database named by its URL (`returndesk chain join --hq URL`)."""
    hq = Database.connect(hq_url)
    try:
        return join(store_db, hq, store_code)
    finally:
        hq.dispose()


def subscribe(hq_db: Database, store_code: str, publisher: str, copy_data: bool = False) -> str:
    """HQ subscribes to the store's publication; ``publisher`` is a libpq
    connection string to the store's database as HQ's server reaches it.
    ``copy_data``: HQ takes the store's rows as they are now (a store that
    did not start from HQ's data); by default HQ has them already (`chain
    join` copied them from HQ)."""
    _needs_postgresql(hq_db, "HQ's database")
    name = publication_name(store_code)
    quoted = "'" + publisher.replace("'", "''") + "'"
    with hq_db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as hq:  # not in a transaction
        if hq.scalar(text("SELECT count(*) FROM pg_subscription WHERE subname = :name"), {"name": name}):
            hq.execute(text(f"DROP SUBSCRIPTION {name}"))
        hq.execute(text(f"CREATE SUBSCRIPTION {name} CONNECTION {quoted} PUBLICATION {name} "
                        f"WITH (copy_data = {'true' if copy_data else 'false'})"))
    return name


@dataclass(frozen=True)
class Link:
    name: str
    state: str  # "streaming" or why not
    last_message: str  # when HQ last heard from the store (ISO), or ""


def status(db: Database) -> list[Link]:
    """HQ: each store's subscription and when it last heard from it. A
    store: its publication and whether HQ is reading it."""
    with db.engine.connect() as connection:
        subscriptions = connection.execute(text(
            "SELECT s.subname, w.pid IS NOT NULL, w.last_msg_receipt_time FROM pg_subscription s "
            "LEFT JOIN pg_stat_subscription w ON w.subid = s.oid AND w.relid IS NULL ORDER BY s.subname")).all()
        if subscriptions:
            return [Link(name, "streaming" if running else "stopped",
                         heard.isoformat(timespec="seconds") if heard else "")
                    for name, running, heard in subscriptions]
        publications = connection.execute(text(
            "SELECT p.pubname, r.active, r.confirmed_flush_lsn::text FROM pg_publication p "
            "LEFT JOIN pg_replication_slots r ON r.slot_name = p.pubname ORDER BY p.pubname")).all()
        return [Link(name, "read by HQ" if active else "HQ is not reading it", flushed or "")
                for name, active, flushed in publications]


def over_returned(db: Database) -> list[dict[str, object]]:
    """HQ: sale lines the stores together took back beyond what was sold
    (two stores returning the same line within the replication's delay),
    for a manager to follow up, each with the returns that met."""
    with db.engine.connect() as connection:
        rows = connection.execute(
            select(SaleLine.id, Sale.doc_id, SaleLine.line_no, SaleLine.qty, func.sum(ReturnLine.qty))
            .join(Sale, Sale.id == SaleLine.sale_id).join(ReturnLine, ReturnLine.sale_line_id == SaleLine.id)
            .group_by(SaleLine.id, Sale.doc_id, SaleLine.line_no, SaleLine.qty)
            .having(func.sum(ReturnLine.qty) > SaleLine.qty).order_by(SaleLine.id)).all()
        found = []
        for line_id, receipt, line_no, sold, returned in rows:
            returns = list(connection.scalars(select(Return.doc_id).join(ReturnLine, ReturnLine.return_id == Return.id)
                                              .where(ReturnLine.sale_line_id == line_id).order_by(Return.doc_id)))
            found.append({"receipt": receipt, "line": line_no, "sold": sold, "returned": int(returned),
                          "returns": returns})
        return found


# ---- A receipt of another store


def bring_sale(ctx: Context, code: str, refresh: bool = True) -> bool:
    """A receipt of another store of the chain, copied from HQ into this
    store's database with what is left to return as the whole chain has it;
    a receipt of this store, what other stores took back of it counted in
    (a customer may return at any store). False when there is nothing to
    bring (no HQ, a code that is not a receipt). When HQ cannot be reached,
    this store's receipts are served as this database has them, and
    another store's from the copy made at an earlier scan; without one the
    clerk is told why. ``refresh`` False: a copy already here is used as it
    is (a decision previewed while the clerk edits; the return itself
    brings the sale again)."""
    if ctx.hq is None or ctx.offline is not None or not ctx.store_code:
        return False
    try:
        doc = parse_code(code)
    except RequestError:
        return False
    if doc.kind not in (DocumentKind.SALE, DocumentKind.GIFT_RECEIPT):
        return False
    ours = doc.store == ctx.store_code
    if not refresh and (ours or _known(ctx, str(doc), doc.kind) is not None):
        return False
    try:
        with ctx.hq.engine.connect() as hq, ctx.uow(write=True) as uow:
            own_store = uow.connection.scalar(select(Store.id).where(Store.code == ctx.store_code))
            if own_store is None:
                return False
            gift = doc.kind == DocumentKind.GIFT_RECEIPT
            brought = (_count(hq, uow.connection, _sale_id(uow.connection, str(doc), gift), int(own_store)) if ours
                       else _bring(hq, uow.connection, str(doc), gift, int(own_store)))
            uow.commit()
            return brought
    except (DBAPIError, DatabaseUnavailable) as error:
        from desktop.services.explain import is_offline

        if not is_offline(error):
            raise
        log.warning("HQ could not be reached for %s: %s", doc, error)
        if not ours and _known(ctx, str(doc), doc.kind) is None:
            raise RequestError(QT_TR_NOOP("receipt {doc} is from store {store}, and HQ's database, where other "
                                          "stores' receipts are found, cannot be reached: try again in a moment, "
                                          "or take the return without a receipt"), doc=doc, store=doc.store
                               ) from None
        return False


def _known(ctx: Context, doc_id: str, kind: DocumentKind) -> int | None:
    """The sale's id in this database, if it is here."""
    with ctx.uow() as uow:
        if kind == DocumentKind.SALE:
            return uow.connection.scalar(select(Sale.id).where(Sale.doc_id == doc_id))
        return uow.connection.scalar(select(GiftReceipt.sale_id).where(GiftReceipt.doc_id == doc_id))


def _sale_id(connection: Connection, doc_id: str, gift: bool) -> int | None:
    if gift:
        return connection.scalar(select(GiftReceipt.sale_id).where(GiftReceipt.doc_id == doc_id))
    return connection.scalar(select(Sale.id).where(Sale.doc_id == doc_id))


def _bring(hq: Connection, local: Connection, doc_id: str, gift: bool, own_store: int) -> bool:
    from desktop.db.copying import upsert_rows

    sale_id = _sale_id(hq, doc_id, gift)
    if sale_id is None:
        return False  # not at HQ either: the lookup here says so
    sale = Sale.id == sale_id
    upsert_rows(hq, local, table_of(Register), Register.id == select(Sale.register_id).where(sale).scalar_subquery())
    upsert_rows(hq, local, table_of(Staff), Staff.id == select(Sale.staff_id).where(sale).scalar_subquery())
    buyer = hq.execute(select(Customer.id, Customer.code).where(
        Customer.id == select(Sale.customer_id).where(sale).scalar_subquery())).first()
    known = local.scalar(select(Customer.id).where(Customer.code == buyer.code)) if buyer is not None else None
    if buyer is not None and known is None:
        upsert_rows(hq, local, table_of(Customer), Customer.id == buyer.id)
    upsert_rows(hq, local, table_of(Product), Product.id.in_(select(SaleLine.product_id).where(
        SaleLine.sale_id == sale_id)))
    lines = table_of(SaleLine)
    here = dict(local.execute(select(lines.c.id, lines.c.returned_qty).where(lines.c.sale_id == sale_id)).all())
    for model in (Sale, SaleLine, SaleTender, GiftReceipt):
        table: Table = table_of(model)
        upsert_rows(hq, local, table, (table.c.id if model is Sale else table.c.sale_id) == sale_id)
        if model is Sale and buyer is not None and known is not None and known != buyer.id:
            # The same loyalty code here, under this store's id for the person: the copy points at it.
            local.execute(table.update().where(table.c.id == sale_id).values(customer_id=known))
    return _count(hq, local, sale_id, own_store, here)


def _count(hq: Connection, local: Connection, sale_id: int | None, own_store: int,
           before: dict[int, int] | None = None) -> bool:
    """Each line's returned quantity made the most of: what the line says
    (HQ's, for a copy just brought; ours, for our own sale), what it said
    here ``before`` the copy, and the sum of every store's return lines,
    this store's own counted here (they may not have reached HQ yet) and
    the others' at HQ."""
    if sale_id is None:
        return False
    elsewhere = _returned(hq, sale_id, ReturnLine.store_id != own_store)
    own = _returned(local, sale_id, ReturnLine.store_id == own_store)
    lines = table_of(SaleLine)
    for line_id, qty, said in local.execute(select(lines.c.id, lines.c.qty, lines.c.returned_qty).where(
            lines.c.sale_id == sale_id)).all():
        counted = elsewhere.get(line_id, 0) + own.get(line_id, 0)
        returned = min(int(qty), max(int(said), counted, int((before or {}).get(line_id, 0))))
        if returned != said:
            local.execute(lines.update().where(lines.c.id == line_id).values(returned_qty=returned))
    return True


def _returned(connection: Connection, sale_id: int, whose: ColumnElement[bool]) -> dict[int, int]:
    """Quantity returned of each line of the sale, by the returns ``whose`` picks."""
    rows = connection.execute(select(ReturnLine.sale_line_id, func.sum(ReturnLine.qty)).join(
        SaleLine, SaleLine.id == ReturnLine.sale_line_id).where(SaleLine.sale_id == sale_id, whose)
        .group_by(ReturnLine.sale_line_id)).all()
    return {int(line_id): int(qty) for line_id, qty in rows if line_id is not None}
