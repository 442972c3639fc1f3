"""A station's printer as the command line drives it: a document as a PDF,
a document or IT's test page sent to the configured printer. (The window
prints through Qt's own dialog for the system printer: desktop/ui/printer.py.)"""

from __future__ import annotations

from pathlib import Path

from desktop.config import Settings
from desktop.messages import QT_TR_NOOP
from desktop.policy.docid import DocumentId, DocumentKind
from desktop.printing import PAPERS, PrintedDocument, PrintedLine
from desktop.printing.outputs import Output, from_setting
from desktop.services.context import Context
from desktop.services.documents import fetch
from desktop.services.errors import RequestError
from desktop.services.receipts import parse_code

PAPER_NAMES = tuple(sorted(PAPERS))


def receipt_dir(settings: Settings) -> Path:
    return Path(settings.receipt_dir) if settings.receipt_dir else settings.data_dir / "receipts"


def output(settings: Settings) -> Output:
    """Where this station's documents go (a PDF folder or an ESC/POS
    printer); PrinterError for a setting that names nothing known."""
    return from_setting(settings.printer, receipt_dir(settings), settings.paper)


def document_pdf(ctx: Context, code: str, paper: str, reprint: bool = False) -> tuple[PrintedDocument, bytes]:
    """A sale, return, voucher or gift receipt and its PDF on ``paper``."""
    parse_code(code)  # a misread code is refused before the database is asked
    if paper not in PAPERS:
        raise RequestError(QT_TR_NOOP("--paper: expected one of {papers}"), papers=", ".join(PAPER_NAMES))
    from desktop.printing.pdf import render_pdf  # reportlab, loaded by the first document

    printed = fetch(ctx, code, reprint=reprint)
    return printed, render_pdf(printed, PAPERS[paper])


def print_document(ctx: Context, settings: Settings, code: str, reprint: bool = False) -> tuple[PrintedDocument, str]:
    """The document on the station's printer: it and where it went."""
    parse_code(code)
    target = output(settings)
    printed = fetch(ctx, code, reprint=reprint)
    return printed, target.deliver(printed)


def test_page(settings: Settings, when: str, drawer: bool) -> str:
    """What IT prints when installing a station: every script the stores
    write in, amounts, a barcode to scan back, and, if asked, the cash
    drawer's pulse. In English: it is for IT, like the rest of the command
    line. Where it went."""
    target = output(settings)
    check_id = str(DocumentId.make(DocumentKind.RETURN, "0000", "00", 1))  # store 0000: never a real document
    station = f"store {settings.store or '-'}, register {settings.register}"
    page = PrintedDocument(
        kind="check", doc_id=check_id, title="PRINTER TEST", store_name="ReturnDesk",
        meta=(("Printer", settings.printer), ("Paper", settings.paper), ("Station", station), ("Printed", when)),
        lines=(PrintedLine("English, Filipino: Ñandú café", "$1.00"), PrintedLine("Tiếng Việt: Đồng hồ", "1.000 ₫"),
               PrintedLine("Lietuvių: ąčęėįšųūž", "1,00 €"), PrintedLine("తెలుగు: పరీక్ష రసీదు", "₹1.00")),
        notes=(f"The barcode below scans as {check_id}.",
               "The cash drawer was sent its pulse." if drawer else "The cash drawer was left shut."),
        barcode_caption="Scan it at the counter: ReturnDesk says no such return.",
        opens_drawer=drawer, name="printer-test",
    )
    return target.deliver(page)
