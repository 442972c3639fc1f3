"""The counter when its shared database goes away: the window says so,
goes on offline on the register's own copy, marks what it takes, and sends
it back when the database answers."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.db.engine import Database
from desktop.models import Return
from desktop.ui.pages import RETURNS
from desktop.ui.shell import MainWindow
from tests.conftest import install_policy
from tests.ui.conftest import sign_in, wait_idle
from tests.ui.test_counter import open_receipt, pick

OFFLINE = """
[offline]
tenders = ["store_credit", "cash"]
register_budget = "300.00"
"""


@pytest.mark.parametrize("backend", [pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_the_counter_goes_on_offline_and_sends_its_returns_back(
        qtbot: QtBot, open_window: Callable[..., MainWindow], samples: dict[str, str], tmp_path: Path) -> None:
    window = open_window()
    shared = window.station.shared
    install_policy(shared, tmp_path, OFFLINE)
    sign_in(qtbot, window, "1001", "2468")
    register = window.station.register
    assert register is not None
    window.refresh_offline_copy()  # as the scheduler's turn does every minute
    wait_idle(qtbot, window)
    assert register.ready
    working = shared.db
    shared.db = Database.connect("postgresql+psycopg://nobody@127.0.0.1:1/gone")  # the server went away
    try:
        window.returns.entered(samples["split_tender"])  # the receipt cannot be read from the shared database
        qtbot.waitUntil(lambda: window.station.offline, timeout=10000)
        assert window.banner.isVisible() and "OFFLINE" in window.banner.text()
        qtbot.waitUntil(lambda: "OFFLINE" in window.status_online.text(), timeout=5000)
        usable = [window.nav.item(row).data(Qt.ItemDataRole.UserRole) for row in range(window.nav.count())
                  if window.nav.item(row).flags() & Qt.ItemFlag.ItemIsEnabled]
        assert usable == [RETURNS, "signout"]
        open_receipt(qtbot, window, samples["split_tender"])  # from the register's copy
        pick(qtbot, window, 0, 1)
        screen = window.returns
        screen.refund_to.setCurrentIndex(screen.refund_to.findData("store_credit"))
        qtbot.waitSignal(screen.sig_decided, timeout=5000).wait()
        wait_idle(qtbot, window)
        with qtbot.waitSignal(screen.sig_completed, timeout=10000):
            screen.complete()
        assert "OFFLINE" in screen.message.text()
        qtbot.waitUntil(lambda: "1 to send" in window.status_online.text(), timeout=5000)
    finally:
        shared.db.dispose()
        shared.db = working
    window.ping()  # the shared database answers again: the return goes first, then the counter is online
    qtbot.waitUntil(lambda: not window.station.offline, timeout=10000)
    assert "connected" in window.status_online.text() and not window.banner.isVisible()
    assert "1 offline returns sent" in window.print_note.text()
    with shared.uow() as uow:
        ret = uow.session.scalars(select(Return).where(Return.offline.is_(True))).one()
        assert ret.refund_to == "store_credit"
    assert all(window.nav.item(row).flags() & Qt.ItemFlag.ItemIsEnabled for row in range(window.nav.count()))
