"""Files a store PC keeps: private to their owner, never created where
nobody asked, checked for damage when opened, and a full disk named as such
with nothing half-written."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import threading
from pathlib import Path

import pytest

from tests.e2e.test_cli import one_clear_line, run


def env_for(tmp_path: Path, url: str) -> dict[str, str]:
    return {**os.environ, "RETURNDESK_DB_URL": url, "RETURNDESK_DATA_DIR": str(tmp_path / "data")}


def test_a_database_url_into_a_missing_folder_is_refused_not_created(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'typo' / 'returndesk.sqlite3'}"
    done = run("db", "upgrade", env=env_for(tmp_path, url))
    assert done.returncode == 5 and "does not exist" in one_clear_line(done)
    assert not (tmp_path / "typo").exists()


def test_the_database_and_the_log_are_their_owners_only(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'returndesk.sqlite3'}"
    env = env_for(tmp_path, url)
    assert run("db", "upgrade", env=env).returncode == 0
    assert run("demo", "seed", "--receipts", "5", env=env).returncode == 0
    for name in ("returndesk.sqlite3", "returndesk.sqlite3-wal", "returndesk.sqlite3-shm"):
        path = tmp_path / name
        if path.exists():
            assert path.stat().st_mode & 0o077 == 0, name
    embedded = {**os.environ, "RETURNDESK_DATA_DIR": str(tmp_path / "embedded")}
    assert run("db", "upgrade", env=embedded).returncode == 0  # the embedded database: its folder is made
    made = list((tmp_path / "embedded").glob("*.sqlite3"))
    assert made and all(path.stat().st_mode & 0o077 == 0 for path in made)


def test_a_damaged_database_file_is_named_with_the_way_out(tmp_path: Path) -> None:
    path = tmp_path / "returndesk.sqlite3"
    url = f"sqlite:///{path}"
    env = env_for(tmp_path, url)
    assert run("db", "upgrade", env=env).returncode == 0
    assert run("demo", "seed", "--receipts", "30", env=env).returncode == 0
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = db.execute("PRAGMA page_size").fetchone()[0]
        root = db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'sale_lines'").fetchone()[0]
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    data[start:start + 64] = b"\xde\xad\xbe\xef" * 16  # the table's root page header, overwritten
    path.write_bytes(bytes(data))
    done = run("receipt", "find", "--customer", "C42", env=env)
    assert done.returncode == 5
    line = one_clear_line(done)
    assert "is damaged" in line and "db restore" in line


def _mount_small_disk(folder: Path, size: str) -> None:
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(folder)],
                             capture_output=True, text=True)
    if mounted.returncode != 0:
        if os.environ.get("CI") == "true" and os.geteuid() == 0:
            pytest.fail(f"could not mount a small disk for the test: {mounted.stderr}")
        pytest.skip(f"mounting a small tmpfs needs root: {mounted.stderr.strip()}")


def test_a_full_disk_is_named_and_the_return_is_not_half_written(tmp_path: Path) -> None:
    disk = tmp_path / "small"
    _mount_small_disk(disk, "6m")
    try:
        path = disk / "returndesk.sqlite3"
        env = env_for(tmp_path, f"sqlite:///{path}")
        assert run("db", "upgrade", env=env).returncode == 0
        seeded = run("demo", "seed", "--receipts", "20", env=env)
        assert seeded.returncode == 0, seeded.stderr
        receipt = json.loads(seeded.stdout)["sample_receipts"]
        code = receipt["coupon"] if isinstance(receipt, dict) else receipt[0]
        with sqlite3.connect(path) as db:
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            before = db.execute("SELECT count(*) FROM returns").fetchone()[0]
        filler = disk / "filler"
        with filler.open("wb", buffering=0) as handle:  # the disk fills up (a log gone wild, a big export)
            try:
                while True:  # unbuffered: nothing left to write when the file closes on a full disk
                    handle.write(b"\0" * 65536)
            except OSError:
                pass
        request = tmp_path / "request.json"
        request.write_text(json.dumps({"receipt": code, "items": [{"line": 1, "qty": 1}], "idempotency_key": "full",
                                       "staff": {"id": "1001", "pin": "2468"}}))
        done = run("returns", "process", str(request), env=env)
        assert done.returncode == 5, done.stderr
        assert "is full" in one_clear_line(done) and not done.stdout
        filler.unlink()
        with sqlite3.connect(path) as db:
            assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert db.execute("SELECT count(*) FROM returns").fetchone()[0] == before  # nothing half-written
        again = run("returns", "process", str(request), env=env)  # room again: the same request is decided
        assert again.returncode in (0, 3, 4), again.stderr
        assert json.loads(again.stdout)["status"] in ("completed", "needs_override", "denied")
    finally:
        subprocess.run(["umount", "-l", str(disk)], capture_output=True)
        shutil.rmtree(disk, ignore_errors=True)


def test_a_configured_group_may_read_the_database_and_its_backups(tmp_path: Path) -> None:
    import grp

    group = grp.getgrgid(os.getgid()).gr_name
    url = f"sqlite:///{tmp_path / 'returndesk.sqlite3'}"
    env = {**env_for(tmp_path, url), "RETURNDESK_FILE_GROUP": group}
    assert run("db", "upgrade", env=env).returncode == 0
    assert run("db", "backup", str(tmp_path / "copy.sqlite3"), env=env).returncode == 0
    for name in ("returndesk.sqlite3", "copy.sqlite3"):
        assert (tmp_path / name).stat().st_mode & 0o777 == 0o640, name
    unknown = run("db", "current", env={**env, "RETURNDESK_FILE_GROUP": "no-such-group-here"})
    assert unknown.returncode == 2 and "no such group" in one_clear_line(unknown)


def test_the_selftest_fails_when_the_stations_database_cannot_be_reached(tmp_path: Path) -> None:
    env = {**os.environ, "RETURNDESK_DB_URL": "postgresql+psycopg://nobody@127.0.0.1:1/returndesk",
           "RETURNDESK_DATA_DIR": str(tmp_path / "data")}
    done = run("--selftest", env=env)
    assert done.returncode == 1
    assert "FAILED at station database" in done.stderr and "cannot reach" in done.stderr
    assert "all passed" not in done.stdout


def test_a_large_database_is_glanced_at_on_opening_and_read_whole_after(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """A store's years of sales took 4 s to check at every start: a large file
    has its header, size and schema checked when opened, and is read whole
    afterwards (the window does it in the background); a cut-off file is
    caught by the glance."""
    from sqlalchemy import create_engine

    from desktop.db import engine as engines
    from desktop.db.errors import DatabaseUnavailable
    from desktop.services import maintenance

    path = tmp_path / "big.sqlite3"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE sales (id INTEGER PRIMARY KEY, note TEXT)")
        db.executemany("INSERT INTO sales (note) VALUES (?)", [("x" * 200,) for _ in range(2000)])
        page_size = db.execute("PRAGMA page_size").fetchone()[0]
        pages = db.execute("PRAGMA page_count").fetchone()[0]
    data = bytearray(path.read_bytes())
    middle = (pages // 2) * page_size
    data[middle:middle + 64] = b"\xde\xad\xbe\xef" * 16  # a page of the table, in the middle of the file
    path.write_bytes(bytes(data))
    engine = create_engine(f"sqlite:///{path}")
    monkeypatch.setattr(engines, "QUICK_CHECK_MAX_BYTES", 1024)  # "large" for this test
    engines.quick_check(engine)  # the glance: header, size, schema all fine

    class Ctx:
        class db:  # noqa: N801 - the shape of Context.db the function reads
            backend = "sqlite"

    Ctx.db.engine = engine  # type: ignore[attr-defined]
    with pytest.raises(DatabaseUnavailable, match="is damaged"):
        maintenance.check_integrity(Ctx)  # type: ignore[arg-type]

    class Closing(threading.Event):
        """The window closing before the check reached the damaged page: the
        check ends when asked (quitting had waited 8 s for a 550 MB file)."""

        asked = 0

        def is_set(self) -> bool:
            Closing.asked += 1
            return True

    maintenance.check_integrity(Ctx, Closing())  # type: ignore[arg-type]  # stopped: not read to the damage
    assert Closing.asked >= 1
    path.write_bytes(bytes(data[: len(data) // 2]))  # cut off by a failed copy
    with pytest.raises(DatabaseUnavailable, match="pages of"):
        engines.quick_check(engine)
    engine.dispose()
