"""The return screen's presenter, without a QApplication."""

from __future__ import annotations

from desktop.ui.returns.presenter import ReturnDraft

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
    draft = ReturnDraft.from_receipt(RECEIPT)
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
    draft = ReturnDraft.from_receipt({**RECEIPT, "gift": True, "gift_receipt_id": "4000101000000033"})
    draft.rows[0].qty = 1
    assert draft.refund_to == "store_credit"
    assert draft.request_doc()["receipt"] == "4000101000000033"
    assert "GIFT RECEIPT" in draft.header()


def test_money_is_shown_in_the_store_locale() -> None:
    assert ReturnDraft.from_receipt(RECEIPT).money("1234.5") == "$1,234.50"
    assert ReturnDraft.from_receipt({**RECEIPT, "currency": "EUR"}, locale="lt_LT").money("1234.5") == "1\u00a0234,50\u00a0€"
