"""Schema versions: migrate any database to head, refuse a newer one.

The migrations live in desktop/db/migrations and work on SQLite (batch mode)
and PostgreSQL alike. ``returndesk db upgrade`` runs them; the app runs them
itself on start for the embedded database only: a shared database is
migrated once, by IT (docs/deploying.md).
"""

from __future__ import annotations

import functools
import re
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, inspect, text

from desktop.db.errors import SchemaMismatch, clear_errors
from desktop.messages import QT_TR_NOOP

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
# Alembic (160 ms to import) is needed to migrate, not to know where the
# schema stands: a start with the schema current reads the revisions from the
# migration files and the database's alembic_version row.
_REVISION = re.compile(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN = re.compile(r"^down_revision\s*=\s*(?:None|['\"]([^'\"]+)['\"])", re.MULTILINE)


def _config(engine: Engine | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


@functools.cache
def _graph() -> dict[str, str | None]:
    """Each migration's revision and the one it follows, as Alembic reads them."""
    graph: dict[str, str | None] = {}
    for path in sorted((MIGRATIONS / "versions").glob("*.py")):
        source = path.read_text(encoding="utf-8")
        revision, down = _REVISION.search(source), _DOWN.search(source)
        if revision and down:
            graph[revision.group(1)] = down.group(1)
    return graph


def head() -> str:
    graph = _graph()
    heads = sorted(set(graph) - {down for down in graph.values() if down})
    assert len(heads) == 1, f"migrations have several heads: {heads}"
    return heads[0]


def known_revisions() -> set[str]:
    return set(_graph())


def current(engine: Engine) -> str | None:
    """The database's revision (None: no ReturnDesk schema yet)."""
    with clear_errors(_where(engine)), engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        versions = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    assert len(versions) <= 1, f"the database has several schema heads: {versions}"
    return versions[0] if versions else None


def upgrade(engine: Engine, revision: str = "head") -> tuple[str | None, str]:
    """Bring the schema to ``revision``; returns (before, after)."""
    before = current(engine)
    if before is not None and before not in known_revisions():
        raise SchemaMismatch(_newer_message(before))
    if before == head() and revision in ("head", before):
        return before, before  # nothing to do: Alembic is not even imported
    from alembic import command

    _run(engine, command.upgrade, revision)
    return before, current(engine) or ""


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    _run(engine, command.downgrade, revision)


def check(engine: Engine) -> None:
    """Refuse, with a clear message, a schema this program cannot work with."""
    revision = current(engine)
    if revision is None:
        raise SchemaMismatch(QT_TR_NOOP("the database has no ReturnDesk schema yet: run `returndesk db upgrade`"))
    if revision not in known_revisions():
        raise SchemaMismatch(_newer_message(revision))
    if revision != head():
        raise SchemaMismatch(QT_TR_NOOP("the database schema ({revision}) is older than this program ({head}): "
                                        "run `returndesk db upgrade`"), revision=revision, head=head())


# Alembic keeps the migration being run in module-level proxies (alembic.op, alembic.context): two threads
# migrating two databases at once (a register's offline copy beside the tests' or another window's) would mix them.
_ALEMBIC = threading.Lock()


def _run(engine: Engine, action: object, revision: str) -> None:
    with _ALEMBIC:
        _run_alone(engine, action, revision)


def _run_alone(engine: Engine, action: object, revision: str) -> None:
    config = _config(engine)
    sqlite = engine.dialect.name == "sqlite"
    with clear_errors(_where(engine)), engine.connect() as connection:
        if sqlite:
            # SQLite alters a table by copying it (batch mode): dropping the old
            # copy of a table others point at would trip their foreign keys. They
            # are switched off around the migration (the pragma has no effect
            # inside a transaction) and every reference checked before it commits.
            _driver(connection).execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                action(config, revision)  # type: ignore[operator]
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").first()
                    if broken is not None:
                        raise RuntimeError(f"the migration left a broken reference in {broken[0]}")
        finally:
            if sqlite:
                _driver(connection).execute("PRAGMA foreign_keys=ON")


def _driver(connection: Connection) -> Any:
    """The DB-API connection itself: a pragma sent through SQLAlchemy would
    begin a transaction first, and these pragmas do nothing inside one."""
    driver = connection.connection.driver_connection
    assert driver is not None, "the connection is open"
    return driver


def _newer_message(revision: str) -> str:
    return (f"the database schema ({revision}) is newer than this program understands: "
            "install the ReturnDesk version the other counters run")


def _where(engine: Engine) -> str:
    url = engine.url
    return str(url.database) if url.get_backend_name() == "sqlite" else f"{url.host}/{url.database}"
