"""Printing from the window, never blocking it: the document is built from
the database and rendered on a worker thread, then sent to the station's
printer (ESC/POS, PDF folder, or the system printer through Qt). A failure
is reported and the document can be printed again from its ID: the return
itself is already safe in the database."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QObject, QSizeF, Signal
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from desktop.messages import QT_TR_NOOP
from desktop.printing import PrintedDocument
from desktop.printing.escpos import PrinterError
from desktop.printing.outputs import from_setting
from desktop.services import documents
from desktop.services.commands import handle
from desktop.ui.i18n import explain, render
from desktop.ui.station import Station


def receipt_dir(station: Station) -> Path:
    from desktop.services.station_printer import receipt_dir as folder

    return folder(station.settings)


class ReceiptPrinter(QObject):
    sig_printed = Signal(str, str)  # document ID, where it went
    sig_failed = Signal(str, str)  # document ID, what went wrong

    def __init__(self, station: Station, parent: QObject | None = None):
        super().__init__(parent)
        self.station = station

    @property
    def system(self) -> bool:
        return self.station.settings.printer.strip().startswith("system")

    def print_documents(self, ids: list[str], reprint: bool = False) -> None:
        for doc_id in ids:
            self._print_one(doc_id, reprint)

    def _print_one(self, doc_id: str, reprint: bool) -> None:
        station, actor = self.station, self.station.actor

        def make() -> PrintedDocument:
            if reprint and actor is not None:
                return handle(station.ctx, documents.Reprint(doc_id), actor)
            return documents.fetch(station.ctx, doc_id, reprint=reprint)

        self.print_built(make, lambda printed, where: self.sig_printed.emit(printed.doc_id, where),
                         lambda message: self.sig_failed.emit(doc_id, message))

    def print_built(self, make: Callable[[], PrintedDocument], on_printed: Callable[[PrintedDocument, str], None],
                    on_failed: Callable[[str], None]) -> None:
        """Build a document with ``make`` on a worker thread and print it on
        the station's printer; the callbacks run on the UI thread."""
        station = self.station
        settings = station.settings

        def work() -> tuple[PrintedDocument, str | bytes]:
            printed = make()
            if self.system:  # the roll the station's printer takes
                from desktop.printing import render_pdf, roll

                return printed, render_pdf(printed, roll(settings.paper))
            output = from_setting(settings.printer, receipt_dir(station), settings.paper)
            return printed, output.deliver(printed)

        def done(result: tuple[PrintedDocument, str | bytes]) -> None:
            printed, where = result
            if isinstance(where, bytes):
                try:
                    where = self._system_print(where, settings.printer.partition(":")[2])
                except PrinterError as error:
                    on_failed(render(error))
                    return
            on_printed(printed, where)

        station.runner.submit(work, done, lambda error: on_failed(explain(error)))

    @staticmethod
    def _system_print(pdf: bytes, name: str) -> str:
        """Each PDF page rendered at the printer's resolution onto a QPrinter
        whose page is the roll's size."""
        import pypdfium2 as pdfium

        info = QPrinterInfo.printerInfo(name) if name else QPrinterInfo.defaultPrinter()
        if info.isNull():
            if name:
                raise PrinterError(QT_TR_NOOP("no system printer {name!r}"), name=name)
            raise PrinterError(QT_TR_NOOP("this computer has no default printer"))
        printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
        document = pdfium.PdfDocument(pdf)
        width, height = document[0].get_size()
        printer.setPageSize(QPageSize(QSizeF(width, height), QPageSize.Unit.Point, "ReturnDesk roll"))
        printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)
        painter = QPainter()
        if not painter.begin(printer):
            raise PrinterError(QT_TR_NOOP("the printer {printer} could not start the job"), printer=info.printerName())
        try:
            for number in range(len(document)):
                if number:
                    printer.newPage()
                bitmap = document[number].render(scale=printer.resolution() / 72, rev_byteorder=True)
                image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                               QImage.Format.Format_RGBA8888 if bitmap.n_channels == 4 else QImage.Format.Format_RGB888)
                painter.drawImage(printer.pageLayout().paintRectPixels(printer.resolution()), image)
        finally:
            painter.end()
        return f"system printer {info.printerName()}"
