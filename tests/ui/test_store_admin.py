"""The Staff and Store settings screens, for managers and admins only, and
a person choosing their own PIN after a one-time one."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.models import AuditEntry, Staff, Store
from desktop.services import documents
from desktop.ui.shell import MainWindow
from tests.ui.conftest import sign_in, wait_idle

Open = Callable[..., MainWindow]


def pages(window: MainWindow) -> list[str]:
    return [window.nav.item(i).data(Qt.ItemDataRole.UserRole) for i in range(window.nav.count())]


def test_a_clerk_has_neither_staff_nor_settings(qtbot: QtBot, open_window: Open) -> None:
    window = open_window()
    sign_in(qtbot, window, "1001", "2468")
    assert "staff" not in pages(window) and "settings" not in pages(window)


def test_a_manager_adds_a_clerk_who_then_chooses_a_pin(qtbot: QtBot, open_window: Open,
                                                       monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.forms import FormDialog

    window = open_window()
    sign_in(qtbot, window, "9001", "1357")
    assert {"staff", "settings"} <= set(pages(window))
    window.open_page("staff")
    screen = window.staff
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0, timeout=5000)

    def filled(self: FormDialog) -> int:
        self.fields["code"].setText("1077")
        self.fields["name"].setText("Bao Tran")
        return 1

    monkeypatch.setattr(FormDialog, "exec", filled)
    screen.ask_add()
    qtbot.waitUntil(lambda: "one-time PIN" in screen.message.text(), timeout=5000)
    pin = screen.message.text().split("one-time PIN ")[1][:6]
    qtbot.waitUntil(lambda: any(row.code == "1077" for row in screen.model.rows), timeout=5000)
    wait_idle(qtbot, window)
    # The new clerk signs in with it and must choose their own before anything else.
    window.sign_out()
    signin = window.signin
    signin.staff_id.setText("1077")
    signin.pin.setText(pin)
    signin.submit()
    qtbot.waitUntil(signin.choose.isVisible, timeout=5000)
    assert window.station.actor is None and "choose your own PIN" in signin.subtitle.text()
    signin.new_pin.setText("583920")
    signin.new_pin_again.setText("583921")
    signin.submit()
    assert "differ" in signin.error.text() and window.station.actor is None
    signin.new_pin.setText("583920")
    signin.new_pin_again.setText("583920")
    signin.submit()
    qtbot.waitUntil(lambda: window.station.actor is not None, timeout=5000)
    assert window.station.actor.code == "1077" and "staff" not in pages(window)
    with window.station.ctx.uow() as uow:
        person = uow.session.scalars(select(Staff).where(Staff.code == "1077")).one()
        assert person.pin_must_change is False and person.role == "clerk"
        by = uow.session.scalars(select(AuditEntry).where(AuditEntry.action == "staff.created",
                                                          AuditEntry.entity_id == "1077")).one()
        assert by.payload["by"] == "9001"


def test_store_settings_reach_the_receipts(qtbot: QtBot, open_window: Open, tmp_path: Path,
                                           samples: dict[str, str]) -> None:
    window = open_window()
    sign_in(qtbot, window, "9001", "1357")
    window.open_page("settings")
    screen = window.settings
    qtbot.waitUntil(lambda: screen.name.text() != "", timeout=5000)
    screen.name.setText("Harbor & Pine, Main Street")
    screen.tax_id.setText("EIN 12-3456789")
    screen.header.setPlainText("Open 9 to 9, every day")
    screen.footer.setPlainText("Thank you!\nSee you soon")
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (120, 40), "navy").save(logo)
    screen.take_logo(logo)
    with qtbot.waitSignal(screen.sig_saved, timeout=5000):
        screen.save()
    assert "Saved" in screen.message.text()
    with window.station.ctx.uow() as uow:
        store = uow.session.scalars(select(Store).where(Store.code == "0001")).one()
        assert store.tax_id == "EIN 12-3456789" and store.logo is not None
        printed = documents.document(uow.session, samples["coupon"])
    assert "EIN 12-3456789" in " ".join(printed.store_lines) and "Open 9 to 9, every day" in printed.store_lines
    assert printed.footer == ("Thank you!", "See you soon") and printed.logo is not None
    screen.currency.setText("EUR")
    screen.save()
    qtbot.waitUntil(lambda: "has sales" in screen.message.text(), timeout=5000)
