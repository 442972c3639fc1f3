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
from tests.relay import Link
from tests.ui.conftest import sign_in, wait_idle
from tests.ui.test_counter import open_receipt, pick

OFFLINE = """
[offline]
tenders = ["store_credit", "cash"]
register_budget = "300.00"
"""


def return_one_offline(qtbot: QtBot, window: MainWindow, receipt: str) -> None:
    """One piece of the receipt's first line back as store credit, the receipt marked OFFLINE."""
    open_receipt(qtbot, window, receipt)
    pick(qtbot, window, 0, 1)
    screen = window.returns
    screen.refund_to.setCurrentIndex(screen.refund_to.findData("store_credit"))
    qtbot.waitSignal(screen.sig_decided, timeout=5000).wait()
    wait_idle(qtbot, window)
    with qtbot.waitSignal(screen.sig_completed, timeout=10000):
        screen.complete()
    assert "OFFLINE" in screen.message.text()


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
        return_one_offline(qtbot, window, samples["split_tender"])  # from the register's copy
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


@pytest.mark.parametrize("backend", [pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_a_register_that_starts_while_the_database_is_out_of_reach_opens_offline(
        qtbot: QtBot, seeded_url: str, samples: dict[str, str], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from sqlalchemy.engine import make_url

    from desktop.bootstrap import build_context
    from desktop.config import load_settings
    from desktop.db.errors import DatabaseUnavailable
    from desktop.services.offline import OfflineRegister
    from desktop.ui.app import open_station
    from desktop.ui.operations import Runner
    from desktop.ui.station import Station

    monkeypatch.setenv("RETURNDESK_DATA_DIR", str(tmp_path / "data"))
    real = make_url(seeded_url)
    link = Link(real.host or "127.0.0.1", real.port or 5432)
    url = real.set(host="127.0.0.1", port=link.port).render_as_string(hide_password=False)
    settings = load_settings({"db_url": url, "store": "0001", "register": "01",
                              "receipt_dir": str(tmp_path / "receipts")})
    window = None
    try:
        # Yesterday, online: the copy made whole, as the window's minute refresh makes it.
        ctx = build_context(settings)
        install_policy(ctx, tmp_path, OFFLINE)
        made = OfflineRegister(ctx)
        made.refresh()
        made.close()
        ctx.db.dispose()
        # This morning the link is down when the register starts.
        link.cut()
        ctx, info, register = open_station(settings)
        assert register is not None and register.ready and info.store_code == "0001"
        station = Station(ctx=ctx, settings=settings, runner=Runner())
        station.register = register
        window = MainWindow(station, info=info, offline=True)
        station.runner.setParent(window)
        qtbot.addWidget(window)
        window.show()
        assert window.station.offline and "OFFLINE" in window.banner.text()
        sign_in(qtbot, window, "1001", "2468")  # the PIN checked against the copy
        window.open_page(RETURNS)
        return_one_offline(qtbot, window, samples["split_tender"])
        # The link comes back: the return goes to the shared database, the counter is online again.
        link.mend()
        window.ping()
        qtbot.waitUntil(lambda: not window.station.offline, timeout=15000)
        assert "1 offline returns sent" in window.print_note.text()
        shared = Database.connect(seeded_url)
        with shared.session() as session:
            assert session.scalars(select(Return).where(Return.offline.is_(True))).one().refund_to == "store_credit"
        shared.dispose()
        wait_idle(qtbot, window)  # the copy refreshed once back online
        # A register with no copy of its own cannot start without its database, and says why.
        link.cut()
        (tmp_path / "data").rename(tmp_path / "elsewhere")
        with pytest.raises(DatabaseUnavailable):
            open_station(settings)
    finally:
        if window is not None:
            window.close()
            window.station.runner.wait()
            if window.station.register is not None:
                window.station.register.close()
            window.station.shared.db.dispose()
        link.close()
