"""The service desk screen driven like staff do: a case opened from a
receipt on the return screen, a phone call, a transfer, an escalation when
a target is missed (test clock), resolution, and a follow-up call with a low
score that reopens it; against SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.ui.forms import FormDialog
from desktop.ui.shell import MainWindow
from tests.conftest import Clock
from tests.ui.conftest import sign_in, wait_idle
from tests.ui.test_counter import open_receipt

Open = Callable[..., MainWindow]


def fill_form(values: dict[str, str], seen: dict[str, str]) -> None:
    """Answer the modal form as the clerk would, once it is up."""
    form = QApplication.activeModalWidget()
    if not isinstance(form, FormDialog):
        QTimer.singleShot(50, lambda: fill_form(values, seen))
        return
    for key in ("receipt", "customer_code"):
        widget = form.fields[key]
        assert isinstance(widget, QLineEdit)
        seen[key] = widget.text()
    for key, value in values.items():
        widget = form.fields[key]
        if isinstance(widget, QLineEdit):
            widget.setText(value)
        else:
            widget.setCurrentIndex(widget.findData(value))  # type: ignore[attr-defined]
    form.accept()


def changed(qtbot: QtBot, window: MainWindow, action: Callable[[], None]) -> None:
    with qtbot.waitSignal(window.cases.sig_changed, timeout=10000):
        action()
    wait_idle(qtbot, window)


def test_a_case_from_a_receipt_to_a_reopening_follow_up(qtbot: QtBot, open_window: Open, clock: Clock,
                                                        samples: dict[str, str]) -> None:
    window = open_window()
    sign_in(qtbot, window, "1001", "2468")
    open_receipt(qtbot, window, samples["electronics"])
    seen: dict[str, str] = {}
    QTimer.singleShot(50, lambda: fill_form({"subject": "Console does not start", "channel": "phone"}, seen))
    with qtbot.waitSignal(window.cases.sig_changed, timeout=10000):
        qtbot.keyClick(window.returns.table, Qt.Key.Key_F7)
    wait_idle(qtbot, window)
    assert seen == {"receipt": samples["electronics"], "customer_code": "C42"}  # carried over from the return
    screen = window.cases
    assert window.stack.currentWidget() is screen
    detail = screen.detail
    assert detail is not None and detail.receipt == samples["electronics"] and "(C42)" in detail.row.customer
    qtbot.waitUntil(lambda: screen.model.rowCount() >= 1, timeout=5000)
    assert screen.model.rows[0].subject == "Console does not start"

    changed(qtbot, window, lambda: screen.log_contact("phone", "out", "Called back: asked for the serial", 4))
    assert screen.detail.first_response_at is not None
    changed(qtbot, window, lambda: screen.transfer("service", "needs the repair bench"))
    assert "with service" in screen.header.text() and "Alex Rivera" in screen.header.text()

    # Nobody answers in time: 5 business hours past the resolution target (opening hours 09:00-21:00).
    due = screen.detail.resolution_due
    assert due is not None
    clock.now = due + dt.timedelta(hours=12 + 5)
    window.run_schedule()  # the window's scheduler escalates, whatever screen is open
    wait_idle(qtbot, window)
    with qtbot.waitSignal(screen.sig_loaded, timeout=10000):
        screen.tick()
    wait_idle(qtbot, window)
    assert screen.model.rows[0].due_state == "overdue"
    assert screen.model.data(screen.model.index(0, 2)) == "⚑ OVERDUE"
    screen.select_case(screen.model.rows[0].id)
    qtbot.waitUntil(lambda: screen.detail is not None and screen.detail.row.tier == 2, timeout=5000)
    assert any("escalated to manager" in screen.timeline.item(i).text() for i in range(screen.timeline.count()))

    changed(qtbot, window, lambda: screen.resolve("firmware reinstalled"))
    assert screen.detail.row.status == "resolved" and screen.buttons["follow_up"].isEnabled()
    clock.advance(days=3)
    screen.follow_ups.setChecked(True)
    qtbot.waitUntil(lambda: [r.id for r in screen.model.rows] == [screen.detail.row.id], timeout=5000)
    changed(qtbot, window, lambda: screen.follow_up(True, 1, "it froze again"))
    assert screen.detail.row.status == "open" and screen.detail.scores == (1,)
    assert "reopened" in screen.timeline.item(screen.timeline.count() - 1).text()


def test_a_mailed_photo_opens_from_the_case(qtbot: QtBot, open_window: Open, clock: Clock, tmp_path: Path) -> None:
    """A case that came by mail with a photo: the case shows "Attachments (1)",
    and picking the file writes it to the station's folder and opens it."""
    from desktop.services import mailbox

    window = open_window()
    message = EmailMessage()
    message["From"], message["Subject"], message["Message-ID"] = "pat@example.net", "Cracked lid", "<lid@x.example>"
    message.set_content("See the photo.")
    message.add_attachment(b"\x89PNG\r\n\x1a\n-photo-", maintype="image", subtype="png", filename="lid photo.png")
    taken = mailbox.take(window.station.ctx, bytes(message), clock.now, "0001")
    sign_in(qtbot, window, "9001", "1357")
    window.open_page("cases")
    screen = window.cases
    opened: list[Path] = []
    screen.open_file = opened.append
    screen.select_case(taken.case_id)
    qtbot.waitUntil(lambda: screen.detail is not None and screen.files.isVisible(), timeout=10000)
    assert screen.files.text() == "Attachments (1)"
    [action] = screen.files.menu().actions()
    assert action.text() == "lid photo.png (1 KB)"
    folder = window.station.settings.data_dir / "attachments"  # a copy opened two days ago is not kept
    folder.mkdir(parents=True, exist_ok=True)
    old = folder / "1-old.png"
    old.write_bytes(b"old")
    os.utime(old, (time.time() - 2 * 86400, time.time() - 2 * 86400))
    action.trigger()
    qtbot.waitUntil(lambda: bool(opened), timeout=10000)
    assert opened[0].name.endswith("lid_photo.png") and opened[0].read_bytes() == b"\x89PNG\r\n\x1a\n-photo-"
    assert "lid_photo.png" in screen.message.text() and not old.exists()
