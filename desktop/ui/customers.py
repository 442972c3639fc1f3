"""The customer view: find a customer by receipt, loyalty ID, phone or
name; see their purchases, returns, cases and scores across the chain, and
their no-receipt history against the limits; ask for a goodwill gesture."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.policy.money import Currency
from desktop.services import customers, goodwill
from desktop.services.commands import handle
from desktop.ui.customers_presenter import CustomerPresenter
from desktop.ui.forms import FormDialog, combo
from desktop.ui.i18n import explain
from desktop.ui.page import Page
from desktop.ui.station import Station
from desktop.ui.widgets import say


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(value))
    table.resizeColumnsToContents()


class CustomerScreen(Page):
    sig_shown = Signal(str)  # a customer is on screen (loyalty ID)

    def __init__(self, station: Station, parent: QWidget | None = None):
        super().__init__(parent)
        self.station = station
        self.current: customers.CustomerView | None = None
        title = QLabel(self.tr("Customers"))
        title.setObjectName("title")
        self.search = QLineEdit()
        self.search.setObjectName("scan")
        self.search.setPlaceholderText(self.tr("Receipt, loyalty ID, phone or name"))
        self.search.setProperty("scan_documents", True)  # a receipt finds its customer
        self.found = QListWidget()
        self.found.setAccessibleName(self.tr("Customers found"))
        self.found.setMaximumHeight(120)
        self.header = QLabel(self.tr("Find a customer to see their history."))
        self.header.setObjectName("sentences")
        self.header.setWordWrap(True)
        self.tabs = QTabWidget()
        self.purchases = _table([self.tr("receipt"), self.tr("date"), self.tr("store"), self.tr("total"),
                                 self.tr("lines"), self.tr("returned")])
        self.returns = _table([self.tr("return"), self.tr("date"), self.tr("store"), self.tr("receipt"),
                               self.tr("refunded"), self.tr("reasons"), self.tr("approved by")])
        self.cases = _table([self.tr("case"), self.tr("store"), self.tr("subject"), self.tr("status"),
                             self.tr("opened")])
        for table, name in ((self.purchases, self.tr("Purchases")), (self.returns, self.tr("Returns")),
                            (self.cases, self.tr("Service cases"))):
            table.setAccessibleName(name)
        self.tabs.addTab(self.purchases, self.tr("Purchases"))
        self.tabs.addTab(self.returns, self.tr("Returns"))
        self.tabs.addTab(self.cases, self.tr("Service cases"))
        self.goodwill_button = QPushButton(self.tr("Goodwill gesture"))
        self.export_button = QPushButton(self.tr("Export history"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.goodwill_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.search)
        layout.addWidget(self.found)
        layout.addWidget(self.message)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        self.search.returnPressed.connect(self.search_for)
        self.found.itemActivated.connect(lambda item: self.show_customer(item.data(Qt.ItemDataRole.UserRole)))
        self.goodwill_button.clicked.connect(self.ask_goodwill)
        self.export_button.clicked.connect(lambda: self.export())
        self._enable()

    def take_scan(self, code: str) -> bool:
        """A loyalty card scanned with no field focused finds its customer."""
        self.search.setText(code)
        self.search_for(code)
        return True

    def _enable(self) -> None:
        self.goodwill_button.setEnabled(self.current is not None)
        self.export_button.setEnabled(self.current is not None)

    def search_for(self, text: str | None = None) -> None:
        text = self.search.text() if text is None else text
        actor, ctx = self.station.staff, self.station.ctx

        def done(rows: list[tuple[str, str, str]]) -> None:
            self.found.clear()
            for code, name, phone in rows:
                self.found.addItem(f"{name}  ·  {code}  ·  {phone}")
                self.found.item(self.found.count() - 1).setData(Qt.ItemDataRole.UserRole, code)
            if len(rows) == 1:
                self.show_customer(rows[0][0])
            elif not rows:
                self._say(self.tr("No customer found."), True)

        self.station.runner.submit(lambda: customers.find(ctx, actor, text), done,
                                   lambda error: self._say(explain(error), True))

    def show_customer(self, code: str) -> None:
        actor, ctx = self.station.staff, self.station.ctx
        self.station.runner.submit(lambda: customers.view(ctx, actor, code), self._shown,
                                   lambda error: self._say(explain(error), True))

    def _shown(self, seen: customers.CustomerView) -> None:
        self.current = seen
        shown = CustomerPresenter(self.station.locale, QCoreApplication.translate)
        self.header.setText(shown.header(seen))
        _fill(self.purchases, shown.purchases(seen))
        _fill(self.returns, shown.returns(seen))
        _fill(self.cases, shown.cases(seen))
        for index, title in enumerate(shown.tabs(seen)):
            self.tabs.setTabText(index, title)
        self.message.hide()
        self._enable()
        self.sig_shown.emit(seen.code)

    def request_goodwill(self, kind: str, reason: str, amount: str = "", description: str = "") -> None:
        seen, actor, ctx = self.current, self.station.actor, self.station.ctx
        if seen is None or actor is None:
            return
        try:
            minor = Currency.of(self.station.currency).parse(amount) if amount.strip() else 0
        except ValueError as error:
            self._say(self.tr("Amount: {error}").format(error=error), True)
            return
        self.station.runner.submit(
            lambda: handle(ctx, goodwill.RequestGoodwill(seen.code, kind, reason, minor, description), actor),
            lambda view: self._say(self.tr("Goodwill request {id} sent: a manager approves it on the Overrides "
                                           "screen.").format(id=view.id)),
            lambda error: self._say(explain(error), True))

    def ask_goodwill(self) -> None:
        kinds = ("store_credit", "discount", "courtesy_item", "other")
        form = FormDialog(self.tr("goodwill gesture"), [
            ("kind", self.tr("Gesture"), combo(kinds)), ("amount", self.tr("Amount (credit, discount)"), QLineEdit()),
            ("description", self.tr("What (courtesy item, other)"), QLineEdit()),
            ("reason", self.tr("Why"), QPlainTextEdit())], self)
        if form.exec():
            v = form.values()
            self.request_goodwill(str(v["kind"]), str(v["reason"]), str(v["amount"]), str(v["description"]))

    def export(self, path: str | None = None) -> None:
        seen, actor, ctx = self.current, self.station.staff, self.station.ctx
        if seen is None:
            return
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the customer's history"),
                                                  f"customer-{seen.code}.json")
            if not path:
                return

        def work() -> str:
            data = customers.export(ctx, actor, seen.code)  # audited
            Path(path).write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
            return path

        self.station.runner.submit(work, lambda saved: self._say(self.tr("Exported to {saved} (recorded in the "
                                                                         "audit log).").format(saved=saved)),
                                   lambda error: self._say(explain(error), True))

    def _say(self, text: str, error: bool = False) -> None:
        say(self.message, text, error)

