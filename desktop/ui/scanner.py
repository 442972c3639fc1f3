"""A USB barcode scanner is a keyboard that types very fast and presses
Enter. An application-wide event filter tells its burst (keystrokes a few
milliseconds apart) from a person typing, wherever the focus is, and hands
the code to the window.

No keystroke of a scan may reach a widget: the first digit of a receipt
typed into the quantity cell of the last customer's line would edit it. So a
character key is held back when it arrives; if the next one follows within
a scanner's gap, the burst goes on being held until its Enter, and the code
goes to the window as one scan. A key that no burst follows (a person
typing, or a fast typist's few keys) is given to the widget it was meant
for a few tens of milliseconds late, before any other key: Tab, F10 or Enter
never overtake what was typed before them.

Each key press passes the filter once per receiver on its way (the window,
the focus widget, its parents, an editor the table opens for it): it is
judged once, where it is delivered to the focus widget.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

MAX_GAP_S = 0.035  # scanners send a key every 1 to 20 ms; people rarely under 50 ms, never 8 in a row
MIN_LENGTH = 8  # EAN-8 is the shortest code we accept as a scan
HOLD_MS = 45  # one key is held this long for a second one: longer than a scanner's gap
BURST_HOLD_MS = 150  # a burst that stops without its Enter was a person after all: give it back
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
# A scanner types letters, digits and the few signs of a serial or SKU; modifiers beyond Shift are a person.
SCAN_MODIFIERS = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier,
                  Qt.KeyboardModifier.KeypadModifier)
# Read once: the filter sees every event of the application (paints, timers...), tens of thousands a minute.
KEY_PRESS, KEY_RELEASE, OVERRIDE = QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride
MOUSE_PRESS = QEvent.Type.MouseButtonPress
KEY_EVENTS = frozenset({KEY_PRESS, KEY_RELEASE, OVERRIDE})
PRESENCE = frozenset({KEY_PRESS, MOUSE_PRESS, QEvent.Type.TouchBegin})  # someone is at the counter


@dataclass
class _Held:
    target: QWidget
    key: int
    modifiers: Qt.KeyboardModifier
    text: str
    released: bool = False


def _scan_char(event: QKeyEvent) -> bool:
    text = event.text()
    return (len(text) == 1 and text.isprintable() and not text.isspace()
            and event.modifiers() in SCAN_MODIFIERS)


class ScannerFilter(QObject):
    sig_scanned = Signal(str)  # a code read by a scanner, Enter not included

    def __init__(self, parent: QObject | None = None, clock=time.monotonic):  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.clock = clock
        self.held: list[_Held] = []
        self.last = -1.0
        self.last_input = time.monotonic()  # the last key, click or touch anywhere: the idle lock counts from it
        self.swallow_release: set[int] = set()  # the scanner's Enter: its release belongs to the scan
        self.replaying = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.flush)

    # ---- Public API

    @property
    def burst(self) -> str:
        """What is held back so far."""
        return "".join(h.text for h in self.held)

    def flush(self) -> None:
        """Give the held keys to the widgets they were typed into, in order."""
        held, self.held = self.held, []
        self.timer.stop()
        if not held:
            return
        self.replaying = True
        try:
            for h in held:
                target = h.target if shiboken6.isValid(h.target) else QApplication.focusWidget()
                if target is None:
                    continue
                QApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyPress, h.key, h.modifiers, h.text))
                if h.released and shiboken6.isValid(target):
                    QApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyRelease, h.key, h.modifiers, h.text))
        finally:
            self.replaying = False

    # ---- Qt's filter

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind in PRESENCE:
            self.last_input = time.monotonic()
            if kind == MOUSE_PRESS and self.held:
                self.flush()  # a click comes after what was typed before it
                return False
        if self.replaying or kind not in KEY_EVENTS:
            return False
        if not isinstance(event, QKeyEvent):
            return False
        if not self._receiver(watched):
            if kind == KEY_PRESS and isinstance(watched, QWidget) and self.held:
                self.flush()  # a key sent straight to another widget comes after what was typed before it
            return False
        if kind == OVERRIDE:
            # A shortcut (F10, Esc, Ctrl+Enter) acts before its key press arrives: what was typed first
            # lands first. A scan's own Enter is left to the key press.
            if not _scan_char(event) and not (event.key() in ENTER_KEYS and self._is_scan(event)):
                self.flush()
            return False
        if kind == KEY_RELEASE:
            return self._released(event)
        return self._pressed(watched, event)

    # ---- The burst

    def _pressed(self, watched: QObject, event: QKeyEvent) -> bool:
        now = self.clock()
        if event.key() in ENTER_KEYS:
            code = self.burst
            if self._is_scan(event, now):
                self.held = []
                self.timer.stop()
                self.swallow_release.add(event.key())
                self.sig_scanned.emit(code)
                return True  # the scanner's Enter does not also press a button
            self.flush()
            return False
        if not _scan_char(event) or not isinstance(watched, QWidget):
            self.flush()  # Tab, arrows, Backspace: after what was typed before them
            return False
        if self.held and now - self.last > MAX_GAP_S:
            self.flush()  # the keys before were a person's: this one may start a scan
        self.last = now
        self.held.append(_Held(watched, event.key(), event.modifiers(), event.text()))
        self.timer.start(HOLD_MS if len(self.held) == 1 else BURST_HOLD_MS)
        return True

    def _is_scan(self, enter: QKeyEvent, now: float | None = None) -> bool:
        """Does this Enter end a scanner's burst?"""
        gap = (self.clock() if now is None else now) - self.last
        return len(self.held) >= MIN_LENGTH and gap <= MAX_GAP_S and enter.modifiers() in SCAN_MODIFIERS

    def _released(self, event: QKeyEvent) -> bool:
        if event.key() in self.swallow_release:
            self.swallow_release.discard(event.key())
            return True
        for h in self.held:
            if h.key == event.key() and not h.released:
                h.released = True
                return True
        return False

    def _receiver(self, watched: QObject) -> bool:
        """Is this the one place where this key press is judged? Where Qt
        delivers it: the open popup, else the focus widget, else the window
        that gets the keys of a window without one. Never the QWindow before
        them (counted there too, every digit of a scan came twice)."""
        popup = QApplication.activePopupWidget()
        target: QWidget | None = (popup.focusWidget() or popup) if popup is not None else QApplication.focusWidget()
        if target is None:
            if not (isinstance(watched, QWidget) and watched.isWindow()):
                return False
            target = watched
        return watched is target and self._ours(target)

    def _ours(self, widget: QWidget) -> bool:
        """The owner's window or one of its dialogs (another station in a
        test is another window with a filter of its own)."""
        owner = self.parent()
        if not isinstance(owner, QWidget):
            return True
        window: QWidget | None = widget.window()
        while window is not None:
            if window is owner or window is owner.window():
                return True
            parent = window.parentWidget()
            window = parent.window() if parent is not None else None
        return False
