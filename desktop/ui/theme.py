"""The look: resources/style/returndesk.qss, large fonts and targets for a
touch screen, and outcome colours that always come with a word and a sign."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from desktop.resources import path as resource_path

# Outcome -> (sign, word, object name the stylesheet colours)
OUTCOMES = {
    "approve": ("✔", "Approve", "approve"),
    "deny": ("✖", "Deny", "deny"),
    "needs_override": ("⚠", "Needs manager", "needs"),  # the table says "⚠ Manager"
    "": ("", "", "neutral"),
}


def apply(app: QApplication) -> None:
    font = QFont("DejaVu Sans")
    font.setPointSize(12)
    app.setFont(font)
    app.setStyleSheet(resource_path("style", "returndesk.qss").read_text(encoding="utf-8"))


def outcome_text(outcome: str) -> str:
    sign, word, _ = OUTCOMES.get(outcome, ("", outcome, "neutral"))
    return f"{sign} {word}".strip()
