"""A sale rung up on the store's own POS, at the counter: its receipt's
barcode scanned, its number typed in fields (F4), or found by the card it
was paid with; then returned like any receipted sale."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from desktop.catalogue import date_pattern, day
from desktop.config import PosConfig
from desktop.services.imports import import_sales
from desktop.services.imports.raw import PosRef
from desktop.services.pos_barcodes import parse_layout
from desktop.ui.shell import MainWindow
from tests.imports.poslog import apples_and_mug
from tests.integration.test_imports import DAY, WHEN
from tests.ui.conftest import sign_in, wait_idle
from tests.ui.test_counter import focus, pick, scan

Open = Callable[..., MainWindow]
NCR = parse_layout("NCR 22", "store:4 register:3 transaction:4 date:YYMMDD check:mod10", prefix="99")


def with_pos_sale(window: MainWindow, tmp_path: Path) -> PosRef:
    export = tmp_path / "export.xml"
    export.write_text(apples_and_mug(DAY, WHEN))
    assert import_sales(window.station.ctx, [export], PosConfig()).counts.imported == 1
    window.station.ctx.layouts = (NCR,)
    return PosRef("1", "31", "114", DAY)


def test_the_pos_receipt_s_barcode_opens_the_sale_and_a_weighed_line_comes_back_in_part(
        qtbot: QtBot, open_window: Open, tmp_path: Path) -> None:
    window = open_window()
    ref = with_pos_sale(window, tmp_path)
    sign_in(qtbot, window, "1001", "2468")
    scan(qtbot, window, NCR.make(ref))
    qtbot.waitUntil(lambda: window.returns.draft is not None, timeout=5000)
    draft = window.returns.draft
    assert draft.receipt.pos_ref == ref.text and [row.sku for row in draft.rows] == ["APPLES", "MUG"]
    assert window.returns.model.data(window.returns.model.index(0, 2)) == "1.47 lb"  # Left
    table = window.returns.table
    table.setCurrentIndex(window.returns.model.index(0, 3))
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = window.focusWidget()
    editor.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(editor, "0.5")
    with qtbot.waitSignal(window.returns.sig_decided, timeout=5000):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert str(draft.rows[0].qty) == "0.500" and window.returns.outcome.text().startswith("✔ APPROVE")
    with qtbot.waitSignal(window.returns.sig_completed, timeout=10000):
        qtbot.keyClick(table, Qt.Key.Key_F10)
    assert window.returns.model.data(window.returns.model.index(0, 2)) == "0.97 lb"  # what is left now


def test_f4_finds_the_sale_by_the_pos_number_typed_in_fields(qtbot: QtBot, open_window: Open,
                                                             tmp_path: Path) -> None:
    window = open_window()
    ref = with_pos_sale(window, tmp_path)
    sign_in(qtbot, window, "1001", "2468")
    focus(qtbot, window)
    qtbot.keyClick(window.returns.scan, Qt.Key.Key_F4)
    dialog = window.returns.find_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    dialog.store.setText("0001")  # as printed, zero-padded: the same store as the export's "1"
    dialog.register.setText("031")
    dialog.transaction.setText("0114")
    dialog.day.setDate(QDate.fromString(ref.day, "yyyy-MM-dd"))
    with qtbot.waitSignal(window.returns.sig_opened, timeout=5000):
        qtbot.keyClick(dialog.transaction, Qt.Key.Key_Return)
    assert window.returns.draft.receipt.pos_ref == ref.text


def test_f4_finds_the_sale_by_the_card_and_opens_the_one_picked(qtbot: QtBot, open_window: Open,
                                                               tmp_path: Path) -> None:
    window = open_window()
    ref = with_pos_sale(window, tmp_path)
    sign_in(qtbot, window, "1001", "2468")
    focus(qtbot, window)
    window.returns.find_sale()
    dialog = window.returns.find_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    dialog.last4.setText("4242")
    dialog.brand.setText("Visa")
    dialog.amount.setText("9.81")
    qtbot.keyClick(dialog.last4, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.matches.count() == 1, timeout=5000)
    assert "1 sale found" in dialog.message.text() and dialog.matches.hasFocus()
    opened: list[str] = []
    window.returns.sig_opened.connect(opened.append)
    with qtbot.waitSignal(window.returns.sig_opened, timeout=5000):
        qtbot.keyClick(dialog.matches, Qt.Key.Key_Return)
    assert window.returns.draft.receipt.pos_ref == ref.text
    wait_idle(qtbot, window)
    # Enter activates the item and presses the default button: the sale was opened twice, and the second
    # opening reset the lines while the clerk typed a quantity (it was lost).
    assert len(opened) == 1
    pick(qtbot, window, 1, 1)
    assert window.returns.outcome.text().startswith("✔ APPROVE")


def test_a_day_is_written_one_way_on_the_counter(qtbot: QtBot, open_window: Open, tmp_path: Path) -> None:
    """The header, the date fields and the list of sales found write a day the
    same way: the station's short date with the year in full (was ISO in the
    fields and the list, "Nov 20, 2026" in the header)."""
    window = open_window()
    ref = with_pos_sale(window, tmp_path)
    sign_in(qtbot, window, "1001", "2468")
    window.returns.find_sale()
    dialog = window.returns.find_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    sold = QDate.fromString(ref.day, "yyyy-MM-dd")
    written = day(dt.date.fromisoformat(ref.day), window.station.locale)
    dialog.since.setDate(sold.addDays(-1))
    assert dialog.since.text() == day(dt.date.fromisoformat(ref.day) - dt.timedelta(days=1), window.station.locale)
    dialog.last4.setText("4242")
    dialog.brand.setText("Visa")
    dialog.amount.setText("9.81")
    qtbot.keyClick(dialog.last4, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.matches.count() == 1, timeout=5000)
    assert dialog.matches.item(0).text().startswith(written + "  ·")
    with qtbot.waitSignal(window.returns.sig_opened, timeout=5000):
        qtbot.keyClick(dialog.matches, Qt.Key.Key_Return)
    assert f"  ·  {written}  ·  " in window.returns.draft.header()
    assert date_pattern("en_US") == "M/d/yyyy" and date_pattern("lt_LT") == "yyyy-MM-dd"
