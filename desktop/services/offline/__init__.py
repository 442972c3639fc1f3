"""A register that keeps taking returns while the shared database is out of
reach, and brings them back exactly once (docs/deploying.md, "Offline
registers").

While online, the register keeps its own SQLite copy of what returns need
(copy.py) and holds an allowance of refund value granted by the shared
database. When the shared database stops answering, the station works on
that copy through a Context whose ``offline`` book (book.py) limits what
may be refunded and journals each return, hash-chained. When it answers
again, the journal is replayed into it (sync.py), each return once, and the
copy is refreshed.
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass, replace
from pathlib import Path

from desktop import config
from desktop.db import schema
from desktop.db.engine import Database
from desktop.models import OfflineEntry, Register, Store
from desktop.services.context import Context
from desktop.services.offline import copy, sync
from desktop.services.offline.book import OfflineBook, OfflineRefused
from desktop.services.offline.sync import JournalBroken, Synced
from desktop.services.policies import active_policy

__all__ = ["Copied", "JournalBroken", "OfflineRefused", "OfflineRegister", "Synced"]

Copied = copy.Copied


@dataclass(frozen=True)
class Where:
    store_id: int
    store_code: str
    register_id: int


class OfflineRegister:
    """One register's copy, journal and allowance, beside its shared database."""

    def __init__(self, shared: Context, path: Path | None = None):
        self.shared = shared
        # Named for the shared database too: a station pointed at another database never takes its copy for this one.
        database = hashlib.sha256(shared.db.engine.url.render_as_string(hide_password=True).encode()).hexdigest()[:12]
        self.path = path or config.data_dir() / (
            f"offline-{shared.store_code or 'store'}-{shared.register_code}-{database}.sqlite3")
        self._lock = threading.Lock()  # one refresh or sync at a time in this process
        self._copied = False  # a refresh completed: the copy can be worked on
        self._local: Context | None = None
        self._where: Where | None = None
        self._cut_off = False  # known out of reach: where() asks the copy alone

    def cut_off(self) -> None:
        """The shared database is known not to answer (the station started
        without it): where this register is comes from its copy, without
        waiting for another connection to time out."""
        self._cut_off = True

    def close(self) -> None:
        """The copy's connections closed (the shared database's are the station's)."""
        if self._local is not None:
            self._local.db.dispose()
            self._local = None

    # ---- The copy, as a Context the services work on

    @property
    def local(self) -> Context:
        """The Context on the register's own copy, its book attached."""
        with _opening(self.path):  # two workers, or two windows, may ask at once: the file is made and migrated once
            if self._local is None:
                where = self.where()
                db = Database.connect(f"sqlite:///{self.path}", create_folder=True)
                schema.upgrade(db.engine)
                self._local = replace(self.shared, db=db, synced_counters=set(),
                                      offline=OfflineBook(self.shared.pepper, where.store_id, where.register_id))
            return self._local

    def where(self) -> Where:
        """This register's store and ids, from the shared database (or, cut
        off, from the copy made while it answered)."""
        if self._where is None:
            from sqlalchemy import select

            for db in (None if self._cut_off else self.shared.db, self._copy_db()):
                if db is None:
                    continue
                try:
                    with db.engine.connect() as connection:
                        query = select(Store.id, Store.code, Register.id).join(Register, Register.store_id == Store.id)
                        if self.shared.store_code:
                            query = query.where(Store.code == self.shared.store_code)
                        row = connection.execute(query.where(Register.code == self.shared.register_code)
                                                 .order_by(Store.code).limit(1)).first()
                except Exception:  # noqa: BLE001 - the shared database is out of reach: ask the copy
                    continue
                if row is not None:
                    self._where = Where(row[0], row[1], row[2])
                    break
            else:
                raise OfflineRefused(copy_missing())
        return self._where

    def _copy_db(self) -> Database | None:
        if self._local is not None:
            return self._local.db
        return Database.connect(f"sqlite:///{self.path}") if self.path.exists() else None

    @property
    def ready(self) -> bool:
        """A copy exists to work on: made whole while online at least once."""
        if not self._copied and self.path.exists():
            from sqlalchemy import select

            from desktop.models import SystemSetting

            with self.local.uow() as mine:
                self._copied = mine.connection.scalar(select(SystemSetting.value).where(
                    SystemSetting.key == copy.COPIED_AT)) is not None
        return self._copied

    # ---- Online: refresh the copy, sync the journal

    def refresh(self) -> Copied:
        """Sync what waits, then grant the allowance and bring the copy up to date."""
        with self._lock:
            self._sync()
            where = self.where()
            now = self.shared.now()
            with self.shared.uow(write=True) as shared:
                policy = active_policy(shared.connection, where.store_id, where.store_code)
                if not policy.offline.allowed:  # no copy to go offline on: the counter stops, as it always did
                    self._forget()  # (and none is made: no file, no migration, every minute)
                    return Copied(0, 0, False)
                copy.grant(shared.connection, where.store_id, where.register_id, policy, now)
                shared.commit()
            local = self.local
            with self.shared.uow() as shared, local.uow(write=True) as mine:
                if sync.waiting(mine.connection):  # a return taken meanwhile (another window): sync first
                    return Copied(0, 0, False)
                copied = copy.refresh(shared.connection, mine.connection, where.store_id, where.register_id,
                                      policy, now)
                mine.commit()
            self._copied = True
            return copied

    def _forget(self) -> None:
        """The store's policy takes no returns offline (any more): the copy
        goes, once nothing waits in its journal."""
        if not self.path.exists() or self.waiting():
            return
        self._copied = False
        if self._local is not None:
            self._local.db.dispose()
            self._local = None
        for suffix in ("", "-wal", "-shm"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)

    def sync(self) -> Synced:
        with self._lock:
            return self._sync()

    def _sync(self) -> Synced:
        done = Synced()
        if not self.ready:
            return done
        local, book = self.local, self.local.offline
        assert book is not None
        with local.uow() as mine:
            entries = sync.waiting(mine.connection)
            if entries:
                sync.check_journal(mine.connection, book)
        allowances = set()
        for entry in entries:
            now = self.shared.now()
            with self.shared.uow(write=True) as shared:
                return_id, conflicts, already = sync.replay(shared.connection, entry, now)
                shared.commit()
            with local.uow(write=True) as mine:
                from sqlalchemy import update

                mine.connection.execute(update(OfflineEntry).where(OfflineEntry.seq == entry["seq"]).values(
                    synced_at=now, synced_return_id=return_id))
                mine.commit()
            allowances.add(entry["allowance_id"])
            done.conflicts += conflicts
            if already:
                done.already += 1
            else:
                done.entries += 1
        for allowance_id in sorted(allowances):
            now = self.shared.now()
            with self.shared.uow(write=True) as shared, local.uow(write=True) as mine:
                sync.release(shared.connection, mine.connection, allowance_id, now)
                shared.commit()
                mine.commit()
        return done

    # ---- What the clerk and IT see

    def status(self) -> dict[str, object]:
        """The copy, what waits, the allowance: `returndesk offline status`."""
        from sqlalchemy import select

        from desktop.models import SystemSetting

        if not self.ready:
            return {"copy": str(self.path), "ready": False, "waiting": 0}
        local = self.local
        assert local.offline is not None
        with local.uow() as mine:
            allowance = local.offline.allowance(mine.connection)
            copied_at = mine.connection.scalar(select(SystemSetting.value).where(SystemSetting.key == copy.COPIED_AT))
            journal = sync.check_journal_quietly(mine.connection, local.offline)
            waiting = local.offline.waiting(mine.connection)
        return {"copy": str(self.path), "ready": True, "copied_at": copied_at, "waiting": waiting,
                "journal_intact": journal is None, "journal_broken_at": journal,
                "allowance_cents": allowance.granted if allowance else 0,
                "allowance_left_cents": allowance.left if allowance else 0}


    def waiting(self) -> int:
        """Offline returns not yet in the shared database."""
        if not self.ready:
            return 0
        local = self.local
        assert local.offline is not None
        with local.uow() as mine:
            return local.offline.waiting(mine.connection)


_OPENING: dict[Path, threading.Lock] = {}
_OPENING_LOCK = threading.Lock()


def _opening(path: Path) -> threading.Lock:
    """One lock per copy's file in this process."""
    with _OPENING_LOCK:
        return _OPENING.setdefault(path.resolve(), threading.Lock())


def copy_missing() -> str:
    from desktop.messages import QT_TR_NOOP

    return QT_TR_NOOP("this register has no offline copy yet (it is made while the shared database answers): "
                      "nothing was refunded. Try again when the connection is back")
