"""Documents as PDF: an 80 mm thermal roll, or a full A4 / Letter page.

The roll is 80 mm wide with the 72 mm printable width of common 80 mm
printers (576 dots at 203 dpi) and a page as long as its content, so a
printer driver that feeds a roll cuts it where the receipt ends. A full page
is for a customer who asks for a copy to file; long documents flow onto
further pages.

The lines come from the layout every printer shares
(desktop/printing/layout.py), measured with the bundled fonts; each becomes
a row of known height, drawn top to bottom.
"""

from __future__ import annotations

import io
import re
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from desktop.printing import barcodes, layout
from desktop.printing.document import PrintedDocument
from desktop.printing.layout import Banner, Picture, Rule, Space, Style, TextLine
from desktop.printing.paper import ROLL_80MM, Paper
from desktop.resources import path as resource_path

SANS, BOLD = "ReturnDesk-Sans", "ReturnDesk-Sans-Bold"
TELUGU, TELUGU_BOLD = "ReturnDesk-Telugu", "ReturnDesk-Telugu-Bold"
# Telugu letters, signs and the joiners between them: drawn with Noto Sans
# Telugu and shaped by HarfBuzz (conjuncts, vowel signs), the rest with DejaVu.
_TELUGU_RUN = re.compile(r"[\u0C00-\u0C7F]+(?:[\u200C\u200D]*[\u0C00-\u0C7F]+)*")


@cache
def register_fonts() -> None:
    """DejaVu Sans (bundled in resources/fonts): Latin with Lithuanian and
    Vietnamese diacritics, Greek, Cyrillic; the PDF's base-14 Helvetica has
    only Latin-1. Noto Sans Telugu for Telugu, shaped with HarfBuzz."""
    for name, file in ((SANS, "DejaVuSans.ttf"), (BOLD, "DejaVuSans-Bold.ttf")):
        font = TTFont(name, str(resource_path("fonts", file)), asciiReadable=False)
        _short_name_table(font)
        _kept_subsets(font)
        pdfmetrics.registerFont(font)
    for name, file in ((TELUGU, "NotoSansTelugu-Regular.ttf"), (TELUGU_BOLD, "NotoSansTelugu-Bold.ttf")):
        font = TTFont(name, str(resource_path("fonts", file)), asciiReadable=False)
        _kept_subsets(font)
        pdfmetrics.registerFont(font)


class _FastFlate(pdfdoc.PDFStreamFilterZCompress):  # type: ignore[misc]  # reportlab is untyped
    """Flate at zlib's fastest level: the same FlateDecode streams, 4 % larger,
    compressed in a third of the time (the embedded font subsets are most of
    a receipt's bytes). A font subset made before (the same object, from
    `_kept_subsets`) is compressed once."""

    def encode(self, text: str | bytes) -> bytes:
        if isinstance(text, bytes) and len(text) > 4096:
            return _compressed_subset(text)
        return zlib.compress(text.encode("utf8") if isinstance(text, str) else text, 1)


@lru_cache(maxsize=64)
def _compressed_subset(data: bytes) -> bytes:
    return zlib.compress(data, 1)


def _kept_subsets(font: TTFont) -> None:
    """Receipts draw the same few dozen characters: the subset of the font
    embedded for a set of characters is made once and kept (reportlab made
    it again for every PDF: most of a small receipt's time)."""
    face = font.face
    make = face.makeSubset

    @lru_cache(maxsize=64)
    def subset_of(characters: tuple[int, ...]) -> bytes:
        return bytes(make(list(characters)))

    face.makeSubset = lambda subset: subset_of(tuple(subset))


pdfdoc.PDFZCompress = _FastFlate()  # the filter reportlab looks up for every stream it compresses


def _short_name_table(font: TTFont) -> None:
    """Each embedded subset copies the font's 'name' table, 15 KB of DejaVu's
    licence and names in every PDF: the subsets carry the copyright, family,
    style and PostScript names only (the table every PDF reader needs)."""
    face = font.face

    def plain(value: bytes | str) -> str:
        return value.decode() if isinstance(value, bytes) else value

    names = ((0, "Copyright (c) 2003 by Bitstream, Inc. DejaVu changes are in public domain."),
             (1, plain(face.familyName)), (2, plain(face.styleName)), (4, plain(face.name)), (6, plain(face.name)))
    records, strings = b"", b""
    for number, text in names:
        data = text.encode("utf-16-be")
        records += struct.pack(">HHHHHH", 3, 1, 0x409, number, len(data), len(strings))
        strings += data
    table = struct.pack(">HHH", 0, len(names), 6 + len(records)) + records + strings
    read = face.get_table
    face.get_table = lambda tag: table if tag == "name" else read(tag)


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

        return float(bidiShapedText(segment, direction=None, fontName=font, fontSize=size, shaping=True)[1])
    return float(pdfmetrics.stringWidth(segment, font, size))


@lru_cache(maxsize=16384)
def width_of(text: str, font: str, size: float) -> float:
    """Points ``text`` takes in ``font`` at ``size``: kept, since a receipt
    measures the same words many times while it wraps its lines."""
    if font not in (SANS, BOLD):
        return float(pdfmetrics.stringWidth(text, font, size))
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
    """Lines no wider than ``width`` points in ``font`` at ``size``."""
    return layout.wrap(text, width, lambda part: width_of(part, font, size))


# ---- Rows: the shared layout, measured in points, then drawn


DrawAt = Callable[[Canvas, float, float], None]  # (canvas, left x, top y)


@dataclass
class Row:
    height: float
    draw: DrawAt


@dataclass(frozen=True)
class PdfMetrics:
    """The layout's measures on this paper: points of the bundled fonts."""

    paper: Paper

    @property
    def width(self) -> float:
        return self.paper.printable

    def measure(self, text: str, style: Style) -> float:
        return width_of(text, _font(style), self.paper.size * style.size)

    def em(self, style: Style) -> float:
        return self.paper.size * style.size


def _font(style: Style) -> str:
    return BOLD if style.bold else SANS


def rows(doc: PrintedDocument, paper: Paper) -> list[Row]:
    """The document's lines (desktop/printing/layout.py), each with its height and drawing."""
    return [_row(line, paper) for line in layout.lay_out(doc, PdfMetrics(paper))]


def _row(line: layout.Line, paper: Paper) -> Row:
    width, body = paper.printable, paper.size
    if isinstance(line, TextLine):
        return _text_row(line, paper)
    if isinstance(line, Space):
        return Row(body * line.ems, lambda canvas, x, y: None)
    if isinstance(line, Rule):
        def draw_rule(canvas: Canvas, x: float, y: float) -> None:
            canvas.setDash(2, 2)
            canvas.setLineWidth(0.6)
            canvas.line(x, y - 3, x + width, y - 3)
            canvas.setDash()
        return Row(6, draw_rule)
    if isinstance(line, Banner):
        return _banner(line.text, paper)
    if isinstance(line, Picture):
        return _picture(line.png, line.max_height_mm * mm, paper)
    return _barcode(line.doc_id, paper)


def _text_row(line: TextLine, paper: Paper) -> Row:
    font, size = _font(line.style), paper.size * line.style.size
    leading, width = size * 1.3, paper.printable
    indent = line.indent * size

    def draw(canvas: Canvas, x: float, y: float) -> None:
        baseline = y - leading + (leading - size) / 2 + size * 0.22
        if line.left:
            draw_runs(canvas, x + indent, baseline, line.left, font, size)
        if line.right:
            draw_runs(canvas, x + width - width_of(line.right, font, size), baseline, line.right, font, size)
        if line.center:
            draw_runs(canvas, x + (width - width_of(line.center, font, size)) / 2, baseline, line.center, font, size)
    return Row(leading, draw)


def _banner(text: str, paper: Paper) -> Row:
    """White on black, as thermal printers print a reverse-video line."""
    size = paper.size * 1.3
    height = size * 1.6
    width = paper.printable

    def draw(canvas: Canvas, x: float, y: float) -> None:
        canvas.setFillGray(0)
        canvas.rect(x, y - height, width, height, stroke=0, fill=1)
        canvas.setFillGray(1)
        # Centred, each script in its font (a Telugu REPRINT is shaped like every other line).
        draw_runs(canvas, x + (width - width_of(text, BOLD, size)) / 2, y - height + (height - size) / 2 + size * 0.2,
                  text, BOLD, size)
        canvas.setFillGray(0)
    return Row(height + 2, draw)


def _picture(png: bytes, max_height: float, paper: Paper) -> Row:
    """A picture (the store's logo), centred, as wide as it may be up to ``max_height``."""
    picture = ImageReader(io.BytesIO(png))
    pixels_wide, pixels_high = picture.getSize()
    scale = min(paper.printable / pixels_wide, max_height / pixels_high)
    width, height = pixels_wide * scale, pixels_high * scale
    printable = paper.printable

    def draw(canvas: Canvas, x: float, y: float) -> None:
        canvas.drawImage(picture, x + (printable - width) / 2, y - height, width, height, mask="auto")
    return Row(height + 3, draw)


def _barcode(doc_id: str, paper: Paper) -> Row:
    """The bars on whole printer dots, and the digits in fours under them."""
    geometry = barcodes.fitting(doc_id, paper.printable)
    bars_height = 14 * mm
    width = paper.printable
    runs = barcodes.bars(geometry.pattern)
    size = paper.size * 1.1
    digits = " ".join(doc_id[i:i + 4] for i in range(0, 16, 4))
    caption = _text_row(TextLine(Style(1.1), center=digits), paper)

    def draw(canvas: Canvas, x: float, y: float) -> None:
        symbol = len(geometry.pattern) * geometry.module
        left = barcodes.snap(x + (width - symbol) / 2)
        canvas.setFillGray(0)
        for start, count in runs:
            canvas.rect(left + start * geometry.module, y - bars_height, count * geometry.module, bars_height,
                        stroke=0, fill=1)
        caption.draw(canvas, x, y - bars_height - 2)
    return Row(bars_height + 2 + size * 1.3, draw)


# ---- Public API


def render_pdf(doc: PrintedDocument, paper: Paper = ROLL_80MM) -> bytes:
    """The document as PDF bytes."""
    register_fonts()
    lines = rows(doc, paper)
    buffer = io.BytesIO()
    if paper.height is None:
        height = sum(row.height for row in lines) + 2 * paper.margin_y
        pages: list[list[Row]] = [lines]
        page_size = (paper.width, height)
    else:
        page_size = (paper.width, paper.height)
        room = paper.height - 2 * paper.margin_y
        pages = []
        current: list[Row] = []
        used = 0.0
        for row in lines:
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
