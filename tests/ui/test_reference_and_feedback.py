"""The reference panel (policy in plain words, canned answers kept by
managers) and the customer's score after a return."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.models import Feedback, Return
from desktop.ui.shell import MainWindow
from tests.ui.conftest import sign_in, wait_idle
from tests.ui.test_counter import focus, open_receipt, pick

Open = Callable[..., MainWindow]


def test_policy_in_plain_words_and_answers_only_managers_change(qtbot: QtBot, open_window: Open) -> None:
    manager = open_window()
    sign_in(qtbot, manager, "9001", "1357")
    with qtbot.waitSignal(manager.reference.sig_loaded, timeout=5000):
        manager.open_page("reference")
    text = manager.reference.policy.text()
    assert "within 30 days" in text and "Clearance: final sale" in text
    assert manager.reference.editor.isVisible()
    manager.reference.edit_title.setText("Can I return a gift?")
    manager.reference.edit_body.setPlainText("Yes, with the gift receipt: refunded as store credit.")
    with qtbot.waitSignal(manager.reference.sig_loaded, timeout=5000):
        manager.reference.save()
    assert [a.title for a in manager.reference.items] == ["Can I return a gift?"]
    assert "Morgan Lee" in manager.reference.answer.text()

    clerk = open_window(register="02")
    sign_in(qtbot, clerk, "1001", "2468")
    with qtbot.waitSignal(clerk.reference.sig_loaded, timeout=5000):
        clerk.open_page("reference")
    assert not clerk.reference.editor.isVisible()
    assert "gift receipt" in clerk.reference.answer.text()
    clerk.reference.edit_title.setText("Sneaky edit")
    clerk.reference.edit_body.setPlainText("x")
    clerk.reference.save()
    qtbot.waitUntil(clerk.reference.message.isVisible, timeout=5000)
    assert "Only a manager" in clerk.reference.message.text()


def test_the_customer_scores_the_visit_after_a_return(qtbot: QtBot, open_window: Open,
                                                     samples: dict[str, str]) -> None:
    window = open_window()
    sign_in(qtbot, window, "1001", "2468")
    open_receipt(qtbot, window, samples["bogo"])
    assert not window.returns.feedback_button.isEnabled()
    pick(qtbot, window, 0, 1)
    with qtbot.waitSignal(window.returns.sig_completed, timeout=10000) as completed:
        window.returns.complete()
    focus(qtbot, window)
    qtbot.keyClick(window.returns.table, Qt.Key.Key_F11)
    dialog = window.returns.feedback
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    dialog.comment.setText("fast, thank you")
    dialog.buttons[5].click()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: "5/5 recorded" in window.returns.message.text(), timeout=5000)
    with window.station.ctx.uow() as uow:
        ret_id = uow.session.scalar(select(Return.id).where(Return.doc_id == completed.args[0]))
        stored = uow.session.scalars(select(Feedback).where(Feedback.return_id == ret_id)).one()
        assert (stored.score, stored.comment, stored.staff_id) == (5, "fast, thank you", window.station.actor.staff_id)


# ---- Where the prompt shows: a second screen facing the customer

TWO_SCREENS = {"screens": [{"name": "Counter", "x": 0, "y": 0, "width": 1280, "height": 800},
                           {"name": "Customer", "x": 1280, "y": 0, "width": 1024, "height": 600}]}
PLACE = """
import json, sys
from PySide6.QtWidgets import QApplication, QWidget
from desktop.ui.feedback import FeedbackDialog
app = QApplication([])
counter = app.screens()[0]
window = QWidget()
window.setScreen(counter)
window.setGeometry(counter.availableGeometry().adjusted(10, 10, -10, -10))
window.show()
dialog = FeedbackDialog(window)
dialog.present(sys.argv[1])
app.processEvents()
first_still_shown = dialog.isVisible()
second = FeedbackDialog(window)  # the next customer, before the first one answered
second.present(sys.argv[1])
app.processEvents()
print(json.dumps({"screen": dialog.screen().name(), "geometry": list(dialog.geometry().getRect()),
                  "modal": dialog.isModal(), "full": dialog.isFullScreen(), "shown": first_still_shown,
                  "first_closed": not dialog.isVisible(), "second_shown": second.isVisible()}))
"""


@pytest.mark.parametrize(("setting", "screen", "full"), [
    ("auto", "Customer", True), ("Customer", "Customer", True),
    ("", "Counter", False),  # the default: over the window, the clerk turns the screen round
    ("HDMI-9", "Counter", False),  # a display that is not plugged in
])
def test_the_prompt_goes_full_screen_on_the_customers_display(tmp_path: Path, setting: str, screen: str,
                                                               full: bool) -> None:
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(TWO_SCREENS))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    done = subprocess.run([sys.executable, "-c", PLACE, setting], env=env, capture_output=True, text=True,
                          timeout=60, cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr
    placed = json.loads(done.stdout.strip().splitlines()[-1])
    assert placed["shown"] and placed["screen"] == screen and placed["full"] is full
    if full:  # the customer's whole display, and the clerk is not blocked meanwhile
        assert placed["geometry"] == [1280, 0, 1024, 600] and not placed["modal"]
        assert placed["first_closed"] and placed["second_shown"]  # one prompt at a time on that display
    else:
        assert placed["modal"]
