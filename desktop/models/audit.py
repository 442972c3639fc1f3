"""The append-only audit log: hash chains, one per store and lane.

Each entry carries the SHA-256 of the previous one, so an edit or a deletion
behind the program's back breaks the chain at that entry
(``returndesk audit verify``). A store's chains are its lanes: its own
(lane "") and one per register that writes returns (lane "01", ...), so the
store's counters never queue on one another's chain (desktop/services/
audit.py). ``(store_id, lane, seq)`` is unique, and writers lock the chain's
``AuditHead`` row, so concurrent writers can never fork it. Database
triggers refuse UPDATE and DELETE on the log.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, BigInteger, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, BigId

GENESIS_HASH = "0" * 64


class AuditEntry(Base):
    __tablename__ = "audit_log"
    __table_args__ = (UniqueConstraint("store_id", "lane", "seq"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    lane: Mapped[str] = mapped_column(String(8), default="", server_default="")  # "": the store's; else a register
    seq: Mapped[int] = mapped_column(BigInteger)
    at: Mapped[dt.datetime]
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    action: Mapped[str] = mapped_column(String(48))  # "return.completed", "signin.failed", ...
    entity: Mapped[str] = mapped_column(String(32), default="")
    entity_id: Mapped[str] = mapped_column(String(64), default="")
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


Index("ix_audit_log_action_at", AuditEntry.action, AuditEntry.at)


class AuditHead(Base):
    """The newest entry of a chain (a store's lane); its row is the chain's lock."""

    __tablename__ = "audit_heads"

    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"), primary_key=True)
    lane: Mapped[str] = mapped_column(String(8), primary_key=True, default="", server_default="")
    seq: Mapped[int] = mapped_column(BigInteger, default=0)
    hash: Mapped[str] = mapped_column(String(64), default=GENESIS_HASH)
