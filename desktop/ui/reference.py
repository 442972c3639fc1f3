"""The reference panel: the active return policy in plain language, and the
store's canned answers (managers add and edit them)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.services import reference
from desktop.services.commands import handle
from desktop.ui.i18n import explain, render
from desktop.ui.page import Page
from desktop.ui.station import Station
from desktop.ui.widgets import say


class ReferenceScreen(Page):
    sig_loaded = Signal()  # the policy and the answers are on screen

    def shown(self) -> None:
        self.start()

    def __init__(self, station: Station, parent: QWidget | None = None):
        super().__init__(parent)
        self.station = station
        self.items: list[reference.Answer] = []
        title = QLabel(self.tr("Reference"))
        title.setObjectName("title")
        self.policy = QLabel()
        self.policy.setWordWrap(True)
        self.policy.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.policy.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.policy)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Questions"))
        self.answer = QLabel()
        self.answer.setObjectName("sentences")
        self.answer.setWordWrap(True)
        self.answer.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.edit_title = QLineEdit()
        self.edit_title.setPlaceholderText(self.tr("Question"))
        self.edit_body = QPlainTextEdit()
        self.edit_body.setAccessibleName(self.tr("Answer"))
        self.edit_body.setPlaceholderText(self.tr("The answer staff give"))
        self.save_button = QPushButton(self.tr("Save answer"))
        self.new_button = QPushButton(self.tr("New"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.editor = QWidget()
        editor = QVBoxLayout(self.editor)
        editor.setContentsMargins(0, 0, 0, 0)
        editor.addWidget(self.edit_title)
        editor.addWidget(self.edit_body)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.save_button)
        editor.addLayout(row)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("The return policy, in plain words")))
        left.addWidget(scroll, 1)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Canned answers")))
        right.addWidget(self.list, 1)
        right.addWidget(self.answer, 1)
        right.addWidget(self.editor)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.message)
        layout.addLayout(body, 1)
        self.list.currentRowChanged.connect(self._show)
        self.save_button.clicked.connect(self.save)
        self.new_button.clicked.connect(self._new)

    def start(self) -> None:
        actor, ctx = self.station.actor, self.station.ctx
        if actor is None:
            return
        self.editor.setVisible(actor.is_manager)

        def work():  # type: ignore[no-untyped-def]
            return reference.policy_text(ctx, actor), reference.answers(ctx, actor)

        self.station.runner.submit(work, self._loaded, lambda error: self._say(explain(error), True))

    def _loaded(self, result) -> None:  # type: ignore[no-untyped-def]
        (name, lines), answers = result
        items = "".join(f"<li>{escape(render(line))}</li>" for line in lines)
        self.policy.setText(f"<h3>{escape(name)}</h3><ul>{items}</ul>")
        self.items = answers
        self.list.clear()
        self.list.addItems([answer.title for answer in answers])
        if answers:
            self.list.setCurrentRow(0)
        self.sig_loaded.emit()

    def _show(self, row: int) -> None:
        if 0 <= row < len(self.items):
            answer = self.items[row]
            self.answer.setText(self.tr("{body}\n\n(kept current by {updated_by})").format(
                body=answer.body, updated_by=answer.updated_by))
            self.edit_title.setText(answer.title)
            self.edit_body.setPlainText(answer.body)

    def _new(self) -> None:
        self.list.clearSelection()
        self.list.setCurrentRow(-1)
        self.edit_title.clear()
        self.edit_body.clear()
        self.edit_title.setFocus()

    def save(self) -> None:
        actor, ctx = self.station.staff, self.station.ctx
        row = self.list.currentRow()
        answer_id = self.items[row].id if 0 <= row < len(self.items) else None
        title, body = self.edit_title.text(), self.edit_body.toPlainText()
        def saved(_answer: object) -> None:
            self._say(self.tr("Saved."))
            self.start()

        self.station.runner.submit(lambda: handle(ctx, reference.SaveAnswer(title, body, answer_id), actor), saved,
                                   lambda error: self._say(explain(error), True))

    def _say(self, text: str, error: bool = False) -> None:
        say(self.message, text, error)
