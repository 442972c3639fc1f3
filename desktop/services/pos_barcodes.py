"""The barcode the store's own POS prints on its receipts.

Each POS packs its transaction reference into a fixed-width code of its
own: store, register, transaction number and business day, sometimes a
prefix and a check digit. A store describes its POS's layout in the site
config, and a scan at the counter finds the imported sale by it:

    [[pos.barcodes]]
    name = "NCR 21"
    prefix = "9"
    layout = "store:4 register:3 transaction:4 date:YYMMDD check:mod10"

Fields: store, register, transaction (width in digits); date with one of
YYMMDD, YYYYMMDD, DDMMYY, MMDDYY, DDMMYYYY; skip:N for digits to ignore;
check:mod10 (GS1, over every digit before it, prefix included). Examples
for common layouts are in docs/importing.md.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from desktop.policy.docid import check_digit
from desktop.services.pos_refs import PosRef

DATE_FORMATS = {"YYMMDD": 6, "YYYYMMDD": 8, "DDMMYY": 6, "MMDDYY": 6, "DDMMYYYY": 8}
NUMBER_FIELDS = ("store", "register", "transaction", "skip")


class LayoutError(ValueError):
    """A barcode layout in the config that cannot be used."""


@dataclass(frozen=True)
class Field:
    kind: str  # store | register | transaction | date | skip | check
    width: int
    format: str = ""


@dataclass(frozen=True)
class BarcodeLayout:
    name: str
    prefix: str
    fields: tuple[Field, ...]

    @property
    def length(self) -> int:
        return len(self.prefix) + sum(field.width for field in self.fields)

    def read(self, code: str) -> PosRef | None:
        """The POS reference in this code, or None if it is not of this layout."""
        if len(code) != self.length or not code.isdigit() or not code.startswith(self.prefix):
            return None
        values: dict[str, str] = {}
        at = len(self.prefix)
        for field in self.fields:
            part = code[at:at + field.width]
            if field.kind == "check":
                if int(part) != check_digit(code[:at]):
                    return None
            elif field.kind != "skip":
                values[field.kind] = part
            at += field.width
        try:
            day = _date(values["date"], next(f.format for f in self.fields if f.kind == "date"))
        except ValueError:
            return None
        return PosRef(values["store"], values["register"], values["transaction"], day.isoformat())

    def make(self, ref: PosRef) -> str:
        """The code this layout prints for a reference (the tests' and the docs' examples)."""
        code = self.prefix
        day = dt.date.fromisoformat(ref.day)
        for field in self.fields:
            if field.kind == "check":
                code += str(check_digit(code))
            elif field.kind == "skip":
                code += "0" * field.width
            elif field.kind == "date":
                code += _format(day, field.format)
            else:
                value = {"store": ref.store, "register": ref.register, "transaction": ref.sequence}[field.kind]
                if not value.isdigit() or len(value) > field.width:
                    raise LayoutError(f"{field.kind} {value!r} does not fit {field.width} digits")
                code += value.zfill(field.width)
        return code


def parse_layout(name: str, layout: str, prefix: str = "") -> BarcodeLayout:
    fields = []
    for token in layout.split():
        kind, _, value = token.partition(":")
        kind = kind.strip().lower()
        if kind == "date":
            format_ = value.strip().upper()
            if format_ not in DATE_FORMATS:
                raise LayoutError(f"barcode {name!r}: date:{value} is not one of {', '.join(DATE_FORMATS)}")
            fields.append(Field("date", DATE_FORMATS[format_], format_))
        elif kind == "check":
            if value.strip().lower() != "mod10":
                raise LayoutError(f"barcode {name!r}: check:{value} is not mod10")
            fields.append(Field("check", 1, "mod10"))
        elif kind in NUMBER_FIELDS:
            if not value.isdigit() or not 0 < int(value) <= 12:
                raise LayoutError(f"barcode {name!r}: {token} needs a width of 1 to 12 digits")
            fields.append(Field(kind, int(value)))
        else:
            raise LayoutError(f"barcode {name!r}: unknown field {token!r} (store, register, transaction, date, "
                              "skip, check)")
    kinds = [field.kind for field in fields]
    for needed in ("store", "register", "transaction", "date"):
        if kinds.count(needed) != 1:
            raise LayoutError(f"barcode {name!r}: the layout needs {needed} exactly once")
    if "check" in kinds and kinds[-1] != "check":
        raise LayoutError(f"barcode {name!r}: the check digit comes last")
    if prefix and not prefix.isdigit():
        raise LayoutError(f"barcode {name!r}: the prefix is digits")
    return BarcodeLayout(name, prefix, tuple(fields))


def layouts(config: Iterable[Mapping[str, str]]) -> tuple[BarcodeLayout, ...]:
    return tuple(parse_layout(str(entry.get("name") or f"layout {n}"), str(entry.get("layout") or ""),
                              str(entry.get("prefix") or "")) for n, entry in enumerate(config, start=1))


def read_code(code: str, known: Iterable[BarcodeLayout]) -> PosRef | None:
    """The POS reference of the first layout that reads this code."""
    for layout in known:
        ref = layout.read(code)
        if ref is not None:
            return ref
    return None


def _date(text: str, format_: str) -> dt.date:
    if format_ == "YYMMDD":
        return dt.date(2000 + int(text[:2]), int(text[2:4]), int(text[4:6]))
    if format_ == "YYYYMMDD":
        return dt.date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    if format_ == "DDMMYY":
        return dt.date(2000 + int(text[4:6]), int(text[2:4]), int(text[:2]))
    if format_ == "MMDDYY":
        return dt.date(2000 + int(text[4:6]), int(text[:2]), int(text[2:4]))
    return dt.date(int(text[4:8]), int(text[2:4]), int(text[:2]))  # DDMMYYYY


def _format(day: dt.date, format_: str) -> str:
    return {"YYMMDD": f"{day:%y%m%d}", "YYYYMMDD": f"{day:%Y%m%d}", "DDMMYY": f"{day:%d%m%y}",
            "MMDDYY": f"{day:%m%d%y}", "DDMMYYYY": f"{day:%d%m%Y}"}[format_]
