"""The composition root: settings in, a ready service Context out.

The command line and the desktop app both start here; nothing else builds
an engine or reads the pepper.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from desktop import config
from desktop.config import Settings
from desktop.db import schema
from desktop.db.engine import Database, quick_check
from desktop.db.numbering import RegisterCounter
from desktop.services.context import Context

if TYPE_CHECKING:
    from desktop.services.offline import OfflineRegister


def db_password(settings: Settings) -> str | None:
    """The database password from RETURNDESK_DB_PASSWORD or db_password_file,
    so it never has to be written into a URL in a config file."""
    if os.environ.get("RETURNDESK_DB_PASSWORD"):
        return os.environ["RETURNDESK_DB_PASSWORD"]
    if settings.db_password_file:
        return config.read_secret(settings.db_password_file)
    return None


def is_embedded(settings: Settings) -> bool:
    return not settings.db_url


def open_database(settings: Settings) -> Database:
    """The station's database: the embedded one's folder is made when
    missing (a configured one's must exist), and an embedded file is checked
    for damage before anyone works on it."""
    db = Database.connect(settings.resolved_db_url(), db_password(settings), create_folder=is_embedded(settings))
    quick_check(db.engine)
    if db.backend == "sqlite" and db.engine.url.database:
        for suffix in ("", "-wal", "-shm"):
            config.share_with_group(Path(db.engine.url.database + suffix), settings)
    from desktop.services import audit

    audit.use_key(db.engine, config.pepper(settings))
    return db


def build_context(settings: Settings, db: Database | None = None, migrate: bool | None = None) -> Context:
    """Connect, bring the embedded database to the newest schema (a shared
    one is only checked: IT migrates it, see docs/deploying.md), and wire the
    services' dependencies."""
    db = db or open_database(settings)
    if migrate is None:
        migrate = is_embedded(settings)
    if migrate:
        schema.upgrade(db.engine)
    else:
        schema.check(db.engine)
    ctx = _wired(settings, db)
    from desktop.services import audit

    audit.key_chains(ctx)  # a database from before the audit chains were keyed gets its keyed entry, once
    return ctx


def _wired(settings: Settings, db: Database) -> Context:
    """The services' dependencies around a database, nothing asked of it yet."""
    from desktop.services import pos_barcodes

    pos = config.load_pos_config()
    try:
        layouts = pos_barcodes.layouts(pos.barcodes)
    except pos_barcodes.LayoutError as error:
        raise config.ConfigError(f"{pos.source}: {error}") from None
    return Context(
        db=db,
        pepper=config.pepper(settings),
        counter=RegisterCounter(config.data_dir() / "counters.sqlite3"),
        store_code=settings.store,
        register_code=settings.register,
        pos=pos,
        layouts=layouts,
        settings=settings,
        hq=Database.connect(settings.hq_db_url) if settings.hq_db_url else None,  # connects when first asked
    )


def start_offline(settings: Settings, error: BaseException) -> OfflineRegister | None:
    """A register that starts while its shared database cannot be reached:
    its own copy, when one was made whole while the database answered (the
    window then opens OFFLINE on it); None otherwise (the window says why it
    cannot start)."""
    from desktop.services.explain import is_offline
    from desktop.services.offline import OfflineRegister

    if is_embedded(settings) or not is_offline(error):
        return None
    db = Database.connect(settings.resolved_db_url(), db_password(settings))
    register = OfflineRegister(_wired(settings, db))
    register.cut_off()
    if not register.path.exists() or not register.ready:
        register.close()
        db.dispose()
        return None
    from desktop.services import audit

    audit.use_key(db.engine, config.pepper(settings))
    return register
