"""ReturnDesk's own sale formats, for POSs that cannot write POSLog: JSON
Lines (one sale per line) and CSV (one row per sale, line, discount, tax
and tender; a sale's rows together, its ``sale`` row first). Both carry the
same fields; docs/importing.md has their schema and a worked example.

A CSV sale is gathered into the very document a JSON line holds, so both
formats go through one reader and keep the same guarantees.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterator, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any, TextIO

from desktop.services import inputs
from desktop.services.imports.raw import (
    BadRecord,
    PosRef,
    PostVoid,
    RawDiscount,
    RawLine,
    RawSale,
    RawTax,
    RawTender,
    Record,
    Skipped,
    apply_line_voids,
    last_four,
)

MAX_LINE_BYTES = 4 * 1024 * 1024  # one sale on one line; more is not a sale but a runaway file


class DocumentError(ValueError):
    """A field of a sale document that is missing or malformed."""


# ---- JSON Lines


def read_jsonl(stream: TextIO, source: str = "jsonl") -> Iterator[Record]:
    """One sale per line; a blank line is nothing, a malformed one a bad record."""
    for number, line in enumerate(_lines(stream), start=1):
        if not line.strip():
            continue
        if len(line) > MAX_LINE_BYTES:
            yield number, BadRecord(None, f"line of {len(line)} characters: more than one sale can be")
            continue
        try:
            document = inputs.loads(line, parse_float=Decimal)
        except json.JSONDecodeError as error:
            yield number, BadRecord(None, f"not JSON ({error.msg} at column {error.colno})")
            continue
        yield number, sale_document(document, source)


def _lines(stream: TextIO) -> Iterator[str]:
    while True:
        line = stream.readline(MAX_LINE_BYTES + 1)
        if not line:
            return
        if len(line) > MAX_LINE_BYTES and not line.endswith("\n"):
            stream.readline()  # the rest of a runaway line
        yield line


# ---- CSV

CSV_KEYS = ("record", "store", "register", "transaction", "business_day")


def read_csv(stream: TextIO) -> Iterator[Record]:
    """Rows gathered per sale (its ``sale`` row first), then read as the
    JSON Lines document of that sale."""
    reader = csv.DictReader(stream)
    missing = [key for key in CSV_KEYS if key not in (reader.fieldnames or [])]
    if missing:
        raise DocumentError(f"the CSV header lacks {', '.join(missing)} (docs/importing.md)")
    current: dict[str, Any] | None = None
    start = 0
    for row in reader:
        number = reader.line_num
        record = (row.get("record") or "").strip().lower()
        if record == "sale":
            if current is not None:
                yield start, sale_document(current, "csv")
            current, start = _csv_sale(row), number
            continue
        if current is None or _csv_ref(row) != current["pos_ref"]:
            yield number, BadRecord(_ref_or_none(row), f"a {record or 'blank'} row outside its sale (each sale's "
                                                       "rows follow its sale row)")
            continue
        if record == "line":
            current["lines"].append(_drop_empty({key: row.get(key) for key in (
                "line", "sku", "barcode", "description", "department", "category", "qty", "unit", "unit_price",
                "gross", "discount", "serial", "final_sale", "voided", "voids_line", "returned_qty")}))
            if row.get("tax_authority"):
                current["lines"][-1]["tax"] = [{"authority": row["tax_authority"], "amount": row.get("tax") or "0",
                                                "percent": row.get("tax_percent") or None}]
        elif record == "discount":
            current["discounts"].append({"amount": row.get("amount"), "promotion": row.get("promotion") or None,
                                         "lines": (row.get("lines") or "").split()})
        elif record == "tax":
            current["taxes"].append(_drop_empty({key: row.get(key) for key in ("authority", "amount", "taxable",
                                                                             "percent")}))
        elif record == "tender":
            current["tenders"].append(_drop_empty({key: row.get(key) for key in (
                "type", "amount", "change", "cashback", "brand", "last4", "refunded")}))
        else:
            yield number, BadRecord(_ref_or_none(row), f"unknown record type {record!r} (sale, line, discount, "
                                                       "tax, tender)")
    if current is not None:
        yield start, sale_document(current, "csv")


def _csv_ref(row: Mapping[str, str | None]) -> dict[str, str]:
    return {"store": (row.get("store") or "").strip(), "register": (row.get("register") or "").strip(),
            "transaction": (row.get("transaction") or "").strip(),
            "business_day": (row.get("business_day") or "").strip()}


def _ref_or_none(row: Mapping[str, str | None]) -> PosRef | None:
    try:
        return _ref(_csv_ref(row))
    except DocumentError:
        return None


def _csv_sale(row: Mapping[str, str | None]) -> dict[str, Any]:
    document: dict[str, Any] = {"pos_ref": _csv_ref(row), "lines": [], "discounts": [], "taxes": [], "tenders": []}
    for key in ("purchased_at", "currency", "customer_id", "total", "status", "points_earned", "voids"):
        if row.get(key):
            document[key] = row[key]
    return document


def _drop_empty(values: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in values.items() if value not in (None, "")}


# ---- One sale document


def sale_document(document: Any, source: str) -> RawSale | Skipped | PostVoid | BadRecord:
    ref = None
    try:
        if not isinstance(document, Mapping):
            raise DocumentError("a sale is a JSON object")
        ref = _ref(document.get("pos_ref"))
        when = _timestamp(document.get("purchased_at"), "purchased_at")
        if document.get("voids"):
            target = PosRef.parse(_text(document["voids"], "voids"))
            return PostVoid(ref, target, when)
        status = str(document.get("status") or "completed").lower()
        if status in ("training", "suspended"):
            return Skipped(ref, f"a {status} transaction")
        if status in ("voided", "cancelled", "canceled"):
            return PostVoid(ref, ref, when)  # voided as a whole: not returnable, now or if it comes again
        lines = apply_line_voids([_line(item, f"lines[{i}]") for i, item in
                                   enumerate(_list(document.get("lines"), "lines"))
                                   if not _flag(item, "voided")], named_voids=True)
        return RawSale(
            ref=ref, source=source, when=when, currency=_optional(document.get("currency")),
            customer=_optional(document.get("customer_id")),
            points=_integer(document.get("points_earned"), "points_earned"),
            lines=lines,
            discounts=[_discount(item, f"discounts[{i}]")
                       for i, item in enumerate(_list(document.get("discounts", []), "discounts"))],
            taxes=[_tax(item, f"taxes[{i}]") for i, item in enumerate(_list(document.get("taxes", []), "taxes"))],
            tenders=[_tender(item, f"tenders[{i}]")
                     for i, item in enumerate(_list(document.get("tenders", []), "tenders"))],
            grand_total=_amount(document.get("total"), "total", required=False),
        )
    except (DocumentError, ValueError) as error:
        return BadRecord(ref, str(error))


def _ref(value: Any) -> PosRef:
    if isinstance(value, str):
        return PosRef.parse(value)
    if not isinstance(value, Mapping):
        raise DocumentError("pos_ref: store, register, transaction and business_day (or \"S/R/T/YYYY-MM-DD\")")
    parts = [str(value.get(key) or "").strip() for key in ("store", "register", "transaction", "business_day")]
    if not all(parts):
        raise DocumentError("pos_ref: store, register, transaction and business_day are all needed")
    return PosRef.parse("/".join(parts))


def _line(item: Any, where: str) -> tuple[RawLine, str | None]:
    if not isinstance(item, Mapping):
        raise DocumentError(f"{where}: a line is an object")
    sku = str(item.get("sku") or item.get("barcode") or "").strip()
    if not sku:
        raise DocumentError(f"{where}.sku: every line names what was sold")
    qty = _decimal(item.get("qty", 1), f"{where}.qty")
    line = RawLine(
        seq=str(item.get("line") or where), sku=sku, description=str(item.get("description") or ""),
        barcode=_optional(item.get("barcode")), department=_optional(item.get("department")),
        category=_optional(item.get("category")), qty=qty, unit=_optional(item.get("unit")),
        unit_price=_amount(item.get("unit_price"), f"{where}.unit_price", required=False) or Decimal(0),
        gross=_amount(item.get("gross"), f"{where}.gross", required=False, negative=True),
        discounts=([RawDiscount(d)] if (d := _amount(item.get("discount"), f"{where}.discount", required=False))
                   else []) + [_discount(x, f"{where}.discounts[{i}]")
                               for i, x in enumerate(_list(item.get("discounts", []), f"{where}.discounts"))],
        taxes=[_tax(x, f"{where}.tax[{i}]") for i, x in enumerate(_list(item.get("tax", []), f"{where}.tax"))],
        serial=_optional(item.get("serial")), final_sale=_flag(item, "final_sale"),
        returned=_decimal(item.get("returned_qty", 0), f"{where}.returned_qty"),
    )
    voids = item.get("voids_line")
    if line.gross is None and line.unit_price == 0:
        raise DocumentError(f"{where}: a line has a unit_price or a gross amount")
    return line, (str(voids) if voids not in (None, "") else None)


def _discount(item: Any, where: str) -> RawDiscount:
    if not isinstance(item, Mapping):
        raise DocumentError(f"{where}: a discount is an object")
    lines = item.get("lines") or ()
    if isinstance(lines, str):
        lines = lines.split()
    return RawDiscount(_required_amount(item.get("amount"), f"{where}.amount"), _optional(item.get("promotion")),
                       str(item.get("kind") or "discount"), tuple(str(line) for line in lines),
                       summary=_flag(item, "summary"))


def _tax(item: Any, where: str) -> RawTax:
    if not isinstance(item, Mapping):
        raise DocumentError(f"{where}: a tax is an object")
    return RawTax(str(item.get("authority") or "TAX"), _required_amount(item.get("amount"), f"{where}.amount"),
                  _amount(item.get("taxable"), f"{where}.taxable", required=False),
                  _decimal(item.get("percent"), f"{where}.percent") if item.get("percent") not in (None, "") else None)


def _tender(item: Any, where: str) -> RawTender:
    if not isinstance(item, Mapping):
        raise DocumentError(f"{where}: a tender is an object")
    kind = str(item.get("type") or "").strip()
    if not kind:
        raise DocumentError(f"{where}.type: every tender says how it was paid")
    return RawTender(kind, _required_amount(item.get("amount"), f"{where}.amount"),
                     _amount(item.get("change"), f"{where}.change", required=False) or Decimal(0),
                     _amount(item.get("cashback"), f"{where}.cashback", required=False) or Decimal(0),
                     last_four(_optional(item.get("last4"))), _optional(item.get("brand")),
                     _amount(item.get("refunded"), f"{where}.refunded", required=False) or Decimal(0))


def _amount(value: Any, where: str, required: bool = True, negative: bool = False) -> Decimal | None:
    if value in (None, ""):
        if required:
            raise DocumentError(f"{where}: is required")
        return None
    if isinstance(value, float):
        raise DocumentError(f"{where}: amounts are decimal strings, never binary floats")
    number = _decimal(value, where)
    if number < 0 and not negative:
        raise DocumentError(f"{where}: cannot be negative ({value})")
    return number


def _decimal(value: Any, where: str) -> Decimal:
    if isinstance(value, bool) or value is None:
        raise DocumentError(f"{where}: must be a number, not {value!r}")
    try:
        number = Decimal(str(value).strip())
    except InvalidOperation:
        raise DocumentError(f"{where}: not a number: {str(value)[:20]!r}") from None
    if not number.is_finite():
        raise DocumentError(f"{where}: not a number")
    return number


def _integer(value: Any, where: str) -> int | None:
    if value in (None, ""):
        return None
    number = _decimal(value, where)
    if number != number.to_integral_value():
        raise DocumentError(f"{where}: must be a whole number")
    return int(number)


def _timestamp(value: Any, where: str) -> dt.datetime | None:
    if value in (None, ""):
        return None
    text = str(value).strip()
    try:
        return dt.datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith("Z") else text)
    except ValueError:
        raise DocumentError(f"{where}: a date and time such as 2026-11-01T14:03:00, not {text[:30]!r}") from None


def _list(value: Any, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise DocumentError(f"{where}: must be a list")
    return value


def _text(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise DocumentError(f"{where}: must be text")
    return value


def _required_amount(value: Any, where: str, negative: bool = False) -> Decimal:
    amount = _amount(value, where, True, negative)
    assert amount is not None, "a required amount that is missing raised DocumentError"
    return amount


def _optional(value: Any) -> str | None:
    if value in (None, ""):
        return None
    return str(value).strip() or None


def _flag(item: Any, key: str) -> bool:
    value = item.get(key) if isinstance(item, Mapping) else None
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes", "y")
    return bool(value)
