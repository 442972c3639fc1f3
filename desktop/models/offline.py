"""Returns taken while a register could not reach the shared database
(desktop/services/offline/): the value a register may refund before it
syncs (escrowed while online), its hash-chained journal of what it did, and
the lines two offline registers both returned beyond what was sold."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, BigId, Cents


class OfflineAllowance(Base):
    """Refund value one register may hand out offline, granted on the shared
    database while online: the grants open at once for a store never add
    up to more than the policy's store budget. Released (with what was
    spent under it) when the register's offline returns are synced."""

    __tablename__ = "offline_allowances"
    __table_args__ = (CheckConstraint("granted_cents >= 0", name="granted_not_negative"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    register_id: Mapped[int] = mapped_column(ForeignKey("registers.id"))
    granted_cents: Mapped[Cents]
    granted_at: Mapped[dt.datetime]
    released_at: Mapped[dt.datetime | None]
    spent_cents: Mapped[Cents | None]


Index("ix_offline_allowances_open", OfflineAllowance.store_id, OfflineAllowance.released_at)


class OfflineEntry(Base):
    """One return completed offline, in the register's own copy of the
    database: what it wrote (``record``), chained to the entry before by an
    HMAC keyed like the audit log's, so it cannot be edited before it is
    synced. ``synced_at`` is set once the shared database holds it."""

    __tablename__ = "offline_journal"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    allowance_id: Mapped[int] = mapped_column(Integer)  # the shared database's grant it spends
    idempotency_key: Mapped[str] = mapped_column(String(128), unique=True)
    return_doc_id: Mapped[str] = mapped_column(String(16))
    refund_cents: Mapped[Cents]
    created_at: Mapped[dt.datetime]
    record: Mapped[dict[str, Any]] = mapped_column(JSON)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    synced_at: Mapped[dt.datetime | None]
    synced_return_id: Mapped[int | None] = mapped_column(Integer)  # the return's id in the shared database


class OfflineConflict(Base):
    """A sale line (or tender) returned offline beyond what was left: two
    registers both took it back while cut off. The return synced last is
    kept (its money is out); a manager settles it with both in view."""

    __tablename__ = "offline_conflicts"
    __table_args__ = (CheckConstraint("kind IN ('line', 'tender')", name="kind_known"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    kind: Mapped[str] = mapped_column(String(8))
    sale_id: Mapped[int] = mapped_column(BigId, ForeignKey("sales.id"))
    sale_line_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("sale_lines.id"))
    sale_tender_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("sale_tenders.id"))
    return_id: Mapped[int] = mapped_column(BigId, ForeignKey("returns.id"))  # the one synced beyond what was left
    others: Mapped[list[str]] = mapped_column(JSON)  # the doc IDs of the sale's other returns of that line
    over: Mapped[int] = mapped_column(Integer)  # units (of the line's scale) or cents beyond what was sold
    created_at: Mapped[dt.datetime]
    resolved_at: Mapped[dt.datetime | None]
    resolved_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    resolution: Mapped[str] = mapped_column(String(300), default="", server_default="")


Index("ix_offline_conflicts_open", OfflineConflict.store_id, OfflineConflict.resolved_at)
