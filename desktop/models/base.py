"""Declarative base, naming convention and the column types every table uses."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, cast

from sqlalchemy import BigInteger, DateTime, Integer, MetaData, Table, TypeDecorator
from sqlalchemy.orm import DeclarativeBase, mapped_column

# Named constraints, so Alembic (batch mode on SQLite) can alter them by name.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[dt.datetime]):
    """An aware UTC timestamp on every backend.

    PostgreSQL keeps ``timestamptz``; SQLite has no time zones, so the value is
    stored as naive UTC and made aware again on the way out.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("timestamps must be timezone-aware")
        value = value.astimezone(dt.UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


# Money is an integer count of the currency's minor unit ("cents"; for VND,
# dong). Integer columns keep SQLite's float-backed NUMERIC out of the way and
# make every sum exact in SQL.
Cents = Annotated[int, mapped_column(BigInteger)]
# The ids of sales, returns and what hangs on them, and every reference to them: 64 bits, for a chain whose
# stores each number their own rows from store id x 2^40 (desktop/services/chain.py) and for the years of a
# chain's sales in one database. SQLite's INTEGER is 64 bits already (and only INTEGER is its row id).
BigId = BigInteger().with_variant(Integer(), "sqlite")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dt.datetime: UTCDateTime()}


def table_of(entity: type[Base]) -> Table:
    """The Core table an entity maps (typed as a Table, which
    ``entity.__table__`` is, for INSERT and UPDATE statements in Core)."""
    return cast(Table, entity.__table__)
