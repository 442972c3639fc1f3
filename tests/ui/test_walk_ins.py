"""A walk-in checked in, served and timed with the test clock; a long wait
alerts the manager's station; against SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from desktop.ui.shell import MainWindow
from tests.conftest import Clock
from tests.ui.conftest import sign_in, wait_idle

Open = Callable[..., MainWindow]


def test_a_walk_in_checked_in_served_timed_and_a_long_wait_alerted(qtbot: QtBot, open_window: Open,
                                                                   clock: Clock) -> None:
    counter = open_window(register="01")
    sign_in(qtbot, counter, "1001", "2468")
    counter.open_page("walk_ins")
    wait_idle(qtbot, counter)
    screen = counter.walk_ins
    screen.name.setText("Ms Vo")
    screen.check_in()
    qtbot.waitUntil(lambda: screen.ticket.text() == "Ticket 1 for Ms Vo", timeout=5000)
    screen.check_in()  # someone else, no name
    qtbot.waitUntil(lambda: len(screen.rows) == 2, timeout=5000)
    clock.advance(minutes=12)
    with qtbot.waitSignal(screen.sig_loaded, timeout=5000):
        screen.refresh()
    assert screen.table.item(0, 2).text() == "12 min  ⚑ TOO LONG"

    manager = open_window(register="02")
    sign_in(qtbot, manager, "9001", "1357")
    manager.check_waits()
    wait_idle(qtbot, manager)
    qtbot.waitUntil(manager.wait_alert.isVisible, timeout=5000)
    assert "ticket 1 (Ms Vo), 12 min" in manager.wait_alert.text()

    screen.serve()  # the first in line
    qtbot.waitUntil(lambda: any(v.served_by for v in screen.rows), timeout=5000)
    served = [screen.rows[i] for i in range(len(screen.rows)) if screen.rows[i].served_by]
    assert [(v.ticket, v.waited_minutes) for v in served] == [(1, 12)]
    screen.table.selectRow([i for i, v in enumerate(screen.rows) if v.ticket == 1][0])
    screen.gone()
    qtbot.waitUntil(lambda: [v.ticket for v in screen.rows] == [2], timeout=5000)
