"""First-run setup, shown when a station has no settings and no database:
local database, shared server (tested before anything is saved) or the demo
store; the store and register; the first admin account."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.config import Settings
from desktop.services import setup
from desktop.ui.i18n import explain, render
from desktop.ui.operations import Runner
from desktop.ui.widgets import say

ZONES = ["America/New_York", "America/Chicago", "America/Los_Angeles", "Europe/London", "Europe/Vilnius",
         "Asia/Ho_Chi_Minh", "Asia/Manila", "Asia/Kolkata"]
CURRENCIES = ["USD", "EUR", "GBP", "VND", "PHP", "INR"]


class DatabasePage(QWizardPage):
    def __init__(self, runner: Runner):
        super().__init__()
        self.runner = runner
        self.report: setup.ConnectionReport | None = None
        self.setTitle(self.tr("Where does this station keep its data?"))
        self.embedded = QRadioButton(self.tr("On this computer only (a local database; nothing to set up)"))
        self.shared = QRadioButton(self.tr("On the store's shared server (PostgreSQL): several counters, one "
                                           "database"))
        self.demo = QRadioButton(self.tr("A demo store to try ReturnDesk (sample receipts and staff)"))
        self.embedded.setChecked(True)
        self.group = QButtonGroup(self)
        for button in (self.embedded, self.shared, self.demo):
            self.group.addButton(button)
        self.url = QLineEdit()
        self.url.setPlaceholderText(self.tr("postgresql+psycopg://returndesk@db.store.lan:5432/returndesk"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("password (kept in a file only you can read)"))
        self.test_button = QPushButton(self.tr("Test the connection"))
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.hide()
        self.server = QWidget()
        form = QFormLayout(self.server)
        form.addRow(self.tr("Server"), self.url)
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.test_button)
        layout = QVBoxLayout(self)
        for widget in (self.embedded, self.shared, self.demo, self.server, self.result):
            layout.addWidget(widget)
        self.server.setEnabled(False)
        self.group.buttonToggled.connect(self._mode_changed)
        self.url.textChanged.connect(self._forget)
        self.password.textChanged.connect(self._forget)
        self.test_button.clicked.connect(self.test)

    @property
    def mode(self) -> str:
        return setup.SHARED if self.shared.isChecked() else setup.DEMO if self.demo.isChecked() else setup.EMBEDDED

    def _mode_changed(self) -> None:
        self.server.setEnabled(self.mode == setup.SHARED)
        self.setFinalPage(self.mode == setup.DEMO)  # the demo brings its store, register and staff: Finish here
        self.completeChanged.emit()

    def _forget(self) -> None:
        self.report = None
        self.result.hide()
        self.completeChanged.emit()

    def test(self) -> None:
        url, password = self.url.text().strip(), self.password.text()
        self.test_button.setEnabled(False)
        say(self.result, self.tr("Connecting…"), error=False)

        def done(report: setup.ConnectionReport) -> None:
            self.test_button.setEnabled(True)
            self.report = report
            stores = ", ".join(f"{code} {name}" for code, name in report.stores) or self.tr("no stores yet")
            schema = (self.tr("schema {revision}").format(revision=report.schema) if report.schema
                      else self.tr("an empty database"))
            say(self.result, self.tr("Connected to {server}: {schema}; {stores}.").format(
                server=render(report.description), schema=schema, stores=stores), error=False)
            self.completeChanged.emit()

        def failed(error: BaseException) -> None:
            self.test_button.setEnabled(True)
            self.report = None
            say(self.result, explain(error), error=True)
            self.completeChanged.emit()
            self._make_room()

        self.runner.submit(lambda: setup.probe_database(url, password), done, failed)

    def _make_room(self) -> None:
        """The wizard grows to hold a long message instead of laying it over the fields."""
        self.updateGeometry()
        wizard = self.wizard()
        if wizard is not None:
            wizard.adjustSize()
            wizard.resize(wizard.width(), max(wizard.height(), wizard.sizeHint().height()))


    def isComplete(self) -> bool:  # noqa: N802
        return self.mode != setup.SHARED or self.report is not None


class StationPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("This station"))
        self.setSubTitle(self.tr("The store and register codes are printed in every receipt's barcode."))
        self.store = QLineEdit("0001")
        self.store.setMaxLength(4)
        self.store_name = QLineEdit()
        self.store_name.setPlaceholderText(self.tr("e.g. Main Street (for a new store)"))
        self.timezone = QComboBox()
        self.timezone.setEditable(True)
        self.timezone.addItems(ZONES)
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.addItems(CURRENCIES)
        self.register = QLineEdit("01")
        self.register.setMaxLength(2)
        form = QFormLayout(self)
        form.addRow(self.tr("Store code"), self.store)
        form.addRow(self.tr("Store name"), self.store_name)
        form.addRow(self.tr("Time zone"), self.timezone)
        form.addRow(self.tr("Currency"), self.currency)
        form.addRow(self.tr("Register"), self.register)


class AdminPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("The first administrator"))
        self.setSubTitle(self.tr("Needed when the database has no staff yet; staff of an existing database sign in "
                                 "with their own ID and PIN."))
        self.code = QLineEdit()
        self.name = QLineEdit()
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout(self)
        form.addRow(self.tr("Staff ID"), self.code)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("PIN (6 to 12 digits)"), self.pin)
        form.addRow(self.tr("PIN again"), self.again)
        for field in (self.code, self.name, self.pin, self.again):
            field.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:  # noqa: N802
        return bool(self.code.text().strip() and self.name.text().strip() and self.pin.text()
                    and self.pin.text() == self.again.text())


class SetupWizard(QWizard):
    sig_done = Signal(object)  # the station's Settings, once the database is ready and the file written

    def __init__(self, runner: Runner, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.setWindowTitle(self.tr("ReturnDesk: first-run setup"))
        # Finish shows on every page, enabled where the path ends: choosing the demo store ends it on page one.
        self.setOption(QWizard.WizardOption.HaveFinishButtonOnEarlyPages, True)
        self.database = DatabasePage(runner)
        self.station = StationPage()
        self.admin = AdminPage()
        for page in (self.database, self.station, self.admin):
            self.addPage(page)
        self.error = QLabel()  # beside every page: what went wrong when finishing
        self.error.setWordWrap(True)
        self.error.setMaximumWidth(260)
        self.error.hide()
        self.setSideWidget(self.error)
        self.settings: Settings | None = None

    def nextId(self) -> int:  # noqa: N802
        current = self.currentId()
        if current == 0 and self.database.mode == setup.DEMO:
            return -1  # the demo brings its store, register and staff
        if current == 1:
            report = self.database.report
            if self.database.mode == setup.SHARED and report is not None and report.staff > 0:
                return -1  # staff exist: they sign in with their own accounts
        return super().nextId()

    def collected(self) -> setup.StationSetup:
        page = self.station
        return setup.StationSetup(
            mode=self.database.mode, db_url=self.database.url.text().strip(), db_password=self.database.password.text(),
            store=page.store.text().strip(), store_name=page.store_name.text().strip(),
            timezone=page.timezone.currentText().strip(), currency=page.currency.currentText().strip().upper(),
            register=page.register.text().strip(), admin_code=self.admin.code.text().strip(),
            admin_name=self.admin.name.text().strip(), admin_pin=self.admin.pin.text(),
        )

    def accept(self) -> None:
        chosen = self.collected()
        staff = self.database.report.staff if self.database.report else 0
        try:
            setup.validate(chosen, existing_staff=staff)
        except Exception as error:  # noqa: BLE001 - shown on the page, nothing written
            say(self.error, explain(error), error=True)
            return
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        say(self.error, self.tr("Setting up the database…"), error=False)

        def done(settings: Settings) -> None:
            self.settings = settings
            self.sig_done.emit(settings)
            super(SetupWizard, self).accept()

        def failed(error: BaseException) -> None:
            self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
            say(self.error, explain(error), error=True)

        self.runner.submit(lambda: setup.apply(chosen), done, failed)
