"""F4: finding the sale when the receipt's barcode will not do. The POS's
reference typed in fields (store, register, transaction, day), or, with no
receipt at all, the card the customer paid with (brand, last 4, dates,
amount) or their loyalty ID. The clerk picks a match with the keyboard and
the return goes on as a receipted return."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.catalogue import date_pattern, day
from desktop.services import counter, sale_search
from desktop.services.pos_refs import PosRef
from desktop.ui.i18n import explain
from desktop.ui.station import Station
from desktop.ui.widgets import fit_placeholder


class FindSaleDialog(QDialog):
    sig_found = Signal(object)  # the sale picked, as the counter opens it (an OpenedSale)

    def __init__(self, station: Station, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("ReturnDesk: find the sale"))
        self.station = station
        self.opening = False  # a sale is being opened from the list
        today = QDate.currentDate()
        self.store, self.register, self.transaction = QLineEdit(), QLineEdit(), QLineEdit()
        self.day = QDateEdit(today)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(date_pattern(station.locale))
        for field, name in ((self.store, self.tr("POS store")), (self.register, self.tr("POS register")),
                            (self.transaction, self.tr("Transaction")), (self.day, self.tr("Business day"))):
            field.setAccessibleName(name)
        self.last4, self.brand, self.amount, self.customer = QLineEdit(), QLineEdit(), QLineEdit(), QLineEdit()
        self.last4.setMaxLength(4)
        self.last4.setPlaceholderText(self.tr("last 4 digits"))
        self.brand.setPlaceholderText(self.tr("Visa, Mastercard… (optional)"))
        self.amount.setPlaceholderText(self.tr("total paid (optional)"))
        self.customer.setPlaceholderText(self.tr("C…"))
        for field in (self.last4, self.brand, self.amount, self.customer):
            fit_placeholder(field)
        self.since, self.until = QDateEdit(today.addDays(-30)), QDateEdit(today)
        for field, name in ((self.last4, self.tr("Card's last 4 digits")), (self.brand, self.tr("Card brand")),
                            (self.amount, self.tr("Amount")), (self.customer, self.tr("Loyalty ID")),
                            (self.since, self.tr("From")), (self.until, self.tr("To"))):
            field.setAccessibleName(name)
        for field in (self.since, self.until):
            field.setCalendarPopup(True)
            field.setDisplayFormat(date_pattern(station.locale))
        reference = QGroupBox(self.tr("The POS receipt's number"))
        ref_form = QFormLayout(reference)
        ref_form.addRow(self.tr("POS store"), self.store)
        ref_form.addRow(self.tr("POS register"), self.register)
        ref_form.addRow(self.tr("Transaction"), self.transaction)
        ref_form.addRow(self.tr("Business day"), self.day)
        card = QGroupBox(self.tr("No receipt: the card or the loyalty ID"))
        card_form = QFormLayout(card)
        card_form.addRow(self.tr("Card's last 4 digits"), self.last4)
        card_form.addRow(self.tr("Card brand"), self.brand)
        card_form.addRow(self.tr("From"), self.since)
        card_form.addRow(self.tr("To"), self.until)
        card_form.addRow(self.tr("Amount"), self.amount)
        card_form.addRow(self.tr("Loyalty ID"), self.customer)
        self.matches = QListWidget()
        self.matches.setAccessibleName(self.tr("Sales found"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.search_button = QPushButton(self.tr("Find  (Enter)"))
        self.search_button.setObjectName("primary")
        self.search_button.setDefault(True)
        self.open_button = QPushButton(self.tr("Open this sale"))
        self.open_button.setEnabled(False)
        cancel = QPushButton(self.tr("Cancel  (Esc)"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.search_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(cancel)
        forms = QHBoxLayout()
        forms.addWidget(reference)
        forms.addWidget(card)
        layout = QVBoxLayout(self)
        layout.addLayout(forms)
        layout.addWidget(self.message)
        layout.addWidget(self.matches, 1)
        layout.addLayout(buttons)
        self.search_button.clicked.connect(self.search)
        self.open_button.clicked.connect(self.open_current)
        self.matches.itemActivated.connect(lambda _item: self.open_current())
        self.matches.currentRowChanged.connect(lambda row: self.open_button.setEnabled(row >= 0))
        cancel.clicked.connect(self.reject)
        self.store.setFocus()

    # ---- Searching

    def search(self) -> None:
        """Enter anywhere: a POS reference when its fields are filled, else the card or loyalty search."""
        if self.matches.hasFocus() and self.matches.currentRow() >= 0:
            self.open_current()
            return
        ctx, actor = self.station.ctx, self.station.actor
        fields = [self.store.text().strip(), self.register.text().strip(), self.transaction.text().strip()]
        if all(fields):
            try:
                ref = PosRef(fields[0], fields[1], fields[2], self.day.date().toString("yyyy-MM-dd"))
            except ValueError as error:
                self._say(str(error), error=True)
                return
            self._say(self.tr("Looking up {ref}…").format(ref=ref.text))
            self.station.runner.submit(lambda: counter.open_pos_receipt(ctx, ref), self._picked, self._failed)
            return
        query = sale_search.SaleQuery(
            last4=self.last4.text().strip(), brand=self.brand.text().strip(),
            since=_day(self.since.date()), until=_day(self.until.date()), amount=self.amount.text().strip(),
            customer=self.customer.text().strip())
        self._say(self.tr("Searching…"))
        self.station.runner.submit(lambda: sale_search.find_sales(ctx, query, actor), self._listed, self._failed)

    def _listed(self, matches: list[sale_search.SaleMatch]) -> None:
        self.matches.clear()
        for match in matches:
            text = "  ·  ".join(part for part in (
                day(match.purchased_on, self.station.locale), self.tr("store {store}").format(store=match.store),
                f"{match.total} {match.currency}", self.tr("{count} items").format(count=match.items)
                if match.items != 1 else self.tr("1 item"), match.tenders, match.pos_ref or match.receipt_id) if part)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, match.receipt_id)
            self.matches.addItem(item)
        if matches:
            self._say(self.tr("{count} sales found: pick one with the arrows and press Enter.").format(
                count=len(matches)) if len(matches) != 1 else self.tr("1 sale found: press Enter to open it."))
            self.matches.setCurrentRow(0)
            self.matches.setFocus()
        else:
            self._say(self.tr("No sale matches. Check the dates, or ask for the receipt."), error=True)

    def open_current(self) -> None:
        """Once: Enter on the list both activates the item and presses the
        default button, and a second opening of the same sale arriving while
        the clerk types a quantity reset the lines and lost the quantity."""
        item = self.matches.currentItem()
        if item is None or self.opening:
            return
        self.opening = True
        code, ctx = item.data(Qt.ItemDataRole.UserRole), self.station.ctx
        self.station.runner.submit(lambda: counter.open_receipt(ctx, code), self._picked, self._failed)

    def _picked(self, receipt: counter.OpenedSale) -> None:
        self.opening = False
        if self.result() == self.DialogCode.Accepted:  # a sale was opened from this dialog already
            return
        self.sig_found.emit(receipt)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.opening = False
        self._say(explain(error), error=True)

    def _say(self, text: str, error: bool = False) -> None:
        from desktop.ui.widgets import say

        say(self.message, text, error)


def _day(date: QDate) -> dt.date:
    return dt.date(date.year(), date.month(), date.day())
