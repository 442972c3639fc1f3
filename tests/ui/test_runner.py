"""Work off the UI thread: a result that arrives after its window (and so
its runner) is gone is dropped, not an exception in Qt's event loop."""

from __future__ import annotations

import shiboken6
from pytestqt.qtbot import QtBot

from desktop.ui.operations import Runner


def test_a_result_after_the_runner_is_gone_is_dropped(qtbot: QtBot) -> None:
    runner = Runner()
    told: list[object] = []
    runner.submit(lambda: "late", told.append, told.append)
    shiboken6.delete(runner)  # the window closed: its pool waits for the work, whose answer is still queued
    qtbot.wait(100)  # the answer is delivered now; pytest-qt fails the test on an exception in the event loop
    assert told == []


def test_a_result_reaches_a_live_runner(qtbot: QtBot) -> None:
    runner = Runner()
    told: list[object] = []
    runner.submit(lambda: 42, told.append)
    qtbot.waitUntil(lambda: told == [42], timeout=3000)
    assert not runner.busy
