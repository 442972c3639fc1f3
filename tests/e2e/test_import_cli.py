"""`returndesk import sales` and `receipt show --pos` as IT and other
programs run them: real processes on real databases, the contract's summary
and exit codes, and an import killed half way that finishes when run again."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import create_engine, func, select

from bench.pos_export import write
from desktop.models import Sale
from tests.e2e.test_cli import one_clear_line, run
from tests.imports.poslog import poslog, retail, sale, tender, transaction
from tests.integration.test_imports import DAY, WHEN

GOOD = transaction(retail(sale(1, "MUG", "5.00", tax="0.41"), tender(2, "Cash", "10.00", change="4.59"),
                          grand="5.41"), sequence="1", day=DAY, when=WHEN)
BAD = transaction(retail(sale(1, "MUG", "5.00"), tender(2, "Cash", "4.00"), grand="5.00"), sequence="2", day=DAY,
                  when=WHEN)


def imported_count(url: str) -> tuple[int, int]:
    """Imported sales, and their distinct POS references."""
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return (connection.scalar(select(func.count()).select_from(Sale).where(Sale.source != "returndesk")),
                    connection.scalar(select(func.count(func.distinct(Sale.pos_key)))))
    finally:
        engine.dispose()


def test_summary_exit_codes_and_rejects_file(cli_env: dict[str, str], tmp_path: Path) -> None:
    tmp_path = tmp_path / "exports"  # the POS's export folder (the test's database is beside it)
    tmp_path.mkdir()
    export = tmp_path / "day.xml"
    export.write_text(poslog(GOOD, BAD))
    done = run("import", "sales", str(export), "--quiet", env=cli_env)
    assert done.returncode == 6, done.stderr
    summary = json.loads(done.stdout)
    assert {k: summary[k] for k in ("read", "imported", "duplicates", "skipped", "rejected")} == {
        "read": 2, "imported": 1, "duplicates": 0, "skipped": 0, "rejected": 1}
    rejects = [json.loads(line) for line in Path(summary["rejects_file"]).read_text().splitlines()]
    assert rejects == [{"file": "day.xml", "position": 2, "pos_ref": f"1/31/2/{DAY}",
                        "reason": rejects[0]["reason"]}] and "does not reconcile" in rejects[0]["reason"]
    again = run("import", "sales", str(tmp_path), "--format", "poslog", env=cli_env)  # the folder: its rejects skipped
    assert again.returncode == 6 and json.loads(again.stdout)["duplicates"] == 1
    clean = tmp_path / "clean"
    clean.mkdir()
    (clean / "day.xml").write_text(poslog(GOOD))
    assert run("import", "sales", str(clean), env=cli_env).returncode == 0
    unreadable = tmp_path / "cut.xml"
    unreadable.write_text(poslog(GOOD)[:-20])
    cut = run("import", "sales", str(unreadable), env=cli_env)
    assert cut.returncode == 2 and cut.stdout == "" and "cut short" in one_clear_line(cut)
    assert run("import", "sales", str(tmp_path / "missing.xml"), env=cli_env).returncode == 2


def test_receipt_show_by_pos_reference_is_the_barcode_s_json_plus_pos_ref(cli_env: dict[str, str],
                                                                         tmp_path: Path) -> None:
    export = tmp_path / "day.xml"
    export.write_text(poslog(GOOD))
    assert run("import", "sales", str(export), env=cli_env).returncode == 0
    by_ref = run("receipt", "show", "--pos", f"0001/31/0001/{DAY}", env=cli_env)  # zero-padded: the same sale
    assert by_ref.returncode == 0, by_ref.stderr
    shown = json.loads(by_ref.stdout)
    assert shown["pos_ref"] == f"1/31/1/{DAY}"
    by_code = json.loads(run("receipt", "show", shown["receipt_id"], env=cli_env).stdout)
    assert by_code == shown
    # It can be fed to `policy evaluate` unchanged.
    case = tmp_path / "case.json"
    case.write_text(json.dumps({"today": DAY, "store_id": "0001", "receipt": shown,
                                "items": [{"line": 1, "qty": 1, "condition": "new"}]}))
    policy = Path(__file__).parents[2] / "resources" / "policies" / "default.toml"
    decided = run("policy", "evaluate", "--policy", str(policy), str(case), env=cli_env)
    assert decided.returncode == 0 and json.loads(decided.stdout)["refund_total"] == "5.41"
    missing = run("receipt", "show", "--pos", f"1/31/999/{DAY}", env=cli_env)
    assert missing.returncode == 2 and "no sale with POS reference" in one_clear_line(missing)
    malformed = run("receipt", "show", "--pos", "1/31/999", env=cli_env)
    assert malformed.returncode == 2 and "STORE/REGISTER/TRANSACTION/YYYY-MM-DD" in one_clear_line(malformed)


def test_an_import_killed_half_way_finishes_without_duplicates_or_gaps(cli_env: dict[str, str], tmp_path: Path,
                                                                       seeded_url: str) -> None:
    export = write("jsonl", 6000, tmp_path / "big.jsonl", DAY)
    process = subprocess.Popen([sys.executable, "-m", "desktop", "import", "sales", str(export), "--quiet"],
                               env=cli_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while imported_count(seeded_url)[0] < 800 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert process.poll() is None, "the import finished before it could be killed: make the file bigger"
    os.kill(process.pid, signal.SIGKILL)
    process.communicate(timeout=10)  # reaped, its pipes closed
    partial, _ = imported_count(seeded_url)
    assert 0 < partial < 6000
    rerun = run("import", "sales", str(export), "--quiet", env=cli_env)
    assert rerun.returncode == 0, rerun.stderr
    summary = json.loads(rerun.stdout)
    assert summary["imported"] + summary["duplicates"] == 6000 and summary["duplicates"] >= partial
    assert imported_count(seeded_url)[0] == 6000  # every sale once (the POS reference is unique): no gap


def test_watch_takes_complete_files_only_and_sorts_them_into_done_and_failed(cli_env: dict[str, str],
                                                                             tmp_path: Path,
                                                                             seeded_url: str) -> None:
    folder = tmp_path / "pos"
    folder.mkdir()
    process = subprocess.Popen([sys.executable, "-m", "desktop", "import", "watch", str(folder), "--settle", "0.6",
                                "--every", "0.2"], env=cli_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True)
    try:
        document = poslog(GOOD)
        growing = folder / "a-growing.xml"
        growing.write_text(document[:len(document) // 2])  # the POS is still writing it
        (folder / "b-renamed.xml.tmp").write_text(poslog(GOOD.replace("<SequenceNumber>1<", "<SequenceNumber>3<")))
        (folder / "c-bad.xml").write_text("<POSLog><Transaction>")
        time.sleep(2.0)
        assert growing.exists() and imported_count(seeded_url)[0] == 0  # half a file: left alone
        growing.write_text(document)
        (folder / "b-renamed.xml.tmp").rename(folder / "b-renamed.xml")
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not ((folder / "done" / "a-growing.xml").exists()
                                                   and (folder / "done" / "b-renamed.xml").exists()):
            time.sleep(0.2)
        assert (folder / "done" / "a-growing.xml").exists() and (folder / "done" / "b-renamed.xml").exists()
        assert imported_count(seeded_url)[0] == 2  # at every counter of this database, at once
    finally:
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    reports = [json.loads(line) for line in out.splitlines()]
    assert {r["file"]: r["moved_to"] for r in reports} == {"a-growing.xml": "done", "b-renamed.xml": "done"}
    # The broken file ends too soon: it waits for the POS to finish it (failed only when stale, 2 minutes).
    once = run("import", "watch", str(folder), "--once", "--settle", "0", env=cli_env)
    assert once.returncode == 0, once.stderr
    assert (folder / "c-bad.xml").exists() and not (folder / "failed" / "c-bad.xml").exists()


def test_watch_once_fails_a_stale_broken_file_with_its_reason(cli_env: dict[str, str], tmp_path: Path) -> None:
    folder = tmp_path / "pos"
    folder.mkdir()
    broken = folder / "broken.xml"
    broken.write_text('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "a">]><POSLog>&a;</POSLog>')
    rejected = folder / "some-rejected.xml"
    rejected.write_text(poslog(GOOD, BAD))
    old = time.time() - 600
    for path in (broken, rejected):
        os.utime(path, (old, old))
    once = run("import", "watch", str(folder), "--once", env=cli_env)
    assert once.returncode == 0, once.stderr
    assert (folder / "failed" / "broken.xml").exists()
    assert "DTD or entities" in (folder / "failed" / "broken.xml.error.txt").read_text()
    assert (folder / "done" / "some-rejected.xml").exists()
    rejects = (folder / "done" / "some-rejected.xml.rejects.jsonl").read_text()
    assert "does not reconcile" in rejects and not list(folder.glob(".*"))
