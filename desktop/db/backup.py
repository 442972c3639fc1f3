"""Backing up and restoring the embedded SQLite database while counters may
be using it: SQLite's online backup copies a consistent snapshot page by
page (readers and the writer go on), and a restore checks the file first."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy.engine import Engine

from desktop.db.errors import DatabaseUnavailable


def _sqlite_path(engine: Engine) -> Path:
    if engine.dialect.name != "sqlite" or not engine.url.database:
        raise DatabaseUnavailable("backup and restore are for the embedded SQLite database; back up a shared "
                                  "PostgreSQL database with pg_dump on the server (docs/deploying.md)")
    return Path(engine.url.database)


def backup(engine: Engine, target: Path) -> int:
    """Copy the live database to ``target`` (which must not exist); returns its size in bytes."""
    source = _sqlite_path(engine)
    if target.exists():
        raise FileExistsError(f"{target} already exists; choose a new file name")
    partial = target.with_name(target.name + ".part")
    with sqlite3.connect(source) as live, sqlite3.connect(partial) as copy:
        live.backup(copy, pages=1024)
    check(partial)
    partial.replace(target)
    return target.stat().st_size


def check(path: Path) -> str:
    """The schema revision of a backup file, after SQLite's integrity check."""
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
            if db.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise ValueError(f"{path} is damaged (integrity check failed)")
            row = db.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as error:
        raise ValueError(f"{path} is not a ReturnDesk database: {error}") from None
    if row is None:
        raise ValueError(f"{path} is not a ReturnDesk database (no schema version)")
    return str(row[0])


def restore(engine: Engine, source: Path) -> str:
    """Replace the live database's content with a checked backup; returns
    the backup's schema revision (the app migrates it forward on start)."""
    revision = check(source)
    target = _sqlite_path(engine)
    engine.dispose()
    with sqlite3.connect(source) as backup_db, sqlite3.connect(target) as live:
        backup_db.backup(live, pages=1024)
    return revision
