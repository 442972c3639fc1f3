"""Sales as the till recorded them: lines, tenders, gift receipts.

``SaleLine.returned_qty`` and ``SaleTender.refunded_cents`` are running
totals kept in the same transaction as each return. Their CHECK constraints
are the last line of defence: whatever a bug or a race does, the database
refuses to refund a line beyond what was sold or a tender beyond what it paid.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import BigInteger, CheckConstraint, Date, ForeignKey, Index, Integer, Numeric, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base, Cents

TENDER_TYPES = ("card", "gift_card", "store_credit", "cash")


class Sale(Base):
    __tablename__ = "sales"
    __table_args__ = (
        CheckConstraint("length(doc_id) = 16", name="doc_id_16_digits"),
        CheckConstraint("order_discount_cents >= 0", name="order_discount_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    doc_id: Mapped[str] = mapped_column(String(16), unique=True)  # the receipt's barcode
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    register_id: Mapped[int] = mapped_column(ForeignKey("registers.id"))
    purchased_at: Mapped[dt.datetime]
    local_date: Mapped[dt.date] = mapped_column(Date)  # the store's calendar day: windows count from it
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    currency: Mapped[str] = mapped_column(String(3))
    order_discount_cents: Mapped[Cents] = mapped_column(default=0)
    total_cents: Mapped[Cents]

    lines: Mapped[list[SaleLine]] = relationship(back_populates="sale", order_by="SaleLine.line_no")
    tenders: Mapped[list[SaleTender]] = relationship(back_populates="sale", order_by="SaleTender.position")


Index("ix_sales_customer_purchased", Sale.customer_id, Sale.purchased_at)
Index("ix_sales_store_date", Sale.store_id, Sale.local_date)


class SaleLine(Base):
    __tablename__ = "sale_lines"
    __table_args__ = (
        UniqueConstraint("sale_id", "line_no"),
        CheckConstraint("qty > 0", name="qty_positive"),
        CheckConstraint("returned_qty >= 0", name="returned_not_negative"),
        CheckConstraint("returned_qty <= qty", name="returned_within_sold"),
        CheckConstraint("unit_price_cents >= 0", name="price_not_negative"),
        CheckConstraint("discount_cents >= 0", name="discount_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    sale_id: Mapped[int] = mapped_column(ForeignKey("sales.id"))
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    line_no: Mapped[int] = mapped_column(Integer)
    product_id: Mapped[int | None] = mapped_column(ForeignKey("products.id"))
    sku: Mapped[str] = mapped_column(String(32))
    description: Mapped[str] = mapped_column(String(200), default="")
    category: Mapped[str | None] = mapped_column(String(40))
    qty: Mapped[int] = mapped_column(Integer)
    unit_price_cents: Mapped[Cents]
    discount_cents: Mapped[Cents] = mapped_column(default=0)
    promo_group: Mapped[str | None] = mapped_column(String(32))
    tax_rate: Mapped[Decimal] = mapped_column(Numeric(7, 5))
    tax_cents: Mapped[int | None] = mapped_column(BigInteger)  # as printed; null: computed from the rate
    serial: Mapped[str | None] = mapped_column(String(64))
    final_sale: Mapped[bool] = mapped_column(default=False)
    returned_qty: Mapped[int] = mapped_column(Integer, default=0)

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

    id: Mapped[int] = mapped_column(primary_key=True)
    sale_id: Mapped[int] = mapped_column(ForeignKey("sales.id"))
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    position: Mapped[int] = mapped_column(Integer)
    type: Mapped[str] = mapped_column(String(16))
    amount_cents: Mapped[Cents]
    last4: Mapped[str | None] = mapped_column(String(4))
    refunded_cents: Mapped[Cents] = mapped_column(default=0)

    sale: Mapped[Sale] = relationship(back_populates="tenders")


class GiftReceipt(Base):
    """A gift receipt: its own barcode leads to the sale and makes the return
    a gift return, refunded as store credit."""

    __tablename__ = "gift_receipts"

    id: Mapped[int] = mapped_column(primary_key=True)
    doc_id: Mapped[str] = mapped_column(String(16), unique=True)
    sale_id: Mapped[int] = mapped_column(ForeignKey("sales.id"))
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    created_at: Mapped[dt.datetime]


Index("ix_gift_receipts_sale", GiftReceipt.sale_id)
