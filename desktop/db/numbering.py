"""Document numbers issued at the register (docs/contract.md section 5).

Each station keeps its own counters in a small SQLite file beside its data,
so it numbers documents without asking the shared server. The service also
passes the highest number the database already holds for the register, so a
reinstalled station (its counter file lost) never reissues a number; the
unique document ID in the database is the last safeguard.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from pathlib import Path

from desktop.policy.docid import DocumentId, DocumentKind


class RegisterCounter:
    """One open connection per station process; the file's write lock makes
    issuing safe across processes (two windows of one station)."""

    def __init__(self, path: Path):
        self.path = path
        self._lock = threading.Lock()
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not path.exists():  # the owner's only, like the database (SQLite gives its -wal the same rights)
            with contextlib.suppress(FileExistsError):
                os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        self._connection = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
        self._connection.execute("PRAGMA journal_mode=WAL")
        # A number lost to a power cut is re-derived from the database (at_least).
        self._connection.execute("PRAGMA synchronous=NORMAL")
        self._connection.execute(
            "CREATE TABLE IF NOT EXISTS counters ("
            " kind INTEGER, store TEXT, register TEXT, last INTEGER NOT NULL,"
            " PRIMARY KEY (kind, store, register))"
        )

    def issue(self, kind: DocumentKind, store: str, register: str, at_least: int = 1) -> DocumentId:
        """The next document ID of this register; safe across processes."""
        with self._lock:
            return self._issue(kind, store, register, at_least)

    def _issue(self, kind: DocumentKind, store: str, register: str, at_least: int) -> DocumentId:
        connection = self._connection
        try:
            connection.execute("BEGIN IMMEDIATE")
            row = connection.execute(
                "SELECT last FROM counters WHERE kind = ? AND store = ? AND register = ?",
                (int(kind), store, register),
            ).fetchone()
            sequence = max((row[0] if row else 0) + 1, at_least)
            connection.execute(
                "INSERT INTO counters (kind, store, register, last) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (kind, store, register) DO UPDATE SET last = excluded.last",
                (int(kind), store, register, sequence),
            )
            connection.execute("COMMIT")
        except BaseException:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise
        return DocumentId.make(kind, store, register, sequence)

    def close(self) -> None:
        self._connection.close()
