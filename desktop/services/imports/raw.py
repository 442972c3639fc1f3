"""A sale as a POS reported it, whatever its format, and what is stored of it.

Every reader (POSLog, JSON Lines, CSV, Shopify) produces a ``RawSale``:
amounts as the POS wrote them (decimals), discounts where the POS reported
them (on a line, as a price modifier, for the whole transaction, as a coupon
taken as payment, as a loyalty reward), taxes per authority, tenders with
their change and cash back. settle.py turns it into an ``ImportedSale`` the
counter can refund to the cent. Card numbers are never stored (scrub).
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from desktop.services.pos_refs import PosRef as PosRef  # what every reader reports a sale by

DISCOUNT = "discount"


class ImportReject(ValueError):
    """A record that cannot be imported, and why (never a card number)."""


# ---- What the readers produce


@dataclass
class RawDiscount:
    amount: Decimal  # positive: what it takes off
    promotion: str | None = None
    kind: str = "discount"  # discount | modifier | coupon | loyalty
    lines: tuple[str, ...] = ()  # the lines it references (their POS sequence numbers); none: all
    summary: bool = False  # the POS's summary of what it also reports line by line
    items: tuple[str, ...] = ()  # or the items (SKUs) it references, found once voids are taken off


@dataclass
class RawTax:
    authority: str
    amount: Decimal
    taxable: Decimal | None = None
    percent: Decimal | None = None  # 8.25 for 8.25 %


@dataclass
class RawLine:
    seq: str  # the POS's line number
    sku: str
    description: str = ""
    barcode: str | None = None
    department: str | None = None
    qty: Decimal = Decimal(1)
    unit: str | None = None  # weighed or measured goods
    unit_price: Decimal = Decimal(0)
    gross: Decimal | None = None  # what the line was charged before its discounts (the extended amount)
    regular_price: Decimal | None = None  # the unit price before price modifiers
    discounts: list[RawDiscount] = field(default_factory=list)  # the line's own
    modifiers: list[RawDiscount] = field(default_factory=list)  # price modifiers: maybe already in ``gross``
    taxes: list[RawTax] = field(default_factory=list)
    serial: str | None = None
    final_sale: bool = False
    returned: Decimal = Decimal(0)  # already refunded in the source system (Shopify)
    category: str | None = None


@dataclass
class RawTender:
    pos_type: str
    amount: Decimal  # as tendered
    change: Decimal = Decimal(0)
    cashback: Decimal = Decimal(0)
    last4: str | None = None
    brand: str | None = None
    refunded: Decimal = Decimal(0)  # already refunded in the source system


@dataclass
class RawSale:
    ref: PosRef
    source: str  # poslog | jsonl | csv | shopify
    when: dt.datetime | None = None  # naive: the store's local time
    currency: str | None = None
    customer: str | None = None
    points: int | None = None
    lines: list[RawLine] = field(default_factory=list)
    discounts: list[RawDiscount] = field(default_factory=list)
    taxes: list[RawTax] = field(default_factory=list)  # per authority, for the whole transaction
    tenders: list[RawTender] = field(default_factory=list)
    grand_total: Decimal | None = None  # as the POS totalled it, coupons taken as payment included
    unread_amounts: tuple[str, ...] = ()  # vendor elements with amounts ReturnDesk does not read


@dataclass(frozen=True)
class Skipped:
    """Not a sale: a control transaction, a training one, one voided as a whole."""

    ref: PosRef | None
    reason: str


@dataclass(frozen=True)
class PostVoid:
    """A later transaction voiding a sale, or a transaction voided as a whole
    (its target its own reference): that sale is not returnable."""

    ref: PosRef | None  # the voiding transaction
    target: PosRef
    when: dt.datetime | None = None


@dataclass(frozen=True)
class ReturnedLine:
    target: PosRef  # the sale it came back from
    line: str  # that sale's line (the POS's number)
    sku: str
    qty: Decimal
    amount: Decimal  # refunded for it, tax included


@dataclass(frozen=True)
class PosReturn:
    """A return rung up on the POS (or exported by a ReturnDesk): what it took
    back from a sale is no longer returnable at the counter."""

    ref: PosRef
    lines: tuple[ReturnedLine, ...]
    tenders: tuple[tuple[str, Decimal], ...]  # (the POS's tender name, amount refunded)
    returndesk_id: str | None = None  # a return ReturnDesk made and exported: known already here


@dataclass(frozen=True)
class BadRecord:
    """A record the reader could not make sense of."""

    ref: PosRef | None
    reason: str


def apply_line_voids(entries: list[tuple[RawLine, str | None]], named_voids: bool = False) -> list[RawLine]:
    """The lines the customer kept. A negative entry (a quantity or an amount
    below 0; with ``named_voids``, also any entry naming a line) voids the
    line it names, or else the latest line of the same item: its quantity
    and amount come off that line, and a line left with nothing is gone."""
    kept: list[RawLine] = []
    for line, link in entries:
        void = line.qty < 0 or (line.gross is not None and line.gross < 0) or (named_voids and link is not None)
        if not void:
            kept.append(line)
            continue
        target = next((earlier for earlier in reversed(kept) if (earlier.seq == link if link else
                                                                  earlier.sku == line.sku)), None)
        if target is None:
            raise ValueError(f"line {line.seq} voids {'line ' + link if link else 'item ' + line.sku}, which is "
                             "not on the sale")
        taken = abs(line.qty)
        target.qty -= taken
        if target.gross is not None:
            target.gross -= abs(line.gross) if line.gross is not None else abs(line.unit_price * taken)
        if target.qty <= 0:
            kept.remove(target)
    return kept


# ---- What is stored


@dataclass(frozen=True)
class ImportedLine:
    line_no: int
    pos_line: str
    sku: str
    barcode: str | None
    description: str
    department: str | None
    category: str | None
    qty: int  # in 10^-qty_scale
    qty_scale: int
    unit: str | None
    unit_price: int
    gross: int
    discount: int  # everything taken off this line, allocated
    tax: int
    tax_rate: Decimal
    serial: str | None
    final_sale: bool
    returned: int  # in 10^-qty_scale


@dataclass(frozen=True)
class ImportedTender:
    type: str
    amount: int  # net of change and cash back
    last4: str | None
    brand: str | None
    pos_type: str
    cashback: int
    refunded: int


@dataclass(frozen=True)
class ImportedSale:
    ref: PosRef
    source: str
    store_code: str
    purchased_at: dt.datetime | None  # naive: store-local
    currency: str
    customer: str | None
    points: int | None
    lines: tuple[ImportedLine, ...]
    tenders: tuple[ImportedTender, ...]
    total: int
    tax_detail: tuple[dict[str, Any], ...]

    @functools.cached_property
    def content_hash(self) -> str:
        """The same reference with other content is a conflict, not a duplicate."""
        body = {
            "when": self.purchased_at.isoformat() if self.purchased_at else None, "currency": self.currency,
            "customer": self.customer, "total": self.total,
            "lines": [[line.pos_line, line.sku, line.qty, line.qty_scale, line.unit_price, line.gross, line.discount,
                       line.tax, line.serial] for line in self.lines],
            "tenders": [[t.type, t.amount, t.last4, t.cashback] for t in self.tenders],
        }
        return hashlib.sha256(json.dumps(body, separators=(",", ":")).encode()).hexdigest()


# ---- Card numbers never stored

_DIGIT_RUN = re.compile(r"(?<!\d)(?:\d[ -]?){12,18}\d(?!\d)")


def luhn(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = ord(char) - 48
        if index % 2:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def scrub(text: str | None) -> str | None:
    """Free text with any full card number masked (13 to 19 digits passing
    Luhn): a cashier's note or a description is never where a PAN is kept."""
    if not text:
        return text

    def mask(match: re.Match[str]) -> str:
        digits = re.sub(r"\D", "", match.group())
        return "#" * (len(digits) - 4) + digits[-4:] if luhn(digits) else match.group()

    return _DIGIT_RUN.sub(mask, text)


def last_four(number: str | None) -> str | None:
    """The last 4 digits of a card number however it is written (masked
    "************4242", "XXXX4242" or, wrongly, in full)."""
    if not number:
        return None
    digits = re.sub(r"\D", "", number)
    return digits[-4:] if len(digits) >= 4 else None


Parsed = RawSale | PosReturn | Skipped | PostVoid | BadRecord
Record = tuple[int, Parsed]  # (position in the file, what was read there)
