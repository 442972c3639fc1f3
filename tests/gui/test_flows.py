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


def _a_product(url: str, cheapest: bool = False) -> tuple[str, str]:
    """A homeware item's barcode and name (no serial number to ask for)."""
    from sqlalchemy import create_engine, select
    from sqlalchemy.orm import Session

    from desktop.models import Product

    engine = create_engine(url)
    try:
        with Session(engine) as session:
            product = session.scalars(select(Product).where(
                Product.barcode.is_not(None), Product.serial_tracked.is_(False),
                Product.category == "homeware").order_by(Product.price_cents if cheapest else Product.id)).first()
            assert product is not None and product.barcode is not None
            return product.barcode, product.name
    finally:
        engine.dispose()


def test_a_return_without_a_receipt_by_keyboard(launch: Launch, seeded_url: str) -> None:
    """F6, the item's barcode scanned, the member's card scanned, the photo ID
    picked, F10: store credit, the voucher printed."""
    barcode, name = _a_product(seeded_url)
    app = launch()
    sign_in(app)
    app.key("F6")
    app.wait_text("No receipt: the store's no-receipt rules apply")
    app.shot("no receipt")
    app.scan(barcode)
    app.wait_text(name)
    app.wait_text("Check the customer's photo ID")  # not DENIED before anyone asked for the ID
    assert not app.find(name="Deny")
    app.shot("the item scanned: waiting for the photo ID")
    app.key("Tab")  # from the scan field to the customer
    app.scan("C42")  # the member's loyalty card, into the focused field
    app.wait_text("member C42")
    app.key("Tab")  # to the photo ID seen
    app.type("p")  # the list jumps to passport
    app.wait_text("passport seen")
    app.wait_text("APPROVE")
    app.shot("member and photo ID: approved")
    app.key("F10")
    app.wait_text(r"Return \d{16} completed")
    app.shot("refunded as store credit")
    assert app.find(name="store credit")


def test_an_exchange_paid_by_the_returns_credit_by_keyboard(launch: Launch, seeded_url: str,
                                                            samples: dict[str, str]) -> None:
    """A line back as store credit (Tab to the refund, "a" for "as store
    credit"), F10, F12, the new item scanned, Enter: exchanged, the rest on
    the voucher."""
    barcode, name = _a_product(seeded_url, cheapest=True)
    app = launch()
    sign_in(app)
    code = samples["split_tender"]
    open_receipt(app, code)
    app.type("1")
    app.key("Return")
    app.wait_text("APPROVE")
    app.key("Tab")  # from the lines to the refund
    app.type("a")  # "as store credit"
    app.wait_text("store credit")
    app.shot("refund as store credit")
    app.key("F10")
    app.wait_text(r"Return \d{16} completed")
    app.key("F12")
    app.wait_text("Store credit from this return: voucher")
    app.shot("the exchange")
    app.scan(barcode)
    app.wait_text(name)
    app.shot("the new item")
    app.key("Return")  # Enter in the empty scan field completes
    app.wait_text(r"Exchange done: new receipt \d{16}")
    app.shot("exchanged")
    assert returned(seeded_url, code) == [1]


def test_a_manager_approves_from_the_queue_on_another_register(launch: Launch, seeded_url: str,
                                                               samples: dict[str, str]) -> None:
    """The clerk sends the return to the queue (F9); on register 02 the
    manager opens the Overrides screen (Ctrl+3), types the PIN, Enter, a
    reason, Enter; the clerk's screen shows the approved refund by itself,
    and F10 refunds it."""
    clerk = launch()
    sign_in(clerk)
    code = samples["expired"]
    open_receipt(clerk, code)
    clerk.type("1")
    clerk.key("Return")
    clerk.wait_text("NEEDS MANAGER")
    clerk.key("F9")
    clerk.wait_text("Waiting for a manager")
    clerk.shot("sent to the queue")

    manager = launch(RETURNDESK_REGISTER="02")
    sign_in(manager, "9001", "1357", "Morgan Lee")
    manager.key("ctrl+3")
    manager.wait_text("Override queue")
    manager.wait_text(code)
    manager.shot("the request in the queue")
    manager.type("1357")
    manager.key("Return")
    manager.type("receipt kept, regular customer")
    manager.key("Return")
    manager.wait_text(r"Request \d+ approved")
    manager.shot("approved")

    clerk.focus()
    clerk.wait_text("APPROVE")  # at once, not "NEEDS MANAGER" until F10
    clerk.shot("the clerk sees the approval")
    clerk.key("F10")
    clerk.wait_text(r"Return \d{16} completed")
    clerk.shot("refunded")
    assert returned(seeded_url, code) == [1]


def test_a_service_case_about_the_receipt_by_keyboard(launch: Launch, seeded_url: str,
                                                      samples: dict[str, str]) -> None:
    """F7 on an open receipt: the case form with the receipt filled in, the
    subject typed, Tab to what the customer says, Ctrl+Enter: the case is on
    the Service desk's list, about that receipt."""
    from sqlalchemy import create_engine, select
    from sqlalchemy.orm import Session

    from desktop.models import CaseInteraction, Sale, ServiceCase

    app = launch()
    sign_in(app)
    code = samples["electronics"]
    open_receipt(app, code)
    app.key("F7")
    app.wait_text("new case")
    app.type("Headphones crackle in the left ear")
    app.key("Tab", "Tab", "Tab", "Tab", "Tab", "Tab", "Tab", "Tab")  # loyalty ID, name, phone, email, receipt,
    # item, return, what they say
    app.type("Since last week; bought here, receipt kept")
    app.shot("the case form")
    app.key("ctrl+Return")
    app.wait_text("Case opened.")
    app.wait_text("Headphones crackle")
    app.shot("the case on the service desk")
    engine = create_engine(seeded_url)
    try:
        with Session(engine) as session:
            case = session.scalars(select(ServiceCase).order_by(ServiceCase.id.desc())).first()
            assert case is not None and case.subject == "Headphones crackle in the left ear"
            assert case.sale_id == session.scalar(select(Sale.id).where(Sale.doc_id == code))
            said = session.scalars(select(CaseInteraction.summary).where(CaseInteraction.case_id == case.id)).all()
            assert any("receipt kept" in summary for summary in said)
    finally:
        engine.dispose()


def test_an_escalation_reaches_the_manager_over_the_returns_screen(launch: Launch, seeded_url: str) -> None:
    """A case left unanswered two days past its target: the manager's app,
    on its Returns screen with no Service desk open, escalates it by itself
    at start and shows the alert; Open the case goes to it."""
    import datetime as dt

    from sqlalchemy import create_engine, text

    engine = create_engine(seeded_url)
    try:
        with engine.begin() as db:
            store = db.execute(text("SELECT id FROM stores WHERE code = '0001'")).scalar_one()
            owner = db.execute(text("SELECT id FROM staff WHERE code = '1001'")).scalar_one()
            late = dt.datetime.now(dt.UTC).replace(tzinfo=None) - dt.timedelta(days=2)
            db.execute(text(
                "INSERT INTO service_cases (store_id, number, type, status, priority, channel, subject, contact_name, "
                "contact_phone, contact_email, owner_id, tier, created_at, first_response_due, resolution_due, "
                "paused_seconds, first_contact_resolution, updated_at) VALUES (:store, 901, 'complaint', 'open', "
                "'urgent', 'email', 'Refund never arrived', 'Ms Vo', '', 'vo@example.com', :owner, 0, :created, "
                ":due, :due, 0, 0, :created)"),
                {"store": store, "owner": owner, "created": late - dt.timedelta(hours=1), "due": late})
    finally:
        engine.dispose()
    app = launch()
    sign_in(app, "9001", "1357", "Morgan Lee")
    app.wait_text("Case 901 was escalated to your level: Refund never arrived", timeout=90)
    app.wait_text(r"Service desk \(\d+\)")
    app.shot("the alert over the returns screen")
    engine = create_engine(seeded_url)
    try:
        with engine.connect() as db:
            tier = db.execute(text("SELECT tier FROM service_cases WHERE number = 901")).scalar_one()
            assert tier == 2  # two days late: escalated to the manager, by the app, with no Service desk open
    finally:
        engine.dispose()
