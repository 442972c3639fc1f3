"""A customer-facing prompt: the clerk turns the screen around (or it shows
on a second screen) and the customer taps a score from 1 to 5. No email
address needed."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

# Stars, not emoji faces: the bundled fonts draw them on any PC (a till without an emoji font showed boxes).
SCORES = tuple((score, "★" * score + "☆" * (5 - score), word) for score, word in (
    (1, QT_TRANSLATE_NOOP("FeedbackDialog", "Very unhappy")), (2, QT_TRANSLATE_NOOP("FeedbackDialog", "Unhappy")),
    (3, QT_TRANSLATE_NOOP("FeedbackDialog", "OK")), (4, QT_TRANSLATE_NOOP("FeedbackDialog", "Happy")),
    (5, QT_TRANSLATE_NOOP("FeedbackDialog", "Very happy"))))


class FeedbackDialog(QDialog):
    sig_scored = Signal(int, str)  # score, comment

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
