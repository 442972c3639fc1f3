"""Receipts, vouchers and gift receipts: PDF (80 mm roll or full page) and
ESC/POS. Pure: documents come in already worded; no database, no Qt."""

from desktop.printing.document import PrintedDocument, PrintedLine
from desktop.printing.pdf import A4_PAGE, LETTER_PAGE, PAPERS, ROLL_58MM, ROLL_80MM, Paper, render_pdf, roll

__all__ = ["A4_PAGE", "LETTER_PAGE", "PAPERS", "ROLL_58MM", "ROLL_80MM", "Paper", "PrintedDocument", "PrintedLine",
           "render_pdf", "roll"]
