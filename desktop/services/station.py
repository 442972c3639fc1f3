"""What the window shows about its station: the store, the register, the
database and whether it answers."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text

from desktop.services.auth import station
from desktop.services.context import Context


@dataclass(frozen=True)
class StationInfo:
    store_code: str
    store_name: str
    register_code: str
    locale: str
    currency: str
    timezone: str
    database: str  # "local file /path" or "shared server host/db"
    location: str  # "this computer" or "host/db": the status bar's few words


def describe(ctx: Context) -> StationInfo:
    with ctx.uow() as uow:
        store, register = station(uow.session, ctx)
        return StationInfo(store.code, store.name, register.code, store.locale or "en_US", store.currency,
                           store.timezone, ctx.db.describe(), ctx.db.location())


def ping(ctx: Context) -> bool:
    """True when the database answers; raises DatabaseUnavailable when not.
    Every station asks every few seconds: on PostgreSQL one round trip, in
    no transaction of its own."""
    with ctx.uow(reads_only=True) as uow:
        return uow.session.execute(text("SELECT 1")).scalar() == 1


def stores(ctx: Context) -> list[tuple[str, str]]:
    """(code, name) of every store of the database, for report filters."""
    from sqlalchemy import select

    from desktop.models import Store

    with ctx.uow() as uow:
        return [(s.code, s.name) for s in uow.session.scalars(select(Store).order_by(Store.code))]
