"""Schema versions: migrate any database to head, refuse a newer one.

The migrations live in desktop/db/migrations and work on SQLite (batch mode)
and PostgreSQL alike. ``returndesk db upgrade`` runs them; the app runs them
itself on start for the embedded database only: a shared database is
migrated once, by IT (docs/deploying.md).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from desktop.db.errors import SchemaMismatch, clear_errors
from desktop.messages import QT_TR_NOOP

MIGRATIONS = Path(__file__).with_name("migrations")


def _config(engine: Engine | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def head() -> str:
    heads = ScriptDirectory.from_config(_config()).get_heads()
    assert len(heads) == 1, f"migrations have several heads: {heads}"
    return heads[0]


def known_revisions() -> set[str]:
    return {script.revision for script in ScriptDirectory.from_config(_config()).walk_revisions()}


def current(engine: Engine) -> str | None:
    with clear_errors(_where(engine)), engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> tuple[str | None, str]:
    """Bring the schema to ``revision``; returns (before, after)."""
    before = current(engine)
    if before is not None and before not in known_revisions():
        raise SchemaMismatch(_newer_message(before))
    _run(engine, command.upgrade, revision)
    return before, current(engine) or ""


def downgrade(engine: Engine, revision: str) -> None:
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


def _run(engine: Engine, action: object, revision: str) -> None:
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
