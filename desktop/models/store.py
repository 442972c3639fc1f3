"""Chains, stores, their policies, registers and staff."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Index, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base, utcnow

ROLES = ("clerk", "manager", "admin")


class Chain(Base):
    __tablename__ = "chains"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(120))

    stores: Mapped[list[Store]] = relationship(back_populates="chain")


class Store(Base):
    __tablename__ = "stores"
    __table_args__ = (CheckConstraint("length(code) = 4", name="code_4_digits"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    chain_id: Mapped[int] = mapped_column(ForeignKey("chains.id"))
    code: Mapped[str] = mapped_column(String(4), unique=True)  # "0001", printed in document IDs
    name: Mapped[str] = mapped_column(String(120))
    timezone: Mapped[str] = mapped_column(String(64))  # IANA, e.g. "America/New_York"
    currency: Mapped[str] = mapped_column(String(3))
    locale: Mapped[str] = mapped_column(String(16), default="en_US")
    address: Mapped[str] = mapped_column(String(240), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    # What its receipts say besides the sale (`returndesk store set`, the Settings screen).
    tax_id: Mapped[str] = mapped_column(String(40), default="", server_default="")
    receipt_header: Mapped[str] = mapped_column(Text, default="", server_default="")  # lines above the sale
    receipt_footer: Mapped[str] = mapped_column(Text, default="", server_default="")  # lines under it
    logo: Mapped[bytes | None] = mapped_column(LargeBinary)  # a PNG, printed at the top; every counter shares it

    chain: Mapped[Chain] = relationship(back_populates="stores")
    registers: Mapped[list[Register]] = relationship(back_populates="store")


class StorePolicy(Base):
    """A version of a store's return policy, merged (``extends`` resolved).

    Counters read the newest version from the shared database, so every
    counter of a store decides with the same rules.
    """

    __tablename__ = "store_policies"
    __table_args__ = (UniqueConstraint("store_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    version: Mapped[int] = mapped_column(Integer)
    document: Mapped[dict[str, Any]] = mapped_column(JSON)
    source: Mapped[str] = mapped_column(Text, default="")  # the file as written, for reference
    installed_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    installed_by: Mapped[str] = mapped_column(String(120), default="")


class Register(Base):
    __tablename__ = "registers"
    __table_args__ = (
        UniqueConstraint("store_id", "code"),
        CheckConstraint("length(code) = 2", name="code_2_digits"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    code: Mapped[str] = mapped_column(String(2))  # "02", printed in document IDs
    name: Mapped[str] = mapped_column(String(80), default="")

    store: Mapped[Store] = relationship(back_populates="registers")


class Staff(Base):
    """Someone who signs in with a staff ID and a PIN.

    ``pin_hash`` is argon2id over HMAC(pepper, PIN); the pepper never enters
    the database. ``failed_pins`` and ``locked_until`` live here, not on a
    station, so a lock holds at every counter of the chain.
    """

    __tablename__ = "staff"
    __table_args__ = (
        CheckConstraint(f"role IN {ROLES!r}", name="role_known"),
        CheckConstraint("failed_pins >= 0", name="failed_pins_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)  # staff ID typed at sign-in
    name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(16))
    home_store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    pin_hash: Mapped[str] = mapped_column(String(255))
    # A one-time PIN an admin set: at the next sign-in the person chooses their own.
    pin_must_change: Mapped[bool] = mapped_column(default=False, server_default="0")
    failed_pins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None]
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    email: Mapped[str] = mapped_column(String(200), default="", server_default="")  # where alerts are mailed

    home_store: Mapped[Store] = relationship()


Index("ix_staff_home_store", Staff.home_store_id)


class StaffApprovalStore(Base):
    """Another store a manager may approve overrides and gestures for, besides
    their home store (an area manager; a neighbouring store's cover)."""

    __tablename__ = "staff_approval_stores"

    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"), primary_key=True)


class SystemSetting(Base):
    """Facts about the database itself, e.g. the fingerprint of the PIN
    pepper it was set up with, so a station with another pepper is told so
    instead of counting every PIN as wrong."""

    __tablename__ = "system_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
