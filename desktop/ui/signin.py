"""Staff sign-in: staff ID and PIN. Also the lock screen after the idle time."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop.services import auth
from desktop.ui.i18n import explain
from desktop.ui.station import Station


class SignInScreen(QWidget):
    sig_signed_in = Signal(object)  # the Actor who signed in

    def __init__(self, station: Station, parent: QWidget | None = None):
        super().__init__(parent)
        self.station = station
        self.title = QLabel("ReturnDesk")
        self.title.setObjectName("title")
        self.subtitle = QLabel(self.tr("Sign in with your staff ID and PIN"))
        self.subtitle.setObjectName("hint")
        self.staff_id = QLineEdit()
        self.staff_id.setPlaceholderText(self.tr("Staff ID"))
        self.staff_id.setMaxLength(16)
        self.pin = QLineEdit()
        self.pin.setPlaceholderText(self.tr("PIN"))
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(12)
        self.button = QPushButton(self.tr("Sign in"))
        self.button.setObjectName("primary")
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("Staff ID"), self.staff_id)
        form.addRow(self.tr("PIN"), self.pin)
        box = QWidget()
        box.setMaximumWidth(460)
        inner = QVBoxLayout(box)
        for widget in (self.title, self.subtitle):
            inner.addWidget(widget)
        inner.addLayout(form)
        inner.addWidget(self.button)
        inner.addWidget(self.error)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

        self.staff_id.returnPressed.connect(self.pin.setFocus)
        self.pin.returnPressed.connect(self.submit)
        self.button.clicked.connect(self.submit)

    def reset(self, locked_name: str = "") -> None:
        self.pin.clear()
        self.error.hide()
        self.subtitle.setText(self.tr("Locked while {name} was away: sign in to continue").format(name=locked_name)
                              if locked_name else self.tr("Sign in with your staff ID and PIN"))
        self.button.setEnabled(True)
        (self.pin if self.staff_id.text() else self.staff_id).setFocus()

    def submit(self) -> None:
        code, pin = self.staff_id.text().strip(), self.pin.text()
        if not code:
            self.staff_id.setFocus()
            return
        self.button.setEnabled(False)
        ctx = self.station.ctx
        self.station.runner.submit(lambda: auth.sign_in(auth.SignIn(code, pin), ctx), self._signed_in, self._failed)

    def _signed_in(self, actor: auth.Actor) -> None:
        self.pin.clear()
        self.error.hide()
        self.button.setEnabled(True)
        self.sig_signed_in.emit(actor)

    def _failed(self, error: BaseException) -> None:
        self.button.setEnabled(True)
        self.pin.clear()
        self.error.setText(explain(error))
        self.error.show()
        self.pin.setFocus()
