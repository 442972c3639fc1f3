"""Small helpers every screen uses."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget


def in_two_lines(text: str) -> str:
    """A header broken at the space nearest its middle ("Hoàn\ntiền"); one word stays whole."""
    spaces = [i for i, c in enumerate(text) if c == " "]
    if not spaces:
        return text
    cut = min(spaces, key=lambda i: abs(len(text) - 2 * i))
    return text[:cut] + "\n" + text[cut + 1:]


def restyle(widget: QWidget, name: str) -> None:
    """Give a widget another stylesheet role (its object name) and redraw it."""
    widget.setObjectName(name)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def fit_placeholder(edit: QLineEdit) -> None:
    """Never narrower than its hint, whatever the language makes of it."""
    edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 24)


def say(label: QLabel, text: str, error: bool = False) -> None:
    """A screen's message line: red for what went wrong, blue for the rest."""
    label.setText(text)
    restyle(label, "error" if error else "info")
    label.show()


def scan_field(widget: QWidget | None) -> bool:
    """A field a scanned code can go into: a text field someone could type
    it into, never a PIN."""
    return (isinstance(widget, QLineEdit) and widget.isVisible() and widget.isEnabled() and not widget.isReadOnly()
            and widget.echoMode() == QLineEdit.EchoMode.Normal)


def type_scan(widget: QWidget | None, code: str) -> bool:
    """A scanned code into a field, as the scanner types it: the code, then
    Enter (which a cell editor takes as "commit", a search as "find")."""
    if not scan_field(widget):
        return False
    assert isinstance(widget, QLineEdit)
    widget.setText(code)
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r"))
    return True
