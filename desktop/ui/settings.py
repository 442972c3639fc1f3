"""Store settings (managers and admins): the store's name, address, phone
and tax ID, its language, time zone and currency, the lines above and
under its receipts, and its logo. Receipts, the sentences read to the
customer and the reports follow them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services import store_settings
from desktop.services.commands import handle
from desktop.ui.i18n import explain
from desktop.ui.page import Page
from desktop.ui.station import Station
from desktop.ui.widgets import say

LOCALES = ("en_US", "vi_VN", "fil_PH", "lt_LT", "te_IN")
TIMEZONES = ("America/New_York", "America/Chicago", "America/Los_Angeles", "Asia/Ho_Chi_Minh", "Asia/Manila",
             "Europe/Vilnius", "Asia/Kolkata", "Europe/London", "UTC")


class SettingsScreen(Page):
    sig_saved = Signal(object)  # the StoreSettings as saved

    def shown(self) -> None:
        self.start()

    def __init__(self, station: Station, parent: QWidget | None = None):
        super().__init__(parent)
        self.station = station
        self.logo: bytes | None = None  # a new logo chosen, not saved yet; b"": removed
        title = QLabel(self.tr("Store settings"))
        title.setObjectName("title")
        self.name, self.address, self.phone, self.tax_id, self.currency = (QLineEdit() for _ in range(5))
        self.language = QComboBox()
        self.language.setEditable(True)
        self.language.addItems(LOCALES)
        self.timezone = QComboBox()
        self.timezone.setEditable(True)
        self.timezone.addItems(TIMEZONES)
        self.header = QPlainTextEdit()
        self.footer = QPlainTextEdit()
        for box in (self.header, self.footer):
            box.setTabChangesFocus(True)  # keyboard first: Tab leaves the box
            box.setFixedHeight(box.fontMetrics().lineSpacing() * 4 + 16)
        self.logo_preview = QLabel(self.tr("no logo"))
        self.logo_button = QPushButton(self.tr("Choose a PNG…"))
        self.logo_remove = QPushButton(self.tr("Remove the logo"))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("primary")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        form = QFormLayout()
        for caption, widget in ((self.tr("Store name"), self.name), (self.tr("Address"), self.address),
                                (self.tr("Phone"), self.phone), (self.tr("Tax ID"), self.tax_id),
                                (self.tr("Language (receipts, sentences)"), self.language),
                                (self.tr("Time zone"), self.timezone), (self.tr("Currency"), self.currency),
                                (self.tr("Receipt header lines"), self.header),
                                (self.tr("Receipt footer lines"), self.footer)):
            widget.setAccessibleName(caption)
            typed = widget.lineEdit() if isinstance(widget, QComboBox) else None
            if typed is not None:
                typed.setAccessibleName(caption)  # what a screen reader lands on when typing
            form.addRow(caption, widget)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addWidget(self.logo_button)
        logo_row.addWidget(self.logo_remove)
        logo_row.addStretch(1)
        form.addRow(self.tr("Logo"), logo_row)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        intro = QLabel(self.tr("What every receipt of this store prints, and the language its customers hear. A "
                               "currency changes only before the store's first sale."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.save_button)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.save_button.clicked.connect(self.save)
        self.logo_button.clicked.connect(self.choose_logo)
        self.logo_remove.clicked.connect(self.remove_logo)

    def start(self) -> None:
        ctx = self.station.ctx
        self.station.runner.submit(lambda: store_settings.show(ctx), self._show,
                                   lambda error: say(self.message, explain(error), error=True))

    def _show(self, settings: store_settings.StoreSettings) -> None:
        self.logo = None
        for field, value in ((self.name, settings.name), (self.address, settings.address),
                             (self.phone, settings.phone), (self.tax_id, settings.tax_id),
                             (self.currency, settings.currency)):
            field.setText(value)
        self.language.setCurrentText(settings.locale)
        self.timezone.setCurrentText(settings.timezone)
        self.header.setPlainText(settings.receipt_header)
        self.footer.setPlainText(settings.receipt_footer)
        self.logo_preview.setText(self.tr("a logo of {size} bytes").format(size=settings.logo_bytes)
                                  if settings.logo_bytes else self.tr("no logo"))

    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("The store's logo"), "", self.tr("PNG images (*.png)"))
        if path:
            self.take_logo(Path(path))

    def take_logo(self, path: Path) -> None:
        self.logo = path.read_bytes()
        picture = QPixmap()
        if picture.loadFromData(self.logo):
            self.logo_preview.setPixmap(picture.scaledToHeight(40))
        else:
            self.logo_preview.setText(path.name)

    def remove_logo(self) -> None:
        self.logo = b""
        self.logo_preview.setText(self.tr("no logo (saved with Save)"))

    def save(self) -> None:
        actor, ctx = self.station.actor, self.station.ctx
        if actor is None:
            return
        values: dict[str, object] = {
            "name": self.name.text(), "address": self.address.text(), "phone": self.phone.text(),
            "tax_id": self.tax_id.text(), "locale": self.language.currentText(),
            "timezone": self.timezone.currentText(),
            "currency": self.currency.text(), "receipt_header": self.header.toPlainText(),
            "receipt_footer": self.footer.toPlainText()}
        if self.logo is not None:
            values["logo"] = self.logo
        self.save_button.setEnabled(False)

        def saved(settings: store_settings.StoreSettings) -> None:
            self.save_button.setEnabled(True)
            self._show(settings)
            say(self.message, self.tr("Saved. Receipts print it from now on; a new language shows on this station's "
                                      "screens at its next start."))
            self.sig_saved.emit(settings)

        def failed(error: BaseException) -> None:
            self.save_button.setEnabled(True)
            say(self.message, explain(error), error=True)

        command = store_settings.ChangeStoreSettings(None, values)
        self.station.runner.submit(lambda: handle(ctx, command, actor), saved, failed)
