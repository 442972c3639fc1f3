"""A restore that cannot destroy: checked in a staging copy first, the live
database saved, swapped in atomically, audited; a refused restore leaves the
live database byte for byte as it was and nothing behind."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from desktop.db import schema
from desktop.db.engine import Database
from desktop.services import audit, maintenance


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def files(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


@pytest.fixture
def live(tmp_path: Path) -> Database:
    db = Database.connect(f"sqlite:///{tmp_path / 'live.sqlite3'}")
    audit.use_key(db.engine, b"this site's pepper")
    schema.upgrade(db.engine)
    with db.engine.begin() as connection:
        connection.exec_driver_sql("INSERT INTO chains (code, name) VALUES ('HP', 'Harbor & Pine')")
        connection.exec_driver_sql("INSERT INTO stores (chain_id, code, name, currency, timezone, locale, address, "
                                   "phone, tax_id, receipt_header, receipt_footer) VALUES (1, '0001', 'Main', 'USD', "
                                   "'UTC', 'en_US', '', '', '', '', '')")
    yield db
    db.dispose()


def test_a_backup_is_whole_private_and_restores_with_the_live_copy_kept(live: Database, tmp_path: Path) -> None:
    copy = tmp_path / "copy.sqlite3"
    maintenance.backup(live, copy)
    assert copy.stat().st_mode & 0o777 == 0o600
    assert not (tmp_path / "copy.sqlite3.part").exists()
    with live.engine.begin() as connection:  # a change after the backup
        connection.exec_driver_sql("UPDATE stores SET name = 'Changed'")
    done = maintenance.restore(live, copy, tmp_path / "kept")
    assert done.now_at == schema.head() and done.kept.exists()
    with sqlite3.connect(tmp_path / "live.sqlite3") as db:
        assert db.execute("SELECT name FROM stores").fetchone()[0] == "Main"
        assert db.execute("SELECT action FROM audit_log ORDER BY id DESC").fetchone()[0] == "db.restored"
    with sqlite3.connect(done.kept) as before:
        assert before.execute("SELECT name FROM stores").fetchone()[0] == "Changed"
    assert not any(name.endswith((".restoring", ".part", "-journal")) for name in files(tmp_path))


@pytest.mark.parametrize("spoil", ["newer", "junk", "audit", "missing"])
def test_a_refused_restore_leaves_the_live_database_byte_for_byte(live: Database, tmp_path: Path,
                                                                  spoil: str) -> None:
    copy = tmp_path / "copy.sqlite3"
    maintenance.backup(live, copy)
    if spoil == "newer":
        with sqlite3.connect(copy) as db:
            db.execute("UPDATE alembic_version SET version_num = 'f00dfacecafe'")
    elif spoil == "junk":
        copy.write_bytes(b"not a database at all" * 100)
    elif spoil == "audit":
        with sqlite3.connect(copy) as db:
            db.execute("INSERT INTO audit_heads (store_id, seq, hash) VALUES (1, 5, 'ab')")
    else:
        copy.unlink()
    live.dispose()
    before, listing = digest(tmp_path / "live.sqlite3"), files(tmp_path)
    with pytest.raises(ValueError, match={"newer": "newer ReturnDesk", "junk": "not a ReturnDesk database",
                                          "audit": "audit log is broken", "missing": "no such file"}[spoil]):
        maintenance.restore(live, copy, tmp_path / "kept")
    live.dispose()
    assert digest(tmp_path / "live.sqlite3") == before
    assert files(tmp_path) == listing  # no staging copy, no -wal or -shm, no kept copy left behind


def test_a_backup_into_a_missing_folder_says_so(live: Database, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="is not a folder"):
        maintenance.backup(live, tmp_path / "nowhere" / "copy.sqlite3")
