"""Engines for the embedded SQLite file and a shared PostgreSQL server.

SQLite runs in WAL mode with foreign keys on and a busy timeout. The driver's
own transaction handling is switched off so that we emit BEGIN ourselves: a
write unit of work starts with ``BEGIN IMMEDIATE``, taking the write lock up
front instead of failing later on lock upgrade; reads use a plain BEGIN.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
import weakref
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, exc
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.errors import DatabaseUnavailable
from desktop.db.prepared import run_on_driver
from desktop.messages import QT_TR_NOOP, Message

SQLITE_BUSY_TIMEOUT_MS = 30_000


def make_engine(url: str | URL, password: str | None = None, create_folder: bool = False, **kwargs: Any) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DatabaseUnavailable(QT_TR_NOOP("not a database URL: {url!r} (expected sqlite:///path.db or "
                                             "postgresql+psycopg://...)"), url=url) from None
    if password and parsed.password is None:
        parsed = parsed.set(password=password)
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        return _sqlite_engine(parsed, create_folder, **kwargs)
    if backend == "postgresql":
        if parsed.drivername == "postgresql":
            parsed = parsed.set(drivername="postgresql+psycopg")
        engine = create_engine(
            parsed,
            pool_size=kwargs.pop("pool_size", 5),
            # psycopg prepares nothing itself: it would DEALLOCATE ALL on every ROLLBACK, the
            # statements desktop/db/pipeline.py prepared with the rest.
            connect_args={"connect_timeout": 5, "application_name": "returndesk", "prepare_threshold": None,
                          **{key: value for key, value in DEAD_LINK.items() if key not in parsed.query}},
            **kwargs,
        )
        _ping_when_idle(engine)
        return engine
    raise DatabaseUnavailable(QT_TR_NOOP("unsupported database {backend!r}: use sqlite:/// or postgresql+psycopg://"),
                              backend=backend)


# A link to the server that dies without a word (a WAN or VPN drop, a cable pulled: no reset reaches
# the counter) is found in seconds, not in the kernel's minutes or never: keepalive probes while a
# statement waits for its answer (5 s idle, then 3 probes 2 s apart), and at most 10 s for what was
# sent to stay unacknowledged. The counter then says the database is unreachable, loses nothing, and
# goes offline (docs/deploying.md). libpq's own parameters: a database URL may set others.
DEAD_LINK = {"keepalives": 1, "keepalives_idle": 5, "keepalives_interval": 2, "keepalives_count": 3,
             "tcp_user_timeout": 10_000}

# A connection back in the pool for longer than this is pinged before it is
# handed out again (the server may have restarted, a firewall dropped it);
# one in use a moment ago is not: a counter ringing returns back to back
# saves a round trip on each (docs/benchmarks.md).
PING_AFTER_IDLE_S = 1.0


def _ping_when_idle(engine: Engine) -> None:
    """SQLAlchemy's pre-ping, for connections that sat idle only."""

    @event.listens_for(engine, "checkin")
    def returned(dbapi_connection: Any, record: Any) -> None:
        record.info["returned_at"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def check(dbapi_connection: Any, record: Any, proxy: Any) -> None:
        returned_at = record.info.get("returned_at")
        if returned_at is None or time.monotonic() - returned_at < PING_AFTER_IDLE_S:
            return  # new, or in use a moment ago
        try:
            engine.dialect.do_ping(dbapi_connection)
        except engine.dialect.loaded_dbapi.Error as error:
            # The pool drops this connection and hands out a new one (SQLAlchemy's pool events).
            raise exc.DisconnectionError(f"the pooled connection was lost: {error}") from error


def _sqlite_file(url: URL, create_folder: bool) -> None:
    """The file's folder must exist (the embedded database's is made, with
    room for its owner only); a new database file is readable by its owner
    only (SQLite gives its -wal and -shm the same rights)."""
    if not url.database or url.database == ":memory:" or url.database.startswith("file:"):
        return
    path = Path(url.database).expanduser()
    if not path.parent.is_dir():
        if not create_folder:
            raise DatabaseUnavailable(QT_TR_NOOP("the folder {folder} does not exist: create it first, or check the "
                                                 "database URL"), folder=str(path.parent))
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    if not path.exists():
        with contextlib.suppress(FileExistsError):
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


QUICK_CHECK_MAX_BYTES = 16 * 1024 * 1024  # SQLite's quick check reads every page: about 0.1 s at this size


def quick_check(engine: Engine, whole: bool | None = None, stop: threading.Event | None = None) -> None:
    """SQLite's quick integrity check of the embedded database, when it is
    opened: a damaged file is named, with the way out, before anyone works on
    it. ``whole`` reads every page (PRAGMA quick_check); by default only a
    file up to 16 MB is read whole, and a larger one has its header, its size
    and its schema checked, for a store's years of sales (a 550 MB database
    took 4 s to check at every start). The window reads a large file whole
    in the background after it starts (services.maintenance.check_integrity);
    ``stop`` set while it reads ends the check unfinished (the window closing
    does not wait for the last pages of a large file)."""
    import sqlite3

    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:" or not Path(database).exists():
        return
    path = Path(database)
    if whole is None:
        whole = path.stat().st_size <= QUICK_CHECK_MAX_BYTES
    try:
        result = _header_problems(path)
        if not result:
            with contextlib.closing(sqlite3.connect(database, timeout=SQLITE_BUSY_TIMEOUT_MS / 1000)) as db:
                if stop is not None:
                    # True: SQLite stops the statement. Asked every million steps (a few ms): each ask takes
                    # Python's lock from the window, and every 10,000 made a scan paint twice as slowly.
                    db.set_progress_handler(stop.is_set, 1_000_000)
                if whole:
                    result = [row[0] for row in db.execute("PRAGMA quick_check(3)")]
                else:
                    db.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the schema's pages read
                    result = ["ok"]
    except sqlite3.DatabaseError as error:
        if stop is not None and stop.is_set():
            return  # stopped, not damaged
        result = [str(error)]
    if result != ["ok"]:
        raise DatabaseUnavailable(QT_TR_NOOP("the database file {path} is damaged ({problem}): restore the latest "
                                             "backup (returndesk db restore FILE, docs/deploying.md)"),
                                  path=database, problem="; ".join(result))


def _header_problems(path: Path) -> list[str]:
    """What a glance at the file's header finds wrong: not an SQLite file, or
    shorter than the pages its header counts (cut off by a failed copy)."""
    with path.open("rb") as handle:
        header = handle.read(100)
    if len(header) == 0:
        return []  # an empty file: SQLite makes it a database
    if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
        return ["not an SQLite database"]
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages, changes, valid_for = (int.from_bytes(header[at:at + 4], "big") for at in (28, 24, 92))
    if pages and changes == valid_for and pages * page_size > path.stat().st_size:
        return [f"{pages} pages of {page_size} bytes in its header, {path.stat().st_size} bytes on disk"]
    return []


def _sqlite_engine(url: URL, create_folder: bool = False, **kwargs: Any) -> Engine:
    _sqlite_file(url, create_folder)
    engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}, **kwargs)

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        # Every transaction starts here: straight on the driver, which saves
        # each one SQLAlchemy's execution of a statement (desktop/db/prepared.py).
        run_on_driver(connection, f"BEGIN {connection.get_execution_options().get('sqlite_begin', 'DEFERRED')}")

    return engine


class Database:
    """An engine and its two session factories: reads, and writes that take
    SQLite's write lock at BEGIN (PostgreSQL locks rows instead)."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self.backend = engine.dialect.name
        self.read_sessions = sessionmaker(engine, expire_on_commit=False)
        self.writer = engine.execution_options(sqlite_begin="IMMEDIATE") if self.backend == "sqlite" else engine
        self.write_sessions = sessionmaker(self.writer, expire_on_commit=False)
        # One dropped without dispose() (a window closed, a worker's context let go) still closes the
        # connections its pool holds, instead of leaving them to the driver's garbage collection.
        weakref.finalize(self, engine.dispose)

    @classmethod
    def connect(cls, url: str, password: str | None = None, **kwargs: Any) -> Database:
        return cls(make_engine(url, password, **kwargs))

    def session(self, write: bool = False) -> Session:
        return (self.write_sessions if write else self.read_sessions)()

    def connection(self, write: bool = False) -> Connection:
        """A Core connection; its transactions begin as the sessions' do."""
        return (self.writer if write else self.engine).connect()

    def describe(self) -> Message:
        """"local file /path" or "shared server host/db", for the status bar."""
        url = self.engine.url
        if self.backend == "sqlite":
            return Message(QT_TR_NOOP("local file {path}"), path=url.database)
        return Message(QT_TR_NOOP("shared server {host}/{database}"), host=url.host or "localhost",
                       database=url.database)

    def location(self) -> Message:
        """Where the data is, in a few words: "this computer" or "host/db"."""
        url = self.engine.url
        if self.backend == "sqlite":
            return Message(QT_TR_NOOP("this computer"))
        return Message(QT_TR_NOOP("{host}/{database}"), host=url.host or "localhost", database=url.database)

    def dispose(self) -> None:
        self.engine.dispose()
