"""Whole flows at the counter in the real window, by keyboard alone (xdotool
keys, the screen read back through AT-SPI), a screenshot per step in
out/gui/<test>/."""

from __future__ import annotations

import pytest

from tests.gui.conftest import Launch, sign_in
from tests.gui.test_keyboard_flow import open_receipt, returned

pytestmark = pytest.mark.gui


def test_a_manager_approves_at_the_counter_by_keyboard(launch: Launch, seeded_url: str,
                                                       samples: dict[str, str]) -> None:
    """Past its window the return needs a manager: F8, their ID, Enter, PIN,
    Enter, a reason, Enter: approved and refunded, the customer told why."""
    app = launch()
    sign_in(app)
    code = samples["expired"]
    open_receipt(app, code)
    app.type("1")
    app.key("Return")
    app.wait_text("NEEDS MANAGER")
    app.shot("needs a manager")
    app.key("F8")
    app.wait_text("Manager ID")
    app.shot("the manager's dialog")
    app.type("9001")
    app.key("Return")
    app.type("1357")
    app.key("Return")
    app.type("regular customer, receipt kept")
    app.shot("reason typed")
    app.key("Return")  # the manager's approval completes the return at once
    app.wait_text(r"Return \d{16} completed")
    app.wait_text("A manager approved an exception to the policy")
    app.shot("approved by the manager and refunded")
    assert returned(seeded_url, code) == [1]


def test_a_partial_return_leaves_the_rest_for_later(launch: Launch, seeded_url: str,
                                                    samples: dict[str, str]) -> None:
    """One of the receipt's lines comes back today; scanned again, the receipt
    still opens for the rest, and what came back cannot come back twice."""
    app = launch()
    sign_in(app)
    code = samples["bogo"]
    open_receipt(app, code)
    app.type("1")
    app.key("Return")
    app.wait_text("APPROVE")
    app.key("F10")
    app.wait_text(r"Return \d{16} completed")
    app.shot("first line returned")
    open_receipt(app, code)
    app.shot("the same receipt, again")
    assert returned(seeded_url, code) == [1]
