"""What every use case needs besides its command: the database, the station,
the clock and the secrets. Built once by the composition root
(desktop/bootstrap.py) and handed down; never a module-level global."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from desktop.config import PosConfig, Settings
from desktop.db.engine import Database
from desktop.db.numbering import RegisterCounter
from desktop.db.uow import UnitOfWork

if TYPE_CHECKING:
    from desktop.services.offline.book import OfflineBook
    from desktop.services.pos_barcodes import BarcodeLayout


def system_clock() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass
class Context:
    db: Database
    pepper: bytes
    counter: RegisterCounter
    store_code: str = ""  # this station's store; empty: the only or first store
    register_code: str = "01"
    clock: Callable[[], dt.datetime] = field(default=system_clock)
    # Document counters already lifted to the database's highest number in
    # this process (services/returns/writing.py issue_document_id).
    synced_counters: set[tuple[object, str, str]] = field(default_factory=set)
    # The store's own POS: store and tender maps for imports, its receipt barcode layouts
    # (desktop/services/pos_barcodes.py), read from the site config at start.
    pos: PosConfig = field(default_factory=PosConfig)
    layouts: tuple[BarcodeLayout, ...] = ()
    # The station's settings, for what reaches outside: the mail server, the folder letters go to.
    settings: Settings | None = None
    # Set on a register's own copy of the database while the shared one is out of reach
    # (desktop/services/offline/): what it may refund, and the journal of what it did.
    offline: OfflineBook | None = None
    # HQ's database, where a receipt of another store of the chain is looked up (desktop/services/chain.py).
    hq: Database | None = None

    def __post_init__(self) -> None:
        from desktop.services import audit

        audit.use_key(self.db.engine, self.pepper)  # the audit chain's MAC key, derived from the pepper

    def uow(self, write: bool = False, reads_only: bool = False) -> UnitOfWork:
        return UnitOfWork(self.db, write=write, reads_only=reads_only)

    def now(self) -> dt.datetime:
        return self.clock()
