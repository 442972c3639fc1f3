"""ESC/POS: the command language of receipt printers (Epson TM series and
the many printers that speak it), sent over the network (raw TCP, port
9100), to a USB printer's device file (/dev/usb/lp0) or to a serial port.

Two ways to print a document:

- text: the printer's own font in its code page (WPC1252), and the barcode
  drawn by the printer itself (GS k, CODE128 with code set C), exact at its
  own resolution. Fast and crisp, for documents in the code page's letters.
- raster: the roll's PDF (desktop/printing/pdf.py), rendered at the printer's
  203 dpi and sent as a raster bit image (GS v 0). Every script the PDF draws
  prints, with its barcode bars on whole dots: Vietnamese with its tone marks,
  Lithuanian, Telugu, which no receipt printer's code page holds.

``auto`` (the default) prints as text what the code page can hold exactly and
everything else as raster, rather than dropping accents or printing '?'.
"""

from __future__ import annotations

import socket
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from desktop.messages import QT_TR_NOOP, Explained
from desktop.printing.document import PrintedDocument
from desktop.printing.layout import DOUBLE_FROM, Banner, Barcode, Rule, Space, Style, TextLine, lay_out

ESC, GS = b"\x1b", b"\x1d"
INIT = ESC + b"@"
CODEPAGE_1252 = ESC + b"t\x10"  # WPC1252: Western European, with the euro sign
DRAWER_PULSE = ESC + b"p\x00\x19\xfa"  # ESC p: the drawer on pin 2, 50 ms on, 500 ms off
FONT_A_DOTS = 12  # the width of a font A character
CHARS_PER_LINE = 48  # font A on an 80 mm roll's 72 mm printable width (dots_across // FONT_A_DOTS)


class PrinterError(Explained, OSError):
    """The printer could not be reached or refused the job; the document is
    kept and can be printed again."""


def _align(where: str) -> bytes:
    return ESC + b"a" + {"left": b"\x00", "center": b"\x01", "right": b"\x02"}[where]


def _bold(on: bool) -> bytes:
    return ESC + b"E" + (b"\x01" if on else b"\x00")


def _size(double: bool) -> bytes:
    return GS + b"!" + (b"\x11" if double else b"\x00")


def _reverse(on: bool) -> bytes:
    return GS + b"B" + (b"\x01" if on else b"\x00")


def encode_text(text: str) -> bytes:
    """Text in code page 1252; what it cannot hold loses its accents, then
    becomes '?'."""
    out = bytearray()
    for char in text:
        try:
            out += char.encode("cp1252")
        except UnicodeEncodeError:
            plain = unicodedata.normalize("NFKD", char).encode("ascii", "ignore")
            out += plain or b"?"
    return bytes(out)


def barcode_code128(doc_id: str) -> bytes:
    """GS k m=73 (CODE128): '{C' selects code set C, then two digits per byte."""
    data = b"{C" + bytes(int(doc_id[i:i + 2]) for i in range(0, len(doc_id), 2))
    return (GS + b"h\x50"  # 80 dots high (10 mm)
            + GS + b"w\x03"  # 3-dot modules
            + GS + b"H\x02"  # the digits below the bars
            + GS + b"k\x49" + bytes([len(data)]) + data)


@dataclass(frozen=True)
class TextMetrics:
    """The layout's measures in font A characters; a line of double-size
    letters holds half as many."""

    columns: int

    @property
    def width(self) -> float:
        return self.columns

    def measure(self, text: str, style: Style) -> float:
        return len(text) * _scale(style)

    def em(self, style: Style) -> float:
        return _scale(style)


def _scale(style: Style) -> int:
    return 2 if style.size >= DOUBLE_FROM else 1


def encode(doc: PrintedDocument, columns: int = CHARS_PER_LINE) -> bytes:
    """The document as ESC/POS commands, ending with a partial cut;
    ``columns`` is the roll's width in font A characters. The lines are
    the shared layout's (desktop/printing/layout.py), as the PDF draws them."""
    out = bytearray(INIT + CODEPAGE_1252)
    for line in lay_out(doc, TextMetrics(columns)):
        if isinstance(line, TextLine):
            scale = _scale(line.style)
            out += _align("center" if line.center else "left") + _bold(line.style.bold) + _size(scale == 2)
            if line.center:
                text = line.center
            else:
                text = " " * round(line.indent * scale) + line.left
                if line.right:
                    text = text.ljust(columns // scale - len(line.right)) + line.right
            out += encode_text(text.rstrip()) + b"\n"
            out += _size(False) + _bold(False)
        elif isinstance(line, Rule):
            out += _align("left") + b"-" * columns + b"\n"
        elif isinstance(line, Space):
            if line.ems >= 0.5:
                out += b"\n"
        elif isinstance(line, Banner):
            out += _align("center") + _reverse(True) + _bold(True) + encode_text(f" {line.text} ") + b"\n"
            out += _reverse(False) + _bold(False)
        elif isinstance(line, Barcode):
            out += _align("center") + barcode_code128(line.doc_id) + b"\n"
        # A Picture (the logo) prints in raster mode only.
    out += b"\n\n\n" + GS + b"V\x42\x00"  # feed and partial cut
    return bytes(out)


# ---- Raster: the PDF as the printer's dots

DOTS_PER_INCH = 203
DOTS_PER_LINE = 576  # 72 mm printable at 203 dpi (80 mm roll), 72 bytes a row
BAND_ROWS = 256  # rows per GS v 0 command: within every printer's buffer
TEXT, RASTER, AUTO = "text", "raster", "auto"
MODES = (TEXT, RASTER, AUTO)


def dots_across(printable: float) -> int:
    """A roll's printable width (points) in printer dots, a whole number of
    bytes: 576 on an 80 mm roll, 384 on a 58 mm one."""
    return round(printable / 72 * DOTS_PER_INCH / 8) * 8


def fits_code_page(doc: PrintedDocument) -> bool:
    """Whether every letter of the document prints as itself in text mode."""
    texts = [doc.title, doc.store_name, *doc.store_lines, *(part for pair in doc.meta for part in pair),
             *(part for line in doc.lines for part in (line.description, line.amount, *line.details)),
             *(part for pair in (*doc.totals, *doc.tenders) for part in pair), doc.big_amount, *doc.notes,
             *doc.footer, doc.barcode_caption, doc.label("reprint", "REPRINT"), doc.label("offline", "OFFLINE")]
    try:
        for text in texts:
            text.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def raster_rows(pdf: bytes, dots: int = DOTS_PER_LINE) -> tuple[int, bytes]:
    """The PDF's pages at 203 dpi, cropped to the printable width of
    ``dots`` (a multiple of 8), as 1-bit rows (1 = a black dot, most
    significant bit first): (rows, bits)."""
    import pypdfium2 as pdfium
    from PIL import ImageOps

    document = pdfium.PdfDocument(pdf)
    rows, bits = 0, bytearray()
    for page in document:
        gray = page.render(scale=DOTS_PER_INCH / 72, grayscale=True).to_pil().convert("L")
        left = max((gray.width - dots) // 2, 0)  # the roll's margins, equal on both sides
        gray = gray.crop((left, 0, left + dots, gray.height))
        ink = ImageOps.invert(gray).point(lambda level: 255 if level >= 128 else 0).convert("1")
        data = ink.tobytes()
        width = dots // 8
        last = len(data) // width
        while last > 0 and not any(data[(last - 1) * width:last * width]):
            last -= 1  # the paper after the last dot is fed, not printed
        bits += data[:last * width]
        rows += last
    return rows, bytes(bits)


def encode_raster(pdf: bytes, dots: int = DOTS_PER_LINE) -> bytes:
    """The rendered PDF as GS v 0 bands, ending with a partial cut."""
    rows, bits = raster_rows(pdf, dots)
    width = dots // 8
    out = bytearray(INIT + _align("left"))
    for start in range(0, rows, BAND_ROWS):
        height = min(BAND_ROWS, rows - start)
        out += GS + b"v0\x00" + width.to_bytes(2, "little") + height.to_bytes(2, "little")
        out += bits[start * width:(start + height) * width]
    out += b"\n\n\n" + GS + b"V\x42\x00"  # feed and partial cut
    return bytes(out)


# ---- Where the bytes go


@dataclass(frozen=True)
class NetworkPrinter:
    """A printer on the LAN taking raw jobs on a TCP port (9100 by convention)."""

    host: str
    port: int = 9100
    timeout: float = 5.0

    def send(self, data: bytes) -> None:
        try:
            with socket.create_connection((self.host, self.port), timeout=self.timeout) as conn:
                conn.sendall(data)
                conn.shutdown(socket.SHUT_WR)
        except OSError as error:
            raise PrinterError(QT_TR_NOOP("receipt printer {host}:{port} did not take the job: {error}"),
                               host=self.host, port=self.port, error=error) from None

    def describe(self) -> str:
        return f"ESC/POS printer at {self.host}:{self.port}"


@dataclass(frozen=True)
class DevicePrinter:
    """A USB printer's device file (/dev/usb/lp0) or a serial port (/dev/ttyS0,
    set to the printer's baud rate by the system)."""

    path: str

    def send(self, data: bytes) -> None:
        try:
            with Path(self.path).open("wb", buffering=0) as device:
                device.write(data)
        except OSError as error:
            raise PrinterError(QT_TR_NOOP("receipt printer {path} did not take the job: {error}"),
                               path=self.path, error=error) from None

    def describe(self) -> str:
        return f"ESC/POS printer on {self.path}"
