"""What an import reports: the counts of its summary, and the rejects file
(one JSON line per rejected record, card numbers scrubbed)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from desktop.services.imports.raw import PosRef, scrub


@dataclass
class Counts:
    read: int = 0
    imported: int = 0
    duplicates: int = 0
    skipped: int = 0
    rejected: int = 0
    voided: int = 0  # sales marked not returnable by a post-void



class Rejects:
    """The rejects file: one JSON line per rejected record (file, position,
    POS reference, reason), opened when the first record is rejected."""

    def __init__(self, path: Path):
        self.path = path
        self.handle: TextIO | None = None

    def write(self, file: str, position: int, ref: PosRef | None, reason: str) -> None:
        if self.handle is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.handle = self.path.open("a", encoding="utf-8")
        self.handle.write(json.dumps({"file": file, "position": position, "pos_ref": ref.text if ref else None,
                                      "reason": scrub(reason)}, ensure_ascii=False) + "\n")
        self.handle.flush()

    @property
    def used(self) -> bool:
        return self.handle is not None

    def close(self) -> None:
        if self.handle is not None:
            self.handle.close()
