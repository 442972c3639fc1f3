"""The return screen's presenter, without a QApplication."""

from __future__ import annotations

from desktop.services.counter import OpenedSale
from desktop.ui.returns.presenter import ReturnDraft

sale = OpenedSale.of  # the counter's view of a sale's JSON

RECEIPT = {
    "receipt_id": "1000101000000315", "store_id": "0001", "purchased_at": "2026-11-20T10:00:00-05:00",
    "currency": "USD", "total": "54.10", "customer_id": None,
    "lines": [{"line": 1, "sku": "A", "description": "Shirt", "category": "apparel", "qty": 2, "returned_qty": 1,
               "unit_price": "25.00", "serial": None, "final_sale": False},
              {"line": 2, "sku": "B", "description": "Phone", "category": "electronics", "qty": 1,
               "returned_qty": 0, "unit_price": "199.99", "serial": "SN1", "final_sale": False}],
    "tenders": [{"type": "card", "amount": "54.10", "last4": "4242"}],
}


def test_only_picked_lines_are_sent_with_one_key_until_the_return_changes() -> None:
    draft = ReturnDraft.from_receipt(sale(RECEIPT))
    assert [row.remaining for row in draft.rows] == [1, 1]
    assert draft.rows[1].needs_serial and not draft.rows[0].needs_serial
    draft.rows[1].qty, draft.rows[1].serial = 1, " SN1 "
    doc = draft.request_doc()
    assert doc["items"] == [{"line": 2, "qty": 1, "condition": "new", "reason": "changed_mind", "serial": "SN1"}]
    key = doc["idempotency_key"]
    assert draft.request_doc()["idempotency_key"] == key  # Complete pressed again: the same key
    draft.override_request_id = 7
    assert draft.request_doc()["override"] == {"request_id": 7}
    draft.changed()
    assert draft.request_doc()["idempotency_key"] != key and "override" not in draft.request_doc()


def test_gift_receipt_refunds_store_credit_and_sends_its_own_code() -> None:
    draft = ReturnDraft.from_receipt(sale({**RECEIPT, "gift": True, "gift_receipt_id": "4000101000000033"}))
    draft.rows[0].qty = 1
    assert draft.refund_to == "store_credit"
    assert draft.request_doc()["receipt"] == "4000101000000033"
    assert "GIFT RECEIPT" in draft.header()


def test_money_is_shown_in_the_store_locale() -> None:
    assert ReturnDraft.from_receipt(sale(RECEIPT)).money("1234.5") == "$1,234.50"
    assert ReturnDraft.from_receipt(sale({**RECEIPT, "currency": "EUR"}),
                                    locale="lt_LT").money("1234.5") == "1\u00a0234,50\u00a0€"


def test_a_dong_receipt_never_shows_decimals_on_screen() -> None:
    """VND has no minor unit (ISO 4217): the header, the tenders and every
    amount on screen are whole dong, grouped as Vietnamese writes them."""
    from desktop.catalogue import number

    vnd = {**RECEIPT, "currency": "VND", "total": "1250000",
           "tenders": [{"type": "cash", "amount": "1250000", "last4": None}],
           "lines": [{**RECEIPT["lines"][0], "unit_price": "625000"}]}
    draft = ReturnDraft.from_receipt(sale(vnd), locale="vi_VN")
    assert "1.250.000\xa0₫" in draft.header() and "1.250.000\xa0₫" in draft.tenders_paid()  # a no-break space
    assert draft.money(draft.rows[0].unit_price) == "625.000\xa0₫"
    assert "20/11/2026" in draft.header()  # the day as every Vietnamese screen writes it
    assert ",00" not in draft.header() + draft.tenders_paid()
    assert number("1250000", "vi_VN") == "1.250.000" and number("12.30", "lt_LT") == "12,30"


def test_a_no_receipt_return_waits_for_the_photo_id_instead_of_saying_denied() -> None:
    from desktop.policy import evaluate, parse_case, parse_policy_text
    from desktop.services.counter import ProductView

    rules = parse_policy_text('name = "P"\ndefault_window_days = 30\n[no_receipt]\nallowed = true\n'
                              'requires_id = true\n')
    draft = ReturnDraft.without_receipt("USD")
    draft.add_product(ProductView("MUG", None, "Mug, blue", "homeware", "9.99", "USD"))
    case = {"today": "2026-11-22", "store_id": "0001", "receipt": None, "customer": {"id": None, "id_verified": False},
            "items": [{"sku": "MUG", "qty": 1, "condition": "new", "current_price": "9.99", "lowest_price": "9.99"}]}
    draft.apply(evaluate(rules, parse_case(case, rules.currency)))
    assert draft.outcome() == "waiting_id"  # not DENIED before the clerk could check an ID
    assert [row.outcome for row in draft.rows] == ["waiting_id"]  # the line's Decision cell: no "Deny" either
    said = " ".join(draft.sentences())
    assert "photo ID" in said and "cannot" not in said  # the customer is asked for an ID, not turned away
    draft.id_type = "passport"
    assert draft.outcome() == "deny"  # the decision on screen is stale until the next one, and says so plainly


def test_the_customer_hears_the_stores_language_whatever_the_clerks_screen() -> None:
    from desktop.policy import evaluate, parse_case, parse_policy_text

    rules = parse_policy_text('name = "P"\ncurrency = "VND"\nlocale = "vi_VN"\ntimezone = "UTC"\n'
                              'default_window_days = 30\n')
    vnd = {**RECEIPT, "currency": "VND", "total": "1250000",
           "lines": [{**RECEIPT["lines"][0], "unit_price": "625000"}]}
    draft = ReturnDraft.from_receipt(sale(vnd), locale="en_US")  # an English-speaking clerk
    draft.rows[0].qty = 1
    case = {"today": "2026-11-22", "store_id": "0001",
            "receipt": {"receipt_id": "1000102000001234", "store_id": "0001", "purchased_at": "2026-11-20T10:00:00",
                        "lines": [{"line": 1, "sku": "A", "category": "x", "qty": 1, "unit_price": "625000",
                                   "tax_rate": "0"}], "tenders": [{"type": "cash", "amount": "625000"}]},
            "items": [{"line": 1, "qty": 1}]}
    draft.apply(evaluate(rules, parse_case(case, rules.currency)))
    said = " ".join(draft.sentences())
    assert "Chúng tôi sẽ hoàn" in said and "We will refund" not in said
    draft.customer_locale = "en_US"  # the customer asked for English
    assert "We will refund" in " ".join(draft.sentences())
