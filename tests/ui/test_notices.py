"""Alerts reach people whatever screen they are on: the scheduler runs from
the window, an escalation shows on the manager's station over the Returns
screen with a count on the Service desk, announced to a screen reader, and
"Take it" ends it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.models import Notification
from desktop.services import cases
from desktop.ui.pages import CASES, RETURNS
from tests.conftest import Clock
from tests.ui.conftest import sign_in, wait_idle
from tests.ui.test_counter import Open, open_receipt

ARTIFACTS = Path(__file__).resolve().parents[2] / "out" / "ui"


def test_an_escalation_shows_on_the_managers_station_over_any_screen(qtbot: QtBot, open_window: Open,
                                                                     clock: Clock) -> None:
    window = open_window()
    sign_in(qtbot, window, "1001", "2468")
    clerk = window.station.staff
    opened = cases.open_case(window.station.ctx, cases.OpenCase(
        type="complaint", channel="phone", subject="Rude delivery driver", priority="urgent",
        customer_code="C42"), clerk)
    assert opened.row.due_at is not None
    clock.now = opened.row.due_at + dt.timedelta(hours=2, minutes=5)
    window.sign_out()
    sign_in(qtbot, window, "9001", "1357")  # the manager, on the Returns screen
    assert window.stack.currentWidget() is window.pages[RETURNS]
    window.run_schedule()  # the window's scheduler turn (every minute), no Service desk screen open
    bar = window.notice_bar
    qtbot.waitUntil(bar.isVisible, timeout=10000)
    assert f"Case {opened.row.number} was escalated to your level: Rude delivery driver" in bar.text.text()
    assert CASES not in window.pages  # nobody opened the Service desk
    names = [window.nav.item(row).data(Qt.ItemDataRole.AccessibleTextRole) for row in range(window.nav.count())]
    assert any(str(name).startswith("Service desk (") for name in names), names
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(ARTIFACTS / "notification.png"))
    bar.take_button.click()
    qtbot.waitUntil(lambda: not bar.isVisible(), timeout=10000)
    with window.station.ctx.uow() as uow:
        taken = uow.session.scalars(select(Notification).where(Notification.case_id == opened.row.id,
                                                               Notification.kind == "escalated")).all()
        assert taken and all(n.taken_at is not None for n in taken)


def test_the_return_screen_shows_the_open_cases_on_a_receipt(qtbot: QtBot, open_window: Open,
                                                            samples: dict[str, str]) -> None:
    window = open_window()
    sign_in(qtbot, window, "1001", "2468")
    cases.open_case(window.station.ctx, cases.OpenCase(
        type="technical_support", channel="walk_in", subject="Console does not start",
        receipt=samples["electronics"]), window.station.staff)
    open_receipt(qtbot, window, samples["electronics"])
    header = window.returns.header
    qtbot.waitUntil(lambda: "Open on this receipt" in header.text(), timeout=5000)
    assert "(open): Console does not start" in header.text()
    open_receipt(qtbot, window, samples["bogo"])  # another receipt: nothing of the first one's
    wait_idle(qtbot, window)  # its own lookup has answered (open_receipt waits for it too)
    assert window.returns.draft.receipt.receipt_id == samples["bogo"] and "Open on this receipt" not in header.text()


def test_a_new_policy_is_read_and_acknowledged_at_sign_in(qtbot: QtBot, open_window: Open, tmp_path: Path) -> None:
    from desktop.services import policy_changes
    from desktop.ui.policy_notice import PolicyChangeDialog
    from tests.conftest import install_policy

    window = open_window()
    install_policy(window.station.ctx, tmp_path, "default_window_days = 45\n")
    sign_in(qtbot, window, "1001", "2468")
    qtbot.waitUntil(lambda: isinstance(getattr(window, "policy_dialog", None), PolicyChangeDialog)
                    and window.policy_dialog.isVisible(), timeout=10000)
    dialog = window.policy_dialog
    lines = [dialog.changes.item(i).text() for i in range(dialog.changes.count())]
    assert "return window (days): 30 -> 45" in lines
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(ARTIFACTS / "policy-changed.png"))
    dialog.reject()  # Esc does not skip it
    assert dialog.isVisible()
    dialog.read_button.click()
    qtbot.waitUntil(lambda: policy_changes.pending(window.station.ctx, window.station.staff) is None, timeout=10000)
