"""The manager at the counter: ID, PIN and a reason typed on the clerk's
screen; approve completes the return, refuse records why."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from desktop.services import overrides
from desktop.services.explain import explain
from desktop.ui.returns.presenter import ReturnDraft, words
from desktop.ui.station import Station

COMMON_REASONS = ["Loyal customer", "Item clearly unused", "Store error at the sale", "Manufacturer defect",
                  "Goodwill after a complaint"]


class InlineOverrideDialog(QDialog):
    sig_replied = Signal(object)  # the ReturnReply once a manager approved

    def __init__(self, station: Station, draft: ReturnDraft, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("ReturnDesk: manager override")
        self.setModal(True)
        self.station = station
        self.draft = draft
        codes = draft.decision.overrides_required if draft.decision else ()
        self.what = QLabel("A manager must approve: " + ", ".join(words(str(c)) for c in codes)
                           + ".")
        self.what.setWordWrap(True)
        self.manager_id = QLineEdit()
        self.manager_id.setPlaceholderText("Manager staff ID")
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText("PIN")
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.addItems(COMMON_REASONS)
        self.reason.setCurrentText("")
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.approve_button = QPushButton("Approve")
        self.approve_button.setObjectName("primary")
        self.refuse_button = QPushButton("Refuse")
        self.refuse_button.setObjectName("danger")
        self.cancel_button = QPushButton("Cancel")

        form = QFormLayout()
        form.addRow("Manager ID", self.manager_id)
        form.addRow("PIN", self.pin)
        form.addRow("Reason", self.reason)
        buttons = QHBoxLayout()
        for button in (self.approve_button, self.refuse_button, self.cancel_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.what)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

        self.manager_id.returnPressed.connect(self.pin.setFocus)
        self.pin.returnPressed.connect(self.reason.setFocus)
        self.approve_button.clicked.connect(lambda: self.answer(approve=True))
        self.refuse_button.clicked.connect(lambda: self.answer(approve=False))
        self.cancel_button.clicked.connect(self.reject)
        self.manager_id.setFocus()

    def answer(self, approve: bool) -> None:
        station, clerk = self.station, self.station.actor
        if clerk is None:
            return
        code, pin, reason = self.manager_id.text().strip(), self.pin.text(), self.reason.currentText().strip()
        request = self.draft.request()
        ctx = station.ctx
        for button in (self.approve_button, self.refuse_button):
            button.setEnabled(False)
        if approve:
            station.runner.submit(lambda: overrides.approve_at_counter(ctx, request, clerk, code, pin, reason),
                                  self._approved, self._failed)
        else:
            station.runner.submit(lambda: overrides.refuse_at_counter(ctx, request, clerk, code, pin, reason),
                                  self._refused, self._failed)

    def _approved(self, reply) -> None:  # type: ignore[no-untyped-def]
        self.sig_replied.emit(reply)
        self.accept()

    def _refused(self, view: overrides.OverrideView) -> None:
        parent = self.parent()
        if parent is not None and hasattr(parent, "show_message"):
            parent.show_message(f"Refused by {view.decided_by}: {view.decision_reason}", error=True)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.pin.clear()
        self.error.setText(explain(error))
        self.error.show()
        for button in (self.approve_button, self.refuse_button):
            button.setEnabled(True)
        self.pin.setFocus()
