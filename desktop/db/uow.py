"""One unit of work per user action: ``with uow: ...; uow.commit()``.

Rolled back unless committed (Cosmic Python's unit_of_work.py). A writing
unit of work takes SQLite's write lock at BEGIN.
"""

from __future__ import annotations

from types import TracebackType

from sqlalchemy.orm import Session

from desktop.db.engine import Database


class UnitOfWork:
    session: Session

    def __init__(self, db: Database, write: bool = False):
        self.db = db
        self.write = write

    def __enter__(self) -> "UnitOfWork":
        self.session = self.db.session(write=self.write)
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        # close() rolls back whatever was not committed and releases the
        # connection; objects read stay usable (detached, not expired).
        try:
            self.session.close()
        except Exception:  # noqa: BLE001 - the connection may be gone; the server rolls back anyway
            if kind is None:
                raise

    def commit(self) -> None:
        self.session.commit()

    @property
    def backend(self) -> str:
        return self.db.backend
