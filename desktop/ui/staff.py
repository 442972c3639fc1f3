"""Staff (managers and admins): the people who sign in here, adding one,
a one-time PIN for one who forgot theirs, a new role or store, and
deactivating one who left (their history stays)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.messages import QT_TRANSLATE_NOOP
from desktop.services import staff_admin
from desktop.services.commands import Command, handle
from desktop.services.imports.catalogue import one_time_pin
from desktop.ui.forms import FormDialog, combo
from desktop.ui.i18n import explain
from desktop.ui.labels import label
from desktop.ui.page import Page
from desktop.ui.staff_presenter import ROLES, StaffPresenter
from desktop.ui.station import Station
from desktop.ui.tables import HeaderedTableModel
from desktop.ui.widgets import say

COL_ID, COL_NAME, COL_ROLE, COL_STORE, COL_STATE = range(5)


class StaffModel(HeaderedTableModel):
    headers = [QT_TRANSLATE_NOOP("Columns", "Staff ID"), QT_TRANSLATE_NOOP("Columns", "Name"),
               QT_TRANSLATE_NOOP("Columns", "Role"), QT_TRANSLATE_NOOP("Columns", "Store"),
               QT_TRANSLATE_NOOP("Columns", "State")]

    def __init__(self, presenter: StaffPresenter, parent: Any = None):
        super().__init__(parent)
        self.rows: list[staff_admin.StaffView] = []
        self.presenter = presenter

    def row_count(self) -> int:
        return len(self.rows)

    def set_rows(self, rows: list[staff_admin.StaffView]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        column = index.column()
        if column == COL_ID:
            return row.code
        if column == COL_NAME:
            return row.name
        if column == COL_ROLE:
            return label(row.role)
        if column == COL_STORE:
            return row.store
        return self.presenter.state(row)


class StaffScreen(Page):
    sig_loaded = Signal()  # the list was (re)loaded

    def shown(self) -> None:
        self.start()

    def __init__(self, station: Station, parent: QWidget | None = None):
        super().__init__(parent)
        self.station = station
        title = QLabel(self.tr("Staff"))
        title.setObjectName("title")
        self.presenter = StaffPresenter(station.locale, QCoreApplication.translate)
        self.model = StaffModel(self.presenter, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Staff"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.add_button = QPushButton(self.tr("Add a person"))
        self.add_button.setObjectName("primary")
        self.pin_button = QPushButton(self.tr("One-time PIN"))
        self.role_button = QPushButton(self.tr("Change role"))
        self.store_button = QPushButton(self.tr("Change store"))
        self.active_button = QPushButton(self.tr("Deactivate"))
        buttons = QGridLayout()  # two rows: the buttons keep their words in a longer language
        for index, button in enumerate((self.add_button, self.pin_button, self.role_button, self.store_button,
                                        self.active_button)):
            buttons.addWidget(button, index // 3, index % 3)
        buttons.setColumnStretch(3, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.ask_add)
        self.pin_button.clicked.connect(self.reset_pin)
        self.role_button.clicked.connect(self.ask_role)
        self.store_button.clicked.connect(self.ask_store)
        self.active_button.clicked.connect(self.toggle_active)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self._enable()

    # ---- Loading

    def start(self) -> None:
        actor, ctx = self.station.actor, self.station.ctx
        if actor is None:
            return
        self.station.runner.submit(lambda: handle(ctx, staff_admin.ListStaff(), actor), self._loaded, self._failed)

    def _loaded(self, rows: list[staff_admin.StaffView]) -> None:
        current = self.current()
        self.model.set_rows(rows)
        if current is not None:
            for number, row in enumerate(rows):
                if row.code == current.code:
                    self.table.selectRow(number)
        self._enable()
        self.sig_loaded.emit()

    def current(self) -> staff_admin.StaffView | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() and index.row() < len(self.model.rows) else None

    def _enable(self) -> None:
        person = self.current()
        for button in (self.pin_button, self.role_button, self.store_button, self.active_button):
            button.setEnabled(person is not None)
        self.active_button.setText(self.presenter.activate_word(person))

    # ---- Changes

    def ask_add(self) -> None:
        actor = self.station.actor
        if actor is None:
            return
        roles = self.presenter.roles_for(actor.role)
        form = FormDialog(self.tr("add a person"), [
            ("code", self.tr("Staff ID (as on the badge)"), QLineEdit()), ("name", self.tr("Name"), QLineEdit()),
            ("role", self.tr("Role"), combo(roles, "clerk")), ("store", self.tr("Home store"),
                                                              QLineEdit(actor.store_code))], self)
        if form.exec():
            values = form.values()
            pin = one_time_pin()
            self._run(staff_admin.AddStaff(str(values["code"]), str(values["name"]), str(values["role"]),
                                           str(values["store"]), pin), pin)

    def reset_pin(self) -> None:
        person = self.current()
        if person is not None:
            pin = one_time_pin()
            self._run(staff_admin.ResetPin(person.code, pin), pin)

    def ask_role(self) -> None:
        person = self.current()
        if person is None:
            return
        form = FormDialog(self.tr("change role"), [("role", self.tr("Role"), combo(ROLES, person.role))], self)
        if form.exec():
            role = str(form.values()["role"])
            self._run(staff_admin.SetRole(person.code, role))

    def ask_store(self) -> None:
        person = self.current()
        if person is None:
            return
        form = FormDialog(self.tr("change store"), [("store", self.tr("Home store"), QLineEdit(person.store))], self)
        if form.exec():
            store = str(form.values()["store"])
            self._run(staff_admin.SetStore(person.code, store))

    def toggle_active(self) -> None:
        person = self.current()
        if person is not None:
            self._run(staff_admin.Reactivate(person.code) if not person.active else staff_admin.Deactivate(person.code))

    def _run(self, command: Command[staff_admin.StaffView], pin: str | None = None) -> None:
        actor, ctx = self.station.actor, self.station.ctx
        if actor is None:
            return

        def done(view: staff_admin.StaffView) -> None:
            if pin is not None:
                say(self.message, self.tr("{name} ({code}): one-time PIN {pin}. Give it to them in person: they "
                                          "choose their own when they first sign in.").format(
                    name=view.name, code=view.code, pin=pin))
            else:
                say(self.message, self.tr("Saved: {name} ({code}).").format(name=view.name, code=view.code))
            self.start()

        self.station.runner.submit(lambda: handle(ctx, command, actor), done, self._failed)

    def _failed(self, error: BaseException) -> None:
        say(self.message, explain(error), error=True)
