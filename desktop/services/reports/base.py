"""What every report shares: the query (a date range and a store), the
report itself (a title, columns, rows), and the helpers the queries use.

A report's words (title, columns, note, terms in its cells) are English,
marked with N_ for the catalogue (context "report", desktop/catalogue.py);
errors a person can act on are marked QT_TR_NOOP like every service error.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from desktop.messages import QT_TR_NOOP
from desktop.models import Return, Store
from desktop.policy.money import Currency
from desktop.services.errors import RequestError


@dataclass(frozen=True)
class ReportQuery:
    start: dt.date
    end: dt.date  # inclusive
    store: str | None = None  # store code; None: every store

    def check(self) -> None:
        if self.end < self.start:
            raise RequestError(QT_TR_NOOP("the range ends before it starts"))
        if (self.end - self.start).days > 3 * 366:
            raise RequestError(QT_TR_NOOP("a report covers at most three years"))


@dataclass(frozen=True)
class Report:
    name: str
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[object, ...], ...]
    chart: str = "bar"  # how a manager would rather look at it: "bar" | "line" | "" (a table is enough)
    note: str = ""  # a Message where it has figures in it


# ---- Helpers


def store_ids(session: Session, query: ReportQuery) -> list[int]:
    if query.store is None:
        return list(session.scalars(select(Store.id)))
    ids = list(session.scalars(select(Store.id).where(Store.code == query.store)))
    if not ids:
        raise RequestError(QT_TR_NOOP("no store {store}"), store=query.store)
    return ids


def returns_in(session: Session, query: ReportQuery):  # type: ignore[no-untyped-def]
    return and_(Return.store_id.in_(store_ids(session, query)), Return.local_date >= query.start,
                Return.local_date <= query.end)


def money_of(session: Session, query: ReportQuery) -> Callable[[int | None], str]:
    code = session.scalar(select(Store.currency).where(Store.id.in_(store_ids(session, query))).limit(1)) or "USD"
    currency = Currency.of(code)
    return lambda minor: currency.format(int(minor or 0))


def pct(part: int | None, whole: int | None) -> str:
    """part / whole x 100, one decimal; "" when there is nothing to divide."""
    if not whole:
        return ""
    return f"{Decimal(part or 0) * 100 / Decimal(whole):.1f}"


def window(session: Session, query: ReportQuery) -> tuple[dt.datetime, dt.datetime]:
    """The range as UTC instants (for timestamps), widened by a day each side
    for time zones; local dates are used wherever a table has them."""
    start = dt.datetime.combine(query.start - dt.timedelta(days=1), dt.time(), tzinfo=dt.UTC)
    end = dt.datetime.combine(query.end + dt.timedelta(days=2), dt.time(), tzinfo=dt.UTC)
    return start, end
