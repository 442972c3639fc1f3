"""The composition root: settings in, a ready service Context out.

The command line and the desktop app both start here; nothing else builds
an engine or reads the pepper.
"""

from __future__ import annotations

import os
from pathlib import Path

from desktop import config
from desktop.config import Settings
from desktop.db import schema
from desktop.db.engine import Database, quick_check
from desktop.db.numbering import RegisterCounter
from desktop.services.context import Context


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
    from desktop.services import pos_barcodes

    pos = config.load_pos_config()
    try:
        layouts = pos_barcodes.layouts(pos.barcodes)
    except pos_barcodes.LayoutError as error:
        raise config.ConfigError(f"{pos.source}: {error}") from None
    ctx = Context(
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
    from desktop.services import audit

    audit.key_chains(ctx)  # a database from before the audit chains were keyed gets its keyed entry, once
    return ctx
