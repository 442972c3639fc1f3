"""A small form in a dialog (fields in, values out, keyboard only) and a
combo box of codes shown by their labels: what the Service desk, Customers
and Staff screens ask with."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from desktop.ui.labels import label


class FormDialog(QDialog):
    """A small form: fields in, values out; keyboard only."""

    def __init__(self, title: str, fields: list[tuple[str, str, QWidget]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("ReturnDesk: {title}").format(title=title))
        self.fields = {key: widget for key, _, widget in fields}
        form = QFormLayout(self)
        for _, caption, widget in fields:
            if isinstance(widget, QPlainTextEdit):
                widget.setTabChangesFocus(True)  # Tab moves on (a form, not a typewriter); Enter is a new line
            form.addRow(caption, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):  # OK from anywhere, a text box included
            QShortcut(QKeySequence(keys), self).activated.connect(self.accept)

    def values(self) -> dict[str, object]:
        out: dict[str, object] = {}
        for key, widget in self.fields.items():
            if isinstance(widget, QComboBox):
                out[key] = widget.currentData() if widget.currentData() is not None else widget.currentText()
            elif isinstance(widget, QSpinBox):
                out[key] = widget.value()
            elif isinstance(widget, QPlainTextEdit):
                out[key] = widget.toPlainText()
            elif isinstance(widget, QCheckBox):
                out[key] = widget.isChecked()
            elif isinstance(widget, QLineEdit):
                out[key] = widget.text()
        return out


def combo(values: tuple[str, ...] | list[str], current: str | None = None) -> QComboBox:
    box = QComboBox()
    for value in values:
        box.addItem(label(value), value)
    if current is not None:
        box.setCurrentIndex(max(box.findData(current), 0))
    return box
