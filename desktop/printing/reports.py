"""A report as a PDF page (A4 or Letter): title, range, the table, and a
note; long tables continue on the next page with their header repeated."""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from desktop.printing.pdf import BOLD, SANS, markup, register_fonts


def render_report(title: str, subtitle: str, columns: Sequence[str], rows: Sequence[Sequence[object]],
                  note: str = "", letter: bool = False, empty: str = "no data in this range") -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    page = LETTER if letter else A4
    if len(columns) > 6:  # a wide table (the staff scorecards) reads across the page
        page = landscape(page)
    doc = SimpleDocTemplate(buffer, pagesize=page, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm, title=title, author="ReturnDesk")
    # Shaped with HarfBuzz, Telugu runs in Noto Sans Telugu: a report prints in the store's language.
    heading = ParagraphStyle("h", fontName=BOLD, fontSize=15, leading=19, shaping=1)
    body = ParagraphStyle("b", fontName=SANS, fontSize=9.5, leading=12, shaping=1)
    cell = ParagraphStyle("c", fontName=SANS, fontSize=8.5, leading=10.5, shaping=1)
    head = ParagraphStyle("hc", fontName=BOLD, fontSize=8.5, leading=10.5, shaping=1)

    def text(value: object, style: ParagraphStyle) -> Paragraph:
        return Paragraph(markup("" if value is None else str(value), style.fontName), style)

    data = [[text(c, head) for c in columns]]
    data += [[text(value, cell) for value in row] for row in rows]
    if len(data) == 1:
        data.append([text(empty, cell)] + [""] * (len(columns) - 1))
    table = Table(data, repeatRows=1, colWidths=_widths(columns, rows, page[0] - 36 * mm))
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e8ed")),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f4f6f8")]),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    story = [text(title, heading), text(subtitle, body), Spacer(1, 5 * mm), table]
    if note:
        story += [Spacer(1, 4 * mm), text(note, body)]
    doc.build(story)
    return buffer.getvalue()


def _widths(columns: Sequence[str], rows: Sequence[Sequence[object]], room: float) -> list[float]:
    """Each column as wide as its longest text wants, shrunk to the page
    when the table is wider, never below its longest word (equal columns cut
    a name or a header in the middle of a word)."""
    pad = 14.0  # the cell's padding (6 pt a side) and a little air

    def measure(value: object, font: str) -> tuple[float, float]:
        text = "" if value is None else str(value)
        words = text.split() or [""]
        return stringWidth(text, font, 8.5) + pad, max(stringWidth(word, font, 8.5) for word in words) + pad

    wanted, least = [], []
    for index, header in enumerate(columns):
        sizes = [measure(header, BOLD)] + [measure(row[index], SANS) for row in rows if index < len(row)]
        wanted.append(max(size[0] for size in sizes))
        least.append(max(size[1] for size in sizes))
    if sum(wanted) <= room:
        return [width * room / sum(wanted) for width in wanted]
    spare = max(room - sum(least), 0.0)
    extra = [w - m for w, m in zip(wanted, least, strict=True)]
    share = sum(extra) or 1.0
    return [m + spare * e / share for m, e in zip(least, extra, strict=True)]
