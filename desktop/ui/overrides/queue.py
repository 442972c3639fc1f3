"""The override queue on a manager's station: every pending request of the
store, refreshed every second, with the case in full; approve or refuse with
the manager's PIN and a reason. The clerk's screen learns the answer by
itself."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget, QPushButton,
    QTableView, QVBoxLayout, QWidget,
)

from decimal import Decimal, InvalidOperation

from babel.numbers import format_currency

from desktop.services import goodwill, overrides
from desktop.services.explain import explain
from desktop.ui.overrides.dialog import COMMON_REASONS
from desktop.ui.returns.presenter import words
from desktop.ui.station import Station
from desktop.ui.widgets import say
from desktop.ui.tables import HeaderedTableModel

COL_ID, COL_WHEN, COL_REGISTER, COL_CLERK, COL_RECEIPT, COL_NEEDS, COL_REFUND = range(7)
HEADERS = ["#", "Waiting since", "Register", "Clerk", "Receipt", "Needs", "Refund"]
REFRESH_MS = 1000

Index = QModelIndex | QPersistentModelIndex


def refund_text(view: overrides.OverrideView, locale: str = "en_US") -> str:
    try:
        return format_currency(Decimal(view.refund), view.decision.get("currency", "USD"), locale=locale)
    except (InvalidOperation, ValueError):
        return view.refund


class PendingModel(HeaderedTableModel):
    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.views: list[overrides.OverrideView] = []
        self.zone = None

    def set_views(self, views: list[overrides.OverrideView]) -> None:
        if [(v.id, v.status) for v in views] == [(v.id, v.status) for v in self.views]:
            return
        self.beginResetModel()
        self.views = views
        self.endResetModel()

    headers = HEADERS

    def row_count(self) -> int:
        return len(self.views)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        view = self.views[index.row()]
        column = index.column()
        if column == COL_ID:
            return view.id
        if column == COL_WHEN:
            return view.created_at.astimezone().strftime("%H:%M:%S")
        if column == COL_REGISTER:
            return view.register
        if column == COL_CLERK:
            return view.requested_by
        if column == COL_RECEIPT:
            return view.receipt or "no receipt"
        if column == COL_NEEDS:
            return ", ".join(words(c) for c in view.codes)
        if column == COL_REFUND:
            return refund_text(view)
        return None


class OverrideQueueScreen(QWidget):
    sig_count_changed = Signal(int)  # how many requests wait, for the navigation's badge
    sig_decided = Signal(int, str)  # request ID, "approved" | "refused"
    sig_gesture_decided = Signal(int, str)  # goodwill gesture ID, "approved" | "refused"

    def __init__(self, station: Station, parent: QWidget | None = None):
        super().__init__(parent)
        self.station = station
        self.model = PendingModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.empty = QLabel("No requests are waiting.")
        self.empty.setObjectName("hint")
        self.detail = QLabel("Pick a request to see the case.")
        self.detail.setObjectName("sentences")
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.manager_id = QLineEdit()
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText("Your PIN")
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.addItems(COMMON_REASONS)
        self.reason.setCurrentText("")
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.hide()
        self.approve_button = QPushButton("Approve")
        self.approve_button.setObjectName("primary")
        self.refuse_button = QPushButton("Refuse")
        self.refuse_button.setObjectName("danger")
        # Goodwill gestures clerks asked for, decided with the same ID and PIN.
        self.gestures = QListWidget()
        self.gestures.setMaximumHeight(130)
        self.gesture_views: list = []
        self.approve_gesture = QPushButton("Approve gesture")
        self.refuse_gesture = QPushButton("Refuse gesture")

        title = QLabel("Override queue")
        title.setObjectName("title")
        form = QFormLayout()
        form.addRow("Manager ID", self.manager_id)
        form.addRow("PIN", self.pin)
        form.addRow("Reason", self.reason)
        buttons = QHBoxLayout()
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.refuse_button)
        side = QVBoxLayout()
        side.addWidget(self.detail, 1)
        side.addLayout(form)
        side.addWidget(self.error)
        side.addLayout(buttons)
        body = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addWidget(self.empty)
        left.addWidget(QLabel("Goodwill gestures waiting"))
        left.addWidget(self.gestures)
        gesture_buttons = QHBoxLayout()
        gesture_buttons.addWidget(self.approve_gesture)
        gesture_buttons.addWidget(self.refuse_gesture)
        left.addLayout(gesture_buttons)
        body.addLayout(left, 3)
        body.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(body, 1)

        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self._refreshing = False
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        self.approve_button.clicked.connect(lambda: self.answer(True))
        self.refuse_button.clicked.connect(lambda: self.answer(False))
        self.approve_gesture.clicked.connect(lambda: self.answer_gesture(True))
        self.refuse_gesture.clicked.connect(lambda: self.answer_gesture(False))
        self._enable(False)

    # ---- Live list

    def start(self) -> None:
        if self.station.actor is not None and not self.manager_id.text():
            self.manager_id.setText(self.station.actor.code)
        self.refresh()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def refresh(self) -> None:
        actor, ctx = self.station.actor, self.station.ctx
        if actor is None or self._refreshing:
            return
        self._refreshing = True
        self.station.runner.submit(lambda: overrides.pending(ctx, actor), self._listed, self._list_failed)
        self.station.runner.submit(lambda: goodwill.pending(ctx, actor), self._gestures_listed)

    def _list_failed(self, error: BaseException) -> None:
        self._refreshing = False
        self._say(explain(error), error=True)

    def _listed(self, views: list[overrides.OverrideView]) -> None:
        self._refreshing = False
        selected = self.selected()
        self.model.set_views(views)
        self.empty.setVisible(not views)
        self.sig_count_changed.emit(len(views))
        if selected is not None:
            for row, view in enumerate(views):
                if view.id == selected.id:
                    self.table.selectRow(row)
                    break
        if self.selected() is None and views:
            self.table.selectRow(0)
        self._show_selected()

    def selected(self) -> overrides.OverrideView | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.model.views):
            return None
        return self.model.views[rows[0].row()]

    def _show_selected(self) -> None:
        view = self.selected()
        self._enable(view is not None)
        if view is None:
            self.detail.setText("Pick a request to see the case.")
            return
        items = view.request.get("items", [])
        lines = {line["line"]: line for line in view.decision.get("lines", [])}
        described = []
        for item in items:
            decided = lines.get(item.get("line"), {})
            described.append(f"• line {item.get('line', '?')}: {item.get('qty')} × {words(item.get('condition', ''))}"
                             f", {words(item.get('reason', '') or 'no reason given')}"
                             f" -> {words(decided.get('outcome', ''))}"
                             f" ({', '.join(words(r) for r in decided.get('reasons', []))})")
        self.detail.setText(
            f"Request {view.id} from {view.requested_by} at register {view.register}\n"
            f"Receipt {view.receipt or 'none'}; needs {', '.join(words(c) for c in view.codes)}\n"
            f"Refund once approved: {refund_text(view, self.station.locale)}\n\n" + "\n".join(described) + "\n\n"
            + "\n".join(f"“{m}”" for m in view.messages)
        )

    def _gestures_listed(self, views: list) -> None:  # type: ignore[type-arg]
        if [v.id for v in views] == [v.id for v in self.gesture_views]:
            return
        selected = self.gestures.currentRow()
        self.gesture_views = views
        self.gestures.clear()
        for view in views:
            value = f" {view.amount / 100:.2f}" if view.amount else ""
            self.gestures.addItem(f"#{view.id} {view.kind.replace('_', ' ')}{value} for {view.customer} "
                                  f"({view.requested_by}): {view.description or view.reason}")
        self.gestures.setCurrentRow(min(max(selected, 0), len(views) - 1))

    def answer_gesture(self, approve: bool) -> None:
        row = self.gestures.currentRow()
        if not 0 <= row < len(self.gesture_views):
            return
        gesture_id = self.gesture_views[row].id
        code, pin, note = self.manager_id.text().strip(), self.pin.text(), self.reason.currentText()
        ctx = self.station.ctx

        def done(view) -> None:  # type: ignore[no-untyped-def]
            self.pin.clear()
            self._say(f"Gesture {view.id} {view.status}" + (f": voucher {view.voucher} printing." if view.voucher
                                                            else "."), error=False)
            if view.voucher and self.station.printer is not None:
                self.station.printer.print_documents([view.voucher])
            self.sig_gesture_decided.emit(view.id, view.status)
            self.refresh()

        self.station.runner.submit(lambda: goodwill.decide(ctx, gesture_id, code, pin, approve, note), done,
                                   self._failed)

    # ---- Answering

    def answer(self, approve: bool) -> None:
        view = self.selected()
        if view is None:
            return
        code, pin, reason = self.manager_id.text().strip(), self.pin.text(), self.reason.currentText()
        ctx = self.station.ctx
        self._enable(False)
        self.station.runner.submit(lambda: overrides.decide(ctx, view.id, code, pin, approve, reason),
                                   self._decided, self._failed)

    def _decided(self, view: overrides.OverrideView) -> None:
        self.pin.clear()
        self.reason.setCurrentText("")
        self._say(f"Request {view.id} {view.status}.", error=False)
        self.sig_decided.emit(view.id, view.status)
        self.refresh()

    def _failed(self, error: BaseException) -> None:
        self.pin.clear()
        self._say(explain(error), error=True)
        self._enable(self.selected() is not None)

    def _enable(self, on: bool) -> None:
        self.approve_button.setEnabled(on)
        self.refuse_button.setEnabled(on)

    def _say(self, text: str, error: bool) -> None:
        say(self.error, text, error)
