"""Staff sign-in: staff ID and PIN. Also the lock screen after the idle time."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop.ui.i18n import explain
from desktop.ui.station import Station

if TYPE_CHECKING:
    from desktop.services.auth import Actor


class SignInScreen(QWidget):
    sig_signed_in = Signal(object)  # the Actor who signed in
    sig_checking = Signal()  # a staff ID and PIN went to be checked

    def __init__(self, station: Station, parent: QWidget | None = None):
        super().__init__(parent)
        self.station = station
        self.title = QLabel("ReturnDesk")
        self.title.setObjectName("title")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("hint")
        self.staff_id = QLineEdit()
        self.staff_id.setMaxLength(16)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(12)
        self.button = QPushButton()
        self.button.setObjectName("primary")
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        # After a one-time PIN (a new person, or a PIN an admin reset): the person chooses their own.
        self.new_pin = QLineEdit()
        self.new_pin_again = QLineEdit()
        for field in (self.new_pin, self.new_pin_again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setMaxLength(12)
        self.choose = QWidget()
        self.choose_form = QFormLayout(self.choose)
        self.choose_form.setContentsMargins(0, 0, 0, 0)
        self.labels = {field: QLabel() for field in (self.staff_id, self.pin, self.new_pin, self.new_pin_again)}
        for field, label in self.labels.items():
            label.setBuddy(field)
        self.choose_form.addRow(self.labels[self.new_pin], self.new_pin)
        self.choose_form.addRow(self.labels[self.new_pin_again], self.new_pin_again)
        self.choose.hide()
        self.one_time: tuple[str, str] | None = None  # (staff ID, one-time PIN) while the new one is chosen
        self.waiting = False  # signing in was asked before the database was open
        self.locked_name = ""

        self.form = QFormLayout()
        self.form.addRow(self.labels[self.staff_id], self.staff_id)
        self.form.addRow(self.labels[self.pin], self.pin)
        box = QWidget()
        # A fixed width lets a wrapped message take the height it needs (a centred box of the message's
        # width cut it off and squeezed the fields together).
        box.setFixedWidth(460)
        self.title.setWordWrap(True)
        self.subtitle.setWordWrap(True)
        inner = QVBoxLayout(box)
        for widget in (self.title, self.subtitle):
            inner.addWidget(widget)
        inner.addLayout(self.form)
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
        self.retranslate()

        self.staff_id.returnPressed.connect(self.pin.setFocus)
        self.pin.returnPressed.connect(self.submit)
        self.new_pin.returnPressed.connect(self.new_pin_again.setFocus)
        self.new_pin_again.returnPressed.connect(self.submit)
        self.button.clicked.connect(self.submit)

    def retranslate(self) -> None:
        """Every text in the installed language: a station without a language
        of its own learns the store's from the database, which opens after
        this screen is shown."""
        for field, text in ((self.staff_id, self.tr("Staff ID")), (self.pin, self.tr("PIN")),
                            (self.new_pin, self.tr("Your new PIN")), (self.new_pin_again, self.tr("New PIN again"))):
            self.labels[field].setText(text)
            field.setAccessibleName(text)
        self.staff_id.setPlaceholderText(self.tr("Staff ID"))
        self.pin.setPlaceholderText(self.tr("PIN"))
        self.button.setText(self.tr("Save my PIN and sign in") if self.one_time else self.tr("Sign in"))
        self._say_subtitle()

    def _say_subtitle(self) -> None:
        if self.waiting:
            self.subtitle.setText(self.tr("Opening the database…"))
        elif self.locked_name:
            self.subtitle.setText(self.tr("Locked while {name} was away: sign in to continue").format(
                name=self.locked_name))
        else:
            self.subtitle.setText(self.tr("Sign in with your staff ID and PIN"))

    def reset(self, locked_name: str = "") -> None:
        self.pin.clear()
        self.error.hide()
        self._choosing(False)
        self.locked_name = locked_name
        self._say_subtitle()
        self.button.setEnabled(True)
        (self.pin if self.staff_id.text() else self.staff_id).setFocus()

    def database_ready(self) -> None:
        """The window attached the database: a sign-in asked before goes on."""
        if self.waiting:
            self.waiting = False
            self._say_subtitle()
            self.submit()

    def submit(self) -> None:
        if self.one_time is not None:
            self._choose_pin()
            return
        code, pin = self.staff_id.text().strip(), self.pin.text()
        if not code:
            self.staff_id.setFocus()
            return
        self.button.setEnabled(False)
        if not self.station.ready:  # Enter before the database is open: signed in as soon as it is
            self.waiting = True
            self._say_subtitle()
            return
        from desktop.services import auth

        ctx = self.station.ctx
        self.station.runner.submit(lambda: auth.sign_in(auth.SignIn(code, pin), ctx), self._signed_in, self._failed)
        self.sig_checking.emit()

    def _signed_in(self, actor: Actor) -> None:
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
        from desktop.services import auth

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
