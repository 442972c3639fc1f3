"""Finding a sale from a scanned code, with everything the policy needs.

The code is checked (length, digits, check digit) before any query. A gift
receipt's code leads to its sale and marks the return as a gift return; a
return receipt's code leads back to the sale it returned from.
"""

from __future__ import annotations

import datetime as dt
import weakref
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, Connection, Engine, Select, bindparam, func, or_, select
from sqlalchemy.orm import Session

from desktop.db.prepared import Prepared, connection_of, send
from desktop.messages import QT_TR_NOOP
from desktop.models import (
    Customer,
    GiftReceipt,
    PriceChange,
    Product,
    Return,
    Sale,
    SaleLine,
    SaleTender,
    Store,
    table_of,
)
from desktop.policy import Currency, Receipt, ReceiptLine, Tender, TenderType, quantity
from desktop.policy.docid import DocumentId, DocumentIdError, DocumentKind
from desktop.policy.quantity import Qty
from desktop.services.errors import NotFound, RequestError
from desktop.services.sanitize import LIKE_ESCAPE, like_pattern

if TYPE_CHECKING:
    from desktop.services.context import Context
    from desktop.services.pos_barcodes import BarcodeLayout
    from desktop.services.pos_refs import PosRef


# ---- A sale as the counter needs it
#
# Plain frozen records, read with Core statements built once at import: this
# is the counter's every scan and every return, and loading ORM objects for
# rows that are only read cost more than the queries themselves (1 ms against
# 0.1 ms per sale on SQLite; docs/benchmarks.md). They run as Prepared
# statements on the session's connection (desktop/db/prepared.py).


@dataclass(frozen=True)
class SaleLineRecord:
    id: int
    line_no: int
    product_id: int | None
    sku: str
    description: str
    category: str | None
    qty: int  # in 10^-qty_scale (desktop/policy/quantity.py)
    unit_price_cents: int
    discount_cents: int
    promo_group: str | None
    tax_rate: Decimal
    tax_cents: int | None
    serial: str | None
    final_sale: bool
    returned_qty: int
    qty_scale: int
    unit: str | None
    gross_cents: int | None

    @property
    def sold(self) -> Qty:
        return quantity.from_units(self.qty, self.qty_scale)

    @property
    def returned(self) -> Qty:
        return quantity.from_units(self.returned_qty, self.qty_scale)


@dataclass(frozen=True)
class SaleTenderRecord:
    id: int
    position: int
    type: str
    amount_cents: int
    last4: str | None
    refunded_cents: int


@dataclass(frozen=True)
class SaleRecord:
    id: int
    doc_id: str
    store_id: int
    purchased_at: dt.datetime
    local_date: dt.date
    currency: str
    order_discount_cents: int
    total_cents: int
    source: str
    pos_ref: str | None
    voided_at: dt.datetime | None
    points_earned: int | None
    lines: tuple[SaleLineRecord, ...]
    tenders: tuple[SaleTenderRecord, ...]


@dataclass(frozen=True)
class StoreRef:
    id: int
    code: str
    timezone: str


@dataclass(frozen=True)
class CustomerRef:
    id: int
    code: str
    tier: str | None


@dataclass(frozen=True)
class FoundSale:
    sale: SaleRecord
    store: StoreRef  # the store that sold it
    gift: bool  # found through a gift receipt
    scanned: str  # the code as scanned (gift receipt or sale)
    customer: CustomerRef | None


_sales, _stores, _customers = table_of(Sale), table_of(Store), table_of(Customer)
_LINE_COLUMNS = [table_of(SaleLine).c[name] for name in SaleLineRecord.__dataclass_fields__]
_TENDER_COLUMNS = [table_of(SaleTender).c[name] for name in SaleTenderRecord.__dataclass_fields__]
_SALE_COLUMNS = [_sales.c[name] for name in SaleRecord.__dataclass_fields__ if name not in ("lines", "tenders")]


def _sale_query(key: ColumnElement[Any], lock: bool) -> Select[Any]:
    query = (select(*_SALE_COLUMNS, _stores.c.code.label("store_code"), _stores.c.timezone,
                    _customers.c.id.label("customer_key"), _customers.c.code.label("customer_code"), _customers.c.tier)
             .join(_stores, _stores.c.id == _sales.c.store_id)
             .outerjoin(_customers, _customers.c.id == _sales.c.customer_id)
             .where(key == bindparam("key")))
    # FOR UPDATE OF sales: every counter returning from this sale waits here
    # (PostgreSQL; SQLite's writer already holds the file's write lock).
    return query.with_for_update(of=_sales) if lock else query


# A sale's code carries its store's code (desktop/policy/docid.py): the store's id beside the code lets a
# database partitioned by store plan the lookup in that store's partition alone (desktop/db/partitioning.py).
_SALE_BY_CODE = {lock: Prepared(_sale_query(_sales.c.doc_id, lock).where(_sales.c.store_id == bindparam("store")))
                 for lock in (False, True)}
# A gift or return receipt leads to its sale by id: the sale's code and store, to look it up as above.
_CODE_OF_SALE = Prepared(select(_sales.c.doc_id, _sales.c.store_id).where(_sales.c.id == bindparam("sale")))


def _of_sale_by_code(table: Any, columns: list[Any], order: Any) -> Prepared:
    """A sale's lines or tenders by the sale's code and store: sent with the
    sale's own lookup, all three in one round trip (each statement, run
    after the one before it, sees what the sale's lock waited for)."""
    return Prepared(select(*columns).join(_sales, (_sales.c.id == table.c.sale_id)
                                          & (_sales.c.store_id == table.c.store_id))
                    .where(_sales.c.doc_id == bindparam("key"), _sales.c.store_id == bindparam("store"),
                           table.c.store_id == bindparam("store")).order_by(order))


_LINES_BY_CODE = _of_sale_by_code(table_of(SaleLine), _LINE_COLUMNS, table_of(SaleLine).c.line_no)
_TENDERS_BY_CODE = _of_sale_by_code(table_of(SaleTender), _TENDER_COLUMNS, table_of(SaleTender).c.position)
_STORE_BY_CODE = select(_stores.c.id).where(_stores.c.code == bindparam("code"))
# Per engine: a store's id never changes once it exists.
_store_ids: weakref.WeakKeyDictionary[Engine, dict[str, int]] = weakref.WeakKeyDictionary()
_CUSTOMER_BY_CODE = select(_customers.c.id, _customers.c.code, _customers.c.tier).where(
    _customers.c.code == bindparam("code"))


def parse_code(code: str) -> DocumentId:
    try:
        return DocumentId.parse(code)
    except DocumentIdError as error:
        raise RequestError(error.template, **error.params) from None


def find_sale(session: Session | Connection, code: str, lock: bool = False) -> FoundSale:
    """The sale behind a receipt, gift-receipt or return-receipt code.

    ``lock`` takes the sale's row lock (PostgreSQL) for a return in progress:
    every counter returning from this sale waits here, then re-reads what is
    left to return.
    """
    doc = parse_code(code)
    if doc.kind == DocumentKind.SALE:  # the common case: the sale by its own code
        store = store_id_of(connection_of(session), doc.store)
        found = _load(session, lock, str(doc), store, gift=False, scanned=str(doc)) if store is not None else None
        if found is None:
            raise NotFound(QT_TR_NOOP("no {kind} {doc} in this database (store {store}, register {register})"),
                           kind=doc.kind.label, doc=doc, store=doc.store, register=doc.register)
        return found
    gift = False
    if doc.kind == DocumentKind.GIFT_RECEIPT:
        sale_id = session.scalar(select(GiftReceipt.sale_id).where(GiftReceipt.doc_id == str(doc)))
        gift = True
    elif doc.kind == DocumentKind.RETURN:
        sale_id = session.scalar(select(Return.sale_id).where(Return.doc_id == str(doc)))
        if sale_id is None and session.scalar(select(Return.id).where(Return.doc_id == str(doc))):
            raise RequestError(QT_TR_NOOP("{doc} is the receipt of a return without a sale receipt; nothing to "
                                          "return from it"), doc=doc)
    else:
        raise RequestError(QT_TR_NOOP("{doc} is a {kind}, not a receipt: use it as a tender"),
                           doc=doc, kind=doc.kind.label)
    sold = _CODE_OF_SALE.first(connection_of(session), {"sale": sale_id}) if sale_id is not None else None
    found = _load(session, lock, sold[0], sold[1], gift, str(doc)) if sold is not None else None
    if found is None:
        raise NotFound(QT_TR_NOOP("no {kind} {doc} in this database (store {store}, register {register})"),
                       kind=doc.kind.label, doc=doc, store=doc.store, register=doc.register)
    return found


def store_id_of(connection: Connection, code: str) -> int | None:
    """A store's id by its code (None: no such store here)."""
    known = _store_ids.setdefault(connection.engine, {})
    if code not in known:
        found = connection.execute(_STORE_BY_CODE, {"code": code}).scalar()
        if found is None:
            return None  # no such store here (yet): asked again next time
        known[code] = found
    return known[code]


def _load(session: Session | Connection, lock: bool, code: str, store: int, gift: bool,
          scanned: str) -> FoundSale | None:
    """The sale, its lines and its tenders, in one round trip (desktop/db/prepared.py ``send``)."""
    connection = connection_of(session)  # plain rows: the session's ORM layer would only add to each statement
    where = {"key": code, "store": store}
    found, line_rows, tender_rows = send(connection, [_SALE_BY_CODE[lock].read(where), _LINES_BY_CODE.read(where),
                                                      _TENDERS_BY_CODE.read(where)])
    if not found:
        return None
    row = found[0]
    lines = tuple(SaleLineRecord(*line) for line in line_rows)
    tenders = tuple(SaleTenderRecord(*tender) for tender in tender_rows)
    width = len(_SALE_COLUMNS)
    sale = SaleRecord(*row[:width], lines=lines, tenders=tenders)  # type: ignore[misc]  # the columns, then these
    store_code, timezone, customer_key, customer_code, tier = row[width:]
    customer = CustomerRef(customer_key, customer_code, tier) if customer_key is not None else None
    return FoundSale(sale, StoreRef(sale.store_id, store_code, timezone), gift, scanned, customer)


def pos_ref(text: str) -> PosRef:
    """A POS reference typed or given on the command line, checked."""
    from desktop.services.pos_refs import PosRef

    try:
        return PosRef.parse(text)
    except ValueError:
        raise RequestError(QT_TR_NOOP("a POS reference is STORE/REGISTER/TRANSACTION/YYYY-MM-DD, not {text}"),
                           text=text) from None


def find_sale_code(session: Session | Connection, ref: PosRef) -> str:
    """The document ID of the sale imported with this POS reference."""
    code = session.execute(select(Sale.doc_id).where(Sale.pos_key == ref.key)).scalar()
    if code is None:
        raise NotFound(QT_TR_NOOP("no sale with POS reference {ref} in this database (imported yet?)"),
                       ref=ref.text)
    return str(code)


def find_customer(session: Session | Connection, code: str) -> CustomerRef | None:
    """A customer by loyalty ID."""
    row = session.execute(_CUSTOMER_BY_CODE, {"code": code}).first()
    return CustomerRef(*row) if row is not None else None


def policy_receipt(found: FoundSale) -> Receipt:
    """The sale in the policy engine's terms, with what is already returned."""
    sale = found.sale
    return Receipt(
        receipt_id=sale.doc_id,
        store_id=found.store.code,
        purchased_at=sale.purchased_at,
        lines=tuple(
            ReceiptLine(
                line=line.line_no, sku=line.sku, category=line.category, qty=line.sold,
                unit_price=line.unit_price_cents, discount=line.discount_cents, tax_rate=line.tax_rate,
                tax=line.tax_cents, serial=line.serial, final_sale=line.final_sale,
                promo_group=line.promo_group, description=line.description, unit=line.unit, gross=line.gross_cents,
            )
            for line in sale.lines
        ),
        tenders=tuple(Tender(TenderType(t.type), t.amount_cents, t.last4) for t in sale.tenders),
        order_discount=sale.order_discount_cents,
        returned={line.line_no: line.returned for line in sale.lines},
        refunded_tenders=tuple(
            Tender(TenderType(t.type), t.refunded_cents, t.last4) for t in sale.tenders if t.refunded_cents
        ),
        gift=found.gift,
    )


def receipt_json(found: FoundSale) -> dict[str, Any]:
    """A sale as ``receipt show`` prints it: the shape of a case's receipt
    (docs/contract.md section 3), each line with its ``returned_qty``."""
    sale, store = found.sale, found.store
    money = Currency.of(sale.currency).format
    local = sale.purchased_at.astimezone(ZoneInfo(store.timezone))
    doc: dict[str, Any] = {
        "receipt_id": sale.doc_id,
        "store_id": store.code,
        "purchased_at": local.isoformat(timespec="seconds"),
        "order_discount": money(sale.order_discount_cents),
        "lines": [
            {
                "line": line.line_no, "sku": line.sku, "description": line.description, "category": line.category,
                "qty": quantity.text(line.sold), **({"unit": line.unit} if line.unit else {}),
                "unit_price": money(line.unit_price_cents),
                **({"gross": money(line.gross_cents)} if line.gross_cents is not None else {}),
                "discount": money(line.discount_cents),
                "tax_rate": _rate(line), **({"tax": money(line.tax_cents)} if line.tax_cents is not None else {}),
                "serial": line.serial, "final_sale": line.final_sale, "promo_group": line.promo_group,
                "returned_qty": quantity.text(line.returned),
            }
            for line in sale.lines
        ],
        "tenders": [
            {"type": t.type, "amount": money(t.amount_cents), **({"last4": t.last4} if t.last4 else {})}
            for t in sale.tenders
        ],
        "returned": [{"line": line.line_no, "qty": quantity.text(line.returned)}
                     for line in sale.lines if line.returned_qty],
        "refunded_tenders": [
            {"type": t.type, "amount": money(t.refunded_cents), **({"last4": t.last4} if t.last4 else {})}
            for t in sale.tenders if t.refunded_cents
        ],
        "total": money(sale.total_cents),
        "currency": sale.currency,
        "customer_id": found.customer.code if found.customer else None,
    }
    if found.gift:
        doc["gift"] = True
        doc["gift_receipt_id"] = found.scanned
    if sale.pos_ref is not None:
        doc["pos_ref"] = sale.pos_ref
    if sale.voided_at is not None:
        doc["voided"] = True
    return doc


def _rate(line: SaleLineRecord) -> str:
    return format(line.tax_rate.normalize(), "f") if line.tax_rate else "0"


# ---- Without a receipt


@dataclass(frozen=True)
class ProductPrice:
    product: Product
    current: int
    lowest: int  # lowest price in the look-back period


def find_product(session: Session, code: str) -> Product:
    """A product by its scanned barcode or its SKU."""
    code = code.strip()
    if not code:
        raise RequestError(QT_TR_NOOP("scan the item's barcode or type its SKU"))
    product = session.scalars(
        select(Product).where(or_(Product.barcode == code, Product.sku == code.upper()))
    ).first()
    if product is None:
        raise NotFound(QT_TR_NOOP("no product with barcode or SKU {code!r}"), code=code)
    return product


def product_price(session: Session, product: Product, today: dt.date, lookback_days: int) -> ProductPrice:
    """Today's price and the lowest one in effect during the look-back."""
    since = today - dt.timedelta(days=lookback_days)
    in_effect_at_start = session.scalar(
        select(PriceChange.price_cents).where(PriceChange.product_id == product.id, PriceChange.valid_from <= since)
        .order_by(PriceChange.valid_from.desc()).limit(1)
    )
    lowest_since = session.scalar(
        select(func.min(PriceChange.price_cents))
        .where(PriceChange.product_id == product.id, PriceChange.valid_from > since, PriceChange.valid_from <= today)
    )
    candidates = [p for p in (in_effect_at_start, lowest_since, product.price_cents) if p is not None]
    return ProductPrice(product, product.price_cents, min(candidates))


def search_products(session: Session, text: str, limit: int = 20) -> list[Product]:
    pattern = like_pattern(text.strip())
    return list(session.scalars(
        select(Product).where(or_(Product.name.ilike(pattern, escape=LIKE_ESCAPE),
                                  Product.sku.ilike(pattern, escape=LIKE_ESCAPE)))
        .order_by(Product.name).limit(limit)
    ))


def no_receipt_history(session: Session | Connection, customer_id: int, now: dt.datetime) -> tuple[int, int]:
    """The customer's no-receipt returns of the last 365 days: (count, value)."""
    since = now - dt.timedelta(days=365)
    count, value = session.execute(
        select(func.count(Return.id), func.coalesce(func.sum(Return.refund_total_cents), 0))
        .where(Return.customer_id == customer_id, Return.sale_id.is_(None), Return.created_at >= since)
    ).one()
    return int(count), int(value)




def receipt_code_kind(code: str, layouts: tuple[BarcodeLayout, ...] = ()) -> str | None:
    """"document" for a ReturnDesk code, "pos" for the store's POS receipt
    barcode (a layout of the site config reads it), else None."""
    from desktop.services.pos_barcodes import read_code

    try:
        DocumentId.parse(code)
        return "document"
    except DocumentIdError:
        return "pos" if read_code(code.strip(), layouts) is not None else None


def show_receipt(ctx: Context, code: str | None = None, pos: PosRef | None = None) -> dict[str, Any]:
    """A sale as ``receipt show`` prints it, by its receipt code or its POS
    reference, in one read-only unit of work (another store's receipt is
    first brought from HQ, when the station has one)."""
    from desktop.services import chain

    if code and pos is None:
        chain.bring_sale(ctx, code)
    with ctx.uow() as uow:
        if pos is not None:
            code = find_sale_code(uow.session, pos)
        return receipt_json(find_sale(uow.session, code or ""))
