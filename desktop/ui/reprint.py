"""Reprint any document from its ID (marked REPRINT, audited), and make a
gift receipt for a sale."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop.policy.docid import DocumentId, DocumentIdError
from desktop.services import documents
from desktop.services.commands import handle
from desktop.ui.i18n import explain
from desktop.ui.page import Page
from desktop.ui.station import Station
from desktop.ui.widgets import say


class ReprintScreen(Page):
    def __init__(self, station: Station, parent: QWidget | None = None):
        super().__init__(parent)
        self.station = station
        self.waiting_for: str | None = None  # the document whose reprint is on its way
        self._listening: object = None  # the printer whose signals this screen hears
        title = QLabel(self.tr("Reprint and gift receipts"))
        title.setObjectName("title")
        self.code = QLineEdit()
        self.code.setObjectName("scan")
        self.code.setPlaceholderText(self.tr("Scan or type an ID"))
        self.code.setProperty("scan_documents", True)
        self.reprint_button = QPushButton(self.tr("Reprint"))
        self.reprint_button.setObjectName("primary")
        self.gift_button = QPushButton(self.tr("Gift receipt for this sale"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        row = QHBoxLayout()
        row.addWidget(self.code, 1)
        row.addWidget(self.reprint_button)
        row.addWidget(self.gift_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.code.returnPressed.connect(self.reprint)
        self.reprint_button.clicked.connect(self.reprint)
        self.gift_button.clicked.connect(self.gift)

    def _code(self) -> str | None:
        code = self.code.text().strip().replace(" ", "")
        try:
            DocumentId.parse(code)
        except DocumentIdError as error:
            self._say(self.tr("{error}.").format(error=error), error=True)
            return None
        return code

    def reprint(self) -> None:
        code = self._code()
        printer = self.station.printer
        if code and printer is not None:
            self.waiting_for = code
            self._listen(printer)
            printer.print_documents([code], reprint=True)
            self._say(self.tr("Reprinting {code}…").format(code=code))

    def _listen(self, printer) -> None:  # type: ignore[no-untyped-def]
        """The printer says when the copy is out (or why not): the clerk sees it here."""
        if self._listening is printer:
            return
        printer.sig_printed.connect(self._printed)
        printer.sig_failed.connect(self._print_failed)
        self._listening = printer

    def _printed(self, doc_id: str, where: str) -> None:
        if doc_id == self.waiting_for:
            self.waiting_for = None
            self._say(self.tr("Reprinted {code}: {where}").format(code=doc_id, where=where))

    def _print_failed(self, doc_id: str, message: str) -> None:
        if doc_id == self.waiting_for:
            self.waiting_for = None
            self._say(self.tr("The reprint of {code} did not print: {message}").format(code=doc_id, message=message),
                      error=True)

    def gift(self) -> None:
        code, actor, ctx = self._code(), self.station.actor, self.station.ctx
        if not code or actor is None:
            return
        self.station.runner.submit(lambda: handle(ctx, documents.IssueGiftReceipt(code), actor), self._gift_made,
                                   lambda error: self._say(explain(error), error=True))

    def _gift_made(self, printed) -> None:  # type: ignore[no-untyped-def]
        printer = self.station.printer
        if printer is not None:
            printer.print_documents([printed.doc_id])
        self._say(self.tr("Gift receipt {doc_id} made for this sale; printing.").format(doc_id=printed.doc_id))

    def _say(self, text: str, error: bool = False) -> None:
        say(self.message, text, error)
