"""The window before its database: the sign-in screen shows first, a PIN
typed meanwhile is checked once the database is open, a station without a
language of its own speaks the store's from then on, and no screen is built
before it is opened."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.config import Settings
from desktop.services import station as station_service
from desktop.ui import i18n
from desktop.ui.operations import Runner
from desktop.ui.pages import CASES, RETURNS
from desktop.ui.shell import MainWindow
from desktop.ui.station import Station
from tests.conftest import Clock, make_context


def _waiting_window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    station = Station(settings=Settings(receipt_dir=str(tmp_path / "receipts")), runner=Runner())
    window = MainWindow(station)
    station.runner.setParent(window)
    qtbot.addWidget(window)
    window.show()
    return window


def test_a_pin_typed_before_the_database_is_open_signs_in_once_it_is(qtbot: QtBot, seeded_url: str,
                                                                      tmp_path: Path, clock: Clock) -> None:
    window = _waiting_window(qtbot, tmp_path)
    assert not window.station.ready and window.pages == {}  # nothing built or opened yet
    screen = window.signin
    qtbot.keyClicks(screen.staff_id, "1001")
    qtbot.keyClick(screen.staff_id, Qt.Key.Key_Return)
    qtbot.keyClicks(screen.pin, "2468")
    qtbot.keyClick(screen.pin, Qt.Key.Key_Return)
    assert screen.subtitle.text() == "Opening the database…" and not screen.button.isEnabled()
    assert window.station.actor is None
    ctx = make_context(seeded_url, tmp_path, clock)
    try:
        window.station.ctx = ctx
        window.attach(station_service.describe(ctx))
        qtbot.waitUntil(lambda: window.station.actor is not None, timeout=5000)
        assert window.station.actor.code == "1001"
        assert window.stack.currentWidget() is window.returns
        assert CASES not in window.pages  # built when first opened
        window.open_page(CASES)
        assert window.stack.currentWidget() is window.pages[CASES] and RETURNS in window.pages
    finally:
        window.close()
        window.station.runner.wait(5000)
        ctx.db.dispose()


def test_the_store_s_language_reaches_a_sign_in_screen_shown_before_it_was_known(qtbot: QtBot, tmp_path: Path) -> None:
    window = _waiting_window(qtbot, tmp_path)
    assert window.signin.button.text() == "Sign in"
    try:
        assert i18n.install("vi_VN")  # what the app does once the database names the store's locale
        window.retranslate()
        assert window.signin.button.text() == "Đăng nhập"
        assert window.signin.staff_id.accessibleName() != "Staff ID"
    finally:
        i18n.install("en_US")
        window.close()


def test_the_start_imports_no_database_library_before_the_window_shows() -> None:
    """What the sign-in screen needs, without SQLAlchemy or a screen: the
    cold start's first half (bench/ui.py measures it)."""
    import subprocess

    code = ("import sys; from desktop.ui import app, shell, signin, i18n, theme; "
            "heavy = [m for m in ('sqlalchemy', 'reportlab', 'desktop.models', 'desktop.ui.returns.screen') "
            "if m in sys.modules]; print(heavy)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.strip() == "[]", done.stdout
