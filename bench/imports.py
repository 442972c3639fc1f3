"""Importing a POS's sales: a POSLog file of N sales imported by the real
command (`python -m desktop import sales`) into a working copy of the seeded
database. Sales per second over the whole run (start-up, both passes over
the file, every batch committed), and the peak memory of the process and
its workers, for two file sizes: memory must not grow with the file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from bench.databases import CACHE, WorkingCopy
from bench.pos_export import write

ROOT = Path(__file__).resolve().parents[1]


def export(kind: str, count: int, day: str) -> Path:
    """The export file, written once and kept in the cache."""
    path = CACHE / f"export-{kind}-{count}-{day}.{'xml' if kind == 'poslog' else 'jsonl'}"
    if not path.exists():
        partial = path.with_suffix(".partial")
        write(kind, count, partial, day)
        partial.rename(path)
    return path


def run(copy: WorkingCopy, path: Path) -> dict[str, float]:
    """One import: its summary, seconds, sales per second and peak RSS (MB)."""
    env = {**os.environ, "RETURNDESK_DB_URL": copy.url}
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "desktop", "import", "sales", str(path), "--quiet"], cwd=ROOT,
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out = process.stdout.read() if process.stdout else b""
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"import failed: {process.stderr.read().decode() if process.stderr else ''}")
    summary = json.loads(out)
    return {"imported": summary["imported"], "seconds": round(seconds, 1),
            "sales_per_second": round(summary["imported"] / seconds), "peak_mb": round(usage.ru_maxrss / 1024)}
