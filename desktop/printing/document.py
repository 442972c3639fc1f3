"""What goes on a printed document, already in words and formatted amounts.

The services fill a ``PrintedDocument`` from the database (in the store's
language and currency); the renderers here lay it out on an 80 mm roll, a
full page, or an ESC/POS printer's own commands. Nothing in this package
reads a database or formats money itself, so every printer prints the same
words.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class PrintedLine:
    """One item: its description, the details under it, and an amount on the right."""

    description: str
    amount: str = ""  # empty on a gift receipt (no prices)
    details: tuple[str, ...] = ()


@dataclass(frozen=True)
class PrintedDocument:
    kind: str  # "sale" | "return" | "voucher" | "gift_receipt"
    doc_id: str  # the 16-digit ID, printed as a Code 128 barcode; empty: a slip with no ID and no barcode
    title: str  # "SALE RECEIPT", "RETURN RECEIPT", ...
    store_name: str
    store_lines: tuple[str, ...] = ()  # address, phone
    meta: tuple[tuple[str, str], ...] = ()  # ("Date", "Nov 23, 2026 10:41"), ("Served by", "Dana (1001)")
    lines: tuple[PrintedLine, ...] = ()
    totals: tuple[tuple[str, str], ...] = ()  # ("Subtotal", "$10.00"), ..., the last one is the grand total
    tenders: tuple[tuple[str, str], ...] = ()  # ("Visa ending 4242", "$10.00")
    big_amount: str = ""  # a voucher's value, printed large
    notes: tuple[str, ...] = ()  # the sentences the customer was told
    footer: tuple[str, ...] = ()  # the store's return-policy footer
    reprint: bool = False  # a copy printed again later, marked REPRINT
    offline: bool = False  # taken while the register was cut off from the shared database, marked OFFLINE
    barcode_caption: str = ""  # a word under the barcode ("Scan at the counter as a tender")
    labels: dict[str, str] = field(default_factory=dict)  # "reprint", "total" in the store's language
    name: str = ""  # the file name of a slip without an ID ("closing-0001-2026-12-01")
    opens_drawer: bool = False  # cash just paid out or taken in: the receipt printer opens its drawer (never a reprint)
    logo: bytes | None = None  # the store's PNG, printed at the top (PDF and raster; text mode leaves it out)

    def label(self, key: str, default: str) -> str:
        return self.labels.get(key, default)
