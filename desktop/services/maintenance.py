"""IT's chores on a station's database: the schema's version, upgrades and
downgrades, backup and restore. The database comes from the composition root
(desktop/bootstrap.py open_database); callers above the services never touch
db/ themselves."""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass
from pathlib import Path

from desktop.db import backup as backups
from desktop.db import partitioning, schema
from desktop.db.engine import Database
from desktop.services.context import Context


@dataclass(frozen=True)
class SchemaChange:
    before: str | None  # None: the database was empty
    after: str
    database: str  # where it is, for the message

    @property
    def changed(self) -> bool:
        return self.before != self.after


@dataclass(frozen=True)
class SchemaState:
    current: str | None
    head: str
    database: str

    def to_json(self) -> dict[str, str | None]:
        return {"current": self.current, "head": self.head, "database": self.database}


def upgrade(db: Database, revision: str = "head") -> SchemaChange:
    before, after = schema.upgrade(db.engine, revision)
    return SchemaChange(before, after, str(db.describe()))


def downgrade(db: Database, revision: str) -> str | None:
    """Down to ``revision``; the version the database is at afterwards."""
    schema.downgrade(db.engine, revision)
    return schema.current(db.engine)


def state(db: Database) -> SchemaState:
    return SchemaState(schema.current(db.engine), schema.head(), str(db.describe()))


def is_current(db: Database) -> bool:
    return schema.current(db.engine) == schema.head()


def backup(db: Database, target: Path) -> int:
    """A copy of the embedded database while it is in use; its size in bytes.
    FileExistsError, ValueError (not an embedded database) or OSError."""
    return backups.backup(db.engine, target)


@dataclass(frozen=True)
class Restored:
    revision: str  # the backup's schema version
    now_at: str  # the schema after migrating it
    kept: Path  # the live database as it was before, saved


def restore(db: Database, source: Path, keep_dir: Path, by: str = "command line") -> Restored:
    """The backup in place of the live database, without ever destroying
    it: checked in a staging copy (integrity, a schema this version knows,
    its audit log intact), the live database saved into ``keep_dir``, then
    swapped in atomically, migrated and the restore audited. Anything
    refused leaves the live database as it was. ValueError or OSError."""
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from desktop.models import Store
    from desktop.services import audit

    revision = backups.check(source)
    if revision not in schema.known_revisions():
        raise ValueError(f"{source} was made by a newer ReturnDesk (schema {revision}); restore it with that "
                         "version or a later one")
    staged = backups.stage(db.engine, source)
    try:
        trial = Database.connect(f"sqlite:///{staged}")
        audit.share_key(db.engine, trial.engine)
        try:
            schema.upgrade(trial.engine)
            with Session(trial.engine) as session:
                broken = [report for report in audit.verify(session) if not report.ok]
        finally:
            trial.dispose()
        if broken:
            first = broken[0]
            raise ValueError(f"{source}: its audit log is broken (store {first.store}, entry {first.broken_at}: "
                             f"{first.problem}); not restored")
        kept = backups.swap(db.engine, staged, keep_dir)
    except BaseException:
        backups.discard(staged)
        raise
    with Session(db.engine) as session, session.begin():
        for store_id in session.scalars(select(Store.id).order_by(Store.code)):
            audit.record(session, store_id, "db.restored", at=dt.datetime.now(dt.UTC), entity="database",
                         entity_id=source.name, payload={"by": by, "backup_schema": revision,
                                                         "before_restore_copy": str(kept)})
    return Restored(revision, schema.head(), kept)


def partition(db: Database, partitions: int) -> partitioning.Partitioned:
    """A chain's central PostgreSQL: its record tables partitioned by store
    (desktop/db/partitioning.py). PartitionError says why not."""
    return partitioning.partition(db, partitions)


def create_app_role(db: Database, role: str, password: str) -> None:
    """A PostgreSQL role for the stations that owns nothing: it reads and
    writes the store's data, may only add to the audit log, and cannot
    delete, truncate or change it (nor drop its triggers: it owns no table).
    Run by IT as the tables' owner; docs/deploying.md."""
    import re

    from sqlalchemy import text

    if db.backend != "postgresql":
        raise ValueError("an app role is for a shared PostgreSQL database; the embedded database has none")
    if not re.fullmatch(r"[a-z_][a-z0-9_]{0,62}", role):
        raise ValueError(f"{role!r}: a role name is lower-case letters, digits and _ (at most 63)")
    if len(password) < 12:
        raise ValueError("the app role's password: at least 12 characters")
    with db.engine.begin() as connection:
        database = connection.execute(text("SELECT current_database()")).scalar_one()
        exists = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first()
        quoted_password = connection.execute(text("SELECT quote_literal(:p)"), {"p": password}).scalar_one()
        verb = "ALTER" if exists else "CREATE"
        for statement in (
            f"{verb} ROLE {role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD {quoted_password}",
            f'GRANT CONNECT ON DATABASE "{database}" TO {role}',
            f"GRANT USAGE ON SCHEMA public TO {role}",
            f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}",
            f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role}",
            f"REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM {role}",
            f"REVOKE DELETE, TRUNCATE ON audit_heads FROM {role}",
            f"REVOKE TRUNCATE ON ALL TABLES IN SCHEMA public FROM {role}",
            f"REVOKE INSERT, UPDATE, DELETE ON alembic_version FROM {role}",
        ):
            connection.execute(text(statement))


def check_integrity(ctx: Context, stop: threading.Event | None = None) -> None:
    """Read a large embedded database whole (SQLite's quick check), after the
    window started on its quick look: DatabaseUnavailable names a damaged file
    and the way out. Nothing to do for a small file (read whole on opening) or
    a server's database. ``stop`` ends it early (the window is closing)."""
    from desktop.db.engine import QUICK_CHECK_MAX_BYTES, quick_check

    database = ctx.db.engine.url.database
    if ctx.db.backend == "sqlite" and database and Path(database).exists() \
            and Path(database).stat().st_size > QUICK_CHECK_MAX_BYTES:
        quick_check(ctx.db.engine, whole=True, stop=stop)


def probe(url: str, password: str | None = None) -> SchemaState:
    """Whether a database answers, is undamaged (SQLite's quick check) and at
    which schema, reading only: nothing is created, migrated or keyed."""
    from desktop.db.engine import quick_check

    db = Database.connect(url, password)
    try:
        quick_check(db.engine)
        return state(db)
    finally:
        db.dispose()
