"""A return finished with the keyboard alone, in the real window: X key
events typed by xdotool, a scanner's burst a key every 4 ms then Enter, and
the screen read back through AT-SPI. What QTest offscreen never caught:
F10 right after a quantity, a scan whose first digit edited the last
customer's line, and digits counted twice while no widget had the focus."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from desktop.models import Return, ReturnLine, Sale
from tests.gui.conftest import Launch, sign_in
from tests.gui.desktop import RunningApp

pytestmark = pytest.mark.gui
# A counter PC on the embedded file, and one on the shared server (a scan and a return there each travel
# as one packet of prepared statements, desktop/db/pipeline.py).
ON_EITHER = pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])


def returned(url: str, receipt: str) -> list[int]:
    """Quantities of every return line written against a receipt."""
    engine = create_engine(url)
    try:
        with Session(engine) as session:
            sale_id = session.scalar(select(Sale.id).where(Sale.doc_id == receipt))
            return list(session.scalars(select(ReturnLine.qty).join(Return, Return.id == ReturnLine.return_id)
                                        .where(Return.sale_id == sale_id)))
    finally:
        engine.dispose()


def open_receipt(app: RunningApp, code: str) -> None:
    app.scan(code)
    app.wait_text(f"Receipt {code}")
    app.wait_text("Pick the lines coming back")


@ON_EITHER
def test_a_quantity_then_enter_then_f10_completes(launch: Launch, seeded_url: str,
                                                  samples: dict[str, str]) -> None:
    app = launch()
    sign_in(app)
    app.shot("signed in")
    code = samples["split_tender"]
    open_receipt(app, code)
    app.shot("receipt open")
    app.type("1")
    app.key("Return", "F10", delay_ms=15)  # F10 before the decision is back: it waits for it
    app.wait_text(r"Return \d{16} completed")
    app.shot("completed")
    assert returned(seeded_url, code) == [1]
    assert app.find(name="DONE: refunded")


def test_f10_with_the_quantity_still_in_its_cell_editor(launch: Launch, seeded_url: str,
                                                        samples: dict[str, str]) -> None:
    app = launch()
    sign_in(app)
    code = samples["coupon"]
    open_receipt(app, code)
    app.type("1")
    app.shot("quantity typed, not confirmed")
    app.key("F10")
    app.wait_text(r"Return \d{16} completed")
    app.shot("completed")
    assert returned(seeded_url, code) == [1]


@ON_EITHER
def test_the_next_scan_after_a_return_edits_nothing_and_arrives_whole(launch: Launch, seeded_url: str,
                                                                      samples: dict[str, str]) -> None:
    app = launch()
    sign_in(app)
    first, second = samples["split_tender"], samples["coupon"]
    open_receipt(app, first)
    app.type("1")
    app.key("Return")
    app.wait_text("APPROVE: refund")
    app.key("F10")
    app.wait_text(r"Return \d{16} completed")
    app.shot("first return done")
    # The first digit of the next scan used to open the finished line's cell and land there.
    open_receipt(app, second)
    app.shot("next receipt open")
    assert not app.find(name="is not a receipt code")
    app.key("Return")  # nothing typed: no decision, no refund
    app.key("F10")
    app.wait_text("Nothing to refund yet")
    assert returned(seeded_url, first) == [1] and returned(seeded_url, second) == []


def test_a_scan_while_a_quantity_editor_is_open_opens_the_receipt(launch: Launch, seeded_url: str,
                                                                   samples: dict[str, str]) -> None:
    app = launch()
    sign_in(app)
    first, second = samples["split_tender"], samples["bogo"]
    open_receipt(app, first)
    app.type("1")  # the cell editor is open, holding 1
    app.scan(second)
    app.wait_text(f"Receipt {second}")
    app.shot("scanned over an open editor")
    app.key("F10")
    app.wait_text("Nothing to refund yet")
    assert returned(seeded_url, first) == [] and returned(seeded_url, second) == []


def test_esc_steps_back_then_puts_the_receipt_away(launch: Launch, seeded_url: str,
                                                   samples: dict[str, str]) -> None:
    app = launch()
    sign_in(app)
    code = samples["split_tender"]
    open_receipt(app, code)
    app.type("1")
    app.key("Escape")  # out of the cell, the 1 not taken
    app.key("Escape")
    app.wait_text("Press Esc again to put this receipt away")
    app.shot("first esc")
    app.key("Escape")
    app.wait_text("No receipt open")
    app.shot("receipt put away")
    assert returned(seeded_url, code) == []
    # The scan field has the keyboard again: the next scan opens straight away.
    open_receipt(app, samples["coupon"])
