"""Staff sign-in: staff ID and PIN. Also the lock screen after the idle time."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

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
        # After a one-time PIN (a new person, or a PIN an admin reset): the person chooses their own.
        self.new_pin = QLineEdit()
        self.new_pin_again = QLineEdit()
        for field, name in ((self.new_pin, self.tr("Your new PIN")), (self.new_pin_again, self.tr("New PIN again"))):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setMaxLength(12)
            field.setAccessibleName(name)
        self.choose = QWidget()
        choose_form = QFormLayout(self.choose)
        choose_form.setContentsMargins(0, 0, 0, 0)
        choose_form.addRow(self.tr("Your new PIN"), self.new_pin)
        choose_form.addRow(self.tr("New PIN again"), self.new_pin_again)
        self.choose.hide()
        self.one_time: tuple[str, str] | None = None  # (staff ID, one-time PIN) while the new one is chosen

        form = QFormLayout()
        form.addRow(self.tr("Staff ID"), self.staff_id)
        form.addRow(self.tr("PIN"), self.pin)
        box = QWidget()
        # A fixed width lets a wrapped message take the height it needs (a centred box of the message's
        # width cut it off and squeezed the fields together).
        box.setFixedWidth(460)
        self.title.setWordWrap(True)
        self.subtitle.setWordWrap(True)
        inner = QVBoxLayout(box)
        for widget in (self.title, self.subtitle):
            inner.addWidget(widget)
        inner.addLayout(form)
        inner.addWidget(self.choose)
        inner.addWidget(self.button)
        inner.addWidget(self.error)
        # Centred by stretches, not by an alignment flag: an aligned widget gets its size hint, which for a
        # wrapped message is too short (the message was cut and the fields squeezed over each other).
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)

        self.staff_id.returnPressed.connect(self.pin.setFocus)
        self.pin.returnPressed.connect(self.submit)
        self.new_pin.returnPressed.connect(self.new_pin_again.setFocus)
        self.new_pin_again.returnPressed.connect(self.submit)
        self.button.clicked.connect(self.submit)

    def reset(self, locked_name: str = "") -> None:
        self.pin.clear()
        self.error.hide()
        self._choosing(False)
        self.subtitle.setText(self.tr("Locked while {name} was away: sign in to continue").format(name=locked_name)
                              if locked_name else self.tr("Sign in with your staff ID and PIN"))
        self.button.setEnabled(True)
        (self.pin if self.staff_id.text() else self.staff_id).setFocus()

    def submit(self) -> None:
        if self.one_time is not None:
            self._choose_pin()
            return
        code, pin = self.staff_id.text().strip(), self.pin.text()
        if not code:
            self.staff_id.setFocus()
            return
        self.button.setEnabled(False)
        ctx = self.station.ctx
        self.station.runner.submit(lambda: auth.sign_in(auth.SignIn(code, pin), ctx), self._signed_in, self._failed)

    def _signed_in(self, actor: auth.Actor) -> None:
        if actor.must_change_pin:
            self.one_time = (actor.code, self.pin.text())
            self.pin.clear()
            self.button.setEnabled(True)
            self.error.hide()
            self.subtitle.setText(self.tr("Welcome, {name}: choose your own PIN (4 to 12 digits). The one you were "
                                          "given works only once.").format(name=actor.name))
            self._choosing(True)
            return
        self.pin.clear()
        self.error.hide()
        self.button.setEnabled(True)
        self._choosing(False)
        self.sig_signed_in.emit(actor)

    def _choose_pin(self) -> None:
        assert self.one_time is not None
        code, given = self.one_time
        new, again = self.new_pin.text(), self.new_pin_again.text()
        if new != again:
            self.new_pin.clear()
            self.new_pin_again.clear()
            self._failed_choice(self.tr("The two PINs differ: type your new PIN twice."))
            return
        self.button.setEnabled(False)
        ctx = self.station.ctx
        self.station.runner.submit(lambda: auth.change_pin(auth.ChangePin(code, given, new), ctx), self._signed_in,
                                   lambda error: self._failed_choice(explain(error)))

    def _failed_choice(self, text: str) -> None:
        self.button.setEnabled(True)
        self.error.setText(text)
        self.error.show()
        self.new_pin.clear()
        self.new_pin_again.clear()
        self.new_pin.setFocus()

    def _choosing(self, on: bool) -> None:
        if not on:
            self.one_time = None
        self.choose.setVisible(on)
        self.staff_id.setEnabled(not on)
        self.pin.setEnabled(not on)
        self.button.setText(self.tr("Save my PIN and sign in") if on else self.tr("Sign in"))
        if on:
            self.new_pin.clear()
            self.new_pin_again.clear()
            self.new_pin.setFocus()

    def _failed(self, error: BaseException) -> None:
        self.button.setEnabled(True)
        self.pin.clear()
        self.error.setText(explain(error))
        self.error.show()
        self.pin.setFocus()
