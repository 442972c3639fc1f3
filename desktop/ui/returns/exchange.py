"""Exchange: after a return to store credit, the customer takes other items
at once; the voucher pays, and the difference is paid or stays on it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services import sales
from desktop.services.commands import handle
from desktop.ui.i18n import amount, explain
from desktop.ui.labels import label
from desktop.ui.station import Station


class ExchangeDialog(QDialog):
    sig_exchanged = Signal(object)  # the ExchangeResult

    def __init__(self, station: Station, voucher: str, credit: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("ReturnDesk: exchange"))
        self.station = station
        self.voucher = voucher
        self.credit = credit
        self.codes: list[tuple[str, int]] = []
        self.quote: sales.Quote | None = None
        self.code = QLineEdit()
        self.code.setObjectName("scan")
        self.code.setPlaceholderText(self.tr("Scan the new item"))
        self.items = QListWidget()
        self.summary = QLabel()
        self.summary.setObjectName("sentences")
        self.summary.setWordWrap(True)
        self.payment = QComboBox()
        for text, value in ((self.tr("nothing to pay"), None), (label("card"), "card"), (label("cash"), "cash")):
            self.payment.addItem(text, value)
        self.last4 = QLineEdit()
        self.last4.setMaxLength(4)
        self.last4.setPlaceholderText(self.tr("card's last 4 digits"))
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.complete_button = QPushButton(self.tr("Complete the exchange"))
        self.complete_button.setObjectName("primary")
        self.complete_button.setEnabled(False)
        cancel = QPushButton(self.tr("Cancel"))
        form = QFormLayout()
        form.addRow(self.tr("Difference paid by"), self.payment)
        form.addRow(self.tr("Card"), self.last4)
        buttons = QHBoxLayout()
        buttons.addWidget(self.complete_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Store credit from this return: voucher {voucher}").format(voucher=voucher)))
        layout.addWidget(self.code)
        layout.addWidget(self.items)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.code.returnPressed.connect(self._entered)
        self.complete_button.clicked.connect(self.complete)
        # By keyboard: F10 completes as on the return screen (Enter in the empty scan field too).
        done = QShortcut(QKeySequence("F10"), self)
        done.activated.connect(self.complete)
        cancel.clicked.connect(self.reject)
        self._summarise()

    def money(self, minor: int) -> str:
        return amount(minor, self.quote.currency if self.quote else self.station.currency, self.station.locale)

    def _entered(self) -> None:
        if self.code.text().strip():
            self.add(self.code.text())
        elif self.complete_button.isEnabled():
            self.complete()

    def add(self, code: str) -> None:
        code = code.strip()
        if not code:
            return
        codes = self.codes + [(code, 1)]
        ctx = self.station.ctx

        def done(quote: sales.Quote) -> None:
            self.codes, self.quote = codes, quote
            self.code.clear()
            self.items.clear()
            for line in quote.lines:
                self.items.addItem(f"{line.name} ({line.sku})  ×{line.qty}   {self.money(line.total)}")
            self.error.hide()
            self._summarise()

        self.station.runner.submit(lambda: sales.quote(ctx, codes), done, self._failed)

    def _summarise(self) -> None:
        total = self.quote.total if self.quote else 0
        from_voucher = min(self.credit, total)
        difference = total - from_voucher
        if not total:
            text = self.tr("Credit available: {amount}.").format(amount=self.money(self.credit))
        elif difference > 0:
            text = self.tr("New items {total}; the voucher pays {voucher}; the customer pays {difference}.").format(
                total=self.money(total), voucher=self.money(from_voucher), difference=self.money(difference))
        else:
            text = self.tr("New items {total}, paid by the voucher; {left} stays on the voucher.").format(
                total=self.money(total), left=self.money(self.credit - total))
        self.summary.setText(text)
        self.payment.setEnabled(difference > 0)
        if difference > 0 and self.payment.currentData() is None:
            self.payment.setCurrentIndex(1)
        if difference <= 0:
            self.payment.setCurrentIndex(0)
        self.complete_button.setEnabled(total > 0)

    def complete(self) -> None:
        actor, ctx = self.station.actor, self.station.ctx
        if actor is None or not self.codes or not self.complete_button.isEnabled():
            return
        codes, payment, last4 = list(self.codes), self.payment.currentData(), self.last4.text().strip() or None
        self.complete_button.setEnabled(False)
        command = sales.Exchange(self.voucher, tuple(codes), payment, last4)
        self.station.runner.submit(lambda: handle(ctx, command, actor), self._done, self._failed)

    def _done(self, result: sales.ExchangeResult) -> None:
        self.sig_exchanged.emit(result)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.error.setText(explain(error))
        self.error.show()
        self.complete_button.setEnabled(bool(self.codes))
