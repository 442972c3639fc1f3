"""Documents as PDF: an 80 mm thermal roll, or a full A4 / Letter page.

The roll is 80 mm wide with the 72 mm printable width of common 80 mm
printers (576 dots at 203 dpi) and a page as long as its content, so a
printer driver that feeds a roll cuts it where the receipt ends. A full page
is for a customer who asks for a copy to file; long documents flow onto
further pages.

Layout is two passes: rows are measured first (text wrapped to the width
with the bundled font), then drawn.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from desktop.printing import barcodes
from desktop.printing.document import PrintedDocument
from desktop.resources import path as resource_path

SANS, BOLD = "ReturnDesk-Sans", "ReturnDesk-Sans-Bold"
TELUGU, TELUGU_BOLD = "ReturnDesk-Telugu", "ReturnDesk-Telugu-Bold"
# Telugu letters, signs and the joiners between them: drawn with Noto Sans
# Telugu and shaped by HarfBuzz (conjuncts, vowel signs), the rest with DejaVu.
_TELUGU_RUN = re.compile(r"[\u0C00-\u0C7F]+(?:[\u200C\u200D]*[\u0C00-\u0C7F]+)*")


@dataclass(frozen=True)
class Paper:
    name: str
    width: float  # points
    height: float | None  # None: follows the content (a roll)
    margin_x: float
    margin_y: float
    size: float  # body text size in points

    @property
    def printable(self) -> float:
        return self.width - 2 * self.margin_x


ROLL_80MM = Paper("roll80", 80 * mm, None, 4 * mm, 4 * mm, 8.5)  # 72 mm printable: 576 dots at 203 dpi
ROLL_58MM = Paper("roll58", 58 * mm, None, 5 * mm, 3 * mm, 7.5)  # 48 mm printable: 384 dots
A4_PAGE = Paper("a4", A4[0], A4[1], 25 * mm, 20 * mm, 10.5)
LETTER_PAGE = Paper("letter", LETTER[0], LETTER[1], 1 * 72, 0.8 * 72, 10.5)
PAPERS = {paper.name: paper for paper in (ROLL_80MM, ROLL_58MM, A4_PAGE, LETTER_PAGE)}


def roll(paper: str) -> Paper:
    """The receipt roll a ``paper`` setting names: the 58 mm roll, or else the
    80 mm one (A4 and Letter are for PDF files, not receipt printers)."""
    return ROLL_58MM if paper == ROLL_58MM.name else ROLL_80MM


@cache
def register_fonts() -> None:
    """DejaVu Sans (bundled in resources/fonts): Latin with Lithuanian and
    Vietnamese diacritics, Greek, Cyrillic; the PDF's base-14 Helvetica has
    only Latin-1. Noto Sans Telugu for Telugu, shaped with HarfBuzz."""
    pdfmetrics.registerFont(TTFont(SANS, str(resource_path("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(BOLD, str(resource_path("fonts", "DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFont(TTFont(TELUGU, str(resource_path("fonts", "NotoSansTelugu-Regular.ttf"))))
    pdfmetrics.registerFont(TTFont(TELUGU_BOLD, str(resource_path("fonts", "NotoSansTelugu-Bold.ttf"))))


# ---- Text measuring and drawing, script by script


def runs(text: str, font: str) -> list[tuple[str, str, bool]]:
    """(segment, font, shaped) pieces: Telugu runs in the Telugu font, shaped."""
    telugu = TELUGU_BOLD if font == BOLD else TELUGU
    out: list[tuple[str, str, bool]] = []
    position = 0
    for match in _TELUGU_RUN.finditer(text):
        if match.start() > position:
            out.append((text[position:match.start()], font, False))
        out.append((match.group(), telugu, True))
        position = match.end()
    if position < len(text) or not out:
        out.append((text[position:], font, False))
    return out


def _run_width(segment: str, font: str, size: float, shaped: bool) -> float:
    if shaped:
        from reportlab.pdfgen.textobject import bidiShapedText

        return bidiShapedText(segment, direction=None, fontName=font, fontSize=size, shaping=True)[1]
    return pdfmetrics.stringWidth(segment, font, size)


def width_of(text: str, font: str, size: float) -> float:
    if font not in (SANS, BOLD):
        return pdfmetrics.stringWidth(text, font, size)
    return sum(_run_width(segment, face, size, shaped) for segment, face, shaped in runs(text, font))


def draw_runs(canvas: Canvas, x: float, y: float, text: str, font: str, size: float) -> None:
    for segment, face, shaped in runs(text, font):
        canvas.setFont(face, size)
        canvas.drawString(x, y, segment, shaping=shaped)
        x += _run_width(segment, face, size, shaped)


def markup(text: str, font: str) -> str:
    """Text for a platypus Paragraph (style with ``shaping=1``): escaped, its
    Telugu runs in the Telugu font, so reports print every script."""
    from xml.sax.saxutils import escape

    return "".join(escape(segment) if face == font else f'<font name="{face}">{escape(segment)}</font>'
                   for segment, face, _ in runs(text, font))


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Lines no wider than ``width``: broken at spaces, and inside a word
    only when the word alone is too wide (a long SKU, a URL)."""
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        current = ""
        for word in paragraph.split(" "):
            candidate = f"{current} {word}" if current else word
            if width_of(candidate, font, size) <= width:
                current = candidate
                continue
            if current:
                lines.append(current)
            current = ""
            while width_of(word, font, size) > width:
                cut = len(word)
                while cut > 1 and width_of(word[:cut], font, size) > width:
                    cut -= 1
                lines.append(word[:cut])
                word = word[cut:]
            current = word
        lines.append(current)
    return lines


# ---- Rows: measured, then drawn


@dataclass
class Row:
    height: float
    draw: Callable[[Canvas, float, float], None]  # (canvas, left x, top y)


class Layout:
    def __init__(self, paper: Paper):
        self.paper = paper
        self.size = paper.size
        self.leading = paper.size * 1.3
        self.rows: list[Row] = []

    def space(self, points: float) -> None:
        self.rows.append(Row(points, lambda c, x, y: None))

    def text(self, text: str, size: float | None = None, bold: bool = False, align: str = "left",
             indent: float = 0.0) -> None:
        size = size or self.size
        font = BOLD if bold else SANS
        leading = size * 1.3
        for line in wrap(text, font, size, self.paper.printable - indent):
            self.rows.append(Row(leading, self._text_drawer(line, font, size, align, indent, leading)))

    def _text_drawer(self, line: str, font: str, size: float, align: str, indent: float,
                     leading: float) -> Callable[[Canvas, float, float], None]:
        width = self.paper.printable

        def draw(canvas: Canvas, x: float, y: float) -> None:
            baseline = y - leading + (leading - size) / 2 + size * 0.22
            measured = width_of(line, font, size)
            if align == "center":
                left = x + (width - measured) / 2
            elif align == "right":
                left = x + width - measured
            else:
                left = x + indent
            draw_runs(canvas, left, baseline, line, font, size)
        return draw

    def pair(self, label: str, value: str, bold: bool = False, size: float | None = None,
             indent: float = 0.0) -> None:
        """A label on the left and a value on the right; the label wraps
        beside the value when it is long. A value too wide to leave the
        label a third of the line (a timestamp on a 58 mm roll) goes on a
        line of its own under the label, to the right."""
        size = size or self.size
        font = BOLD if bold else SANS
        leading = size * 1.3
        value_width = width_of(value, font, size)
        room = self.paper.printable - indent - value_width - size
        if value and room < self.paper.printable / 3:
            for line in wrap(label, font, size, self.paper.printable - indent):
                self.rows.append(Row(leading, self._text_drawer(line, font, size, "left", indent, leading)))
            for line in wrap(value, font, size, self.paper.printable - indent):  # a URL may not fit even so
                self.rows.append(Row(leading, self._text_drawer(line, font, size, "right", 0, leading)))
            return
        lines = wrap(label, font, size, room)
        for index, line in enumerate(lines):
            draw_line = self._text_drawer(line, font, size, "left", indent, leading)
            if index == 0 and value:
                draw_value = self._text_drawer(value, font, size, "right", 0, leading)

                def draw(canvas: Canvas, x: float, y: float, a=draw_line, b=draw_value) -> None:
                    a(canvas, x, y)
                    b(canvas, x, y)
                self.rows.append(Row(leading, draw))
            else:
                self.rows.append(Row(leading, draw_line))

    def rule(self) -> None:
        width = self.paper.printable

        def draw(canvas: Canvas, x: float, y: float) -> None:
            canvas.setDash(2, 2)
            canvas.setLineWidth(0.6)
            canvas.line(x, y - 3, x + width, y - 3)
            canvas.setDash()
        self.rows.append(Row(6, draw))

    def banner(self, text: str) -> None:
        """White on black, as thermal printers print a reverse-video line."""
        size = self.size * 1.3
        height = size * 1.6
        width = self.paper.printable

        def draw(canvas: Canvas, x: float, y: float) -> None:
            canvas.setFillGray(0)
            canvas.rect(x, y - height, width, height, stroke=0, fill=1)
            canvas.setFillGray(1)
            # Centred, each script in its font (a Telugu REPRINT is shaped like every other line).
            draw_runs(canvas, x + (width - width_of(text, BOLD, size)) / 2, y - height + (height - size) / 2 + size * 0.2,
                      text, BOLD, size)
            canvas.setFillGray(0)
        self.rows.append(Row(height + 2, draw))

    def image(self, png: bytes, max_height: float) -> None:
        """A picture (the store's logo), centred, as wide as it may be up to ``max_height``."""
        picture = ImageReader(io.BytesIO(png))
        pixels_wide, pixels_high = picture.getSize()
        scale = min(self.paper.printable / pixels_wide, max_height / pixels_high)
        width, height = pixels_wide * scale, pixels_high * scale
        printable = self.paper.printable

        def draw(canvas: Canvas, x: float, y: float) -> None:
            canvas.drawImage(picture, x + (printable - width) / 2, y - height, width, height, mask="auto")
        self.rows.append(Row(height + 3, draw))

    def barcode(self, doc_id: str) -> None:
        geometry = barcodes.fitting(doc_id, self.paper.printable)
        height = 14 * mm
        width = self.paper.printable
        runs = barcodes.bars(geometry.pattern)

        def draw(canvas: Canvas, x: float, y: float) -> None:
            symbol = len(geometry.pattern) * geometry.module
            left = barcodes.snap(x + (width - symbol) / 2)
            canvas.setFillGray(0)
            for start, count in runs:
                canvas.rect(left + start * geometry.module, y - height, count * geometry.module, height,
                            stroke=0, fill=1)
        self.rows.append(Row(height + 2, draw))
        self.text(" ".join(doc_id[i:i + 4] for i in range(0, 16, 4)), align="center", size=self.size * 1.1)


# ---- Public API


def layout(doc: PrintedDocument, paper: Paper) -> Layout:
    out = Layout(paper)
    size = paper.size
    if doc.logo:
        out.image(doc.logo, max_height=18 * mm)
    out.text(doc.store_name, size=size * 1.45, bold=True, align="center")
    for line in doc.store_lines:
        out.text(line, align="center")
    out.space(size * 0.6)
    if doc.reprint:
        out.banner(doc.label("reprint", "REPRINT"))
    out.text(doc.title, size=size * 1.25, bold=True, align="center")
    out.space(size * 0.4)
    for label, value in doc.meta:
        out.pair(label, value)
    if doc.lines:
        out.rule()
        for item in doc.lines:
            out.pair(item.description, item.amount, bold=False)
            for detail in item.details:
                out.text(detail, size=size * 0.88, indent=size)
    if doc.totals:
        out.rule()
        for index, (label, value) in enumerate(doc.totals):
            last = index == len(doc.totals) - 1
            out.pair(label, value, bold=last, size=size * (1.2 if last else 1))
    if doc.tenders:
        out.space(size * 0.4)
        for label, value in doc.tenders:
            out.pair(label, value)
    if doc.big_amount:
        out.space(size * 0.5)
        out.text(doc.big_amount, size=size * 2.6, bold=True, align="center")
    if doc.notes:
        out.rule()
        for note in doc.notes:
            out.text(note, size=size * 0.95)
    out.space(size * 0.8)
    if doc.doc_id:
        out.barcode(doc.doc_id)
    if doc.barcode_caption:
        out.text(doc.barcode_caption, size=size * 0.88, align="center")
    if doc.footer:
        out.rule()
        for line in doc.footer:
            out.text(line, size=size * 0.85, align="center")
    return out


def render_pdf(doc: PrintedDocument, paper: Paper = ROLL_80MM) -> bytes:
    """The document as PDF bytes."""
    register_fonts()
    rows = layout(doc, paper).rows
    buffer = io.BytesIO()
    if paper.height is None:
        height = sum(row.height for row in rows) + 2 * paper.margin_y
        pages = [rows]
        page_size = (paper.width, height)
    else:
        page_size = (paper.width, paper.height)
        room = paper.height - 2 * paper.margin_y
        pages, current, used = [], [], 0.0
        for row in rows:
            if current and used + row.height > room:
                pages.append(current)
                current, used = [], 0.0
            current.append(row)
            used += row.height
        pages.append(current)
    canvas = Canvas(buffer, pagesize=page_size, pageCompression=1)
    canvas.setTitle(f"{doc.title} {doc.doc_id or doc.name}".strip())
    canvas.setAuthor(doc.store_name)
    canvas.setCreator("ReturnDesk")
    for page in pages:
        y = page_size[1] - paper.margin_y
        for row in page:
            row.draw(canvas, paper.margin_x, y)
            y -= row.height
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()
