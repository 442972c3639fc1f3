"""The customer's sentences in the policy's language, money in the locale's
own form (the catalogues' completeness: tests/unit/test_catalogue.py)."""

from __future__ import annotations

import json

import pytest

from desktop.catalogue import gettext
from desktop.policy import evaluate, parse_case, parse_policy_text
from desktop.policy.messages import ENGLISH

LANGUAGES = {"vi": "vi_VN", "fil": "fil_PH", "lt": "lt_LT", "te": "te_IN"}


def policy(locale: str, currency: str = "USD") -> str:
    return (f'name = "P"\ncurrency = "{currency}"\nlocale = "{locale}"\ntimezone = "UTC"\ndefault_window_days = 30\n'
            '[categories.electronics]\nwindow_days = 15\nrestocking_fee_pct = 15\n')


def case(price: str, days_ago: int, condition: str = "opened") -> dict:
    return {"today": "2026-11-22", "store_id": "0001",
            "receipt": {"receipt_id": "1000102000001234", "store_id": "0001",
                        "purchased_at": f"2026-11-{22 - days_ago:02d}T10:00:00",
                        "lines": [{"line": 1, "sku": "TV1", "category": "electronics", "qty": 1,
                                   "unit_price": price, "tax_rate": "0"}],
                        "tenders": [{"type": "card", "amount": price, "last4": "4242"}]},
            "items": [{"line": 1, "qty": 1, "condition": condition}]}


@pytest.mark.parametrize(("language", "word"), [("vi", "phí"), ("fil", "restocking fee"), ("lt", "mokestis"),
                                                ("te", "రుసుము")])
def test_policy_evaluate_speaks_the_policy_locale(language: str, word: str) -> None:
    rules = parse_policy_text(policy(LANGUAGES[language]))
    decision = evaluate(rules, parse_case(case("100.00", 3), rules.currency)).to_json()
    assert word in decision["messages"][0]
    assert "4242" in decision["summary"]
    expired = evaluate(rules, parse_case(case("100.00", 20, "new"), rules.currency)).to_json()
    translated = gettext(LANGUAGES[language], "sentence WINDOW_EXPIRED", ENGLISH["WINDOW_EXPIRED"])
    assert translated != ENGLISH["WINDOW_EXPIRED"]
    assert expired["messages"][0] == translated.format(
        days="20", category="electronics", window="15")


def test_a_vnd_policy_has_no_decimals_anywhere() -> None:
    rules = parse_policy_text(policy("vi_VN", "VND"))
    decision = evaluate(rules, parse_case(case("1250000", 3), rules.currency)).to_json()
    assert decision["refund_total"] == "1062500"  # 15% fee of 187,500 off 1,250,000
    text = json.dumps(decision, ensure_ascii=False)
    assert ",00" not in text and ".00" not in text
    assert "187.500" in decision["messages"][0] and "₫" in decision["messages"][0]


def test_no_raw_code_or_english_category_reaches_a_vietnamese_customer() -> None:
    """An override read to the customer names the exception by its label, and a category by the store's own word."""
    rules = parse_policy_text(policy("vi_VN") + 'label = "đồ điện tử"\n[override]\nallowed = ["WINDOW_EXPIRED"]\n')
    expired = case("100.00", 20, "new")
    expired["overrides"] = ["WINDOW_EXPIRED"]
    said = " ".join(evaluate(rules, parse_case(expired, rules.currency)).messages())
    assert "WINDOW_EXPIRED" not in said
    assert gettext("vi", "code", "window expired") in said
    fee = " ".join(evaluate(rules, parse_case(case("100.00", 3), rules.currency)).messages())
    assert "đồ điện tử" in fee and "electronics" not in fee


def test_a_no_receipt_item_is_read_by_its_name_not_its_sku() -> None:
    rules = parse_policy_text(policy("en_US") + '[no_receipt]\nallowed = true\nrequires_id = false\n')
    doc = {"today": "2026-11-22", "store_id": "0001", "receipt": None, "customer": {"id": "C1", "id_verified": True},
           "items": [{"sku": "MUG-BLU-12", "description": "Mug, blue", "qty": 1, "condition": "new",
                      "category": "homeware", "tax_rate": "0", "current_price": "9.99", "lowest_price": "7.99"}]}
    said = " ".join(evaluate(rules, parse_case(doc, rules.currency)).messages())
    assert "Mug, blue" in said and "MUG-BLU-12" not in said
