"""The counter and override screens driven like a clerk and a manager do,
against SQLite and PostgreSQL: what is on screen and what is in the database."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QSpinBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.models import AuditEntry, OverrideRequest, Return, Sale, SaleLine
from desktop.ui.returns.model import COL_DECISION, COL_QTY, COL_RETURNED, COL_SERIAL, ReturnLinesModel
from desktop.ui.shell import MainWindow
from tests.ui.conftest import sign_in, wait_idle

Open = Callable[..., MainWindow]


def focus(qtbot: QtBot, window: MainWindow) -> None:
    """The clerk works at this window (two windows are two stations)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)


def scan(qtbot: QtBot, window: MainWindow, code: str) -> None:
    """A USB scanner: sixteen key presses microseconds apart, then Enter,
    into whatever has the focus."""
    focus(qtbot, window)
    target = window.focusWidget() or window
    qtbot.keyClicks(target, code)
    qtbot.keyClick(target, Qt.Key.Key_Return)


def open_receipt(qtbot: QtBot, window: MainWindow, code: str) -> None:
    scan(qtbot, window, code)
    qtbot.waitUntil(lambda: window.returns.draft is not None and window.returns.draft.receipt.receipt_id is not None,
                    timeout=5000)
    wait_idle(qtbot, window)


def pick(qtbot: QtBot, window: MainWindow, row: int, qty: int, serial: str | None = None) -> None:
    """Type the quantity into the Return cell, as the clerk does."""
    table, model = window.returns.table, window.returns.model
    focus(qtbot, window)
    table.setFocus()
    table.setCurrentIndex(model.index(row, COL_QTY))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    # The editor takes the focus on a later turn of the event loop (later still on a busy machine).
    qtbot.waitUntil(lambda: QApplication.focusWidget() not in (None, table), timeout=5000)
    editor = QApplication.focusWidget()
    editor.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(editor, str(qty))
    with qtbot.waitSignal(window.returns.sig_decided, timeout=5000):
        qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next turn of the event loop
    qtbot.waitUntil(lambda: model.draft.rows[row].qty == qty, timeout=5000)
    if serial is not None:
        model.setData(model.index(row, COL_SERIAL), serial)
        decided(qtbot, window)
    wait_idle(qtbot, window)


def decided(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.returns.sig_decided, timeout=5000):
        pass
    wait_idle(qtbot, window)


def returns_of(window: MainWindow, receipt: str) -> list[Return]:
    with window.station.ctx.uow() as uow:
        sale_id = uow.session.scalar(select(Sale.id).where(Sale.doc_id == receipt))
        return list(uow.session.scalars(select(Return).where(Return.sale_id == sale_id)).all())


def test_sign_in_refuses_a_wrong_pin_and_shows_role_screens(qtbot: QtBot, open_window: Open) -> None:
    window = open_window()
    screen = window.signin
    qtbot.keyClicks(screen.staff_id, "1001")
    qtbot.keyClicks(screen.pin, "0000")
    qtbot.keyClick(screen.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.error.isVisible(), timeout=5000)
    assert "wrong staff id or pin" in screen.error.text().lower() and "locked for 15 minutes" in screen.error.text()
    assert window.station.actor is None and not window.nav.isVisible()
    sign_in(qtbot, window, "1001", "2468")
    labels = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert labels == ["Returns", "Counter queue", "Service desk", "Customers", "Reference", "Reprint",
                      "Sign out"]  # a clerk has no override queue
    assert "Alex Rivera" in window.status_staff.text()
    assert window.status_db.toolTip().startswith(("Database: local file", "Database: shared server"))


def test_a_scanner_burst_opens_the_sale_from_any_screen(qtbot: QtBot, open_window: Open,
                                                        samples: dict[str, str]) -> None:
    window = open_window()
    sign_in(qtbot, window, "1001", "2468")
    window.open_page("reprint")
    window.reprint.code.setText("")
    window.nav.setFocus()  # the focus is on the navigation, not on the scan field
    scan(qtbot, window, samples["split_tender"])
    qtbot.waitUntil(lambda: window.returns.draft is not None, timeout=5000)
    assert window.stack.currentWidget() is window.returns
    assert window.returns.model.rowCount() == len(window.returns.draft.rows) >= 2
    assert samples["split_tender"] in window.returns.header.text()


def test_a_misread_code_is_refused_at_once(qtbot: QtBot, open_window: Open, samples: dict[str, str]) -> None:
    window = open_window()
    sign_in(qtbot, window, "1001", "2468")
    bad = samples["bogo"][:-1] + str((int(samples["bogo"][-1]) + 1) % 10)
    window.returns.scan.setFocus()
    qtbot.keyClicks(window.returns.scan, bad)
    qtbot.keyClick(window.returns.scan, Qt.Key.Key_Return)
    assert "check digit" in window.returns.message.text()  # no database round trip needed
    assert window.returns.draft is None


def test_whole_return_with_receipt_completes_and_prints(qtbot: QtBot, open_window: Open,
                                                        samples: dict[str, str]) -> None:
    window = open_window()
    sign_in(qtbot, window, "1001", "2468")
    code = samples["split_tender"]
    open_receipt(qtbot, window, code)
    rows = window.returns.draft.rows
    for index, row in enumerate(rows):
        pick(qtbot, window, index, row.remaining)
    assert window.returns.outcome.text().startswith("✔ APPROVE")
    assert window.returns.model.data(window.returns.model.index(0, COL_DECISION)).startswith("✔ Approve")
    assert window.returns.complete_button.isEnabled()
    with qtbot.waitSignal(window.returns.sig_completed, timeout=10000) as completed:
        qtbot.keyClick(window.returns.table, Qt.Key.Key_F10)
    return_id = completed.args[0]
    qtbot.waitUntil(lambda: (window.station.settings.data_dir is not None) and any(
        p.name == f"return-{return_id}.pdf" for p in __import__("pathlib").Path(
            window.station.settings.receipt_dir).glob("*.pdf")), timeout=10000)
    [ret] = returns_of(window, code)
    assert ret.doc_id == return_id and ret.staff_id == window.station.actor.staff_id
    assert f"Return {return_id} completed" in window.returns.message.text()
    assert not window.returns.complete_button.isEnabled()  # nothing to press twice


def test_a_late_decision_never_overwrites_a_quantity_being_typed(qtbot: QtBot, open_window: Open,
                                                                samples: dict[str, str]) -> None:
    """Down out of a quantity commits it and opens the next line's; the first
    line's decision can arrive while the clerk types the next one. Seen in a
    real X window on a loaded machine: the decision put the model's 0 back
    into the open editor, and Enter confirmed 0 (issue 21, item 1)."""
    window = open_window()
    sign_in(qtbot, window, "1001", "2468")
    open_receipt(qtbot, window, samples["split_tender"])
    table, model = window.returns.table, window.returns.model
    assert len(model.rows) >= 2 and model.rows[1].remaining >= 1
    pick(qtbot, window, 0, 1)
    table.setCurrentIndex(model.index(1, COL_QTY))  # the next line's quantity opens by itself
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QSpinBox), timeout=5000)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QSpinBox)
    for picked in (1, 0):  # the cell itself changed another way: the editor shows it
        model.setData(model.index(1, COL_QTY), picked)
        assert editor.value() == picked
    qtbot.keyClicks(editor, "1")
    qtbot.waitUntil(lambda: editor.value() == 1, timeout=5000)  # a single key is held back a moment (scanner.py)
    model.decision_changed()  # the first line's decision, painted now
    assert editor.value() == 1
    with qtbot.waitSignal(window.returns.sig_decided, timeout=5000):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert model.rows[1].qty == 1


def test_partial_return_leaves_the_rest_returnable(qtbot: QtBot, open_window: Open, samples: dict[str, str]) -> None:
    window = open_window()
    sign_in(qtbot, window, "1001", "2468")
    code = samples["coupon"]
    open_receipt(qtbot, window, code)
    pick(qtbot, window, 0, 1)
    with qtbot.waitSignal(window.returns.sig_completed, timeout=10000):
        window.returns.complete()
    qtbot.keyClick(window.returns.table, Qt.Key.Key_Escape)
    assert window.returns.draft is None
    open_receipt(qtbot, window, code)
    first = window.returns.draft.rows[0]
    assert first.returned == 1 and window.returns.model.data(window.returns.model.index(0, COL_RETURNED)) == "1"
    with window.station.ctx.uow() as uow:
        line = uow.session.scalars(select(SaleLine).join(Sale).where(Sale.doc_id == code,
                                                                     SaleLine.line_no == first.line)).one()
        assert line.returned_qty == 1


def test_inline_override_by_a_manager_at_the_counter(qtbot: QtBot, open_window: Open,
                                                     samples: dict[str, str]) -> None:
    window = open_window()
    sign_in(qtbot, window, "1001", "2468")
    code = samples["expired"]
    open_receipt(qtbot, window, code)
    pick(qtbot, window, 0, 1)
    assert window.returns.outcome.text().startswith("⚠ NEEDS MANAGER")
    assert window.returns.manager_button.isEnabled() and not window.returns.complete_button.isEnabled()
    qtbot.keyClick(window.returns.table, Qt.Key.Key_F8)
    dialog = window.returns.dialog
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    # Enter in the PIN field moves on to the reason: nothing is sent without one, no PIN attempt spent.
    qtbot.keyClicks(dialog.manager_id, "9001")
    qtbot.keyClick(dialog.manager_id, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.pin, "1357")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert dialog.approve_button.isEnabled() and not dialog.error.isVisible()
    assert returns_of(window, code) == [] and dialog.isVisible()
    qtbot.keyClick(dialog.reason.lineEdit(), Qt.Key.Key_Return)  # Enter with no reason: said on the dialog
    assert dialog.error.isVisible() and "why" in dialog.error.text()
    with window.station.ctx.uow() as uow:
        assert uow.session.scalar(select(AuditEntry.id).where(AuditEntry.action == "signin.failed")) is None
    dialog.manager_id.clear()
    dialog.pin.clear()
    # A clerk's PIN is refused, with the reason on the dialog, which grows to hold it (nothing overlaps).
    qtbot.keyClicks(dialog.manager_id, "1002")
    qtbot.keyClicks(dialog.pin, "1122")
    dialog.reason.setCurrentText("Loyal customer")
    dialog.approve_button.click()
    qtbot.waitUntil(lambda: "cannot approve overrides" in dialog.error.text(), timeout=5000)
    from PySide6.QtCore import QPoint, QRect

    def on_dialog(widget) -> QRect:  # type: ignore[no-untyped-def]
        return QRect(widget.mapTo(dialog, QPoint(0, 0)), widget.size())

    for widget in (dialog.reason, dialog.pin, dialog.approve_button):
        assert not on_dialog(dialog.error).intersects(on_dialog(widget)), widget
    assert dialog.height() >= dialog.minimumSizeHint().height()
    dialog.manager_id.setText("9001")
    qtbot.keyClicks(dialog.pin, "1357")
    qtbot.waitUntil(lambda: dialog.pin.text() == "1357", timeout=3000)  # keys reach a field a moment late
    with qtbot.waitSignal(window.returns.sig_completed, timeout=10000):
        dialog.approve_button.click()
    [ret] = returns_of(window, code)
    with window.station.ctx.uow() as uow:
        override = uow.session.scalars(select(OverrideRequest).where(OverrideRequest.return_id == ret.id)).one()
        assert override.status == "approved" and override.decision_reason == "Loyal customer"
        assert uow.session.scalar(select(AuditEntry.id).where(AuditEntry.action == "override.forbidden"))


def test_queue_override_from_a_second_window(qtbot: QtBot, open_window: Open, samples: dict[str, str]) -> None:
    clerk = open_window(register="01")
    manager = open_window(register="02")
    sign_in(qtbot, clerk, "1001", "2468")
    sign_in(qtbot, manager, "9001", "1357")
    manager.open_page("queue")
    assert manager.queue.model.rowCount() == 0
    code = samples["expired"]
    open_receipt(qtbot, clerk, code)
    pick(qtbot, clerk, 0, 1)
    focus(qtbot, clerk)
    qtbot.keyClick(clerk.returns.table, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: clerk.returns.waiting_id is not None, timeout=5000)
    # The manager's queue notices it by itself within 2 seconds.
    qtbot.waitUntil(lambda: manager.queue.model.rowCount() == 1, timeout=2500)
    qtbot.waitUntil(lambda: "Alex Rivera (1001)" in manager.queue.detail.text(), timeout=2000)
    assert "window expired" in manager.queue.detail.text()
    assert manager.nav.item(2).text() == "Overrides (1)"
    qtbot.keyClicks(manager.queue.pin, "1357")
    manager.queue.reason.setCurrentText("Customer was travelling")
    manager.queue.approve_button.click()
    qtbot.waitUntil(lambda: manager.queue.model.rowCount() == 0, timeout=5000)
    # The clerk's screen learns the answer without a click.
    qtbot.waitUntil(lambda: clerk.returns.complete_button.isEnabled(), timeout=5000)
    assert clerk.returns.message.text().startswith("Approved by Morgan Lee (9001): Customer was travelling")
    # ... and its outcome box shows the approved refund at once, not NEEDS MANAGER until F10.
    qtbot.waitUntil(lambda: "APPROVE: refund" in clerk.returns.outcome.text(), timeout=5000)
    assert "NEEDS MANAGER" not in clerk.returns.outcome.text() and "$0.00" not in clerk.returns.outcome.text()
    focus(qtbot, clerk)
    with qtbot.waitSignal(clerk.returns.sig_completed, timeout=10000):
        qtbot.keyClick(clerk.returns.table, Qt.Key.Key_F10)
    [ret] = returns_of(clerk, code)
    with clerk.station.ctx.uow() as uow:
        override = uow.session.scalars(select(OverrideRequest).where(OverrideRequest.return_id == ret.id)).one()
        assert override.status == "used" and override.decision_reason == "Customer was travelling"


def test_idle_station_locks_and_keeps_the_return(qtbot: QtBot, open_window: Open, samples: dict[str, str]) -> None:
    window = open_window(idle_lock_minutes=1)
    sign_in(qtbot, window, "1001", "2468")
    open_receipt(qtbot, window, samples["bogo"])
    window.scanner.last_input -= 61
    with qtbot.waitSignal(window.sig_locked, timeout=1000):
        window._check_idle()
    assert window.stack.currentWidget() is window.signin and "Locked while Alex Rivera" in window.signin.subtitle.text()
    qtbot.keyClicks(window.signin.pin, "2468")
    qtbot.keyClick(window.signin.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.returns, timeout=5000)
    assert window.returns.draft is not None  # the same clerk finds the return as they left it


def test_a_printer_failure_never_loses_the_return(qtbot: QtBot, open_window: Open, samples: dict[str, str]) -> None:
    window = open_window(printer="escpos://127.0.0.1:9")  # nothing listens on the discard port here
    sign_in(qtbot, window, "1001", "2468")
    open_receipt(qtbot, window, samples["bogo"])
    pick(qtbot, window, 0, 1)
    with qtbot.waitSignal(window.returns.sig_completed, timeout=10000) as completed:
        window.returns.complete()
    qtbot.waitUntil(window.print_note.isVisible, timeout=10000)
    assert completed.args[0] in window.print_note.text() and "reprint" in window.print_note.text()
    assert len(returns_of(window, samples["bogo"])) == 1


@pytest.mark.parametrize("backend", ["sqlite"])
def test_return_lines_model_passes_qt_model_tester(qtmodeltester, qtbot: QtBot, open_window: Open,  # type: ignore[no-untyped-def]
                                                   samples: dict[str, str]) -> None:
    window = open_window()
    sign_in(qtbot, window, "1001", "2468")
    open_receipt(qtbot, window, samples["split_tender"])
    model: ReturnLinesModel = window.returns.model
    qtmodeltester.check(model)
    qtmodeltester.check(window.queue.model)


def test_no_receipt_return_by_scanning_the_item_with_a_checked_id(qtbot: QtBot, open_window: Open) -> None:
    from desktop.models import CustomerIdCheck, Product, RefundTender

    window = open_window()
    sign_in(qtbot, window, "1001", "2468")
    with window.station.ctx.uow() as uow:
        product = uow.session.scalars(select(Product).where(Product.barcode.is_not(None),
                                                            Product.serial_tracked.is_(False),
                                                            Product.category == "homeware")).first()
        barcode, name = product.barcode, product.name
    focus(qtbot, window)
    qtbot.keyClick(window.returns.table, Qt.Key.Key_F6)
    assert window.returns.draft is not None and window.returns.draft.no_receipt
    assert window.returns.customer_row.isVisible() and not window.returns.refund_to.isEnabled()
    scan(qtbot, window, barcode)  # the item's EAN, read by the scanner
    qtbot.waitUntil(lambda: window.returns.model.rowCount() == 1, timeout=5000)
    assert window.returns.model.draft.rows[0].description == name
    decided(qtbot, window)
    window.returns.customer.setText("c42")
    window.returns.customer.editingFinished.emit()
    decided(qtbot, window)
    assert "ID_REQUIRED" in window.returns.draft.rows[0].reasons  # a member, but no photo ID checked yet
    window.returns.id_type.setCurrentIndex(window.returns.id_type.findData("passport"))
    decided(qtbot, window)
    assert window.returns.draft.outcome() == "approve", window.returns.sentences.text()
    assert "member C42" in window.returns.header.text() and "passport seen" in window.returns.header.text()
    with qtbot.waitSignal(window.returns.sig_completed, timeout=10000) as completed:
        window.returns.complete()
    with window.station.ctx.uow() as uow:
        ret = uow.session.scalars(select(Return).where(Return.doc_id == completed.args[0])).one()
        assert ret.sale_id is None and ret.refund_to == "store_credit"
        tenders = uow.session.scalars(select(RefundTender).where(RefundTender.return_id == ret.id)).all()
        assert [t.type for t in tenders] == ["store_credit"] and tenders[0].voucher_id is not None
        check = uow.session.scalars(select(CustomerIdCheck).order_by(CustomerIdCheck.id.desc())).first()
        assert check is not None and check.id_type == "passport"


def test_a_lost_database_shows_a_banner_and_keeps_the_clerks_work(qtbot: QtBot, open_window: Open,
                                                                  samples: dict[str, str]) -> None:
    from desktop.db.engine import Database

    window = open_window()
    sign_in(qtbot, window, "1001", "2468")
    open_receipt(qtbot, window, samples["bogo"])
    pick(qtbot, window, 0, 1)
    working = window.station.ctx.db
    window.station.ctx.db = Database.connect("postgresql+psycopg://nobody@127.0.0.1:1/gone")  # the server went away
    try:
        window.returns.complete()
        qtbot.waitUntil(window.banner.isVisible, timeout=10000)
        assert window.banner.text().startswith("The database cannot be reached")
        assert "unreachable" in window.status_online.text()
        # Nothing the clerk entered is lost, and Complete can be pressed again.
        assert window.returns.draft is not None and window.returns.draft.rows[0].qty == 1
        qtbot.waitUntil(window.returns.complete_button.isEnabled, timeout=5000)
    finally:
        window.station.ctx.db.dispose()
        window.station.ctx.db = working
    window.ping()
    qtbot.waitUntil(lambda: not window.banner.isVisible(), timeout=5000)
    with qtbot.waitSignal(window.returns.sig_completed, timeout=10000):
        window.returns.complete()


def test_an_exchange_for_a_dearer_item_with_the_difference_paid_by_card(qtbot: QtBot, open_window: Open,
                                                                       samples: dict[str, str]) -> None:
    from desktop.models import Product, SaleTender

    window = open_window()
    sign_in(qtbot, window, "1001", "2468")
    open_receipt(qtbot, window, samples["coupon"])
    window.returns.refund_to.setCurrentIndex(window.returns.refund_to.findData("store_credit"))
    pick(qtbot, window, 0, 1)
    with qtbot.waitSignal(window.returns.sig_completed, timeout=10000):
        window.returns.complete()
    wait_idle(qtbot, window)
    voucher, credit = window.returns.last_voucher
    assert window.returns.exchange_button.isEnabled()
    with window.station.ctx.uow() as uow:
        barcode = uow.session.scalar(select(Product.barcode).where(Product.price_cents > credit,
                                                                   Product.barcode.is_not(None))
                                     .order_by(Product.price_cents).limit(1))
    focus(qtbot, window)
    qtbot.keyClick(window.returns.table, Qt.Key.Key_F12)
    dialog = window.returns.exchange_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    qtbot.keyClicks(dialog.code, barcode)
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.items.count() == 1, timeout=5000)
    assert "the customer pays" in dialog.summary.text() and dialog.payment.currentData() == "card"
    dialog.last4.setText("1881")
    with qtbot.waitSignal(window.returns.sig_exchanged, timeout=10000) as exchanged:
        dialog.complete_button.click()
    assert "Exchange done" in window.returns.message.text()
    with window.station.ctx.uow() as uow:
        tenders = uow.session.scalars(select(SaleTender).join(Sale).where(Sale.doc_id == exchanged.args[0])
                                      .order_by(SaleTender.position)).all()
        assert [(t.type, t.last4) for t in tenders] == [("store_credit", None), ("card", "1881")]
        assert tenders[0].amount_cents == credit


def test_a_long_sign_in_error_is_read_whole_and_the_fields_stay_apart(qtbot: QtBot, open_window: Open) -> None:
    from PySide6.QtCore import QPoint, QRect

    from desktop.ui import theme

    app = QApplication.instance()
    before = app.styleSheet()  # type: ignore[union-attr]
    theme.apply(app)  # the real look: the error box's padding and border are what cut it off
    window = open_window()
    window.resize(1280, 800)
    screen = window.signin
    window.station.ctx.pepper = b"another station's pepper"  # the database was set up with another one
    qtbot.keyClicks(screen.staff_id, "1001")
    qtbot.keyClicks(screen.pin, "2468")
    qtbot.keyClick(screen.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.error.isVisible() and "pepper" in screen.error.text(), timeout=5000)
    qtbot.wait(50)

    def on_screen(widget) -> QRect:  # type: ignore[no-untyped-def]
        return QRect(widget.mapTo(screen, QPoint(0, 0)), widget.size())

    error = screen.error
    assert error.height() >= error.heightForWidth(error.width()) - 2  # every line of it, not cut inside its box
    assert not on_screen(screen.staff_id).intersects(on_screen(screen.pin))
    for widget in (screen.staff_id, screen.pin, screen.button):
        assert not on_screen(error).intersects(on_screen(widget)), widget
    app.setStyleSheet(before)  # type: ignore[union-attr]  # the other tests' look
