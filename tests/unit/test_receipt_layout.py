"""One receipt layout, drawn by the PDF and by ESC/POS text mode: on a 58 mm
and an 80 mm roll each prints exactly the lines the layout decided, so the
two cannot drift apart (a 58 mm ESC/POS receipt once printed
"Printed2026-..." run together while the PDF was right)."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest

from desktop.printing import ROLL_58MM, ROLL_80MM, Paper, PrintedDocument, PrintedLine, escpos, render_pdf
from desktop.printing.layout import Banner, Barcode, Rule, TextLine, lay_out
from desktop.printing.pdf import PdfMetrics
from tests.unit.test_printing import printed_text

STAMP = "2026-12-03 10:20:33 +07:00"
ROLLS = [(ROLL_58MM, 32), (ROLL_80MM, 48)]


def receipt(**changes: object) -> PrintedDocument:
    base = dict(
        kind="return", doc_id="2000101000000015", title="RETURN RECEIPT", store_name="Harbor Goods Downtown",
        store_lines=("12 Main Street", "Tax ID 12-3456789"),
        meta=(("Printed", STAMP), ("Served by", "Dana Reyes (1001)"), ("Original receipt", "1000102000001234")),
        lines=(PrintedLine("Wireless noise-cancelling headphones, model 7 with carrying case", "$87.29",
                           ("1 x returned, opened", "serial SN-0042-7781")),
               PrintedLine("Cable", "$4.50")),
        totals=(("Items", "$91.79"), ("Restocking fee", "-$13.95"), ("Refund total", "$77.84")),
        tenders=(("Visa ending 4242", "$77.84"),),
        notes=("Opened electronics carry a 15% restocking fee.", "Keep this receipt for an exchange."),
        footer=("Returns within 30 days with the receipt.",), reprint=True)
    base.update(changes)
    return PrintedDocument(**base)  # type: ignore[arg-type]


def words(lines: list[str]) -> list[str]:
    return " ".join(lines).split()


def pdf_lines(doc: PrintedDocument, paper: Paper) -> list[str]:
    text = pdfium.PdfDocument(render_pdf(doc, paper))[0].get_textpage().get_text_range()
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def layout_texts(doc: PrintedDocument, metrics: object) -> list[str]:
    """Each text line of the layout as one string, words single-spaced."""
    out = []
    for line in lay_out(doc, metrics):  # type: ignore[arg-type]
        if isinstance(line, TextLine):
            out.append(" ".join(f"{line.left} {line.center} {line.right}".split()))
        elif isinstance(line, Banner):
            out.append(line.text)
        elif isinstance(line, Barcode):
            out.append(" ".join(line.doc_id[i:i + 4] for i in range(0, 16, 4)))  # the PDF prints the digits
    return [text for text in out if text]


@pytest.mark.parametrize(("paper", "columns"), ROLLS, ids=["58mm", "80mm"])
def test_escpos_prints_the_layout_line_for_line(paper: Paper, columns: int) -> None:
    doc = receipt()
    printed = printed_text(escpos.encode(doc, columns))
    laid_out = lay_out(doc, escpos.TextMetrics(columns))
    expected = []
    for line in laid_out:
        if isinstance(line, TextLine):
            expected.append(" ".join(f"{line.left} {line.center} {line.right}".split()))
        elif isinstance(line, Rule):
            expected.append("-" * columns)
        elif isinstance(line, Banner):
            expected.append(line.text)
    assert [" ".join(line.split()) for line in printed if line.strip()] == [text for text in expected if text]
    assert max(len(line) for line in printed) == columns  # the rules; nothing wider
    assert " REPRINT" in printed  # reverse video, a space either side


@pytest.mark.parametrize(("paper", "columns"), ROLLS, ids=["58mm", "80mm"])
def test_the_pdf_prints_the_layout_line_for_line(paper: Paper, columns: int) -> None:
    doc = receipt()
    assert pdf_lines(doc, paper) == layout_texts(doc, PdfMetrics(paper))


@pytest.mark.parametrize(("paper", "columns"), ROLLS, ids=["58mm", "80mm"])
def test_both_print_the_same_words_in_the_same_order(paper: Paper, columns: int) -> None:
    doc = receipt()
    on_paper = [line for line in printed_text(escpos.encode(doc, columns)) if line.strip() and set(line) != {"-"}]
    in_pdf = [line for line in pdf_lines(doc, paper) if line != "2000 1010 0000 0015"]
    assert words(on_paper) == words(in_pdf)


def test_a_timestamp_too_wide_for_58mm_goes_under_its_label_on_both() -> None:
    doc = receipt()
    for lines in (printed_text(escpos.encode(doc, 32)), pdf_lines(doc, ROLL_58MM)):
        stripped = [line.strip() for line in lines]
        at = stripped.index("Printed")
        assert stripped[at + 1] == STAMP
        assert not any("Printed2026" in line.replace(" ", "") and line.strip() != "Printed" for line in lines)
    on_80mm = printed_text(escpos.encode(doc, 48))
    assert any(line.startswith("Printed ") and line.endswith(STAMP) and len(line) == 48 for line in on_80mm)
    assert f"Printed {STAMP}" in pdf_lines(doc, ROLL_80MM)


def test_a_long_label_wraps_beside_its_amount_on_both() -> None:
    doc = receipt()
    for lines in (printed_text(escpos.encode(doc, 32)), pdf_lines(doc, ROLL_58MM)):
        first = next(line for line in lines if line.startswith("Wireless"))
        assert first.endswith("$87.29")
        assert "headphones," not in first.split()[-2:]  # the label wrapped: the rest is on the next lines
    text_58 = printed_text(escpos.encode(doc, 32))
    assert all(len(line) <= 32 for line in text_58)
    assert any(line.startswith(" 1 x returned") for line in text_58)  # details indented by one letter
