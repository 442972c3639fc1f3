"""Backing up and restoring the embedded SQLite database while counters may
be using it.

A backup is SQLite's online backup (a consistent snapshot, page by page;
readers and the writer go on) into ``FILE.part``, checked, then renamed:
a backup either exists whole or not at all, readable by its owner only.

A restore never destroys: the backup is first copied into a staging file
beside the live database and checked there (integrity, a schema this
version knows and that is not newer; the caller also verifies its audit
log). Only then is the live database itself backed up, and the staged copy
takes its place by an atomic rename. A refused restore leaves the live
database byte for byte as it was, and nothing else behind.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from pathlib import Path

from sqlalchemy.engine import Engine

from desktop.db.errors import DatabaseUnavailable

SIDE_FILES = ("-wal", "-shm", "-journal")


def _sqlite_path(engine: Engine) -> Path:
    if engine.dialect.name != "sqlite" or not engine.url.database:
        raise DatabaseUnavailable("backup and restore are for the embedded SQLite database; back up a shared "
                                  "PostgreSQL database with pg_dump on the server (docs/deploying.md)")
    return Path(engine.url.database)


def _remove(path: Path) -> None:
    """A file and its SQLite side files, if there."""
    for name in ("", *SIDE_FILES):
        with contextlib.suppress(FileNotFoundError):
            Path(str(path) + name).unlink()


def _copy(source: Path, target: Path) -> None:
    """SQLite's online backup of ``source`` into a new file ``target``, left
    in rollback-journal mode (no -wal or -shm beside it) and private."""
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    try:
        with contextlib.closing(sqlite3.connect(source)) as live, \
                contextlib.closing(sqlite3.connect(target)) as copy:
            live.backup(copy, pages=1024)
            copy.execute("PRAGMA journal_mode=DELETE")
            copy.commit()
    except BaseException:
        _remove(target)
        raise


def backup(engine: Engine, target: Path) -> int:
    """Copy the live database to ``target`` (which must not exist, in a
    folder that does); returns its size in bytes."""
    source = _sqlite_path(engine)
    if target.exists():
        raise FileExistsError(f"{target} already exists; choose a new file name")
    if not target.parent.is_dir():
        raise ValueError(f"{target.parent} is not a folder: create it first, or choose another")
    partial = target.with_name(target.name + ".part")
    _remove(partial)  # what a backup killed half-way left
    try:
        _copy(source, partial)
        check(partial)
        partial.replace(target)
    except BaseException:
        _remove(partial)
        raise
    return target.stat().st_size


def check(path: Path) -> str:
    """The schema revision of a backup file, after SQLite's integrity check.
    Reads only: nothing is created beside the file."""
    if not path.is_file():
        raise ValueError(f"{path}: no such file")
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)) as db:
            if db.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise ValueError(f"{path} is damaged (integrity check failed)")
            row = db.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as error:
        raise ValueError(f"{path} is not a ReturnDesk database: {error}") from None
    if row is None:
        raise ValueError(f"{path} is not a ReturnDesk database (no schema version)")
    return str(row[0])


def stage(engine: Engine, source: Path) -> Path:
    """A checked copy of the backup beside the live database, to be checked
    further and then swapped in (or dropped with discard())."""
    check(source)
    live = _sqlite_path(engine)
    staged = live.with_name(f"{live.name}.restoring")
    _remove(staged)
    _copy(source, staged)
    return staged


def discard(staged: Path) -> None:
    _remove(staged)


def swap(engine: Engine, staged: Path, keep_dir: Path) -> Path:
    """The live database saved into ``keep_dir`` (its path returned), then
    replaced by ``staged`` in one rename. Connections are closed first and
    the live database's WAL checkpointed into it, so no -wal of the old
    database is ever read as the new one's."""
    live = _sqlite_path(engine)
    engine.dispose()
    keep_dir.mkdir(parents=True, exist_ok=True)
    kept = keep_dir / f"{live.stem}-before-restore-{dt.datetime.now():%Y%m%dT%H%M%S}{live.suffix or '.sqlite3'}"
    if live.exists():
        with contextlib.closing(sqlite3.connect(live)) as db:
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        _copy(live, kept)
        for suffix in SIDE_FILES:
            with contextlib.suppress(FileNotFoundError):
                Path(str(live) + suffix).unlink()
    staged.replace(live)
    return kept
