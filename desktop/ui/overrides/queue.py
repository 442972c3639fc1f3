"""The override queue on a manager's station: every pending request of the
store, refreshed every second, with the case in full; approve or refuse with
the manager's PIN and a reason. The clerk's screen learns the answer by
itself."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.messages import QT_TRANSLATE_NOOP
from desktop.services import goodwill, overrides
from desktop.services.commands import handle
from desktop.ui.i18n import amount, explain
from desktop.ui.labels import label
from desktop.ui.overrides.dialog import common_reasons
from desktop.ui.overrides.presenter import QueuePresenter
from desktop.ui.page import Page
from desktop.ui.station import Station
from desktop.ui.tables import HeaderedTableModel
from desktop.ui.widgets import say

COL_ID, COL_WHEN, COL_REGISTER, COL_CLERK, COL_RECEIPT, COL_NEEDS, COL_REFUND = range(7)
HEADERS = ["#", QT_TRANSLATE_NOOP("Columns", "Waiting since"), QT_TRANSLATE_NOOP("Columns", "Register"),
           QT_TRANSLATE_NOOP("Columns", "Clerk"), QT_TRANSLATE_NOOP("Columns", "Receipt"),
           QT_TRANSLATE_NOOP("Columns", "Needs"), QT_TRANSLATE_NOOP("Columns", "Refund")]
REFRESH_MS = 1000

Index = QModelIndex | QPersistentModelIndex


class PendingModel(HeaderedTableModel):
    """The requests waiting for a manager; their cells as the presenter words them."""

    def __init__(self, presenter: QueuePresenter, parent: Any = None):
        super().__init__(parent)
        self.views: list[overrides.OverrideView] = []
        self.presenter = presenter

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
            return self.presenter.receipt(view)
        if column == COL_NEEDS:
            return self.presenter.labels(view.codes)
        if column == COL_REFUND:
            return self.presenter.refund(view)
        return None


class OverrideQueueScreen(Page):
    sig_count_changed = Signal(int)  # how many requests wait, for the navigation's badge
    sig_decided = Signal(int, str)  # request ID, "approved" | "refused"
    sig_gesture_decided = Signal(int, str)  # goodwill gesture ID, "approved" | "refused"

    def shown(self) -> None:
        self.arriving = True  # the first listing puts the focus in the PIN field
        self.start()

    def left(self) -> None:
        self.stop()

    def __init__(self, station: Station, parent: QWidget | None = None):
        super().__init__(parent)
        self.station = station
        self.presenter = QueuePresenter(station.locale, QCoreApplication.translate)
        self.model = PendingModel(self.presenter, self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Requests waiting"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.empty = QLabel(self.tr("No requests are waiting."))
        self.empty.setObjectName("hint")
        self.detail = QLabel(self.tr("Pick a request to see the case."))
        self.detail.setObjectName("sentences")
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.manager_id = QLineEdit()
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(self.tr("Your PIN"))
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.setAccessibleName(self.tr("Reason"))
        typed = self.reason.lineEdit()
        assert typed is not None  # an editable box has one
        typed.setAccessibleName(self.tr("Reason"))
        self.reason.addItems(common_reasons())
        self.reason.setCurrentText("")
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.hide()
        self.approve_button = QPushButton(self.tr("Approve"))
        self.approve_button.setObjectName("primary")
        self.refuse_button = QPushButton(self.tr("Refuse"))
        self.refuse_button.setObjectName("danger")
        # Goodwill gestures clerks asked for, decided with the same ID and PIN.
        self.gestures = QListWidget()
        self.gestures.setAccessibleName(self.tr("Goodwill gestures asked for"))
        self.gestures.setMaximumHeight(130)
        self.gesture_views: list[goodwill.GestureView] = []
        self.approve_gesture = QPushButton(self.tr("Approve gesture"))
        self.refuse_gesture = QPushButton(self.tr("Refuse gesture"))

        title = QLabel(self.tr("Override queue"))
        title.setObjectName("title")
        form = QFormLayout()
        form.addRow(self.tr("Manager ID"), self.manager_id)
        form.addRow(self.tr("PIN"), self.pin)
        form.addRow(self.tr("Reason"), self.reason)
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
        left.addWidget(QLabel(self.tr("Goodwill gestures waiting")))
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
        # By keyboard: the first request is picked and the PIN field has the focus when the screen opens;
        # Enter in the PIN goes to the reason, Enter in the reason approves (Refuse is a button: a deliberate act).
        self.arriving = False
        self.pin.returnPressed.connect(self._pin_entered)
        typed.returnPressed.connect(self._reason_entered)
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
        if self.arriving and views:
            self.arriving = False
            (self.pin if self.manager_id.text() else self.manager_id).setFocus()

    def _pin_entered(self) -> None:
        if self.pin.text():
            self.reason.setFocus()

    def _reason_entered(self) -> None:
        if not self.reason.currentText().strip():
            self._say(self.tr("Say why you approve: the reason goes in the audit log."), error=True)
            return
        if self.approve_button.isEnabled():
            self.answer(True)

    def selected(self) -> overrides.OverrideView | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.model.views):
            return None
        return self.model.views[rows[0].row()]

    def _show_selected(self) -> None:
        view = self.selected()
        self._enable(view is not None)
        if view is None:
            self.detail.setText(self.tr("Pick a request to see the case."))
            return
        self.detail.setText(self.presenter.case(view))

    def _gestures_listed(self, views: list) -> None:  # type: ignore[type-arg]
        if [v.id for v in views] == [v.id for v in self.gesture_views]:
            return
        selected = self.gestures.currentRow()
        self.gesture_views = views
        self.gestures.clear()
        for view in views:
            value = amount(view.amount, self.station.currency, self.station.locale) if view.amount else ""
            self.gestures.addItem(self.presenter.gesture(view, value))
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
            said = (self.tr("Gesture {id} {status}: voucher {voucher} printing.") if view.voucher
                    else self.tr("Gesture {id} {status}."))
            self._say(said.format(id=view.id, status=label(view.status), voucher=view.voucher), error=False)
            if view.voucher and self.station.printer is not None:
                self.station.printer.print_documents([view.voucher])
            self.sig_gesture_decided.emit(view.id, view.status)
            self.refresh()

        actor = self.station.staff
        command = goodwill.DecideGoodwill(gesture_id, code, pin, approve, note)
        self.station.runner.submit(lambda: handle(ctx, command, actor), done, self._failed)

    # ---- Answering

    def answer(self, approve: bool) -> None:
        view = self.selected()
        if view is None:
            return
        code, pin, reason = self.manager_id.text().strip(), self.pin.text(), self.reason.currentText()
        ctx, actor = self.station.ctx, self.station.staff
        self._enable(False)
        command = overrides.DecideOverride(view.id, code, pin, approve, reason)
        self.station.runner.submit(lambda: handle(ctx, command, actor),
                                   self._decided, self._failed)

    def _decided(self, view: overrides.OverrideView) -> None:
        self.pin.clear()
        self.reason.setCurrentText("")
        self._say(self.tr("Request {id} {status}.").format(id=view.id, status=label(view.status)), error=False)
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
