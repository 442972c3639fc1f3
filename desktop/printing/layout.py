"""One layout for every printed document, whatever prints it.

A ``PrintedDocument`` becomes a list of lines here: text lines (a label on
the left, a value on the right, or text centred), rules, spaces, the REPRINT
banner, the logo and the barcode. Where a long label wraps beside its
amount, or where an amount too wide to share its line goes under its label,
is decided once, here, by measuring with the renderer's ``Metrics``: points
of a font for the PDF (desktop/printing/pdf.py), characters of the printer's
font for ESC/POS text (desktop/printing/escpos.py). The renderers only draw
what this module laid out, so a receipt cannot read one way on paper and
another in a PDF.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, Protocol

from desktop.printing.document import PrintedDocument

Align = Literal["left", "center", "right"]


@dataclass(frozen=True)
class Style:
    size: float = 1.0  # times the body text's size
    bold: bool = False


BODY = Style()
STORE_NAME = Style(1.45, bold=True)
TITLE = Style(1.25, bold=True)
DETAIL = Style(0.88)
NOTE = Style(0.95)
FOOTER = Style(0.85)
GRAND_TOTAL = Style(1.2, bold=True)
BIG_AMOUNT = Style(2.6, bold=True)
DOUBLE_FROM = 1.4  # a printer with two sizes of letters prints this size and above double


@dataclass(frozen=True)
class TextLine:
    """One line of text: ``left`` after the indent, ``right`` flush with
    the right margin, or ``center`` in the middle (never with the others)."""

    style: Style = BODY
    left: str = ""
    right: str = ""
    center: str = ""
    indent: float = 0.0  # in ems of the style


@dataclass(frozen=True)
class Rule:
    """A dashed line across: between the header, the items, the totals, the notes and the footer."""


@dataclass(frozen=True)
class Space:
    ems: float  # of the body text; a printer feeds a blank line for half an em or more


@dataclass(frozen=True)
class Banner:
    text: str  # white on black: REPRINT


@dataclass(frozen=True)
class Picture:
    png: bytes  # the store's logo
    max_height_mm: float


@dataclass(frozen=True)
class Barcode:
    doc_id: str  # Code 128, its digits printed under it


Line = TextLine | Rule | Space | Banner | Picture | Barcode


class Metrics(Protocol):
    """How wide text is on one medium, in that medium's unit."""

    @property
    def width(self) -> float:
        """The printable width."""

    def measure(self, text: str, style: Style) -> float:
        """The width of ``text`` in ``style``."""

    def em(self, style: Style) -> float:
        """The width of the gap kept between a label and its value."""


# ---- Public API


def lay_out(doc: PrintedDocument, metrics: Metrics) -> list[Line]:
    """The document, top to bottom, wrapped to the medium's width."""
    out: list[Line] = []
    if doc.logo:
        out.append(Picture(doc.logo, 18))
    out += centred(doc.store_name, STORE_NAME, metrics)
    for text in doc.store_lines:
        out += centred(text, BODY, metrics)
    out.append(Space(0.6))
    if doc.reprint:
        out.append(Banner(doc.label("reprint", "REPRINT")))
    if doc.offline:
        out.append(Banner(doc.label("offline", "OFFLINE")))
    out += centred(doc.title, TITLE, metrics)
    out.append(Space(0.4))
    for label, value in doc.meta:
        out += pair(label, value, BODY, metrics)
    if doc.lines:
        out.append(Rule())
        for item in doc.lines:
            out += pair(item.description, item.amount, BODY, metrics)
            for detail in item.details:
                out += left(detail, DETAIL, metrics, indent=1.0)
    if doc.totals:
        out.append(Rule())
        for index, (label, value) in enumerate(doc.totals):
            out += pair(label, value, GRAND_TOTAL if index == len(doc.totals) - 1 else BODY, metrics)
    if doc.tenders:
        out.append(Space(0.4))
        for label, value in doc.tenders:
            out += pair(label, value, BODY, metrics)
    if doc.big_amount:
        out.append(Space(0.5))
        out += centred(doc.big_amount, BIG_AMOUNT, metrics)
    if doc.notes:
        out.append(Rule())
        for note in doc.notes:
            out += left(note, NOTE, metrics)
    out.append(Space(0.8))
    if doc.doc_id:
        out.append(Barcode(doc.doc_id))
    if doc.barcode_caption:
        out += centred(doc.barcode_caption, DETAIL, metrics)
    if doc.footer:
        out.append(Rule())
        for text in doc.footer:
            out += centred(text, FOOTER, metrics)
    return out


def pair(label: str, value: str, style: Style, metrics: Metrics, indent: float = 0.0) -> list[TextLine]:
    """A label on the left and a value on the right; the label wraps beside
    the value when it is long. A value too wide to leave the label a third of
    the line (a timestamp on a 58 mm roll) goes on a line of its own under
    the label, to the right."""
    em = metrics.em(style)
    margin = indent * em
    room = metrics.width - margin - metrics.measure(value, style) - em
    if value and room < metrics.width / 3:
        whole = metrics.width - margin
        return ([TextLine(style, left=text, indent=indent) for text in _wrap(label, style, metrics, whole)]
                + [TextLine(style, right=text) for text in _wrap(value, style, metrics, whole)])
    lines = [TextLine(style, left=text, indent=indent) for text in _wrap(label, style, metrics, room)]
    if value:
        lines[0] = TextLine(style, left=lines[0].left, right=value, indent=indent)
    return lines


def left(text: str, style: Style, metrics: Metrics, indent: float = 0.0) -> list[TextLine]:
    margin = indent * metrics.em(style)
    return [TextLine(style, left=line, indent=indent) for line in _wrap(text, style, metrics, metrics.width - margin)]


def centred(text: str, style: Style, metrics: Metrics) -> list[TextLine]:
    return [TextLine(style, center=line) for line in _wrap(text, style, metrics, metrics.width)]


def wrap(text: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """Lines no wider than ``width``: broken at spaces, and inside a word
    only when the word alone is too wide (a long SKU, a URL)."""
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        current = ""
        for word in paragraph.split(" "):
            candidate = f"{current} {word}" if current else word
            if measure(candidate) <= width:
                current = candidate
                continue
            if current:
                lines.append(current)
            current = ""
            while measure(word) > width:
                cut = len(word)
                while cut > 1 and measure(word[:cut]) > width:
                    cut -= 1
                lines.append(word[:cut])
                word = word[cut:]
            current = word
        lines.append(current)
    return lines


def _wrap(text: str, style: Style, metrics: Metrics, width: float) -> list[str]:
    return wrap(text, width, lambda part: metrics.measure(part, style))
