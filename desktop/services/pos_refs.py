"""The POS's own reference to a sale (store, register, transaction,
business day), as its exports and receipt barcodes carry it. Its own small
module: the counter reads it from a scanned POS receipt without loading the
importers (desktop/services/imports/)."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass


@dataclass(frozen=True)
class PosRef:
    """The POS's own reference, as written: store, register, transaction,
    business day (YYYY-MM-DD)."""

    store: str
    register: str
    sequence: str
    day: str

    @functools.cached_property
    def text(self) -> str:
        return f"{self.store}/{self.register}/{self.sequence}/{self.day}"

    @functools.cached_property
    def key(self) -> str:
        """The same with numbers unpadded and letters lowered: a barcode's
        zero-padded fields and the export's plain ones meet here."""
        return "/".join(_normal(part) for part in (self.store, self.register, self.sequence, self.day))

    @classmethod
    def parse(cls, text: str) -> PosRef:
        parts = text.strip().split("/")
        if len(parts) != 4 or not all(part.strip() for part in parts):
            raise ValueError(f"a POS reference is STORE/REGISTER/TRANSACTION/YYYY-MM-DD, not {text!r}")
        store, register, sequence, day = (part.strip() for part in parts)
        try:
            dt.date.fromisoformat(day)
        except ValueError:
            raise ValueError(f"the business day of {text!r} is not a date written YYYY-MM-DD") from None
        return cls(store, register, sequence, day)


def _normal(part: str) -> str:
    part = part.strip()
    return str(int(part)) if part.isdigit() else part.lower()
