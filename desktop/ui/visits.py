"""The counter queue: check walk-ins in by name (they get a ticket number),
see who waits and for how long, serve them, mark them gone."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services import visits
from desktop.services.commands import handle
from desktop.ui.i18n import explain
from desktop.ui.page import Page
from desktop.ui.station import Station
from desktop.ui.visits_presenter import VisitsPresenter
from desktop.ui.widgets import say

REFRESH_MS = 10_000


class CounterQueueScreen(Page):
    sig_loaded = Signal()  # the waiting list was refreshed

    def shown(self) -> None:
        self.start()

    def left(self) -> None:
        self.stop()

    def __init__(self, station: Station, parent: QWidget | None = None):
        super().__init__(parent)
        self.presenter = VisitsPresenter(station.locale, QCoreApplication.translate)
        self.station = station
        self.rows: list[visits.Waiting] = []
        title = QLabel(self.tr("Counter queue"))
        title.setObjectName("title")
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Customer's name (optional), then Enter"))
        self.check_in_button = QPushButton(self.tr("Check in"))
        self.check_in_button.setObjectName("primary")
        self.ticket = QLabel()
        self.ticket.setObjectName("title")
        self.table = QTableWidget(0, 4)
        self.table.setAccessibleName(self.tr("Customers waiting"))
        self.table.setHorizontalHeaderLabels([self.tr("ticket"), self.tr("name"), self.tr("waiting"),
                                              self.tr("served by")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.serve_button = QPushButton(self.tr("Serve next / selected"))
        self.gone_button = QPushButton(self.tr("Gone"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        row = QHBoxLayout()
        row.addWidget(self.name, 1)
        row.addWidget(self.check_in_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.serve_button)
        buttons.addWidget(self.gone_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(row)
        layout.addWidget(self.ticket)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.name.returnPressed.connect(self.check_in)
        self.check_in_button.clicked.connect(self.check_in)
        self.serve_button.clicked.connect(self.serve)
        self.gone_button.clicked.connect(self.gone)

    def start(self) -> None:
        self.refresh()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def refresh(self) -> None:
        actor, ctx = self.station.actor, self.station.ctx
        if actor is not None:
            self.station.runner.submit(lambda: visits.waiting(ctx, actor), self._listed,
                                       lambda error: self._say(explain(error), True))

    def _listed(self, rows: list[visits.Waiting]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(self.presenter.row(row)):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.sig_loaded.emit()

    def check_in(self) -> None:
        """A ticket for the name typed; Enter in an empty box is not a ticket
        (the Check in button makes a nameless one on purpose)."""
        if self.sender() is self.name and not self.name.text().strip():
            self._say(self.tr("Type the customer's name first, or press Check in for a ticket without one."), True)
            return
        actor, ctx, name = self.station.staff, self.station.ctx, self.name.text()

        def done(visit: visits.Waiting) -> None:
            self.name.clear()
            self.ticket.setText(self.presenter.ticket(visit))
            self.refresh()

        self.station.runner.submit(lambda: handle(ctx, visits.CheckIn(name), actor), done,
                                   lambda error: self._say(explain(error), True))

    def _selected(self, waiting_only: bool) -> visits.Waiting | None:
        rows = self.table.selectionModel().selectedRows()
        if rows and rows[0].row() < len(self.rows):
            return self.rows[rows[0].row()]
        candidates = [row for row in self.rows if not waiting_only or not row.served_by]
        return candidates[0] if candidates else None

    def serve(self) -> None:
        visit, actor, ctx = self._selected(waiting_only=True), self.station.staff, self.station.ctx
        if visit is not None:
            self.station.runner.submit(lambda: handle(ctx, visits.Serve(visit.id), actor), lambda _: self.refresh(),
                                       lambda error: self._say(explain(error), True))

    def gone(self) -> None:
        visit, actor, ctx = self._selected(waiting_only=False), self.station.staff, self.station.ctx
        if visit is not None:
            self.station.runner.submit(lambda: handle(ctx, visits.Leave(visit.id), actor), lambda _: self.refresh(),
                                       lambda error: self._say(explain(error), True))

    def _say(self, text: str, error: bool = False) -> None:
        say(self.message, text, error)
