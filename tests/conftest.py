"""Fixtures shared by every test: a private environment, a real SQLite file
and a real PostgreSQL database per test, and a seeded demo chain.

PostgreSQL comes from RETURNDESK_TEST_PG_URL (an admin URL; .ci/run sets it)
or the local server at 127.0.0.1:5432. Each test gets a throwaway database,
cloned from a seeded template. In CI (CI=true) an unreachable server fails
the run instead of skipping the PostgreSQL half of the suite.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

# ---- A private environment, set before anything imports Qt or reads settings

_PRIVATE = Path(tempfile.mkdtemp(prefix="returndesk-tests-"))
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["RETURNDESK_DATA_DIR"] = str(_PRIVATE / "data")
os.environ["RETURNDESK_SITE_CONFIG"] = str(_PRIVATE / "site" / "returndesk.toml")
os.environ["RETURNDESK_USER_CONFIG"] = str(_PRIVATE / "user" / "returndesk.toml")
os.environ["RETURNDESK_PEPPER"] = "test-pepper-not-for-production"
for _name in ("RETURNDESK_DB_URL", "RETURNDESK_STORE", "RETURNDESK_REGISTER", "RETURNDESK_DB_PASSWORD"):
    os.environ.pop(_name, None)

from desktop.db.engine import Database  # noqa: E402
from desktop.db.numbering import RegisterCounter  # noqa: E402
from desktop.services.context import Context  # noqa: E402

PEPPER = os.environ["RETURNDESK_PEPPER"].encode()
STORE_ZONE = ZoneInfo("America/New_York")
# The demo is seeded as of today (so the CLI, on the real clock, sees the
# same ages); in-process services run on a clock fixed at 15:00 that day.
TODAY = dt.datetime.now(STORE_ZONE).date()
NOW = dt.datetime.combine(TODAY, dt.time(15), tzinfo=STORE_ZONE).astimezone(dt.UTC)
DEMO_RECEIPTS = 300
PG_DEFAULT = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    shutil.rmtree(_PRIVATE, ignore_errors=True)


class Clock:
    """A test clock: fixed until a test moves it."""

    def __init__(self, now: dt.datetime = NOW):
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


# ---- PostgreSQL


class PostgresServer:
    def __init__(self, admin_url: str):
        from sqlalchemy.engine import make_url

        self.url = make_url(admin_url).set(drivername="postgresql+psycopg")

    def _admin(self):  # type: ignore[no-untyped-def]
        import psycopg

        url = self.url
        return psycopg.connect(host=url.host or "127.0.0.1", port=url.port or 5432, user=url.username,
                               password=url.password, dbname=url.database or "postgres", autocommit=True,
                               connect_timeout=5)

    def create(self, template: str | None = None) -> str:
        name = f"rd_test_{uuid.uuid4().hex[:12]}"
        with self._admin() as connection:
            clause = f' TEMPLATE "{template}"' if template else ""
            connection.execute(f'CREATE DATABASE "{name}"{clause}')
        return name

    def drop(self, name: str) -> None:
        with self._admin() as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def url_for(self, name: str) -> str:
        return self.url.set(database=name).render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def pg_server() -> PostgresServer:
    url = os.environ.get("RETURNDESK_TEST_PG_URL") or PG_DEFAULT
    server = PostgresServer(url)
    try:
        with server._admin():
            pass
    except Exception as error:  # noqa: BLE001 - any failure to connect means no server
        message = f"PostgreSQL at {server.url.render_as_string(hide_password=True)} is unreachable: {error}"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{message} (in CI the PostgreSQL tests must run; .ci/run starts the server)")
        pytest.skip(f"{message}; set RETURNDESK_TEST_PG_URL or start PostgreSQL to run these tests")
    return server


# ---- Databases


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def backend(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def empty_db_url(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """A new, empty database of the test's backend (no schema)."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'returndesk.sqlite3'}"
        return
    server: PostgresServer = request.getfixturevalue("pg_server")
    name = server.create()
    try:
        yield server.url_for(name)
    finally:
        server.drop(name)


class _Templates:
    """Seeded demo databases, built once per session and cloned per test."""

    def __init__(self) -> None:
        self.sqlite: Path | None = None
        self.postgres: str | None = None
        self.samples: dict[str, str] = {}

    def build(self, url: str) -> None:
        from desktop.db import schema
        from desktop.services.demo import SeedDemo, seed_demo

        db = Database.connect(url)
        schema.upgrade(db.engine)
        ctx = Context(db=db, pepper=PEPPER, counter=RegisterCounter(_PRIVATE / "template-counters.sqlite3"),
                      store_code="0001", register_code="01", clock=Clock())
        # No history of returns: tests count what they write themselves.
        summary = seed_demo(SeedDemo(receipts=DEMO_RECEIPTS, seed=11, today=TODAY, history=False), ctx)
        self.samples = {sample["key"]: sample["receipt"] for sample in summary["samples"]}
        db.dispose()


@pytest.fixture(scope="session")
def _templates() -> Iterator[_Templates]:
    templates = _Templates()
    yield templates
    if templates.postgres is not None:
        PostgresServer(os.environ.get("RETURNDESK_TEST_PG_URL") or PG_DEFAULT).drop(templates.postgres)


@pytest.fixture
def seeded_url(backend: str, tmp_path: Path, request: pytest.FixtureRequest, _templates: _Templates) -> Iterator[str]:
    """A database holding the demo chain (300 receipts as of TODAY)."""
    if backend == "sqlite":
        if _templates.sqlite is None:
            path = _PRIVATE / "template.sqlite3"
            _templates.build(f"sqlite:///{path}")
            _templates.sqlite = path
        target = tmp_path / "returndesk.sqlite3"
        shutil.copyfile(_templates.sqlite, target)
        yield f"sqlite:///{target}"
        return
    server: PostgresServer = request.getfixturevalue("pg_server")
    if _templates.postgres is None:
        name = server.create()
        _templates.build(server.url_for(name))
        _templates.postgres = name
    name = server.create(template=_templates.postgres)
    try:
        yield server.url_for(name)
    finally:
        server.drop(name)


@pytest.fixture
def samples(seeded_url: str, _templates: _Templates) -> dict[str, str]:
    """The demo's scenario receipts by key ("electronics", "expired", ...)."""
    return _templates.samples


@pytest.fixture
def clock() -> Clock:
    return Clock()


def make_context(url: str, tmp_path: Path, clock: Clock, store: str = "0001", register: str = "01") -> Context:
    return Context(db=Database.connect(url), pepper=PEPPER, counter=RegisterCounter(tmp_path / "counters.sqlite3"),
                   store_code=store, register_code=register, clock=clock)


def install_policy(ctx: Context, folder: Path, extra: str, store: str = "0001") -> None:
    """Store ``store`` gets the default policy with ``extra`` TOML on top."""
    from sqlalchemy import select

    from desktop import resources
    from desktop.models import Store
    from desktop.services import policies

    path = folder / f"policy-{store}.toml"
    path.write_text(f'extends = "{resources.path("policies", "default.toml").as_posix()}"\n{extra}', encoding="utf-8")
    with ctx.uow(write=True) as uow:
        row = uow.session.scalars(select(Store).where(Store.code == store)).one()
        policies.install(uow.session, row, path, "test", ctx.now())
        uow.commit()


@pytest.fixture
def ctx(seeded_url: str, tmp_path: Path, clock: Clock) -> Iterator[Context]:
    """Services wired to a seeded database, at store 0001, register 01."""
    context = make_context(seeded_url, tmp_path, clock)
    yield context
    context.db.dispose()


@pytest.fixture
def cli_env(seeded_url: str, tmp_path: Path) -> dict[str, str]:
    """Environment for running `returndesk` as a real process on the seeded database."""
    env = dict(os.environ)
    env["RETURNDESK_DB_URL"] = seeded_url
    env["RETURNDESK_DATA_DIR"] = str(tmp_path / "cli-data")
    return env
