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


def _wrap(text: str, width: int) -> list[str]:
    lines, current = [], ""
    for word in text.split(" "):
        while len(word) > width:
            if current:
                lines.append(current)
                current = ""
            lines.append(word[:width])
            word = word[width:]
        candidate = f"{current} {word}" if current else word
        if len(candidate) <= width:
            current = candidate
        else:
            lines.append(current)
            current = word
    lines.append(current)
    return lines


def _pair(label: str, value: str, width: int = CHARS_PER_LINE) -> list[str]:
    room = width - len(value) - 1
    lines = _wrap(label, max(room, width // 2))
    first = lines[0].ljust(width - len(value)) + value if value else lines[0]
    return [first, *lines[1:]]


def barcode_code128(doc_id: str) -> bytes:
    """GS k m=73 (CODE128): '{C' selects code set C, then two digits per byte."""
    data = b"{C" + bytes(int(doc_id[i:i + 2]) for i in range(0, len(doc_id), 2))
    return (GS + b"h\x50"  # 80 dots high (10 mm)
            + GS + b"w\x03"  # 3-dot modules
            + GS + b"H\x02"  # the digits below the bars
            + GS + b"k\x49" + bytes([len(data)]) + data)


def encode(doc: PrintedDocument, columns: int = CHARS_PER_LINE) -> bytes:
    """The document as ESC/POS commands, ending with a partial cut;
    ``columns`` is the roll's width in font A characters."""
    out = bytearray(INIT + CODEPAGE_1252)

    def line(text: str = "") -> None:
        out.extend(encode_text(text) + b"\n")

    out += _align("center") + _bold(True) + _size(True)
    for text in _wrap(doc.store_name, columns // 2):
        line(text)
    out += _size(False) + _bold(False)
    for text in doc.store_lines:
        line(text)
    line()
    if doc.reprint:
        out += _reverse(True) + _bold(True)
        line(f" {doc.label('reprint', 'REPRINT')} ")
        out += _reverse(False) + _bold(False)
    out += _bold(True)
    line(doc.title)
    out += _bold(False) + _align("left")
    for label, value in doc.meta:
        for text in _pair(label, value, columns):
            line(text)
    rule = "-" * columns
    if doc.lines:
        line(rule)
        for item in doc.lines:
            for text in _pair(item.description, item.amount, columns):
                line(text)
            for detail in item.details:
                for text in _wrap(detail, columns - 2):
                    line("  " + text)
    if doc.totals:
        line(rule)
        for index, (label, value) in enumerate(doc.totals):
            last = index == len(doc.totals) - 1
            out += _bold(last)
            for text in _pair(label, value, columns):
                line(text)
        out += _bold(False)
    for label, value in doc.tenders:
        for text in _pair(label, value, columns):
            line(text)
    if doc.big_amount:
        out += _align("center") + _size(True) + _bold(True)
        line(doc.big_amount)
        out += _size(False) + _bold(False) + _align("left")
    if doc.notes:
        line(rule)
        for note in doc.notes:
            for text in _wrap(note, columns):
                line(text)
    line()
    out += _align("center")
    if doc.doc_id:
        out += barcode_code128(doc.doc_id) + b"\n"
    if doc.barcode_caption:
        line(doc.barcode_caption)
    for text in doc.footer:
        for part in _wrap(text, columns):
            line(part)
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
             *doc.footer, doc.barcode_caption, doc.label("reprint", "REPRINT")]
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
