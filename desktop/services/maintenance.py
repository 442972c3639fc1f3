"""IT's chores on a station's database: the schema's version, upgrades and
downgrades, backup and restore. The database comes from the composition root
(desktop/bootstrap.py open_database); callers above the services never touch
db/ themselves."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.db import backup as backups
from desktop.db import schema
from desktop.db.engine import Database


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


def restore(db: Database, source: Path) -> tuple[str, str]:
    """The backup in place of the live database, then migrated: the backup's
    schema version and the version now."""
    revision = backups.restore(db.engine, source)
    schema.upgrade(db.engine)
    return revision, schema.head()
