"""What comes in from people and files, checked once at the service
boundary, the same on SQLite and PostgreSQL (SQLite would store a 1 MB
serial number that PostgreSQL refuses; a NUL byte behaves differently on
each): text within its column's length, without NUL or control characters;
JSON that is UTF-8, not too big and not nested too deep. Each refusal is a
RequestError that names the field (the command line's exit 2).
"""

from __future__ import annotations

import json
import re
from typing import Any

from sqlalchemy.orm import InstrumentedAttribute

from desktop.messages import QT_TR_NOOP
from desktop.services.errors import RequestError

MAX_DEPTH = 32  # nesting of a JSON document: a return request needs 4
MAX_DOCUMENT = 16 << 20  # bytes of one JSON request or case
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # tab, newline and carriage return are text
_CONTROL_ONE_LINE = re.compile(r"[\x00-\x1f\x7f]")


def length_of(column: InstrumentedAttribute[Any]) -> int | None:
    """The column's declared length (String(64) -> 64), None when it has none."""
    return getattr(column.property.columns[0].type, "length", None)


def text(value: object, field: str, column: InstrumentedAttribute[Any] | None = None, *, limit: int | None = None,
         lines: bool = False, required: bool = False) -> str:
    """A text field checked: a string, within the column's length (or
    ``limit``), without NUL or control characters (newlines only where
    ``lines``). Surrounding spaces are dropped."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise RequestError(QT_TR_NOOP("{field}: expected text"), field=field)
    cleaned = value.strip()
    if (_CONTROL if lines else _CONTROL_ONE_LINE).search(cleaned):
        raise RequestError(QT_TR_NOOP("{field}: contains a control character (a NUL byte, an escape...)"),
                           field=field)
    most = limit if limit is not None else (length_of(column) if column is not None else None)
    if most is not None and len(cleaned) > most:
        raise RequestError(QT_TR_NOOP("{field}: at most {limit} characters, not {length}"), field=field, limit=most,
                           length=len(cleaned))
    if required and not cleaned:
        raise RequestError(QT_TR_NOOP("{field}: required"), field=field)
    return cleaned


def optional_text(value: object, field: str, column: InstrumentedAttribute[Any] | None = None, *,
                  limit: int | None = None) -> str | None:
    """text(), or None for a missing or empty value."""
    return text(value, field, column, limit=limit) or None


def json_document(raw: bytes, what: str) -> Any:
    """A JSON document from bytes: UTF-8 (a BOM is allowed), at most
    MAX_DOCUMENT bytes and MAX_DEPTH levels deep."""
    if len(raw) > MAX_DOCUMENT:
        raise RequestError(QT_TR_NOOP("{what}: larger than {limit} MB"), what=what, limit=MAX_DOCUMENT >> 20)
    try:
        decoded = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise RequestError(QT_TR_NOOP("{what} is not UTF-8 text (byte {position}): save it as UTF-8"), what=what,
                           position=error.start) from None
    depth = nesting(decoded)
    if depth > MAX_DEPTH:
        raise RequestError(QT_TR_NOOP("{what} is nested {depth} levels deep; at most {limit}"), what=what,
                           depth=depth, limit=MAX_DEPTH)
    try:
        return json.loads(decoded)
    except json.JSONDecodeError as error:
        raise RequestError(QT_TR_NOOP("{what} is not valid JSON: {reason} at line {line}"), what=what,
                           reason=error.msg, line=error.lineno) from None
    except ValueError as error:  # an integer of more than 4,300 digits
        raise RequestError(QT_TR_NOOP("{what} is not valid JSON: {reason} at line {line}"), what=what,
                           reason=str(error).split(";")[0], line="?") from None
    except RecursionError:  # nesting() counts brackets; this is a last guard
        raise RequestError(QT_TR_NOOP("{what} is nested {depth} levels deep; at most {limit}"), what=what,
                           depth=depth, limit=MAX_DEPTH) from None


def nesting(document: str) -> int:
    """How deep brackets nest outside strings (JSON's [ and {, TOML's [ and { too)."""
    deepest = depth = 0
    in_string = escaped = False
    for char in document:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth -= 1
    return deepest


def loads(text: str, **options: Any) -> Any:
    """json.loads for a record of a file: json.JSONDecodeError (a ValueError)
    for one nested deeper than MAX_DEPTH or with an absurd number, so the
    record is rejected with the others that are not JSON."""
    depth = nesting(text)
    if depth > MAX_DEPTH:
        raise json.JSONDecodeError(f"nested {depth} levels deep, at most {MAX_DEPTH}", text[:40], 0)
    try:
        return json.loads(text, **options)
    except json.JSONDecodeError:
        raise
    except (ValueError, RecursionError) as error:
        raise json.JSONDecodeError(str(error).split(";")[0], text[:40], 0) from None
