"""Sales as the till recorded them: lines, tenders, gift receipts.

``SaleLine.returned_qty`` and ``SaleTender.refunded_cents`` are running
totals kept in the same transaction as each return. Their CHECK constraints
are the last line of defence: whatever a bug or a race does, the database
refuses to refund a line beyond what was sold or a tender beyond what it paid.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base, BigId, Cents

TENDER_TYPES = ("card", "gift_card", "store_credit", "cash")
# Where a sale was rung up: on ReturnDesk itself (an exchange, the demo), or on
# the store's own POS and imported from its transaction log.
SALE_SOURCES = ("returndesk", "poslog", "jsonl", "csv", "shopify")


class Sale(Base):
    __tablename__ = "sales"
    __table_args__ = (
        CheckConstraint("length(doc_id) = 16", name="doc_id_16_digits"),
        CheckConstraint("order_discount_cents >= 0", name="order_discount_not_negative"),
        CheckConstraint(f"source IN {SALE_SOURCES!r}", name="source_known"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    doc_id: Mapped[str] = mapped_column(String(16), unique=True)  # the receipt's barcode
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    register_id: Mapped[int] = mapped_column(ForeignKey("registers.id"))
    purchased_at: Mapped[dt.datetime]
    local_date: Mapped[dt.date] = mapped_column(Date)  # the store's calendar day: windows count from it
    customer_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("customers.id"))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    currency: Mapped[str] = mapped_column(String(3))
    order_discount_cents: Mapped[Cents] = mapped_column(default=0)
    total_cents: Mapped[Cents]
    source: Mapped[str] = mapped_column(String(16), default="returndesk", server_default="returndesk")
    # A sale imported from the store's POS keeps that POS's reference as written
    # (store/register/transaction/business day: "9/31/114/2017-10-01"); pos_key is
    # the same with numbers unpadded and letters lowered, so a receipt barcode's
    # zero-padded fields find it. Importing it again finds it by pos_key.
    pos_ref: Mapped[str | None] = mapped_column(String(160))
    pos_key: Mapped[str | None] = mapped_column(String(160), unique=True)
    content_hash: Mapped[str | None] = mapped_column(String(64))  # the same reference with other content: a conflict
    voided_at: Mapped[dt.datetime | None]  # voided after the fact on the POS: not returnable
    points_earned: Mapped[int | None] = mapped_column(Integer)  # loyalty points, for a return to take back
    tax_detail: Mapped[list[Any] | None] = mapped_column(JSON)  # per tax authority, as paid

    lines: Mapped[list[SaleLine]] = relationship(back_populates="sale", order_by="SaleLine.line_no")
    tenders: Mapped[list[SaleTender]] = relationship(back_populates="sale", order_by="SaleTender.position")


Index("ix_sales_customer_purchased", Sale.customer_id, Sale.purchased_at)
Index("ix_sales_store_date", Sale.store_id, Sale.local_date)


class SaleLine(Base):
    __tablename__ = "sale_lines"
    __table_args__ = (
        UniqueConstraint("sale_id", "line_no"),
        CheckConstraint("qty > 0", name="qty_positive"),
        CheckConstraint("qty_scale IN (0, 3)", name="qty_scale_known"),
        CheckConstraint("returned_qty >= 0", name="returned_not_negative"),
        CheckConstraint("returned_qty <= qty", name="returned_within_sold"),
        CheckConstraint("unit_price_cents >= 0", name="price_not_negative"),
        CheckConstraint("discount_cents >= 0", name="discount_not_negative"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    sale_id: Mapped[int] = mapped_column(BigId, ForeignKey("sales.id"))
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    line_no: Mapped[int] = mapped_column(Integer)
    product_id: Mapped[int | None] = mapped_column(ForeignKey("products.id"))
    sku: Mapped[str] = mapped_column(String(32))
    description: Mapped[str] = mapped_column(String(200), default="")
    category: Mapped[str | None] = mapped_column(String(40))
    # Pieces, or for weighed and measured goods thousandths of ``unit``
    # (desktop/policy/quantity.py): qty and returned_qty are in 10^-qty_scale.
    qty: Mapped[int] = mapped_column(Integer)
    qty_scale: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    unit: Mapped[str | None] = mapped_column(String(8))
    unit_price_cents: Mapped[Cents]
    gross_cents: Mapped[int | None] = mapped_column(BigInteger)  # the till's extended amount, when it gave one
    discount_cents: Mapped[Cents] = mapped_column(default=0)
    promo_group: Mapped[str | None] = mapped_column(String(32))
    tax_rate: Mapped[Decimal] = mapped_column(Numeric(7, 5))
    tax_cents: Mapped[int | None] = mapped_column(BigInteger)  # as printed; null: computed from the rate
    serial: Mapped[str | None] = mapped_column(String(64))
    final_sale: Mapped[bool] = mapped_column(default=False)
    returned_qty: Mapped[int] = mapped_column(Integer, default=0)
    pos_line: Mapped[str | None] = mapped_column(String(16))  # the POS's own line number
    department: Mapped[str | None] = mapped_column(String(40))  # the POS's merchandise department

    sale: Mapped[Sale] = relationship(back_populates="lines")


Index("ix_sale_lines_serial", SaleLine.serial)


class SaleTender(Base):
    __tablename__ = "sale_tenders"
    __table_args__ = (
        UniqueConstraint("sale_id", "position"),
        CheckConstraint(f"type IN {TENDER_TYPES!r}", name="type_known"),
        CheckConstraint("amount_cents >= 0", name="amount_not_negative"),
        CheckConstraint("refunded_cents >= 0", name="refunded_not_negative"),
        CheckConstraint("refunded_cents <= amount_cents", name="refunded_within_paid"),
        # Card numbers are never stored: at most the last four digits.
        CheckConstraint("last4 IS NULL OR length(last4) = 4", name="last4_only"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    sale_id: Mapped[int] = mapped_column(BigId, ForeignKey("sales.id"))
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    position: Mapped[int] = mapped_column(Integer)
    type: Mapped[str] = mapped_column(String(16))
    amount_cents: Mapped[Cents]  # what it paid for the goods: change and cash back taken off
    last4: Mapped[str | None] = mapped_column(String(4))
    refunded_cents: Mapped[Cents] = mapped_column(default=0)
    brand: Mapped[str | None] = mapped_column(String(24))  # the card's brand (Visa...), never its number
    pos_type: Mapped[str | None] = mapped_column(String(40))  # the tender as the POS named it
    cashback_cents: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")

    sale: Mapped[Sale] = relationship(back_populates="tenders")


class GiftReceipt(Base):
    """A gift receipt: its own barcode leads to the sale and makes the return
    a gift return, refunded as store credit."""

    __tablename__ = "gift_receipts"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    doc_id: Mapped[str] = mapped_column(String(16), unique=True)
    sale_id: Mapped[int] = mapped_column(BigId, ForeignKey("sales.id"))
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    created_at: Mapped[dt.datetime]


Index("ix_gift_receipts_sale", GiftReceipt.sale_id)


Index("ix_sale_tenders_card", SaleTender.last4, SaleTender.brand)


class PosVoid(Base):
    """A post-void seen on the POS for a sale, kept even when it arrives
    before the sale itself: that sale is then imported as not returnable."""

    __tablename__ = "pos_voids"

    pos_key: Mapped[str] = mapped_column(String(160), primary_key=True)
    pos_ref: Mapped[str] = mapped_column(String(160))
    voided_at: Mapped[dt.datetime]
    voided_by: Mapped[str] = mapped_column(String(160), default="")  # the voiding transaction's reference


class PosReturn(Base):
    """A return rung up on the store's POS (or made by another ReturnDesk and
    exported), imported: what it took back is no longer returnable here."""

    __tablename__ = "pos_returns"

    pos_key: Mapped[str] = mapped_column(String(160), primary_key=True)
    pos_ref: Mapped[str] = mapped_column(String(160))
    sale_id: Mapped[int] = mapped_column(BigId, ForeignKey("sales.id"))
    imported_at: Mapped[dt.datetime]
    detail: Mapped[dict[str, Any]] = mapped_column(JSON)  # the lines and tenders it took back
