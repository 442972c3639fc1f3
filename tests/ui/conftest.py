"""Real windows on a real database: a MainWindow wired like the app's
composition root, with the test clock and a private receipts folder."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, Qt
from pytestqt.qtbot import QtBot

from desktop.config import Settings
from desktop.ui.operations import Runner
from desktop.ui.shell import MainWindow
from desktop.ui.station import Station
from tests.conftest import Clock, make_context

QStandardPaths.setTestModeEnabled(True)  # never the real user's settings


@pytest.fixture
def open_window(qtbot: QtBot, seeded_url: str, tmp_path: Path, clock: Clock) -> Iterator[Callable[..., MainWindow]]:
    windows: list[MainWindow] = []

    def make(register: str = "01", **settings: object) -> MainWindow:
        ctx = make_context(seeded_url, tmp_path / f"reg{register}", clock, register=register)
        options = {"receipt_dir": str(tmp_path / "receipts"), "register": register, **settings}
        station = Station(ctx=ctx, settings=Settings(**options), runner=Runner())  # type: ignore[arg-type]
        window = MainWindow(station)
        station.runner.setParent(window)
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=5000)
        qtbot.waitUntil(lambda: window.station.store_name != "", timeout=5000)  # the station is known
        windows.append(window)
        return window

    (tmp_path / "reg01").mkdir()
    (tmp_path / "reg02").mkdir()
    yield make
    for window in windows:
        window.close()
        window.station.ctx.db.dispose()


def sign_in(qtbot: QtBot, window: MainWindow, staff: str, pin: str) -> None:
    screen = window.signin
    screen.staff_id.clear()
    screen.pin.clear()
    screen.staff_id.setFocus()
    qtbot.keyClicks(screen.staff_id, staff)
    qtbot.keyClick(screen.staff_id, Qt.Key.Key_Return)
    qtbot.keyClicks(screen.pin, pin)
    qtbot.keyClick(screen.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.station.actor is not None, timeout=5000)


def wait_idle(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.station.runner.busy, timeout=10000)
