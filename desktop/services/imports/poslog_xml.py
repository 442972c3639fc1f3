"""Small readers of an ARTS POSLog element: children and text by local
name in any IXRetail namespace version, flags, decimals, references and
times. Shared by poslog.py and poslog_lines.py (the underscore names are
the package's own, not its API)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation
from xml.etree.ElementTree import Element

from desktop.services.imports.raw import (
    PosRef,
)

ARTS = "http://www.nrf-arts.org/IXRetail/namespace/"
ARTS_PREFIX = "{http://www.nrf-arts.org/"  # IXRetail's namespace, in every version


def _ref(element: Element, partial: bool = False) -> PosRef:
    store = _text(element, "RetailStoreID")
    register = _text(element, "WorkstationID") or _text(element, "WorkStationID")
    sequence = _text(element, "SequenceNumber") or _text(element, "TransactionID")
    day = _text(element, "BusinessDayDate") or (_text(element, "BeginDateTime") or "")[:10]
    if not (store and register and sequence and day):
        missing = [name for name, value in (("RetailStoreID", store), ("WorkstationID", register),
                                            ("SequenceNumber", sequence), ("BusinessDayDate", day)) if not value]
        raise ValueError(f"{'the voided transaction' if partial else 'the transaction'} lacks {', '.join(missing)}")
    return PosRef.parse(f"{store.strip()}/{register.strip()}/{sequence.strip()}/{day.strip()[:10]}")


def _when(tx: Element, retail: Element | None) -> dt.datetime | None:
    for element, name in ((tx, "EndDateTime"), (tx, "BeginDateTime"), (retail, "ReceiptDateTime")):
        text = _text(element, name) if element is not None else None
        if text:
            try:
                return dt.datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith("Z") else text)
            except ValueError:
                raise ValueError(f"{name} is not a date and time: {text[:30]!r}") from None
    return None


def _vendor_amounts(element: Element) -> set[str]:
    found = set()
    for child in element.iter():
        if not _arts(child.tag) and "amount" in _local(child.tag).lower() and (child.text or "").strip():
            found.add(_local(child.tag))
    return found


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _normalise(tx: Element) -> bool:
    """ARTS elements by their bare names (whatever version's namespace, or
    none), so the reads below are ElementTree's own find() and findtext();
    a vendor extension's elements keep their namespace and are never read.
    True when there are some."""
    vendor = False
    for node in tx.iter():
        tag = node.tag
        if tag[0] == "{":
            if tag.startswith(ARTS_PREFIX):
                node.tag = tag[tag.index("}") + 1:]
            else:
                vendor = True
    return vendor


def _arts(tag: str) -> bool:
    return tag[0] != "{"


def _children(element: Element | None, name: str) -> list[Element]:
    return element.findall(name) if element is not None else []


def _child(element: Element | None, name: str) -> Element | None:
    return element.find(name) if element is not None else None


def _text(element: Element | None, name: str) -> str | None:
    text = element.findtext(name) if element is not None else None
    return (text.strip() or None) if text else None


def _flag(element: Element, name: str) -> bool:
    value = element.get(name)
    if value is None:
        value = _text(element, name)
    return (value or "").strip().lower() in ("true", "1")


def _decimal(text: str | None, name: str) -> Decimal:
    try:
        value = Decimal((text or "").strip())
    except InvalidOperation:
        raise ValueError(f"{name} is not a number: {(text or '')[:20]!r}") from None
    if not value.is_finite():
        raise ValueError(f"{name} is not a number")
    return value
