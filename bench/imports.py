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


# The import is started by a small launcher that reports its peak memory: a process forked straight from
# this one would count this one's memory (the suites run before it) as its own until it execs.
LAUNCHER = ("import os, subprocess, sys; child = subprocess.Popen(sys.argv[2:]); "
            "_, status, usage = os.wait4(child.pid, 0); open(sys.argv[1], 'w').write(str(usage.ru_maxrss)); "
            "sys.exit(os.waitstatus_to_exitcode(status))")


def run(copy: WorkingCopy, path: Path) -> dict[str, float]:
    """One import: its summary, seconds, sales per second and peak RSS (MB)."""
    env = {**os.environ, "RETURNDESK_DB_URL": copy.url}
    peak_file = CACHE / f"import-peak-{os.getpid()}.txt"
    started = time.perf_counter()
    process = subprocess.run([sys.executable, "-c", LAUNCHER, str(peak_file),
                              sys.executable, "-m", "desktop", "import", "sales", str(path), "--quiet"],
                             cwd=ROOT, env=env, capture_output=True)
    seconds = time.perf_counter() - started
    if process.returncode != 0:
        raise RuntimeError(f"import failed: {process.stderr.decode()}")
    summary = json.loads(process.stdout)
    peak_kb = int(peak_file.read_text())
    peak_file.unlink()
    return {"imported": summary["imported"], "seconds": round(seconds, 1),
            "sales_per_second": round(summary["imported"] / seconds), "peak_mb": round(peak_kb / 1024)}
