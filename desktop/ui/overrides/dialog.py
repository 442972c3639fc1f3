"""The manager at the counter: ID, PIN and a reason typed on the clerk's
screen; approve completes the return, refuse records why."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.messages import QT_TRANSLATE_NOOP
from desktop.services import overrides
from desktop.services.commands import handle
from desktop.ui.i18n import explain
from desktop.ui.labels import labels
from desktop.ui.returns.presenter import ReturnDraft
from desktop.ui.station import Station

# Offered in the reason box (any other text may be typed); marked here, shown in the station's language.
COMMON_REASONS = [QT_TRANSLATE_NOOP("Overrides", "Loyal customer"),
                  QT_TRANSLATE_NOOP("Overrides", "Item clearly unused"),
                  QT_TRANSLATE_NOOP("Overrides", "Store error at the sale"),
                  QT_TRANSLATE_NOOP("Overrides", "Manufacturer defect"),
                  QT_TRANSLATE_NOOP("Overrides", "Goodwill after a complaint")]


def common_reasons() -> list[str]:
    return [QCoreApplication.translate("Overrides", reason) for reason in COMMON_REASONS]


class InlineOverrideDialog(QDialog):
    sig_replied = Signal(object)  # the ReturnReply once a manager approved

    def __init__(self, station: Station, draft: ReturnDraft, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("ReturnDesk: manager override"))
        self.setModal(True)
        self.station = station
        self.draft = draft
        codes = draft.decision.overrides_required if draft.decision else ()
        self.what = QLabel(self.tr("A manager must approve: {codes}.").format(codes=labels(codes)))
        self.what.setWordWrap(True)
        self.manager_id = QLineEdit()
        self.manager_id.setPlaceholderText(self.tr("Manager staff ID"))
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(self.tr("PIN"))
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.addItems(common_reasons())
        self.reason.setCurrentText("")
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.approve_button = QPushButton(self.tr("Approve"))
        self.approve_button.setObjectName("primary")
        self.refuse_button = QPushButton(self.tr("Refuse"))
        self.refuse_button.setObjectName("danger")
        self.cancel_button = QPushButton(self.tr("Cancel"))

        form = QFormLayout()
        form.addRow(self.tr("Manager ID"), self.manager_id)
        form.addRow(self.tr("PIN"), self.pin)
        form.addRow(self.tr("Reason"), self.reason)
        buttons = QHBoxLayout()
        for button in (self.approve_button, self.refuse_button, self.cancel_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.what)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

        # Enter moves on, field by field, and approves only from the reason: never a PIN sent without one.
        for button in (self.approve_button, self.refuse_button, self.cancel_button):
            button.setAutoDefault(False)
            button.setDefault(False)
        # The dialog grows with an error instead of laying it over the fields.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.manager_id.returnPressed.connect(self.pin.setFocus)
        self.pin.returnPressed.connect(self.reason.setFocus)
        line = self.reason.lineEdit()
        if line is not None:
            line.returnPressed.connect(lambda: self.answer(approve=True))
        self.approve_button.clicked.connect(lambda: self.answer(approve=True))
        self.refuse_button.clicked.connect(lambda: self.answer(approve=False))
        self.cancel_button.clicked.connect(self.reject)
        self.manager_id.setFocus()

    def answer(self, approve: bool) -> None:
        station, clerk = self.station, self.station.actor
        if clerk is None:
            return
        code, pin, reason = self.manager_id.text().strip(), self.pin.text(), self.reason.currentText().strip()
        missing = [(field, text) for field, text in ((self.manager_id, self.tr("the manager's staff ID")),
                                                     (self.pin, self.tr("their PIN")),
                                                     (self.reason, self.tr("why"))) if not _value(field)]
        if missing:  # said here: nothing goes to the service, no PIN attempt is spent
            self._show_error(self.tr("Still needed: {what}.").format(what=", ".join(text for _, text in missing)))
            missing[0][0].setFocus()
            return
        request = self.draft.request()
        ctx = station.ctx
        for button in (self.approve_button, self.refuse_button):
            button.setEnabled(False)
        if approve:
            station.runner.submit(lambda: handle(ctx, overrides.ApproveAtCounter(request, code, pin, reason), clerk),
                                  self._approved, self._failed)
        else:
            station.runner.submit(lambda: handle(ctx, overrides.RefuseAtCounter(request, code, pin, reason), clerk),
                                  self._refused, self._failed)

    def _approved(self, reply) -> None:  # type: ignore[no-untyped-def]
        self.sig_replied.emit(reply)
        self.accept()

    def _refused(self, view: overrides.OverrideView) -> None:
        parent = self.parent()
        if parent is not None and hasattr(parent, "show_message"):
            parent.show_message(self.tr("Refused by {decided_by}: {decision_reason}").format(
                decided_by=view.decided_by, decision_reason=view.decision_reason), error=True)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.pin.clear()
        self._show_error(explain(error))
        for button in (self.approve_button, self.refuse_button):
            button.setEnabled(True)
        self.pin.setFocus()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.adjustSize()


def _value(field: QWidget) -> str:
    if isinstance(field, QComboBox):
        return field.currentText().strip()
    return field.text().strip() if isinstance(field, QLineEdit) else ""
