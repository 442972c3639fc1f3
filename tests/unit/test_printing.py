"""The printing layer without a database: barcode geometry on whole printer
dots, text that wraps, ESC/POS bytes, and a network printer on port 9100."""

from __future__ import annotations

import socket
import threading

import pypdfium2 as pdfium
import pytest
import zxingcpp
from PIL import Image
from reportlab.lib.units import mm

from desktop.printing import A4_PAGE, ROLL_58MM, ROLL_80MM, PrintedDocument, PrintedLine, barcodes, escpos, render_pdf
from desktop.printing.outputs import EscPosOutput, PdfFolder, from_setting
from desktop.printing.pdf import BOLD, SANS, register_fonts, width_of, wrap

DOC_ID = "2000101000000015"


def sample(**changes: object) -> PrintedDocument:
    base = dict(
        kind="return", doc_id=DOC_ID, title="RETURN RECEIPT", store_name="Harbor & Pine, Main Street",
        store_lines=("12 Main Street",), meta=(("Served by", "Alex Rivera (1001)"),),
        lines=(PrintedLine("Đồng hồ thông minh — Išmanusis laikrodis ąčęėįšųūž " * 3, "$87.29",
                           ("1 × returned · opened",)),),
        totals=(("Items", "$92.99"), ("Refund total", "$87.29")), tenders=(("Card ending 4242", "$87.29"),),
        notes=("Opened electronics carry a 15% restocking fee ($13.95).",), footer=("Returns: 30 days.",),
    )
    base.update(changes)
    return PrintedDocument(**base)  # type: ignore[arg-type]


def decode(pdf: bytes, dpi: int = 203) -> tuple[list[str], tuple[float, float], int]:
    document = pdfium.PdfDocument(pdf)
    page = document[0]
    image = page.render(scale=dpi / 72).to_pil()
    found = [result.text for result in zxingcpp.read_barcodes(image)
             if result.format == zxingcpp.BarcodeFormat.Code128]
    return found, page.get_size(), len(document)


def test_code128_uses_set_c_and_quiet_zones_fit_the_roll() -> None:
    pattern = barcodes.modules(DOC_ID)
    # Start C + 8 digit pairs + check symbol (11 modules each) + stop (13).
    assert len(pattern) == 11 + 8 * 11 + 11 + 13
    geometry = barcodes.fitting(DOC_ID, ROLL_80MM.printable)
    assert geometry.dots == 3  # the widest whole-dot module that fits 72 mm with its quiet zones
    assert geometry.width <= ROLL_80MM.printable
    assert geometry.module == pytest.approx(3 * 72 / 203)
    assert sum(width for _, width in barcodes.bars(pattern)) == pattern.count("1")


def test_an_invalid_id_is_never_printed() -> None:
    with pytest.raises(ValueError):
        barcodes.modules("2000101000000016")  # wrong check digit


def test_roll_receipt_is_80mm_wide_and_its_barcode_decodes() -> None:
    found, (width, height), pages = decode(render_pdf(sample()))
    assert found == [DOC_ID]
    assert width == pytest.approx(80 * mm, abs=0.01)
    assert pages == 1 and height > 80 * mm  # one page as long as the receipt


def test_a_long_receipt_stays_one_roll_page_and_flows_over_a4_pages() -> None:
    many = tuple(PrintedLine(f"Item {n} with a fairly long description", "$1.00", ("1 × $1.00",)) for n in range(90))
    roll = decode(render_pdf(sample(lines=many)))
    assert roll[2] == 1 and roll[0] == [DOC_ID]
    pdf = render_pdf(sample(lines=many), A4_PAGE)
    document = pdfium.PdfDocument(pdf)
    assert len(document) >= 2
    last = document[len(document) - 1]
    found = zxingcpp.read_barcodes(last.render(scale=203 / 72).to_pil())
    assert [r.text for r in found] == [DOC_ID]


def test_text_wraps_inside_the_printable_width_even_without_spaces() -> None:
    register_fonts()
    text = "ProfessionalGradeCordlessHammerDrillKitWithTwoBatteries and more words after it"
    lines = wrap(text, SANS, 8.5, 100)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    assert all(width_of(line, SANS, 8.5) <= 100 for line in lines)
    assert len(wrap("", BOLD, 10, 50)) == 1


def test_reprint_is_marked_on_paper() -> None:
    pdf = render_pdf(sample(reprint=True))
    text = pdfium.PdfDocument(pdf)[0].get_textpage().get_text_range()
    assert "REPRINT" in text
    assert "REPRINT" not in pdfium.PdfDocument(render_pdf(sample()))[0].get_textpage().get_text_range()


def test_non_latin_letters_survive_in_the_pdf_text() -> None:
    text = pdfium.PdfDocument(render_pdf(sample()))[0].get_textpage().get_text_range()
    assert "ąčęėįšųūž" in text.replace("\r", "").replace("\n", "")


# ---- ESC/POS


def test_escpos_bytes_carry_init_code128_set_c_and_cut() -> None:
    data = escpos.encode(sample(reprint=True))
    assert data.startswith(b"\x1b@")
    payload = b"{C" + bytes([20, 0, 10, 10, 0, 0, 0, 15])
    assert b"\x1dk\x49" + bytes([len(payload)]) + payload in data
    assert data.endswith(b"\x1dV\x42\x00")
    assert b"REPRINT" in data and b"Card ending 4242" in data
    # No line of text wider than the printer's 48 columns, and every word of the item on the paper.
    lines = printed_text(data)
    assert max(len(line) for line in lines) == escpos.CHARS_PER_LINE
    assert " ".join(" ".join(lines).split()).count("?ong ho thông minh") == 3  # Đ is not in code page 1252


# The commands encode() sends, by their lengths: ESC x n, GS x n, ESC p m t1 t2, GS V m n; GS k m n data.
_COMMAND_LENGTHS = {(0x1B, ord("@")): 2, (0x1B, ord("t")): 3, (0x1B, ord("a")): 3, (0x1B, ord("E")): 3,
                    (0x1B, ord("p")): 5, (0x1D, ord("!")): 3, (0x1D, ord("B")): 3, (0x1D, ord("h")): 3,
                    (0x1D, ord("w")): 3, (0x1D, ord("H")): 3, (0x1D, ord("V")): 4}


def printed_text(job: bytes) -> list[str]:
    """The lines of text an ESC/POS printer prints from a text-mode job (the
    commands read and left out; the barcode's own digits are the printer's)."""
    text, i = bytearray(), 0
    while i < len(job):
        if job[i] in (0x1B, 0x1D):
            if (job[i], job[i + 1]) == (0x1D, ord("k")):
                i += 4 + job[i + 3]
                continue
            i += _COMMAND_LENGTHS[(job[i], job[i + 1])]
            continue
        text.append(job[i])
        i += 1
    return [line.rstrip() for line in text.decode("cp1252").split("\n")]


def test_escpos_text_drops_accents_the_code_page_lacks() -> None:
    assert escpos.encode_text("Café ą ő") == b"Caf\xe9 a o"


class FakeNetworkPrinter:
    """A TCP listener standing in for a receipt printer on port 9100."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.received = b""
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        conn, _ = self.server.accept()
        with conn:
            while chunk := conn.recv(65536):
                self.received += chunk
        self.server.close()


def test_network_printer_receives_exactly_the_job() -> None:
    printer = FakeNetworkPrinter()
    output = from_setting(f"escpos://127.0.0.1:{printer.port}?mode=text", receipt_dir=None)  # type: ignore[arg-type]
    assert isinstance(output, EscPosOutput)
    where = output.deliver(sample())
    printer.thread.join(5)
    assert printer.received == escpos.encode(sample())
    assert f"127.0.0.1:{printer.port}" in where


def printed_image(job: bytes, dots: int = escpos.DOTS_PER_LINE) -> Image.Image:
    """What a printer makes of a job's GS v 0 bands: a black-on-white image."""
    assert job.startswith(escpos.INIT) and job.endswith(b"\x1dV\x42\x00")
    rows, width, position, bits = 0, 0, 0, bytearray()
    while (start := job.find(b"\x1dv0\x00", position)) >= 0:
        width = int.from_bytes(job[start + 4:start + 6], "little")
        height = int.from_bytes(job[start + 6:start + 8], "little")
        assert 0 < height <= escpos.BAND_ROWS
        bits += job[start + 8:start + 8 + width * height]
        rows, position = rows + height, start + 8 + width * height
    assert width * 8 == dots and rows > 0
    return Image.frombytes("1", (width * 8, rows), bytes(bits)).point(lambda dot: 255 - dot)


TELUGU = sample(store_name="Hàng Đào", notes=("మీ కార్డుకు $87.29 తిరిగి చెల్లిస్తాము.",))


def test_a_raster_job_prints_every_script_with_a_barcode_that_scans() -> None:
    image = printed_image(escpos.encode_raster(render_pdf(TELUGU, ROLL_80MM)))
    found = [r.text for r in zxingcpp.read_barcodes(image) if r.format == zxingcpp.BarcodeFormat.Code128]
    assert found == [DOC_ID]
    # The dots are the roll's PDF at 203 dpi inside its 4 mm margins: the same
    # ink, row for row, where the Telugu note is drawn.
    reference = pdfium.PdfDocument(render_pdf(TELUGU, ROLL_80MM))[0].render(scale=203 / 72, grayscale=True)
    gray = reference.to_pil().convert("L")
    left = (gray.width - escpos.DOTS_PER_LINE) // 2
    expected = gray.crop((left, 0, left + escpos.DOTS_PER_LINE, image.height)).point(lambda v: 0 if v < 128 else 255)
    assert image.convert("L").tobytes() == expected.tobytes()
    assert image.convert("L").getextrema() == (0, 255)


@pytest.mark.parametrize(("doc", "mode", "raster"), [
    (sample(lines=(PrintedLine("Café crème", "$4.50"),), store_name="Ñandú"), "auto", False),  # WPC1252 holds these
    (sample(), "auto", True),  # Vietnamese and Lithuanian letters it lacks
    (TELUGU, "auto", True),
    (TELUGU, "text", False),  # IT's choice: accents dropped, '?' for the rest
    (sample(lines=(PrintedLine("Cable", "$4.50"),)), "raster", True),
])
def test_the_mode_decides_text_or_dots(doc: PrintedDocument, mode: str, raster: bool, tmp_path) -> None:  # type: ignore[no-untyped-def]
    device = tmp_path / "lp0"
    device.write_bytes(b"")
    from_setting(f"escpos-device://{device}?mode={mode}", tmp_path).deliver(doc)
    job = device.read_bytes()
    assert (b"\x1dv0\x00" in job) is raster
    assert job == (escpos.encode_raster(render_pdf(doc, ROLL_80MM)) if raster else escpos.encode(doc))


def test_an_unreachable_printer_is_a_clear_error() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # nothing listens here once closed
    with pytest.raises(escpos.PrinterError, match=f"127.0.0.1:{port} did not take the job"):
        from_setting(f"escpos://127.0.0.1:{port}", receipt_dir=None).deliver(sample())  # type: ignore[arg-type]


def test_device_printer_writes_the_job_to_the_device_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    device = tmp_path / "lp0"
    device.write_bytes(b"")
    english = sample(lines=(PrintedLine("USB-C cable, 2 m", "$12.99"),))
    from_setting(f"escpos-device://{device}", tmp_path).deliver(english)
    assert device.read_bytes() == escpos.encode(english)


@pytest.mark.parametrize("setting", ["escpos://", "escpos://host:99999", "laser", "escpos-device://",
                                     "escpos://host?mode=fancy", "pdf?mode=raster", "escpos://host?drawer=maybe",
                                     "escpos://host?colour=red"])
def test_bad_printer_settings_are_refused(setting: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(escpos.PrinterError, match="printer"):
        from_setting(setting, tmp_path)


def test_pdf_folder_keeps_reprints_apart(tmp_path) -> None:  # type: ignore[no-untyped-def]
    output = from_setting("pdf", tmp_path, paper="a4")
    assert isinstance(output, PdfFolder) and output.paper is A4_PAGE
    first = output.deliver(sample())
    again = output.deliver(sample(reprint=True))
    assert first != again and first.endswith(f"return-{DOC_ID}.pdf")
    assert decode((tmp_path / f"return-{DOC_ID}.pdf").read_bytes())[0] == [DOC_ID]
    assert not list(tmp_path.glob("*.part"))


def fonts_on(pdf: bytes) -> set[str]:
    """The base fonts the first page's text is drawn with."""
    import ctypes

    import pypdfium2.raw as raw

    names = set()
    for obj in pdfium.PdfDocument(pdf)[0].get_objects():
        if obj.type == raw.FPDF_PAGEOBJ_TEXT:
            buffer = ctypes.create_string_buffer(256)
            raw.FPDFFont_GetBaseFontName(raw.FPDFTextObj_GetFont(obj.raw), buffer, 256)
            names.add(buffer.value.decode())
    return names


def test_telugu_is_drawn_in_its_font_on_a_reprint_banner_and_a_letter() -> None:
    """Every line that can carry the store's words: the REPRINT banner of a
    Telugu receipt, and a reply letter's body and date (DejaVu has no Telugu
    and drew boxes there)."""
    from desktop.printing.letters import render_letter

    banner = render_pdf(sample(reprint=True, labels={"reprint": "మళ్లీ ముద్రణ"}))
    assert "NotoSansTelugu-Bold" in fonts_on(banner)
    assert "ముద్రణ" in pdfium.PdfDocument(banner)[0].get_textpage().get_text_range()
    letter = render_letter("Harbor & Pine", (), ("లక్ష్మి",), "1 డిసెంబర్, 2026", "మీ కేసు 0001-5",
                           "ప్రియమైన లక్ష్మి,\n\nధన్యవాదాలు.")
    assert {"NotoSansTelugu-Regular", "NotoSansTelugu-Bold"} <= fonts_on(letter)
    text = pdfium.PdfDocument(letter)[0].get_textpage().get_text_range()
    assert "డిసెంబర్" in text and "ధన్యవాదాలు" in text


# ---- A 58 mm roll: 48 mm printable, 384 dots, 32 columns


def test_a_58mm_roll_fits_its_width_and_its_barcode_scans() -> None:
    found, (width, _), _ = decode(render_pdf(sample(), ROLL_58MM))
    assert found == [DOC_ID] and width == pytest.approx(58 * mm)
    assert barcodes.fitting(DOC_ID, ROLL_58MM.printable).width <= ROLL_58MM.printable


def test_the_rolls_printable_widths_in_dots() -> None:
    assert escpos.dots_across(ROLL_80MM.printable) == escpos.DOTS_PER_LINE == 576
    assert escpos.dots_across(ROLL_58MM.printable) == 384
    assert escpos.DOTS_PER_LINE // escpos.FONT_A_DOTS == escpos.CHARS_PER_LINE


def test_an_escpos_printer_on_a_58mm_roll_gets_32_columns_or_384_dots(tmp_path) -> None:  # type: ignore[no-untyped-def]
    device = tmp_path / "lp0"
    english = sample(lines=(PrintedLine("Wireless noise-cancelling headphones, model 7 with case", "$87.29"),))
    for mode in ("text", "raster"):
        device.write_bytes(b"")
        from_setting(f"escpos-device://{device}?mode={mode}", tmp_path, paper="roll58").deliver(english)
        job = device.read_bytes()
        if mode == "text":
            assert max(len(line) for line in printed_text(job)) == 32
        else:
            image = printed_image(job, dots=384)
            found = [r.text for r in zxingcpp.read_barcodes(image) if r.format == zxingcpp.BarcodeFormat.Code128]
            assert found == [DOC_ID]


def test_the_drawer_pulse_leads_the_job_unless_the_setting_turns_it_off(tmp_path) -> None:  # type: ignore[no-untyped-def]
    device = tmp_path / "lp0"
    cash = sample(lines=(PrintedLine("Cable", "$4.50"),), opens_drawer=True)
    for setting, mode, pulse in (("", "text", True), ("?drawer=off", "text", False), ("?mode=raster", "raster", True),
                                 ("?mode=raster&drawer=off", "raster", False)):
        device.write_bytes(b"")
        from_setting(f"escpos-device://{device}{setting}", tmp_path).deliver(cash)
        job = device.read_bytes()
        assert job.startswith(escpos.INIT + escpos.DRAWER_PULSE) is pulse
        assert job.count(escpos.DRAWER_PULSE) == (1 if pulse else 0)
        assert (b"\x1dv0\x00" in job) is (mode == "raster")
    device.write_bytes(b"")
    from_setting(f"escpos-device://{device}", tmp_path).deliver(sample(lines=(PrintedLine("Cable", "$4.50"),)))
    assert escpos.DRAWER_PULSE not in device.read_bytes()


def test_a_value_too_wide_to_share_its_line_goes_under_its_label() -> None:
    stamp = "2026-12-01T22:29:19+00:00"  # the printer test's timestamp: half a 58 mm line
    text = {paper.name: pdfium.PdfDocument(render_pdf(sample(meta=(("Printed", stamp),)), paper))[0]
            .get_textpage().get_text_range() for paper in (ROLL_58MM, ROLL_80MM)}
    assert f"Printed\r\n{stamp}\r\n" in text["roll58"]  # before: drawn over the label's end
    assert f"Printed {stamp}\r\n" in text["roll80"]  # room enough: one line, as before


def test_the_app_starts_without_reportlab_or_alembic() -> None:
    """Both load when first needed (a PDF, a migration), not at every start:
    the window, the command line's parser and the schema check import neither
    (they cost the cold start 240 ms and 11 MB)."""
    import os
    import subprocess
    import sys

    code = ("import sys\nimport desktop.ui.shell, desktop.ui.app, desktop.bootstrap\n"
            "from desktop.cli.parser import build_parser\nfrom desktop.services import station_printer\n"
            "from desktop.printing import PAPERS, roll\nbuild_parser(lambda args: 0)\n"
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'reportlab', 'alembic'}))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.stdout.strip() == "[]"
