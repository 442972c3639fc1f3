"""The scanner filter tells a scanner's burst from a person typing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QSpinBox, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.scanner import ScannerFilter


class SteppingClock:
    def __init__(self, step: float):
        self.now, self.step = 0.0, step

    def __call__(self) -> float:
        self.now += self.step
        return self.now


def typed(qtbot: QtBot, step: float, text: str) -> tuple[list[str], str]:
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    field.activateWindow()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus, timeout=3000)
    scanner = ScannerFilter(field, clock=SteppingClock(step))
    seen: list[str] = []
    scanner.sig_scanned.connect(seen.append)
    QApplication.instance().installEventFilter(scanner)
    try:
        qtbot.keyClicks(field, text)
        qtbot.keyClick(field, Qt.Key.Key_Return)
    finally:
        QApplication.instance().removeEventFilter(scanner)
    return seen, field.text()


def test_a_burst_ending_in_enter_is_a_scan_and_leaves_no_digits_behind(qtbot: QtBot) -> None:
    seen, left = typed(qtbot, 0.004, "1000101000000308")
    assert seen == ["1000101000000308"] and left == ""


def test_a_person_typing_the_same_digits_is_not_a_scan(qtbot: QtBot) -> None:
    seen, left = typed(qtbot, 0.150, "1000101000000308")
    assert seen == [] and left == "1000101000000308"


def test_a_short_fast_burst_is_not_a_scan(qtbot: QtBot) -> None:
    seen, left = typed(qtbot, 0.004, "1234")
    assert seen == [] and left == "1234"


def window_with(qtbot: QtBot, widget_type: type) -> tuple[QWidget, QWidget, ScannerFilter, list[str]]:
    """A window holding a field and a second widget, with a filter on the real clock."""
    window = QWidget()
    field, other = widget_type(window), QLineEdit(window)
    layout = QVBoxLayout(window)
    layout.addWidget(field)
    layout.addWidget(other)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    scanner = ScannerFilter(window)
    seen: list[str] = []
    scanner.sig_scanned.connect(seen.append)
    QApplication.instance().installEventFilter(scanner)
    qtbot.addWidget(window, before_close_func=lambda w: QApplication.instance().removeEventFilter(scanner))
    return window, field, scanner, seen


def test_no_key_of_a_scan_reaches_the_widget_with_the_focus(qtbot: QtBot) -> None:
    """The first digit of a receipt used to land in the quantity the clerk last edited."""
    window, box, scanner, seen = window_with(qtbot, QSpinBox)
    box.setFocus()
    qtbot.waitUntil(box.hasFocus, timeout=3000)
    qtbot.keyClicks(box, "1000101000000308")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.wait(300)  # longer than anything is held back
    assert seen == ["1000101000000308"] and box.value() == 0


def test_keys_of_a_window_without_focus_count_once(qtbot: QtBot) -> None:
    """With no focus widget (a cell editor that just closed) each digit reached the filter
    twice, at the QWindow and at the window widget, and the scan arrived doubled."""
    window, field, scanner, seen = window_with(qtbot, QLineEdit)
    QApplication.focusWidget().clearFocus()
    assert QApplication.focusWidget() is None
    handle = window.windowHandle()
    for char in "1000101000000308":
        QTest.keyClick(handle, char)  # through the QWindow, as the platform delivers keys
    QTest.keyClick(handle, Qt.Key.Key_Return)
    assert seen == ["1000101000000308"]


def test_a_person_s_key_arrives_a_moment_late_and_before_the_next_key(qtbot: QtBot) -> None:
    window, field, scanner, seen = window_with(qtbot, QLineEdit)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus, timeout=3000)
    qtbot.keyClick(field, "7")
    assert field.text() == ""  # held: the next key may be a scanner's
    qtbot.waitUntil(lambda: field.text() == "7", timeout=1000)
    qtbot.keyClicks(field, "12")
    qtbot.keyClick(field, Qt.Key.Key_Tab)  # Tab moves the focus only after 1 and 2 are in
    assert field.text() == "712" and not field.hasFocus() and seen == []
