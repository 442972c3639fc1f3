"""Returns, their lines and refund tenders, store-credit vouchers, and
manager override requests."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, CheckConstraint, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base, BigId, Cents, utcnow
from desktop.models.sale import TENDER_TYPES

CONDITIONS = ("new", "opened", "defective", "damaged")
# What happens to the item: back on the shelf, written off, or sent back to
# the vendor under warranty.
DISPOSITIONS = ("restock", "open_box", "damaged", "return_to_vendor")
OVERRIDE_STATUSES = ("pending", "approved", "refused", "cancelled", "used")


class Return(Base):
    __tablename__ = "returns"
    __table_args__ = (
        CheckConstraint("length(doc_id) = 16", name="doc_id_16_digits"),
        CheckConstraint("refund_total_cents >= 0", name="refund_not_negative"),
        CheckConstraint("refund_to IN ('original', 'store_credit')", name="refund_to_known"),
        # A key is its register's, so its store's: a chain's HQ (or one central database) holds every
        # store's returns, and two stores may well both send "k-1" (migration 0014).
        UniqueConstraint("store_id", "idempotency_key"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    doc_id: Mapped[str] = mapped_column(String(16), unique=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    register_id: Mapped[int] = mapped_column(ForeignKey("registers.id"))
    sale_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("sales.id"))  # null: no receipt
    gift: Mapped[bool] = mapped_column(default=False)
    customer_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("customers.id"))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))  # manager of an override
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    local_date: Mapped[dt.date] = mapped_column(Date)
    refund_to: Mapped[str] = mapped_column(String(16))
    currency: Mapped[str] = mapped_column(String(3))
    refund_total_cents: Mapped[Cents]
    # One return per idempotency key at a store: a retried request replays ``reply``.
    idempotency_key: Mapped[str] = mapped_column(String(128))
    request_hash: Mapped[str] = mapped_column(String(64))
    reply: Mapped[dict[str, Any]] = mapped_column(JSON)
    messages: Mapped[list[str]] = mapped_column(JSON)  # the sentences the customer was told
    points_reversed: Mapped[int] = mapped_column(Integer, default=0, server_default="0")  # loyalty points taken back
    offline: Mapped[bool] = mapped_column(default=False, server_default="0")  # taken while the register was cut off

    lines: Mapped[list[ReturnLine]] = relationship(back_populates="ret", order_by="ReturnLine.position")
    tenders: Mapped[list[RefundTender]] = relationship(back_populates="ret", order_by="RefundTender.id")


Index("ix_returns_store_created", Return.store_id, Return.created_at)
Index("ix_returns_sale", Return.sale_id)
Index("ix_returns_customer_created", Return.customer_id, Return.created_at)


class ReturnLine(Base):
    __tablename__ = "return_lines"
    __table_args__ = (
        CheckConstraint("qty > 0", name="qty_positive"),
        CheckConstraint("qty_scale IN (0, 3)", name="qty_scale_known"),
        CheckConstraint("net_cents >= 0 AND tax_cents >= 0 AND fee_cents >= 0", name="amounts_not_negative"),
        CheckConstraint("fee_cents <= net_cents", name="fee_within_net"),
        CheckConstraint(f"condition IN {CONDITIONS!r}", name="condition_known"),
        CheckConstraint(f"disposition IN {DISPOSITIONS!r}", name="disposition_known"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    return_id: Mapped[int] = mapped_column(BigId, ForeignKey("returns.id"))
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    position: Mapped[int] = mapped_column(Integer)
    sale_line_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("sale_lines.id"))
    product_id: Mapped[int | None] = mapped_column(ForeignKey("products.id"))
    sku: Mapped[str] = mapped_column(String(32))
    category: Mapped[str | None] = mapped_column(String(40))
    description: Mapped[str] = mapped_column(String(200), default="")
    qty: Mapped[int] = mapped_column(Integer)  # in 10^-qty_scale, as its sale line
    qty_scale: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    condition: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(String(40), default="")  # why the customer brought it back
    serial: Mapped[str | None] = mapped_column(String(64))
    net_cents: Mapped[Cents]
    tax_cents: Mapped[Cents]
    fee_cents: Mapped[Cents]
    total_cents: Mapped[Cents]
    codes: Mapped[str] = mapped_column(String(200), default="")  # decision reasons, comma-separated
    disposition: Mapped[str] = mapped_column(String(24))

    ret: Mapped[Return] = relationship(back_populates="lines")


Index("ix_return_lines_return", ReturnLine.return_id)
Index("ix_return_lines_sale_line", ReturnLine.sale_line_id)


class RefundTender(Base):
    __tablename__ = "refund_tenders"
    __table_args__ = (
        CheckConstraint(f"type IN {TENDER_TYPES!r}", name="type_known"),
        CheckConstraint("amount_cents > 0", name="amount_positive"),
        CheckConstraint("last4 IS NULL OR length(last4) = 4", name="last4_only"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    return_id: Mapped[int] = mapped_column(BigId, ForeignKey("returns.id"))
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    register_id: Mapped[int] = mapped_column(ForeignKey("registers.id"))  # whose drawer paid cash
    type: Mapped[str] = mapped_column(String(16))
    amount_cents: Mapped[Cents]
    last4: Mapped[str | None] = mapped_column(String(4))
    sale_tender_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("sale_tenders.id"))
    voucher_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("vouchers.id"))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    ret: Mapped[Return] = relationship(back_populates="tenders")


Index("ix_refund_tenders_return", RefundTender.return_id)
Index("ix_refund_tenders_register_created", RefundTender.register_id, RefundTender.created_at)


class Voucher(Base):
    """Store credit with its own scannable ID (kind 3): issued by a refund or a
    goodwill gesture, spent as a tender at any counter of the chain."""

    __tablename__ = "vouchers"
    __table_args__ = (
        CheckConstraint("length(doc_id) = 16", name="doc_id_16_digits"),
        CheckConstraint("amount_cents > 0", name="amount_positive"),
        CheckConstraint("balance_cents >= 0 AND balance_cents <= amount_cents", name="balance_within_amount"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    doc_id: Mapped[str] = mapped_column(String(16), unique=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    currency: Mapped[str] = mapped_column(String(3))
    amount_cents: Mapped[Cents]
    balance_cents: Mapped[Cents]
    issued_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    return_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("returns.id"))
    customer_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("customers.id"))
    origin: Mapped[str] = mapped_column(String(16), default="refund")  # "refund" | "goodwill"


class OverrideRequest(Base):
    """A clerk's request for a manager's approval, and the manager's answer.

    Approved at the counter (the manager types a PIN on the clerk's screen)
    or from the override queue of a manager's station; ``request`` holds the
    whole case so the manager decides on what the clerk saw.
    """

    __tablename__ = "override_requests"
    __table_args__ = (CheckConstraint(f"status IN {OVERRIDE_STATUSES!r}", name="status_known"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    register_id: Mapped[int] = mapped_column(ForeignKey("registers.id"))
    sale_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("sales.id"))
    requested_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    codes: Mapped[str] = mapped_column(String(200))  # comma-separated reason codes
    request: Mapped[dict[str, Any]] = mapped_column(JSON)  # the return request, PINs removed
    decision: Mapped[dict[str, Any]] = mapped_column(JSON)  # the decision the clerk saw
    refund_cents: Mapped[Cents]  # what would be refunded once approved
    status: Mapped[str] = mapped_column(String(16), default="pending")
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    decided_at: Mapped[dt.datetime | None]
    decision_reason: Mapped[str] = mapped_column(Text, default="")
    return_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("returns.id"))


Index("ix_override_requests_store_status", OverrideRequest.store_id, OverrideRequest.status, OverrideRequest.created_at)
Index("ix_override_requests_decided_by", OverrideRequest.decided_by_id, OverrideRequest.decided_at)


class ExportBatch(Base):
    """One export file for one target (the POS, the accounts...): the
    returns, exchanges and vouchers it carries are claimed before the file
    is written, so each goes to that target exactly once, even when an export
    is killed half-way (the next run finishes the batch it finds unfinished)."""

    __tablename__ = "export_batches"
    __table_args__ = (CheckConstraint("state IN ('writing', 'done')", name="state_known"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    target: Mapped[str] = mapped_column(String(64))
    format: Mapped[str] = mapped_column(String(16))
    path: Mapped[str] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(16), default="writing")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    done_at: Mapped[dt.datetime | None]
    records: Mapped[int] = mapped_column(Integer, default=0)


class ExportedRecord(Base):
    """A return, exchange or voucher that went to a target, in which batch."""

    __tablename__ = "exported_records"
    __table_args__ = (UniqueConstraint("target", "kind", "record_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    target: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(16))  # return | exchange | voucher
    record_id: Mapped[int] = mapped_column(Integer)
    batch_id: Mapped[int] = mapped_column(ForeignKey("export_batches.id"))


Index("ix_exported_records_batch", ExportedRecord.batch_id)


class VoucherRedemption(Base):
    """A voucher spent at the store's main POS (`returndesk voucher redeem`):
    its reference is that sale's, so the same redemption twice burns once."""

    __tablename__ = "voucher_redemptions"
    __table_args__ = (CheckConstraint("amount_cents > 0", name="amount_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    voucher_id: Mapped[int] = mapped_column(BigId, ForeignKey("vouchers.id"))
    reference: Mapped[str] = mapped_column(String(160), unique=True)
    amount_cents: Mapped[Cents]
    redeemed_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
