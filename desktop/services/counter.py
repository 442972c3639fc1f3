"""What the counter reads: a sale opened by its receipt's barcode (ours or
the POS's) or by the POS reference typed in, and the products a return
without a receipt is looked up among. Typed views, not the JSON of
`receipt show` (which stays the contract's, docs/contract.md section 4)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from desktop.messages import QT_TR_NOOP
from desktop.models import Store
from desktop.policy import quantity
from desktop.policy.money import Currency
from desktop.policy.quantity import Qty
from desktop.services import chain
from desktop.services.context import Context
from desktop.services.errors import NotFound, RequestError
from desktop.services.pos_refs import PosRef
from desktop.services.receipts import (
    find_product,
    find_sale,
    find_sale_code,
    parse_code,
    receipt_json,
    search_products,
)


@dataclass(frozen=True)
class SoldLine:
    """A line of the sale, with what already came back."""

    line: int
    sku: str
    description: str
    category: str | None
    sold: Qty  # pieces, or a measure of ``unit``
    returned: Qty
    unit_price: str  # a decimal string in the sale's currency
    unit: str | None = None  # weighed or measured goods
    serial: str | None = None
    final_sale: bool = False


@dataclass(frozen=True)
class PaidTender:
    type: str
    amount: str
    last4: str | None = None


@dataclass(frozen=True)
class OpenedSale:
    """A sale as the counter shows it; ``no_receipt`` for a return without one."""

    receipt_id: str | None
    store_id: str
    purchased_at: str  # ISO, the store's local time
    total: str
    currency: str
    lines: tuple[SoldLine, ...] = ()
    tenders: tuple[PaidTender, ...] = ()
    customer_id: str | None = None
    pos_ref: str | None = None  # rung up on the store's own POS: its reference
    gift: bool = False  # opened by a gift receipt: refunds as store credit only
    gift_receipt_id: str | None = None
    no_receipt: bool = False

    @classmethod
    def of(cls, doc: dict[str, Any]) -> OpenedSale:
        """From a sale's JSON (receipts.receipt_json, the contract's shape)."""
        return cls(
            receipt_id=doc.get("receipt_id"), store_id=str(doc.get("store_id") or ""),
            purchased_at=str(doc.get("purchased_at") or ""), total=str(doc.get("total") or "0"),
            currency=str(doc.get("currency") or "USD"),
            lines=tuple(SoldLine(
                line=int(line["line"]), sku=str(line["sku"]), description=str(line.get("description") or line["sku"]),
                category=line.get("category"), sold=quantity.parse(line["qty"], bool(line.get("unit"))),
                returned=quantity.parse(line.get("returned_qty", 0), bool(line.get("unit"))),
                unit_price=str(line["unit_price"]), unit=line.get("unit"), serial=line.get("serial"),
                final_sale=bool(line.get("final_sale"))) for line in doc.get("lines", [])),
            tenders=tuple(PaidTender(str(t["type"]), str(t["amount"]), t.get("last4")) for t in doc.get("tenders", [])),
            customer_id=doc.get("customer_id"), pos_ref=doc.get("pos_ref"), gift=bool(doc.get("gift")),
            gift_receipt_id=doc.get("gift_receipt_id"), no_receipt=bool(doc.get("no_receipt")))


@dataclass(frozen=True)
class ProductView:
    """A product found for a return without a receipt."""

    sku: str
    barcode: str | None
    description: str
    category: str | None
    price: str  # today's, a decimal string
    currency: str
    serial_tracked: bool = False


def open_receipt(ctx: Context, code: str) -> OpenedSale:
    """The counter's first step: a scanned code (ours, or the POS's receipt
    barcode) to the sale, with what is already returned (a read-only
    transaction). A code neither reads is refused before any query."""
    from desktop.services.pos_barcodes import read_code

    code = code.strip()
    ref = None
    try:
        parse_code(code)
    except RequestError:
        ref = read_code(code, ctx.layouts)
        if ref is None:
            if ctx.layouts:
                raise RequestError(QT_TR_NOOP("{code} is neither a ReturnDesk receipt nor a receipt of the store's "
                                              "POS ({layouts}): scan it again or type the digits under the "
                                              "barcode"), code=code,
                                   layouts=", ".join(layout.name for layout in ctx.layouts)) from None
            raise
    if ref is None:
        chain.bring_sale(ctx, code)
    with ctx.uow(reads_only=True) as uow:
        session = uow.session
        found = find_sale(session, find_sale_code(session, ref) if ref is not None else code)
        return OpenedSale.of(receipt_json(found))


def open_with_cases(ctx: Context, code: str) -> tuple[OpenedSale, list[Any]]:
    """A scan at the counter: the sale, and the service cases still open
    about it (a repair under way), read together on one trip of the worker."""
    from desktop.services import cases

    opened = open_receipt(ctx, code)
    return opened, (cases.open_on_receipt(ctx, opened.receipt_id) if opened.receipt_id else [])


def open_pos_receipt(ctx: Context, ref: PosRef) -> OpenedSale:
    """A sale by the POS reference the clerk typed (store, register, transaction, day)."""
    with ctx.uow(reads_only=True) as uow:
        session = uow.session
        return OpenedSale.of(receipt_json(find_sale(session, find_sale_code(session, ref))))


def lookup_products(ctx: Context, text: str, limit: int = 12) -> list[ProductView]:
    """A no-receipt return's item: the product with this barcode or SKU, or
    else the products whose name or SKU contains the text."""
    text = text.strip()
    if not text:
        raise RequestError(QT_TR_NOOP("scan the item's barcode or type part of its name"))
    with ctx.uow() as uow:
        session = uow.session
        try:
            products = [find_product(session, text)]
        except NotFound:
            products = search_products(session, text, limit) if len(text) >= 2 else []
        currency = session.scalar(select(Store.currency).order_by(Store.code).limit(1)) or "USD"
        money = Currency.of(currency).format
        return [ProductView(p.sku, p.barcode, p.name, p.category, money(p.price_cents), currency, p.serial_tracked)
                for p in products]
