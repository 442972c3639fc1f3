"""The live feed: `returndesk import watch DIR` picks up the POS's export
files as the POS writes them, so a sale can be returned minutes after it
was rung up, at every counter sharing the database.

A file is taken only once it is complete: its size and time unchanged for
``settle`` seconds, not named as a file still being written (``*.tmp``,
``*.part``, ``*.partial``, hidden), and, for POSLog, whole (its root element
closed). Then it is imported and moved:

- ``done/``: imported; its rejects file (records refused, with reasons)
  beside it when some were;
- ``failed/``: it could not be read at all (nothing of it imported), with
  ``FILE.error.txt`` saying why.

A database that cannot be reached leaves the file where it is, to be tried
again at the next look. Runs until stopped (SIGTERM, Ctrl+C) after the file
in hand; ``--once`` looks once and returns (a scheduled task).
"""

from __future__ import annotations

import json
import logging
import shutil
import signal
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from desktop.config import PosConfig
from desktop.db.errors import DatabaseError, is_disconnect, is_retryable
from desktop.services.context import Context
from desktop.services.imports import REJECTS_SUFFIX, ImportSummary, InputUnreadable, import_sales

log = logging.getLogger("returndesk.import")
PARTIAL = (".tmp", ".part", ".partial", ".crdownload", ".filepart")
ERROR_SUFFIX = ".error.txt"


@dataclass
class Watcher:
    ctx: Context
    folder: Path
    config: PosConfig
    settle: float = 5.0  # seconds a file must stay unchanged
    stale: float = 120.0  # a POSLog file cut short: given this long to be finished before it fails
    every: float = 2.0  # seconds between looks
    report: Callable[[dict[str, object]], None] = lambda summary: None
    stop: threading.Event = field(default_factory=threading.Event)

    @property
    def done(self) -> Path:
        return self.folder / "done"

    @property
    def failed(self) -> Path:
        return self.folder / "failed"

    # ---- Public API

    def run(self, once: bool = False) -> None:
        for sub in (self.done, self.failed):
            sub.mkdir(parents=True, exist_ok=True)
        while not self.stop.is_set():
            self.look()
            if once:
                return
            self.stop.wait(self.every)

    def stop_on_signals(self) -> None:
        def handler(_signum: int, _frame: object) -> None:
            log.info("stopping after the file in hand")
            self.stop.set()

        for name in ("SIGTERM", "SIGINT"):
            if hasattr(signal, name):
                signal.signal(getattr(signal, name), handler)

    def look(self) -> list[Path]:
        """One look at the folder: every complete file imported and moved.
        Complete: untouched for ``settle`` seconds (its modification time, so a
        restarted watcher or a scheduled task judges the same)."""
        taken = []
        for path in sorted(self.folder.iterdir()):
            if self.stop.is_set():
                break
            if not self._candidate(path):
                continue
            age = time.time() - path.stat().st_mtime
            if age < self.settle:
                continue
            if self._take(path, age):
                taken.append(path)
        return taken

    # ---- One file

    @staticmethod
    def _candidate(path: Path) -> bool:
        name = path.name.lower()
        return (path.is_file() and not name.startswith(".") and not name.endswith(PARTIAL)
                and not name.endswith(REJECTS_SUFFIX) and not name.endswith(ERROR_SUFFIX))

    def _take(self, path: Path, unchanged_for: float) -> bool:
        """Import one settled file; False when it must wait (the database is
        away, or a POSLog file that ends too soon may still be written)."""
        rejects = self.folder / f".{path.name}{REJECTS_SUFFIX}"
        try:
            summary = import_sales(self.ctx, [path], self.config, rejects=rejects)
        except InputUnreadable as error:
            if error.truncated and unchanged_for < self.stale:
                return False
            self._move(path, self.failed)
            (self.failed / f"{path.name}{ERROR_SUFFIX}").write_text(f"{error}\n", encoding="utf-8")
            log.warning("%s: not imported: %s", path.name, error)
            self.report({"file": path.name, "moved_to": "failed", "error": str(error)})
            return True
        except (DatabaseError, DBAPIError) as error:
            if isinstance(error, DBAPIError) and not (is_disconnect(error) or is_retryable(error)):
                raise
            log.warning("%s: waits: the database is unreachable or busy (%s)", path.name, error)
            return False
        moved = self._move(path, self.done)
        if summary.rejects_file is not None:
            shutil.move(str(summary.rejects_file), str(moved.with_name(moved.name + REJECTS_SUFFIX)))
        self.report(self._summary(path, summary))
        return True

    def _summary(self, path: Path, summary: ImportSummary) -> dict[str, object]:
        body = summary.to_json()
        if summary.rejects_file is not None:
            body["rejects_file"] = str(self.done / f"{path.name}{REJECTS_SUFFIX}")
        return {"file": path.name, "moved_to": "done", **{k: v for k, v in body.items() if k != "files"}}

    @staticmethod
    def _move(path: Path, folder: Path) -> Path:
        target = folder / path.name
        if target.exists():  # the same name exported again: keep both
            target = folder / f"{path.stem}-{time.strftime('%Y%m%dT%H%M%S')}{path.suffix}"
        shutil.move(str(path), str(target))
        return target


def report_json(summary: dict[str, object]) -> None:
    print(json.dumps(summary, ensure_ascii=False), flush=True)
