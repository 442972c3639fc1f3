"""A report as a PDF page (A4 or Letter): title, range, the table, and a
note; long tables continue on the next page with their header repeated."""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from desktop.printing.pdf import BOLD, SANS, markup, register_fonts


def render_report(title: str, subtitle: str, columns: Sequence[str], rows: Sequence[Sequence[object]],
                  note: str = "", letter: bool = False, empty: str = "no data in this range") -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=LETTER if letter else A4, leftMargin=18 * mm, rightMargin=18 * mm,
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
    table = Table(data, repeatRows=1)
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
