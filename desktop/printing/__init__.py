"""Receipts, vouchers and gift receipts: PDF (80 mm roll or full page) and
ESC/POS. Pure: documents come in already worded; no database, no Qt.

The PDF side (reportlab, 80 ms to import) loads when a PDF is first made,
not with the package: the app starts without it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from desktop.printing.document import PrintedDocument, PrintedLine
from desktop.printing.paper import A4_PAGE, LETTER_PAGE, PAPERS, ROLL_58MM, ROLL_80MM, Paper, roll

if TYPE_CHECKING:
    from desktop.printing.pdf import render_pdf

__all__ = ["A4_PAGE", "LETTER_PAGE", "PAPERS", "ROLL_58MM", "ROLL_80MM", "Paper", "PrintedDocument", "PrintedLine",
           "render_pdf", "roll"]


def __getattr__(name: str) -> Any:
    if name == "render_pdf":
        from desktop.printing.pdf import render_pdf

        return render_pdf
    raise AttributeError(f"module 'desktop.printing' has no attribute {name!r}")
