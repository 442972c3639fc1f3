"""A USB barcode scanner is a keyboard that types very fast and presses
Enter. An application-wide event filter tells its burst (keystrokes a few
milliseconds apart) from a person typing, wherever the focus is, and hands
the code to the window."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

MAX_GAP_S = 0.035  # scanners send a key every 1 to 20 ms; people rarely under 50 ms, never 8 in a row
MIN_LENGTH = 8  # EAN-8 is the shortest code we accept as a scan


class ScannerFilter(QObject):
    sig_scanned = Signal(str)  # a code read by a scanner, Enter not included

    def __init__(self, parent: QObject | None = None, clock=time.monotonic):  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.clock = clock
        self.burst = ""
        self.last = 0.0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        # A key press reaches the filter once per receiver on its way (the
        # window, the focus widget, its parents): count it at one of them.
        focus = QApplication.focusWidget()
        if focus is not None:
            if watched is not focus:
                return False
            owner = self.parent()
            if owner is not None and owner.isWidgetType() and focus.window() is not owner:
                return False  # another window of this app (another station in a test) has the keyboard
        elif not (watched.isWindowType() or (watched.isWidgetType() and watched.isWindow())):
            return False
        now = self.clock()
        gap = now - self.last
        self.last = now
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            code, self.burst = self.burst, ""
            if len(code) >= MIN_LENGTH and gap <= MAX_GAP_S:
                self._take_back(code)
                self.sig_scanned.emit(code)
                return True  # the scanner's Enter does not also press a button
            return False
        text = event.text()
        if len(text) == 1 and text.isprintable():
            self.burst = self.burst + text if gap <= MAX_GAP_S else text
        else:
            self.burst = ""
        return False

    @staticmethod
    def _take_back(code: str) -> None:
        """The burst also went into whatever field had the focus: remove it
        from there, so a scan never leaves digits in a name or a PIN."""
        widget = QApplication.focusWidget()
        if isinstance(widget, QLineEdit) and widget.text().endswith(code):
            widget.setText(widget.text()[: -len(code)])
