"""A reply printed as a letter: A4, the store's letterhead, the customer's
address block, the subject and the text, wrapped with the bundled font."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop.printing.pdf import BOLD, SANS, draw_runs, register_fonts, width_of, wrap


def render_letter(store_name: str, store_lines: tuple[str, ...], to: tuple[str, ...], date: str, subject: str,
                  body: str) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1)
    canvas.setTitle(subject)
    canvas.setAuthor(store_name)
    width, height = A4
    left, right, top, bottom = 25 * mm, width - 25 * mm, height - 25 * mm, 25 * mm
    y = top

    def line(text: str, font: str = SANS, size: float = 11, gap: float = 1.4) -> None:
        nonlocal y
        if y < bottom:
            canvas.showPage()
            y = top
        draw_runs(canvas, left, y, text, font, size)  # Telugu runs in Noto Sans Telugu, shaped
        y -= size * gap

    line(store_name, BOLD, 14)
    for text in store_lines:
        line(text, size=9.5)
    y -= 12 * mm
    for text in to:
        line(text)
    y -= 6 * mm
    draw_runs(canvas, right - width_of(date, SANS, 11), y, date, SANS, 11)  # right-aligned, in any script
    y -= 10 * mm
    for text in wrap(subject, BOLD, 12, right - left):
        line(text, BOLD, 12)
    y -= 4 * mm
    for paragraph in body.split("\n"):
        for text in wrap(paragraph, SANS, 11, right - left):
            line(text)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
