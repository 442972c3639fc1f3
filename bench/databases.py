"""Seeded benchmark databases, cached between runs.

SQLite: bench/.cache/receipts-N.sqlite3. PostgreSQL: database rd_bench_N on
RETURNDESK_BENCH_PG_URL (default: the local server). Each benchmark run works
on a copy (a file copy, or CREATE DATABASE ... TEMPLATE), so the cached
database never changes and runs stay comparable.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy.engine import make_url

from desktop.db import schema
from desktop.db.engine import Database
from desktop.db.numbering import RegisterCounter
from desktop.models import SystemSetting
from desktop.services.context import Context
from desktop.services.demo import DEMO_TODAY_KEY, SeedDemo, seed_demo

CACHE = Path(__file__).resolve().parent / ".cache"
PG_URL = os.environ.get("RETURNDESK_BENCH_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
PEPPER = b"benchmark-pepper"
os.environ.setdefault("RETURNDESK_PEPPER", PEPPER.decode())
os.environ.setdefault("RETURNDESK_DATA_DIR", str(CACHE / "data"))


class FixedClock:
    def __init__(self, now: dt.datetime):
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


@dataclass
class WorkingCopy:
    url: str
    backend: str
    size: int
    today: dt.date
    drop: object = None

    def context(self, register: str = "01", tag: str = "main") -> Context:
        now = dt.datetime.combine(self.today, dt.time(15), tzinfo=ZoneInfo("America/New_York"))
        return Context(db=Database.connect(self.url), pepper=PEPPER,
                       counter=RegisterCounter(CACHE / "data" / f"counters-{uuid.uuid4().hex[:6]}-{tag}.sqlite3"),
                       store_code="0001", register_code=register, clock=FixedClock(now))

    def close(self) -> None:
        if callable(self.drop):
            self.drop()


def _log(text: str) -> None:
    print(f"  [{time.strftime('%H:%M:%S')}] {text}", file=sys.stderr, flush=True)


def _seed(url: str, size: int) -> None:
    db = Database.connect(url)
    schema.upgrade(db.engine)
    now = dt.datetime.now(dt.UTC)
    ctx = Context(db=db, pepper=PEPPER, counter=RegisterCounter(CACHE / "data" / "seed-counters.sqlite3"),
                  clock=FixedClock(now))
    started = time.perf_counter()
    seed_demo(SeedDemo(receipts=size, seed=2026, history=False), ctx, progress=_log)
    _log(f"seeded {size:,} receipts in {time.perf_counter() - started:.1f} s ({db.backend})")
    db.dispose()


def _today(url: str) -> dt.date:
    db = Database.connect(url)
    with db.session() as session:
        value = session.get(SystemSetting, DEMO_TODAY_KEY).value  # type: ignore[union-attr]
    db.dispose()
    return dt.date.fromisoformat(value)


def _pg_admin():  # type: ignore[no-untyped-def]
    import psycopg

    url = make_url(PG_URL)
    return psycopg.connect(host=url.host or "127.0.0.1", port=url.port or 5432, user=url.username,
                           password=url.password, dbname=url.database or "postgres", autocommit=True)


def _pg_url(name: str) -> str:
    return make_url(PG_URL).set(drivername="postgresql+psycopg", database=name).render_as_string(hide_password=False)


def working_copy(backend: str, size: int) -> WorkingCopy:
    CACHE.mkdir(parents=True, exist_ok=True)
    if backend == "sqlite":
        cached = CACHE / f"receipts-{size}.sqlite3"
        if not cached.exists():
            _log(f"seeding the SQLite cache with {size:,} receipts (once)")
            partial = cached.with_suffix(".partial")
            partial.unlink(missing_ok=True)
            _seed(f"sqlite:///{partial}", size)
            partial.rename(cached)
        work = CACHE / f"work-{size}-{uuid.uuid4().hex[:6]}.sqlite3"
        shutil.copyfile(cached, work)

        def drop() -> None:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{work}{suffix}").unlink(missing_ok=True)

        url = f"sqlite:///{work}"
        _migrate(url)
        return WorkingCopy(url, backend, size, _today(url), drop)
    name = f"rd_bench_{size}"
    with _pg_admin() as admin:
        # Only a complete seed is renamed to the cache's name.
        ready = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
    if not ready:
        _log(f"seeding the PostgreSQL cache with {size:,} receipts (once)")
        with _pg_admin() as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}_partial" WITH (FORCE)')
            admin.execute(f'CREATE DATABASE "{name}_partial"')
        _seed(_pg_url(name + "_partial"), size)
        with _pg_admin() as admin:
            admin.execute(f'ALTER DATABASE "{name}_partial" RENAME TO "{name}"')
    work = f"rd_bench_work_{uuid.uuid4().hex[:8]}"
    with _pg_admin() as admin:
        admin.execute(f'CREATE DATABASE "{work}" TEMPLATE "{name}"')

    def drop_pg() -> None:
        with _pg_admin() as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{work}" WITH (FORCE)')

    url = _pg_url(work)
    _migrate(url)
    return WorkingCopy(url, backend, size, _today(url), drop_pg)


def _migrate(url: str) -> None:
    """A cache seeded by an older version gets the newer schema on its copy."""
    from desktop.db import schema

    db = Database.connect(url)
    try:
        schema.upgrade(db.engine)
    finally:
        db.dispose()


def pg_available() -> bool:
    try:
        with _pg_admin():
            return True
    except Exception:  # noqa: BLE001 - any failure means no server
        return False
