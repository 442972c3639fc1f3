"""Where a station's documents go, from its ``printer`` setting:

- ``pdf``: saved as PDF files in the receipts folder (the default; also what
  a station without a printer keeps for reprinting or e-mailing);
- ``escpos://HOST[:PORT]``: an ESC/POS printer on the network (raw TCP 9100);
- ``escpos-device://PATH``: an ESC/POS printer on a USB device file or a
  serial port (``escpos-serial://`` is the same);
- either ESC/POS setting may end with ``?mode=text``, ``?mode=raster`` or
  ``?mode=auto`` (the default: raster only for letters the printer's code
  page lacks; desktop/printing/escpos.py), and with ``drawer=off`` for a
  printer whose drawer port must stay quiet (by default the cash drawer
  opens for the receipt of cash just paid out or taken in, never a reprint);
- ``system[:NAME]``: the operating system's printer through Qt; built by the
  screens (desktop/ui/printer.py), as it needs a QApplication.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Protocol
from urllib.parse import parse_qsl

from desktop.messages import QT_TR_NOOP
from desktop.printing.document import PrintedDocument
from desktop.printing.escpos import (
    AUTO,
    DRAWER_PULSE,
    FONT_A_DOTS,
    INIT,
    MODES,
    TEXT,
    DevicePrinter,
    NetworkPrinter,
    PrinterError,
    dots_across,
    encode,
    encode_raster,
    fits_code_page,
)
from desktop.printing.paper import PAPERS, ROLL_80MM, Paper, roll


class Output(Protocol):
    def deliver(self, doc: PrintedDocument) -> str:
        """Print or save the document; return where it went. Raises PrinterError."""

    def describe(self) -> str: ...


@dataclass(frozen=True)
class PdfFolder:
    folder: Path
    paper: Paper = ROLL_80MM

    def deliver(self, doc: PrintedDocument) -> str:
        suffix = "-reprint" if doc.reprint else ""
        stem = f"{doc.kind}-{doc.doc_id}" if doc.doc_id else (doc.name or doc.kind)
        path = self.folder / f"{stem}{suffix}.pdf"
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            from desktop.printing.pdf import render_pdf  # reportlab, loaded by the first document

            data = render_pdf(doc, self.paper)
            partial = path.with_suffix(".part")
            partial.write_bytes(data)
            partial.replace(path)  # never a half-written receipt file
        except OSError as error:
            raise PrinterError(QT_TR_NOOP("could not save {path}: {reason}"), path=path,
                               reason=error.strerror or error) from None
        return str(path)

    def describe(self) -> str:
        return f"PDF files in {self.folder}"


@dataclass(frozen=True)
class EscPosOutput:
    printer: NetworkPrinter | DevicePrinter
    mode: str = AUTO
    paper: Paper = ROLL_80MM  # the printer's roll: 80 or 58 mm
    drawer: bool = True  # a cash drawer on the printer's drawer port opens for cash (harmless without one)

    def deliver(self, doc: PrintedDocument) -> str:
        self.printer.send(self.job(doc))
        return self.printer.describe()

    def job(self, doc: PrintedDocument) -> bytes:
        """The bytes for the printer: text, or the roll's PDF as dots."""
        dots = dots_across(self.paper.printable)
        if self.mode == TEXT or (self.mode == AUTO and fits_code_page(doc)):
            job = encode(doc, dots // FONT_A_DOTS)
        else:
            from desktop.printing.pdf import render_pdf

            job = encode_raster(render_pdf(doc, self.paper), dots)
        if doc.opens_drawer and self.drawer:
            job = INIT + DRAWER_PULSE + job  # the drawer opens as the receipt starts printing
        return job

    def describe(self) -> str:
        return self.printer.describe()


_NETWORK = re.compile(r"^escpos://(?P<host>[^:/]+)(?::(?P<port>\d{1,5}))?/?$")


def from_setting(setting: str, receipt_dir: Path, paper: str = "roll80") -> Output:
    """The output a ``printer`` setting names (not ``system``: see the module
    docstring). A setting that names nothing known is an error, not a PDF."""
    setting = setting.strip()
    base, _, query = setting.partition("?")
    if query:
        options = dict(parse_qsl(query, keep_blank_values=True))
        mode, drawer = options.pop("mode", AUTO), options.pop("drawer", "on")
        if not base.startswith("escpos") or options or mode not in MODES or drawer not in ("on", "off"):
            raise PrinterError(QT_TR_NOOP("printer {setting!r}: an ESC/POS printer takes ?mode=text|raster|auto and "
                                          "&drawer=on|off"), setting=setting)
        return replace(from_setting(base, receipt_dir, paper), mode=mode, drawer=drawer == "on")  # type: ignore[type-var]
    if setting in ("", "pdf"):
        if paper not in PAPERS:
            raise PrinterError(QT_TR_NOOP("paper {paper!r}: expected one of {papers}"),
                               paper=paper, papers=", ".join(sorted(PAPERS)))
        return PdfFolder(receipt_dir, PAPERS[paper])
    match = _NETWORK.match(setting)
    if match:
        port = int(match["port"] or 9100)
        if not 0 < port < 65536:
            raise PrinterError(QT_TR_NOOP("printer {setting!r}: port {port} is out of range"),
                               setting=setting, port=port)
        return EscPosOutput(NetworkPrinter(match["host"], port), paper=roll(paper))
    for prefix in ("escpos-device://", "escpos-serial://"):
        if setting.startswith(prefix) and len(setting) > len(prefix):
            return EscPosOutput(DevicePrinter(setting[len(prefix):]), paper=roll(paper))
    raise PrinterError(QT_TR_NOOP("printer {setting!r}: expected pdf, system[:NAME], escpos://HOST[:PORT] or "
                                  "escpos-device://PATH"), setting=setting)

