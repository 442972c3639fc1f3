"""The Customers, walk-in queue and override queue presenters: what each
screen shows, decided without a window."""

from __future__ import annotations

import datetime as dt

from desktop.messages import Message
from desktop.services.customers import CaseRow, CustomerView, PurchaseRow, ReturnRow
from desktop.services.goodwill import GestureView
from desktop.services.overrides import OverrideView
from desktop.services.visits import Waiting
from desktop.ui.customers_presenter import CustomerPresenter
from desktop.ui.overrides.presenter import QueuePresenter
from desktop.ui.visits_presenter import VisitsPresenter

WHEN = dt.datetime(2026, 11, 20, 15, 0, tzinfo=dt.UTC)


def customer() -> CustomerView:
    return CustomerView(
        code="C42", name="Dana Whitfield", tier="gold", phone="555-0100", email="", since=WHEN,
        purchases=(PurchaseRow("1000102000001234", WHEN, "0001", "1234.50", 3, 1),), purchases_total=1,
        returns=(ReturnRow("2000102000000007", WHEN, "0001", None, "20.00", "WINDOW_EXPIRED, DAMAGED", "Morgan Lee"),),
        returns_total=1, cases=(CaseRow(17, "0001", "Late delivery", "waiting_customer", WHEN),),
        scores=(2, 450, "4.50"),
        no_receipt=Message("{count} of {limit} returns in the last 365 days", count=1, limit=3))


def test_a_customer_in_lithuanian_numbers_and_english_words_without_a_translator() -> None:
    shown = CustomerPresenter("lt_LT")
    header = shown.header(customer()).splitlines()
    assert header[0] == "Dana Whitfield (C42) · gold member"
    assert header[2] == "Purchases: 1 · Returns: 1 · satisfaction 4,50 (scores: 2)"
    assert header[3] == "Without a receipt: 1 of 3 returns in the last 365 days"
    assert shown.purchases(customer()) == [["1000102000001234", "2026-11-20", "0001", "1\xa0234,50", "3", "1"]]
    assert shown.returns(customer())[0][3:6] == ["none", "20,00", "window expired, damaged"]
    assert shown.cases(customer())[0][3] == "waiting on the customer"
    assert shown.tabs(customer()) == ("Purchases (1)", "Returns (1)", "Service cases (1)")


def test_a_ticket_over_the_limit_is_flagged_in_words_not_colour_alone() -> None:
    shown = VisitsPresenter()
    late = Waiting(1, 7, "Kim", WHEN, 23, "", over_limit=True)
    assert shown.row(late) == ("7", "Kim", "23 min  ⚑ TOO LONG", "waiting")
    assert shown.ticket(late) == "Ticket 7 for Kim"
    assert shown.ticket(Waiting(2, 8, "", WHEN, 0, "Alex", False)) == "Ticket 8"


def test_the_manager_reads_each_line_beside_the_policys_word() -> None:
    view = OverrideView(
        id=5, status="pending", codes=("WINDOW_EXPIRED",), receipt="1000102000001234", register="02",
        requested_by="Alex Rivera (1001)", requested_by_id=1, created_at=WHEN, refund="49.99", summary="",
        messages=("Bought 40 days ago; homeware can be returned within 30 days.",),
        decision={"currency": "EUR", "lines": [{"line": 1, "outcome": "needs_override",
                                                "reasons": ["WINDOW_EXPIRED"]}]},
        request={"items": [{"line": 1, "qty": "1", "condition": "opened", "reason": "changed_mind"}]})
    shown = QueuePresenter("lt_LT")
    case = shown.case(view).splitlines()
    assert case[0] == "Request 5 from Alex Rivera (1001) at register 02"
    assert case[1] == "Receipt 1000102000001234; needs window expired"
    assert case[2] == "Refund once approved: 49,99\xa0€"
    assert case[4] == "• line 1: 1 × opened, changed mind -> needs a manager (window expired)"
    assert case[-1] == "“Bought 40 days ago; homeware can be returned within 30 days.”"
    gesture = GestureView(3, "Dana Whitfield (C42)", "store_credit", 1500, "", "late delivery", "pending",
                          "Alex Rivera (1001)", "", None)
    expected = "#3 store credit 15,00 € for Dana Whitfield (C42) (Alex Rivera (1001)): late delivery"
    assert shown.gesture(gesture, "15,00 €") == expected
