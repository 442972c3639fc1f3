"""One unit of work per user action: ``with uow: ...; uow.commit()``.

Rolled back unless committed (Cosmic Python's unit_of_work.py). A writing
unit of work takes SQLite's write lock at BEGIN.

Most use cases work through ``uow.session``. The counter's hot path (a scan,
a return) runs prepared statements on ``uow.connection`` and never needs the
ORM for a plain return: it opens a connection of its own, and a session asked
for later (an override, a return without a receipt) joins that connection's
transaction, so everything still commits or rolls back as one. Skipping the
session's bookkeeping when it is not needed saves every return about 30 us
(docs/benchmarks.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from types import TracebackType

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from desktop.db.engine import Database
from desktop.db.prepared import Call, send


class UnitOfWork:
    """``write``: it will write (SQLite's write lock from its start).
    ``reads_only``: it only reads, and on PostgreSQL in no transaction of its
    own: each statement (each trip of prepared statements) sees what was
    committed when it ran, as it would in a READ COMMITTED transaction, and
    the BEGIN and ROLLBACK round trips are saved (a scan at the counter is
    one trip, docs/benchmarks.md). It can take no lock and commit nothing."""

    def __init__(self, db: Database, write: bool = False, reads_only: bool = False):
        if write and reads_only:
            raise ValueError("a unit of work that writes does not only read")
        self.db = db
        self.write = write
        self.reads_only = reads_only
        self._session: Session | None = None
        self._connection: Connection | None = None  # opened by this unit of work, not by its session

    def __enter__(self) -> UnitOfWork:
        self._session = self._connection = None
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        # close() rolls back whatever was not committed and releases the
        # connection; objects read stay usable (detached, not expired).
        try:
            if self._session is not None:
                self._session.close()
            if self._connection is not None:
                self._connection.close()
        except Exception:  # noqa: BLE001 - the connection may be gone; the server rolls back anyway
            if kind is None:
                raise
        finally:
            self._connection = None  # (the closed session stays, as objects read through it do)

    @property
    def session(self) -> Session:
        """The ORM session of this unit of work (made on first use)."""
        if self._session is None:
            if self.reads_only:
                self.connection  # noqa: B018 - its connection, in no transaction: the session's too
            if self._connection is not None:
                # Join the transaction this unit of work began: the session
                # flushes into it and never commits it on its own.
                self._session = Session(bind=self._connection, expire_on_commit=False,
                                        join_transaction_mode="rollback_only")
            else:
                self._session = self.db.session(write=self.write)
        return self._session

    @property
    def connection(self) -> Connection:
        """The connection of this unit of work's transaction, begun: the
        session's own once there is a session, else one of its own."""
        if self._session is not None and self._connection is None:
            return self._session.connection()
        if self._connection is None:
            self._connection = self.db.connection(write=self.write)
            if self.reads_only and self.db.backend == "postgresql":
                self._connection.execution_options(isolation_level="AUTOCOMMIT")
        if not self._connection.in_transaction():  # a new one, or after a commit or rollback
            self._connection.begin()
        return self._connection

    def flush(self) -> None:
        """Write the session's pending objects (if it has any) into the transaction."""
        if self._session is not None:
            self._session.flush()

    def commit(self, last: Sequence[Call] = ()) -> None:
        """Commit, after the session's pending objects and then ``last``
        (prepared statements that travel with the COMMIT on PostgreSQL:
        desktop/db/prepared.py's ``send``)."""
        if self.reads_only:
            raise RuntimeError("a unit of work that only reads commits nothing")
        if last:
            self.flush()
            send(self.connection, last, commit=True)
        if self._session is not None:
            self._session.commit()  # flushes; commits too unless it joined this unit of work's connection
        if self._connection is not None:
            self._connection.commit()

    def rollback(self) -> None:
        """Undo everything so far; the unit of work can be used again."""
        if self._session is not None:
            self._session.rollback()
        if self._connection is not None:
            self._connection.rollback()

    @property
    def backend(self) -> str:
        return self.db.backend
