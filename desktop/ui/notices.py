"""The signed-in person's alerts, over every screen: a case escalated to
their level, about to miss its target, overdue, or a follow-up call due
(services/notifications.py). One line with the newest, announced to a
screen reader, "Open the case" and "Take it"; the count goes on the
Service desk's name in the side bar. Looked up every 20 s and after each of
the scheduler's turns, off the UI thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.ui.station import Station

if TYPE_CHECKING:
    from desktop.services.notifications import NotificationView

CHECK_MS = 20_000


class NoticeBar(QWidget):
    sig_count = Signal(int)  # how many alerts wait for this person
    sig_open_case = Signal(int)  # "Open the case": its ID

    def __init__(self, station: Station, parent: QWidget | None = None):
        super().__init__(parent)
        self.station = station
        self.notices: list[NotificationView] = []
        self.text = QLabel()
        self.text.setObjectName("banner")
        self.text.setWordWrap(True)
        self.open_button = QPushButton()
        self.take_button = QPushButton()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.text, 1)
        row.addWidget(self.open_button)
        row.addWidget(self.take_button)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.open_button.clicked.connect(self.open_case)
        self.take_button.clicked.connect(self.take)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.text.setAccessibleDescription(self.tr("Alerts"))  # its name is the alert itself, read as it comes
        self.take_button.setText(self.tr("Take it"))
        self.take_button.setToolTip(self.tr("I answer for it: the reminders stop"))
        self.open_button.setText(self.tr("Open the case"))

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def clear(self) -> None:
        self.notices = []
        self.text.clear()
        self.hide()
        self.sig_count.emit(0)

    def check(self) -> None:
        actor = self.station.actor
        if actor is None or not self.station.ready:
            return
        from desktop.services import notifications

        ctx = self.station.ctx
        self.station.runner.submit(lambda: notifications.pending(ctx, actor), self.show_notices)

    def show_notices(self, notices: list[NotificationView]) -> None:
        if self.station.actor is None:
            return
        self.notices = notices
        self.sig_count.emit(len(notices))
        if not notices:
            self.hide()
            return
        newest = notices[0]
        words = {"escalated": self.tr("⚑ Case {number} was escalated to your level: {subject}"),
                 "due_soon": self.tr("◷ Case {number} is about to miss its target: {subject}"),
                 "overdue": self.tr("⚑ Case {number} is overdue: {subject}"),
                 "follow_up": self.tr("☎ Case {number}: the follow-up call is due: {subject}"),
                 "mail": self.tr("✉ Case {number}: the customer wrote: {subject}")}
        text = words.get(newest.kind, "{subject}").format(number=newest.case_number, subject=newest.subject)
        if len(notices) > 1:
            text += " " + self.tr("(and {count} more on the Service desk)").format(count=len(notices) - 1)
        if text != self.text.text():
            self.text.setText(text)
            QAccessible.updateAccessibility(QAccessibleEvent(self.text, QAccessible.Event.Alert))
        self.show()

    def open_case(self) -> None:
        if self.notices:
            self.sig_open_case.emit(self.notices[0].case_id)

    def take(self) -> None:
        actor = self.station.actor
        if actor is None or not self.notices:
            return
        from desktop.services import notifications

        ctx, notice = self.station.ctx, self.notices[0]
        self.station.runner.submit(lambda: notifications.take(ctx, actor, notice.id), lambda _: self.check())
