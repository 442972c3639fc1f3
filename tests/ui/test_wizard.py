"""The first-run wizard: local database with a first admin, a shared server
that is wrong or unreachable, and an existing shared database."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop import config
from desktop.db.engine import Database
from desktop.models import Staff, Store
from desktop.ui.operations import Runner
from desktop.ui.wizard import SetupWizard


@pytest.fixture
def fresh_station(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A just-installed station: no settings files, no database."""
    monkeypatch.setenv("RETURNDESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("RETURNDESK_SITE_CONFIG", str(tmp_path / "site.toml"))
    monkeypatch.setenv("RETURNDESK_USER_CONFIG", str(tmp_path / "user.toml"))
    monkeypatch.delenv("RETURNDESK_DB_URL", raising=False)
    return tmp_path


def wizard(qtbot: QtBot) -> SetupWizard:
    runner = Runner()
    page = SetupWizard(runner)
    runner.setParent(page)
    qtbot.addWidget(page)
    page.show()
    return page


def test_local_database_with_a_first_admin(qtbot: QtBot, fresh_station: Path) -> None:
    assert config.needs_setup(config.load_settings())
    page = wizard(qtbot)
    assert page.database.isComplete()  # the local database needs no test
    page.next()
    page.station.store.setText("0007")
    page.station.store_name.setText("Riverside")
    page.station.timezone.setCurrentText("Europe/Vilnius")
    page.station.currency.setCurrentText("EUR")
    page.station.register.setText("03")
    page.next()
    assert not page.admin.isComplete()
    page.admin.code.setText("7001")
    page.admin.name.setText("Rasa Admin")
    page.admin.pin.setText("482913")
    page.admin.again.setText("48291")
    assert not page.admin.isComplete()  # the PINs differ
    page.admin.again.setText("482913")
    with qtbot.waitSignal(page.sig_done, timeout=20000) as done:
        page.button(QWizard.WizardButton.FinishButton).click()
    settings = done.args[0]
    assert (settings.store, settings.register, settings.sources["store"]) == ("0007", "03",
                                                                              str(fresh_station / "user.toml"))
    assert not config.needs_setup(settings)
    db = Database.connect(settings.resolved_db_url())
    with db.session() as session:
        store = session.scalars(select(Store).where(Store.code == "0007")).one()
        admin = session.scalars(select(Staff).where(Staff.code == "7001")).one()
        assert (store.timezone, store.currency, admin.role) == ("Europe/Vilnius", "EUR", "admin")
        assert admin.pin_hash.startswith("$argon2id$")
    db.dispose()


def test_a_short_admin_pin_is_refused_and_nothing_is_written(qtbot: QtBot, fresh_station: Path) -> None:
    page = wizard(qtbot)
    page.next()
    page.next()
    for field, text in ((page.admin.code, "7001"), (page.admin.name, "A"), (page.admin.pin, "1234"),
                        (page.admin.again, "1234")):
        field.setText(text)
    page.button(QWizard.WizardButton.FinishButton).click()
    assert "6 to 12 digits" in page.error.text() and page.isVisible()
    assert not (fresh_station / "user.toml").exists()


@pytest.mark.parametrize(("url", "says"), [
    ("mysql://db.store.lan/returndesk", "server address is a URL"),
    ("postgresql+psycopg://nobody@127.0.0.1:1/returndesk", "cannot reach the database"),
    ("postgresql+psycopg://nobody@no-such-host.invalid/returndesk", "cannot reach the database"),
])
def test_a_wrong_or_unreachable_server_is_named_and_blocks_next(qtbot: QtBot, fresh_station: Path, url: str,
                                                                says: str) -> None:
    page = wizard(qtbot)
    page.database.shared.setChecked(True)
    assert not page.database.isComplete()  # a server must answer first
    page.database.url.setText(url)
    page.database.test()
    qtbot.waitUntil(lambda: page.database.test_button.isEnabled(), timeout=15000)
    assert says in page.database.result.text()
    assert not page.database.isComplete()


@pytest.mark.parametrize("backend", [pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_an_existing_shared_database_needs_no_admin(qtbot: QtBot, fresh_station: Path, seeded_url: str) -> None:
    page = wizard(qtbot)
    page.database.shared.setChecked(True)
    page.database.url.setText(seeded_url)
    page.database.test()
    qtbot.waitUntil(lambda: page.database.report is not None, timeout=15000)
    assert "0001" in page.database.result.text() and page.database.isComplete()
    page.next()
    page.station.register.setText("05")
    assert page.nextId() == -1  # staff exist: they sign in with their own accounts
    with qtbot.waitSignal(page.sig_done, timeout=20000) as done:
        page.button(QWizard.WizardButton.FinishButton).click()
    settings = done.args[0]
    assert settings.db_url == seeded_url and settings.register == "05"
    assert os.environ["RETURNDESK_USER_CONFIG"] == str(fresh_station / "user.toml")


def test_the_demo_store_finishes_on_the_first_page(qtbot: QtBot, fresh_station: Path) -> None:
    """Choosing the demo and pressing on is not a dead end: Finish is there and enabled."""
    page = wizard(qtbot)
    page.database.demo.setChecked(True)
    finish, next_ = page.button(QWizard.WizardButton.FinishButton), page.button(QWizard.WizardButton.NextButton)
    assert finish.isVisible() and finish.isEnabled() and not next_.isEnabled()
    page.database.embedded.setChecked(True)
    assert next_.isEnabled() and not finish.isEnabled()


def test_a_failed_connection_test_leaves_every_field_readable(qtbot: QtBot, fresh_station: Path) -> None:
    from PySide6.QtCore import QPoint, QRect

    page = wizard(qtbot)
    page.database.shared.setChecked(True)
    page.database.url.setText("postgresql+psycopg://nobody@127.0.0.1:1/" + "x" * 60)
    page.database.test()
    qtbot.waitUntil(lambda: page.database.test_button.isEnabled(), timeout=15000)
    database = page.database

    def on_page(widget) -> QRect:  # type: ignore[no-untyped-def]
        return QRect(widget.mapTo(database, QPoint(0, 0)), widget.size())

    for widget in (database.url, database.password, database.test_button):
        assert not on_page(database.result).intersects(on_page(widget)), widget
    assert database.result.height() >= database.result.heightForWidth(database.result.width()) - 1
