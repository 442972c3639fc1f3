"""A customer-facing prompt: the customer taps a score from 1 to 5. No email
address needed.

Where it shows follows the station's ``customer_screen`` setting: over the
window, for a counter whose clerk turns the screen round (the default); or
full screen on the customer's own display, a second screen facing the
counter (``auto``: a screen the window is not on; or that screen's name, as
``returndesk --selftest`` lists them). There it does not block the clerk, who
goes on with the next customer while this one answers.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop.messages import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

# Stars, not emoji faces: the bundled fonts draw them on any PC (a till without an emoji font showed boxes).
SCORES = tuple((score, "★" * score + "☆" * (5 - score), word) for score, word in (
    (1, QT_TRANSLATE_NOOP("FeedbackDialog", "Very unhappy")), (2, QT_TRANSLATE_NOOP("FeedbackDialog", "Unhappy")),
    (3, QT_TRANSLATE_NOOP("FeedbackDialog", "OK")), (4, QT_TRANSLATE_NOOP("FeedbackDialog", "Happy")),
    (5, QT_TRANSLATE_NOOP("FeedbackDialog", "Very happy"))))


class FeedbackDialog(QDialog):
    sig_scored = Signal(int, str)  # score, comment
    _on_customer_screen: FeedbackDialog | None = None  # the prompt the customer's display shows

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("ReturnDesk: how did we do?"))
        question = QLabel(self.tr("How did we do today?"))
        question.setObjectName("title")
        self.comment = QLineEdit()
        self.comment.setPlaceholderText(self.tr("Anything you want to tell us (optional)"))
        self.buttons: dict[int, QPushButton] = {}
        row = QHBoxLayout()
        for score, stars, word in SCORES:
            button = QPushButton(f"{stars}\n{score}\n{self.tr(word)}")
            # Big targets for a finger, never narrower than the words (an explicit minimum replaces Qt's own).
            button.setMinimumSize(max(120, button.sizeHint().width()), 110)
            button.clicked.connect(lambda _=False, s=score: self.choose(s))
            self.buttons[score] = button
            row.addWidget(button)
        skip = QPushButton(self.tr("No, thanks"))
        skip.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addLayout(row)
        layout.addWidget(self.comment)
        layout.addWidget(skip)

    def choose(self, score: int) -> None:
        self.sig_scored.emit(score, self.comment.text().strip())
        self.accept()

    def present(self, setting: str) -> None:
        """Show the prompt where the station's customer looks (module docstring)."""
        parent = self.parentWidget()
        screen = customer_screen(setting, QGuiApplication.screens(), parent.screen() if parent else None)
        if screen is None:
            self.open()  # over the window, modal to it
            return
        shown = FeedbackDialog._on_customer_screen
        if shown is not None and shown is not self and shiboken6.isValid(shown) and shown.isVisible():
            shown.reject()  # the previous customer left without answering: one prompt at a time
        FeedbackDialog._on_customer_screen = self
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()


def customer_screen(setting: str, screens: Sequence[QScreen], window_screen: QScreen | None) -> QScreen | None:
    """The customer's display, or None for over the window. A name no screen
    has (a display unplugged) falls back to the window, and is logged."""
    setting = setting.strip()
    if not setting:
        return None
    if setting == "auto":
        return next((screen for screen in screens if screen is not window_screen), None)
    found = next((screen for screen in screens if screen.name() == setting), None)
    if found is None:
        log.warning("customer_screen %r: no such screen (have %s); the prompt shows over the window", setting,
                    ", ".join(screen.name() for screen in screens))
    return found
