"""Small helpers every screen uses."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget


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
