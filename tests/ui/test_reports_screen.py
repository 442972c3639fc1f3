"""The reports screen: a manager's screen only, a chart and a table over a
date range, exports to CSV and PDF."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from desktop.ui.shell import MainWindow
from tests.ui.conftest import sign_in, wait_idle
from tests.ui.test_counter import open_receipt, pick

Open = Callable[..., MainWindow]


def test_a_manager_sees_returns_per_day_and_exports_them(qtbot: QtBot, open_window: Open, samples: dict[str, str],
                                                         tmp_path: Path) -> None:
    window = open_window()
    sign_in(qtbot, window, "1001", "2468")
    labels = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert "Reports" not in labels  # clerks do not see reports
    open_receipt(qtbot, window, samples["bogo"])
    pick(qtbot, window, 0, 1)
    with qtbot.waitSignal(window.returns.sig_completed, timeout=10000):
        window.returns.complete()
    window.sign_out()
    sign_in(qtbot, window, "9001", "1357")
    window.open_page("reports")
    wait_idle(qtbot, window)
    screen = window.reports
    assert screen.store.count() >= 3  # every store, 0001, 0002
    today = window.station.ctx.now().astimezone(dt.timezone(dt.timedelta(hours=-5))).date()
    screen.start.setDate(QDate(today.year, today.month, today.day).addDays(-1))
    screen.end.setDate(QDate(today.year, today.month, today.day).addDays(1))
    screen.which.setCurrentIndex(screen.which.findData("returns-per-day"))
    with qtbot.waitSignal(screen.sig_shown, timeout=10000):
        screen.run_button.click()
    assert screen.model.rowCount() >= 1 and screen.chart_view.isVisible()
    assert len(screen.chart.series()) == 1
    csv_path = screen.export("csv", str(tmp_path / "r.csv"))
    assert csv_path is not None and csv_path.read_text().startswith("day,returns,refunded")
    pdf_path = screen.export("pdf", str(tmp_path / "r.pdf"))
    assert pdf_path is not None
    text = pdfium.PdfDocument(pdf_path.read_bytes())[0].get_textpage().get_text_range()
    assert "Returns per day" in text
    screen.which.setCurrentIndex(screen.which.findData("service-kpis"))
    with qtbot.waitSignal(screen.sig_shown, timeout=10000):
        screen.run_button.click()
    assert not screen.chart_view.isVisible() and screen.model.rowCount() >= 5


def test_the_end_of_day_slip_prints_on_the_stations_printer(qtbot: QtBot, open_window: Open, tmp_path: Path) -> None:
    window = open_window()  # the station prints to PDF files (its default printer)
    sign_in(qtbot, window, "9001", "1357")
    window.open_page("reports")
    window.reports.closing_button.click()
    qtbot.waitUntil(lambda: "End-of-day slip printed" in window.reports.message.text(), timeout=10000)
    saved = Path(window.reports.message.text().split(": ", 1)[1])
    assert saved.name.startswith("closing-0001-") and saved.read_bytes().startswith(b"%PDF")
    page = pdfium.PdfDocument(saved.read_bytes())[0]
    assert page.get_width() == pytest.approx(80 * 72 / 25.4)  # the receipt roll, not a sheet
    text = page.get_textpage().get_text_range()
    assert "END OF DAY: CASH REFUNDED" in text and "Cash refunded" in text
