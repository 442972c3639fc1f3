"""Products, their price history and customers."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Numeric, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base, BigId, Cents, utcnow

TIERS = ("silver", "gold", "platinum")


class Product(Base):
    __tablename__ = "products"
    __table_args__ = (CheckConstraint("price_cents >= 0", name="price_not_negative"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    sku: Mapped[str] = mapped_column(String(32), unique=True)
    barcode: Mapped[str | None] = mapped_column(String(32), unique=True)  # EAN-13/UPC on the item
    name: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(40))  # the policy's category ("": its default rules)
    department: Mapped[str | None] = mapped_column(String(40))  # the POS's department, mapped in [pos.departments]
    serial_tracked: Mapped[bool] = mapped_column(default=False)
    final_sale: Mapped[bool] = mapped_column(default=False, server_default="0")
    price_cents: Mapped[Cents]  # today's price
    tax_rate: Mapped[Decimal] = mapped_column(Numeric(7, 5))
    active: Mapped[bool] = mapped_column(default=True)

    prices: Mapped[list[PriceChange]] = relationship(back_populates="product", order_by="PriceChange.valid_from")


class PriceChange(Base):
    """A product's price from ``valid_from`` until the next change: the
    lowest price of the look-back period values a no-receipt return."""

    __tablename__ = "price_changes"
    __table_args__ = (CheckConstraint("price_cents >= 0", name="price_not_negative"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"))
    valid_from: Mapped[dt.date] = mapped_column(Date)
    price_cents: Mapped[Cents]

    product: Mapped[Product] = relationship(back_populates="prices")


Index("ix_price_changes_product_from", PriceChange.product_id, PriceChange.valid_from)
Index("ix_products_name", Product.name)


class Customer(Base):
    """A known customer: loyalty ID, contact, tier. No identity-document
    numbers are ever stored; see CustomerIdCheck."""

    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    chain_id: Mapped[int] = mapped_column(ForeignKey("chains.id"))
    code: Mapped[str] = mapped_column(String(32), unique=True)  # loyalty ID, e.g. "C42"
    name: Mapped[str] = mapped_column(String(160))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))
    tier: Mapped[str | None] = mapped_column(String(16))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


Index("ix_customers_phone", Customer.phone)
Index("ix_customers_name", Customer.name)


class CustomerIdCheck(Base):
    """That a clerk saw a customer's photo ID, and which kind; never its number."""

    __tablename__ = "customer_id_checks"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(BigId, ForeignKey("customers.id"))
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    id_type: Mapped[str] = mapped_column(String(40))  # "driving_licence", "passport", "national_id"
    checked_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


Index("ix_customer_id_checks_customer", CustomerIdCheck.customer_id, CustomerIdCheck.checked_at)
