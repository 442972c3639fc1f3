"""Printing: a return receipt rendered to an 80 mm PDF, and the same return
as ESC/POS bytes, as text and as the printer's dots (raster, for scripts the
printer's code page lacks). Pure: the document is built once from a return
with as many lines as a busy counter sees."""

from __future__ import annotations

from bench.stats import Timing, measure
from desktop.printing import PrintedDocument, PrintedLine, render_pdf
from desktop.printing.escpos import encode, encode_raster
from desktop.printing.pdf import register_fonts


def return_receipt(lines: int) -> PrintedDocument:
    return PrintedDocument(
        kind="return", doc_id="2000101000000015", title="RETURN RECEIPT", store_name="Harbor & Pine, Main Street",
        store_lines=("12 Main Street, Springfield", "(555) 010-0001"),
        meta=(("Date", "Nov 23, 2026, 10:41:25 AM"), ("Original receipt", "1000101000000308"),
              ("Served by", "Alex Rivera (1001)"), ("Approved by", "Morgan Lee (9001)")),
        lines=tuple(PrintedLine(f"Wireless noise-cancelling headphones, model {n}", "$87.29",
                                ("1 × returned  ·  opened  ·  changed mind", f"Serial SN{n:07d}",
                                 "Item $92.99  ·  tax $8.25", "Restocking fee -$13.95")) for n in range(lines)),
        totals=(("Items", "$92.99"), ("Tax", "$8.25"), ("Restocking fees", "-$13.95"), ("Refund total", "$87.29")),
        tenders=(("Card ending 4242", "$87.29"),),
        notes=("Opened electronics carry a 15% restocking fee ($13.95).",),
        footer=("Returns: 30 days with receipt (electronics 15, apparel 60).", "Clearance items are final sale."),
    )


def run(quick: bool) -> list[tuple[str, Timing]]:
    register_fonts()  # once per process, at start-up
    runs = 60 if quick else 300
    small, busy = return_receipt(3), return_receipt(20)
    return [
        ("print_return_pdf_3", measure("return receipt PDF, 3 lines (80 mm)", lambda _: render_pdf(small), runs)),
        ("print_return_pdf_20", measure("return receipt PDF, 20 lines (80 mm)", lambda _: render_pdf(busy), runs)),
        ("print_return_escpos_20", measure("return receipt ESC/POS bytes, 20 lines", lambda _: encode(busy), runs)),
        ("print_return_raster_20", measure("return receipt ESC/POS raster (PDF to 203 dpi dots), 20 lines",
                                           lambda _: encode_raster(render_pdf(busy)), runs // 3)),
    ]
