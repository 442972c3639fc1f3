"""The scanner filter tells a scanner's burst from a person typing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
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
