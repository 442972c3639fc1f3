"""The customer view across two stores, and a goodwill credit asked by a
clerk, approved by a manager on another station, printed as a voucher and
redeemed at a third counter."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.models import AuditEntry, Product
from desktop.services import auth, cases, sales
from desktop.ui.shell import MainWindow
from tests.conftest import Clock, make_context
from tests.ui.conftest import sign_in, wait_idle

Open = Callable[..., MainWindow]


def test_customer_history_across_stores_and_a_goodwill_credit(qtbot: QtBot, open_window: Open, seeded_url: str,
                                                              clock: Clock, tmp_path: Path,
                                                              samples: dict[str, str]) -> None:
    # The customer also called the Chicago store.
    (tmp_path / "chicago").mkdir()
    chicago = make_context(seeded_url, tmp_path / "chicago", clock, store="0002", register="01")
    cases.open_case(chicago, cases.OpenCase(type="inquiry", channel="phone", subject="Same jacket in blue?",
                                            customer_code="C42"), auth.sign_in(auth.SignIn("2001", "2233"), chicago))
    chicago.db.dispose()

    clerk = open_window(register="01")
    sign_in(qtbot, clerk, "1001", "2468")
    clerk.open_page("customers")
    screen = clerk.customers
    with qtbot.waitSignal(screen.sig_shown, timeout=10000):
        screen.search_for(samples["gold_member"])  # a scanned receipt finds its customer
    assert screen.current is not None and screen.current.code == "C42"
    assert "gold member" in screen.header.text()
    stores = {screen.cases.item(r, 1).text() for r in range(screen.cases.rowCount())}
    assert "0002" in stores
    assert screen.purchases.rowCount() >= 2 and "Without a receipt:" in screen.header.text()
    screen.export(str(tmp_path / "c42.json"))
    qtbot.waitUntil(lambda: "audit log" in screen.message.text(), timeout=5000)
    with clerk.station.ctx.uow() as uow:
        assert uow.session.scalar(select(AuditEntry.staff_id).where(AuditEntry.action == "customer.exported")) \
            == clerk.station.actor.staff_id

    screen.request_goodwill("store_credit", "the jacket arrived two weeks late", amount="20.00")
    qtbot.waitUntil(lambda: "Goodwill request" in screen.message.text(), timeout=5000)

    manager = open_window(register="02")
    sign_in(qtbot, manager, "9001", "1357")
    manager.open_page("queue")
    qtbot.waitUntil(lambda: manager.queue.gestures.count() == 1, timeout=2500)
    assert "store credit $20.00 for C42" in manager.queue.gestures.item(0).text()
    manager.queue.pin.setText("1357")
    manager.queue.reason.setCurrentText("fair")
    with qtbot.waitSignal(manager.queue.sig_gesture_decided, timeout=10000) as decided:
        manager.queue.approve_gesture.click()
    assert decided.args[1] == "approved"
    wait_idle(qtbot, manager)
    voucher = manager.queue.error.text().split("voucher ")[1].split(" ")[0]
    printed = Path(manager.station.settings.receipt_dir) / f"voucher-{voucher}.pdf"
    qtbot.waitUntil(printed.exists, timeout=10000)

    # A third counter takes it as payment.
    (tmp_path / "third").mkdir()
    third = make_context(seeded_url, tmp_path / "third", clock, register="03")
    with third.uow() as uow:
        sku = uow.session.scalar(select(Product.sku).where(Product.price_cents < 1500).limit(1))
    done = sales.exchange(third, auth.sign_in(auth.SignIn("1002", "1122"), third), voucher, [(sku, 1)])
    assert done.from_voucher > 0 and done.voucher_left == 2000 - done.from_voucher
    third.db.dispose()
