"""Four counters taking returns while their PostgreSQL server is cut off,
stopped and started again, and one of them killed while it syncs: in the
end every return a counter completed is in the shared database exactly
once, no register refunded more offline than it was granted, every line
taken back beyond what was sold is flagged, and the audit log verifies.

The server is a cluster of its own (tests/pg_clusters.py), so stopping it
touches no other test."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.db.engine import Database
from desktop.db.numbering import RegisterCounter
from desktop.models import OfflineAllowance, OfflineConflict, Return, ReturnLine, Sale, SaleLine, Store
from desktop.services import audit
from desktop.services.context import Context
from desktop.services.offline import OfflineRegister
from tests.conftest import PEPPER, install_policy
from tests.pg_clusters import Cluster, need_clusters

pytestmark = pytest.mark.postgres
ROOT = Path(__file__).resolve().parents[2]
REGISTERS = ("01", "02", "03", "04")
SECONDS = 22.0
POLICY = """
[offline]
tenders = ["store_credit", "cash"]
register_budget = "300.00"
store_budget = "1000.00"
"""


@pytest.fixture
def cluster():  # type: ignore[no-untyped-def]
    need_clusters()
    made = Cluster.create()
    yield made
    made.drop()


def _run(args: list[str], env: dict[str, str]) -> str:
    done = subprocess.run([sys.executable, "-m", "desktop", *args], env=env, capture_output=True, text=True,
                          timeout=300, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _counter(url: str, register: str, seconds: float, folder: Path, receipts: Path,
             env: dict[str, str]) -> subprocess.Popen[bytes]:
    with (folder.parent / f"{folder.name}.err").open("ab") as errors:  # the child keeps its own copy of the file
        return subprocess.Popen([sys.executable, "-m", "tests.chaos_counter", url, register, str(seconds),
                                 str(folder), str(receipts)], env=env, cwd=ROOT, stderr=errors)


def _cut_connections(cluster: Cluster, seconds: float) -> int:
    """pg_terminate_backend on the counters' busy connections, again and again:
    a connection cut mid-statement, mid-commit."""
    cut, until = 0, time.monotonic() + seconds
    while time.monotonic() < until:
        rows = cluster.sql("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = "
                           "'returndesk' AND state <> 'idle' AND pid <> pg_backend_pid()", "chaos")
        cut += int(rows[0][0])  # type: ignore[call-overload]
        time.sleep(0.05)
    return cut


def test_four_counters_through_a_server_cut_stopped_and_restarted(cluster: Cluster, tmp_path: Path) -> None:
    cluster.sql("CREATE DATABASE chaos")
    url = cluster.url("chaos")
    env = {**os.environ, "RETURNDESK_DB_URL": url, "RETURNDESK_DATA_DIR": str(tmp_path / "data"),
           "PYTHONPATH": str(ROOT)}
    _run(["db", "upgrade"], env)
    _run(["demo", "seed", "--receipts", "240", "--no-history"], env)
    ctx = Context(db=Database.connect(url), pepper=PEPPER, counter=RegisterCounter(tmp_path / "counters.sqlite3"),
                  store_code="0001", register_code="01")
    try:
        install_policy(ctx, tmp_path, POLICY)
        with ctx.uow() as uow:  # the store's recent sales: few enough that registers meet on the same lines
            receipts = list(uow.session.scalars(select(Sale.doc_id).join(Store).where(Store.code == "0001")
                                                .order_by(Sale.purchased_at.desc()).limit(90)))
        (tmp_path / "receipts.json").write_text(json.dumps(receipts))
        folders = {register: tmp_path / f"counter-{register}" for register in REGISTERS}
        counters = {register: _counter(url, register, SECONDS, folders[register], tmp_path / "receipts.json", env)
                    for register in REGISTERS}
        try:
            time.sleep(4)
            cut = _cut_connections(cluster, 3)
            time.sleep(1)
            cluster.stop()  # the server goes down hard, mid-transaction
            time.sleep(5)
            cluster.start()
            time.sleep(0.4)  # register 04 is syncing what it took offline: it dies
            counters["04"].send_signal(signal.SIGKILL)
            counters["04"].wait()
            counters["04"] = _counter(url, "04", 6, folders["04"], tmp_path / "receipts.json", env)
            for register, process in counters.items():
                assert process.wait(timeout=120) == 0, (folders[register].parent / f"{folders[register].name}.err"
                                                        ).read_text()
        finally:
            for process in counters.values():
                if process.poll() is None:
                    process.kill()
        # Whatever is still waiting goes now, as the next refresh would send it.
        for register in REGISTERS:
            registers_ctx = Context(db=ctx.db, pepper=PEPPER, counter=RegisterCounter(folders[register] /
                                                                                      "counters.sqlite3"),
                                    store_code="0001", register_code=register)
            left = OfflineRegister(registers_ctx, folders[register] / "copy.sqlite3")
            left.sync()
            assert left.waiting() == 0
            left.local.db.dispose()

        completed = [json.loads(line) for register in REGISTERS
                     for line in (folders[register] / "completed.jsonl").read_text().splitlines()]
        offline = [c for c in completed if c["offline"]]
        assert cut > 0 and len(offline) >= 4, (cut, len(completed), len(offline))
        keys = Counter(c["key"] for c in completed)
        assert max(keys.values()) == 1  # each key completed once at its counter
        with ctx.uow() as uow:
            session = uow.session
            stored = Counter(session.scalars(select(Return.idempotency_key)))
            missing = [key for key in keys if stored[key] != 1]
            assert not missing, missing  # every completed return is there, exactly once
            doc_ids = {c["return_id"] for c in completed}
            assert doc_ids <= set(session.scalars(select(Return.doc_id)))
            # Never more refunded offline than granted, register by register.
            for allowance in session.scalars(select(OfflineAllowance)):
                assert (allowance.spent_cents or 0) <= allowance.granted_cents
            granted = session.scalar(select(func.max(OfflineAllowance.granted_cents))) or 0
            assert granted <= 30000
            # A line taken back beyond what was sold: its running total stops at what was sold, and it is flagged.
            returned = dict(session.execute(select(ReturnLine.sale_line_id, func.sum(ReturnLine.qty)).where(
                ReturnLine.sale_line_id.is_not(None)).group_by(ReturnLine.sale_line_id)).all())
            flagged = set(session.scalars(select(OfflineConflict.sale_line_id)))
            for line in session.scalars(select(SaleLine).where(SaleLine.id.in_(list(returned)))):
                assert line.returned_qty <= line.qty
                if returned[line.id] > line.qty:
                    assert line.id in flagged, f"sale line {line.id}: {returned[line.id]} returned of {line.qty}"
            conflicts = 0
            for conflict in session.scalars(select(OfflineConflict)):  # each names the other return(s) it met
                assert conflict.others and conflict.over > 0, (conflict.id, conflict.others)
                conflicts += 1
        verification = audit.verify_everything(ctx)
        assert verification.ok, (verification.chains, verification.problems[:5])
        events = Counter(json.loads(line)["event"] for register in REGISTERS
                         for line in (folders[register] / "events.jsonl").read_text().splitlines())
        print(f"chaos: {len(completed)} returns, {len(offline)} offline, {cut} connections cut, {conflicts} conflicts, "
              f"events {dict(events)}")
    finally:  # a failed check must not leave its connections to be collected in a later test
        ctx.db.dispose()
