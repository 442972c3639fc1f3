"""The policy engine, rule by rule and at the boundaries (table-driven)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from desktop.policy import CaseError, load_policy, parse_case
from tests.unit.builders import USD, case, decide, item, line, policy, receipt, tax

DATA = Path(__file__).parent / "data"


def test_the_contract_example_exactly() -> None:
    pol = load_policy(DATA / "contract-policy.toml")
    doc = json.loads((DATA / "contract-case.json").read_text())
    result = decide(doc, pol)
    assert {k: result[k] for k in ("outcome", "lines", "refund_total", "tenders", "overrides_required")} == {
        "outcome": "approve",
        "lines": [{"line": 1, "qty": 1, "outcome": "approve", "reasons": ["RESTOCKING_FEE"], "net": "489.99",
                   "tax": "40.42", "fee": "73.50", "total": "456.91"}],
        "refund_total": "456.91",
        "tenders": [{"type": "card", "last4": "4242", "amount": "456.91"}],
        "overrides_required": [],
    }
    assert result["messages"] == ["Opened electronics carry a 15% restocking fee ($73.50)."]


def outcome(result: dict[str, Any]) -> tuple[str, list[tuple[str, list[str]]]]:
    return result["outcome"], [(line["outcome"], line["reasons"]) for line in result["lines"]]


HOME = receipt([line(1, "40.00")], purchased="2026-10-01T12:00:00")


# name, case, expected (overall outcome, [(line outcome, reasons)])
WINDOW_CASES = [
    ("inside the window", case(HOME, [item(1)], today="2026-10-15"), ("approve", [("approve", [])])),
    ("last day of the window", case(HOME, [item(1)], today="2026-10-31"), ("approve", [("approve", [])])),
    ("the day after", case(HOME, [item(1)], today="2026-11-01"),
     ("needs_override", [("needs_override", ["WINDOW_EXPIRED"])])),
    ("category window: electronics 15 days, day 15",
     case(receipt([line(1, "100.00", category="electronics", serial="S1")]), [item(1, serial="S1")],
          today="2026-10-16"), ("approve", [("approve", [])])),
    ("category window: electronics, day 16",
     case(receipt([line(1, "100.00", category="electronics", serial="S1")]), [item(1, serial="S1")],
          today="2026-10-17"), ("needs_override", [("needs_override", ["WINDOW_EXPIRED"])])),
    ("gold tier adds 30 days: day 60",
     case(HOME, [item(1)], today="2026-11-30", customer={"id": "C1", "tier": "gold"}),
     ("approve", [("approve", [])])),
    ("gold tier adds 30 days: day 61",
     case(HOME, [item(1)], today="2026-12-01", customer={"id": "C1", "tier": "gold"}),
     ("needs_override", [("needs_override", ["WINDOW_EXPIRED"])])),
    ("an unknown tier adds nothing",
     case(HOME, [item(1)], today="2026-11-01", customer={"id": "C1", "tier": "bronze"}),
     ("needs_override", [("needs_override", ["WINDOW_EXPIRED"])])),
    ("defective: 90 days", case(HOME, [item(1, condition="defective")], today="2026-12-30"),
     ("approve", [("approve", [])])),
    ("defective: day 91", case(HOME, [item(1, condition="defective")], today="2026-12-31"),
     ("needs_override", [("needs_override", ["WINDOW_EXPIRED"])])),
    # 23:30 on Sept 30 in New York is 03:30 on Oct 1 in UTC: the store's date counts.
    ("purchase just before midnight, with an offset",
     case(receipt([line(1, "40.00")], purchased="2026-10-01T03:30:00Z"), [item(1)], today="2026-10-31"),
     ("needs_override", [("needs_override", ["WINDOW_EXPIRED"])])),
    ("purchase just before midnight, store-local",
     case(receipt([line(1, "40.00")], purchased="2026-09-30T23:59:59"), [item(1)], today="2026-10-30"),
     ("approve", [("approve", [])])),
    ("purchase just after midnight, store-local",
     case(receipt([line(1, "40.00")], purchased="2026-10-01T00:00:01-04:00"), [item(1)], today="2026-10-31"),
     ("approve", [("approve", [])])),
    ("holiday: first day of the season, until January 15",
     case(receipt([line(1, "40.00")], purchased="2026-11-01T10:00:00"), [item(1)], today="2027-01-15"),
     ("approve", [("approve", [])])),
    ("holiday: last day of the season",
     case(receipt([line(1, "40.00")], purchased="2026-12-24T20:00:00"), [item(1)], today="2027-01-15"),
     ("approve", [("approve", [])])),
    ("holiday: January 16 is too late",
     case(receipt([line(1, "40.00")], purchased="2026-11-01T10:00:00"), [item(1)], today="2027-01-16"),
     ("needs_override", [("needs_override", ["WINDOW_EXPIRED"])])),
    ("holiday: October 31 is not in the season",
     case(receipt([line(1, "40.00")], purchased="2026-10-31T20:00:00"), [item(1)], today="2027-01-10"),
     ("needs_override", [("needs_override", ["WINDOW_EXPIRED"])])),
    ("holiday: December 25 is not in the season",
     case(receipt([line(1, "40.00")], purchased="2026-12-25T10:00:00"), [item(1)], today="2027-01-25"),
     ("needs_override", [("needs_override", ["WINDOW_EXPIRED"])])),
]


@pytest.mark.parametrize(("doc", "expected"), [c[1:] for c in WINDOW_CASES], ids=[c[0] for c in WINDOW_CASES])
def test_return_windows(doc: dict[str, Any], expected: tuple) -> None:
    assert outcome(decide(doc)) == expected


ELECTRONICS = receipt([line(1, "100.00", category="electronics", serial="SN-77")], purchased="2026-10-10T12:00:00")

RULE_CASES = [
    ("final sale on the line", case(receipt([line(1, "9.99", final_sale=True)]), [item(1)]),
     None, ("deny", [("deny", ["FINAL_SALE"])])),
    ("final sale by category", case(receipt([line(1, "9.99", category="clearance")]), [item(1)]),
     None, ("deny", [("deny", ["FINAL_SALE"])])),
    ("final sale, overridable when the policy says so",
     case(receipt([line(1, "9.99", category="clearance")]), [item(1)]),
     {"override": {"allowed": ["FINAL_SALE"]}}, ("needs_override", [("needs_override", ["FINAL_SALE"])])),
    ("more than remains", case(receipt([line(1, "5.00", qty=2)], returned={1: 1}), [item(1, qty=2)]),
     None, ("deny", [("deny", ["QTY_EXCEEDS_REMAINING"])])),
    ("exactly what remains", case(receipt([line(1, "5.00", qty=2)], returned={1: 1}), [item(1, qty=1)]),
     None, ("approve", [("approve", [])])),
    ("not on the receipt", case(HOME, [item(7)]), None, ("deny", [("deny", ["NOT_ON_RECEIPT"])])),
    ("serial mismatch", case(ELECTRONICS, [item(1, serial="SN-99")]), None,
     ("needs_override", [("needs_override", ["SERIAL_MISMATCH"])])),
    ("serial missing", case(ELECTRONICS, [item(1)]), None,
     ("needs_override", [("needs_override", ["SERIAL_MISMATCH"])])),
    ("serial matches, case and spaces aside", case(ELECTRONICS, [item(1, serial=" sn-77 ")]), None,
     ("approve", [("approve", [])])),
    ("serial mismatch not overridable", case(ELECTRONICS, [item(1, serial="X")]),
     {"override": {"allowed": ["WINDOW_EXPIRED"]}}, ("deny", [("deny", ["SERIAL_MISMATCH"])])),
    ("damaged", case(HOME, [item(1, condition="damaged")]), None,
     ("needs_override", [("needs_override", ["DAMAGED"])])),
    ("damaged and expired: both codes to approve", case(HOME, [item(1, condition="damaged")], today="2026-12-01"),
     None, ("needs_override", [("needs_override", ["WINDOW_EXPIRED", "DAMAGED"])])),
    ("opened electronics pay the fee", case(ELECTRONICS, [item(1, condition="opened", serial="SN-77")]), None,
     ("approve", [("approve", ["RESTOCKING_FEE"])])),
    ("new electronics pay no fee", case(ELECTRONICS, [item(1, serial="SN-77")]), None,
     ("approve", [("approve", [])])),
    ("defective electronics never pay a fee", case(ELECTRONICS, [item(1, condition="defective", serial="SN-77")]),
     None, ("approve", [("approve", [])])),
    ("appliances pay the fee even new", case(receipt([line(1, "300.00", category="appliances")]), [item(1)]),
     None, ("approve", [("approve", ["RESTOCKING_FEE"])])),
    ("another store, cross-store returns allowed", case(receipt([line(1, "10.00")], store="0002"), [item(1)]),
     None, ("approve", [("approve", [])])),
    ("another store, cross-store returns refused", case(receipt([line(1, "10.00")], store="0002"), [item(1)]),
     {"cross_store_returns": False}, ("deny", [("deny", ["OTHER_STORE"])])),
    ("partly approved, partly denied",
     case(receipt([line(1, "20.00"), line(2, "9.99", category="clearance")]), [item(1), item(2)]), None,
     ("approve", [("approve", []), ("deny", ["FINAL_SALE"])])),
    ("nothing approved", case(receipt([line(1, "9.99", category="clearance")]), [item(1), item(3)]), None,
     ("deny", [("deny", ["FINAL_SALE"]), ("deny", ["NOT_ON_RECEIPT"])])),
]


@pytest.mark.parametrize(("doc", "changes", "expected"), [c[1:] for c in RULE_CASES], ids=[c[0] for c in RULE_CASES])
def test_rules(doc: dict[str, Any], changes: dict | None, expected: tuple) -> None:
    assert outcome(decide(doc, policy(changes))) == expected


def test_restocking_fee_amounts() -> None:
    result = decide(case(ELECTRONICS, [item(1, condition="opened", serial="SN-77")]))
    (only,) = result["lines"]
    assert only["net"] == "100.00" and only["tax"] == "8.25" and only["fee"] == "15.00"
    assert only["total"] == "93.25"  # net + tax - fee: tax refunded in full
    assert result["refund_total"] == "93.25"
    damaged = decide(case(ELECTRONICS, [item(1, condition="damaged", serial="SN-77")], overrides=["DAMAGED"]))
    assert damaged["lines"][0]["fee"] == "15.00"  # "opened" covers damaged items


def test_partly_denied_refunds_only_the_approved_line() -> None:
    doc = case(receipt([line(1, "20.00"), line(2, "9.99", category="clearance")]), [item(1), item(2)])
    result = decide(doc)
    assert result["refund_total"] == USD.format(2000 + USD.parse(tax("20.00")))
    assert result["lines"][1]["total"] == "0.00"
    assert result["tenders"] == [{"type": "card", "last4": "4242", "amount": result["refund_total"]}]


def test_needs_override_line_carries_zero_amounts_and_required_codes() -> None:
    result = decide(case(HOME, [item(1)], today="2026-11-05"))
    assert result["lines"][0]["total"] == "0.00"
    assert result["refund_total"] == "0.00" and result["tenders"] == []
    assert result["overrides_required"] == ["WINDOW_EXPIRED"]
    assert result["messages"] == ["Bought 35 days ago; homeware can be returned within 30 days."]


def test_override_approves_and_is_recorded() -> None:
    result = decide(case(HOME, [item(1)], today="2026-11-05", overrides=["WINDOW_EXPIRED"]))
    assert result["outcome"] == "approve"
    assert result["lines"][0]["reasons"] == ["WINDOW_EXPIRED"]
    assert result["lines"][0]["overridden"] == ["WINDOW_EXPIRED"]
    assert result["refund_total"] == "43.30"


def test_override_of_a_code_the_policy_does_not_allow_is_ignored() -> None:
    result = decide(case(receipt([line(1, "9.99", category="clearance")]), [item(1)], overrides=["FINAL_SALE"]))
    assert result["outcome"] == "deny"


def test_window_message_names_the_category_and_the_tier() -> None:
    doc = case(receipt([line(1, "100.00", category="electronics", serial="S")]), [item(1, serial="S")],
               today="2026-11-20", customer={"id": "C1", "tier": "gold"})
    assert decide(doc)["messages"] == [
        "Bought 50 days ago; electronics can be returned within 45 days, including 30 extra days for gold members."]


# ---- Money on the receipt


def test_order_discount_is_spread_by_largest_remainder() -> None:
    # 10.00 off three lines worth 10, 10, 10: shares 3.34, 3.33, 3.33 (tie: lower line first)
    doc = case(receipt([line(1, "10.00", tax_rate="0"), line(2, "10.00", tax_rate="0"),
                        line(3, "10.00", tax_rate="0")], order_discount="10.00"), [item(1), item(2), item(3)])
    assert [line["net"] for line in decide(doc)["lines"]] == ["6.66", "6.67", "6.67"]


def test_order_discount_weights_by_gross_minus_line_discount() -> None:
    doc = case(receipt([line(1, "30.00", discount="10.00", tax_rate="0"), line(2, "20.00", tax_rate="0")],
                       order_discount="8.00"), [item(1), item(2)])
    assert [line["net"] for line in decide(doc)["lines"]] == ["16.00", "16.00"]


def test_buy_one_get_one_refunds_what_was_really_paid() -> None:
    pair = receipt([line(1, "20.00", promo_group="B1", tax_rate="0"),
                    line(2, "20.00", promo_group="B1", discount="20.00", tax_rate="0")])
    first = decide(case(pair, [item(1)]))
    assert first["lines"][0]["net"] == "10.00"
    both = decide(case(pair, [item(1), item(2)]))
    assert both["refund_total"] == "20.00"


def test_the_receipts_own_tax_is_the_truth() -> None:
    doc = case(receipt([line(1, "10.00", tax="0.99")]), [item(1)])
    assert decide(doc)["lines"][0]["tax"] == "0.99"


def test_partial_quantities_use_cumulative_shares() -> None:
    three = receipt([line(1, "3.33", qty=3, tax_rate="0")], order_discount="0.00")
    # net 9.99 over 3 units: 3.33 each; a 10.00 line over 3: 3.33, 3.34, 3.33
    ten = receipt([line(1, "5.00", qty=3, tax_rate="0")], order_discount="5.00")
    assert decide(case(three, [item(1)]))["lines"][0]["net"] == "3.33"
    refunds = []
    for already in range(3):
        doc = case(receipt([line(1, "5.00", qty=3, tax_rate="0")], order_discount="5.00", returned={1: already}),
                   [item(1)])
        refunds.append(decide(doc)["lines"][0]["net"])
    assert refunds == ["3.33", "3.34", "3.33"]
    assert decide(case(ten, [item(1, qty=3)]))["lines"][0]["net"] == "10.00"


def test_two_items_of_one_line_in_one_return() -> None:
    doc = case(receipt([line(1, "5.00", qty=3, tax_rate="0")], order_discount="5.00"),
               [item(1, qty=1), item(1, qty=1, condition="opened"), item(1, qty=2)])
    lines = decide(doc)["lines"]
    assert [(line["outcome"], line["net"]) for line in lines] == [
        ("approve", "3.33"), ("approve", "3.34"), ("deny", "0.00")]
    assert lines[2]["reasons"] == ["QTY_EXCEEDS_REMAINING"]


# ---- Tenders


def test_split_tender_refunded_in_two_returns_cash_last() -> None:
    lines = [line(1, "40.00", tax_rate="0"), line(2, "40.00", tax_rate="0")]
    tenders = [{"type": "cash", "amount": "30.00"}, {"type": "card", "amount": "50.00", "last4": "1111"}]
    first = decide(case(receipt(lines, tenders=tenders), [item(1)]))
    assert first["tenders"] == [{"type": "card", "last4": "1111", "amount": "40.00"}]
    second_receipt = receipt(lines, tenders=tenders, returned={1: 1},
                             refunded=[{"type": "card", "amount": "40.00", "last4": "1111"}])
    second = decide(case(second_receipt, [item(2)]))
    assert second["tenders"] == [{"type": "card", "last4": "1111", "amount": "10.00"},
                                 {"type": "cash", "amount": "30.00"}]


def test_tender_order_card_gift_card_store_credit_cash() -> None:
    tenders = [{"type": "cash", "amount": "10.00"}, {"type": "store_credit", "amount": "10.00"},
               {"type": "gift_card", "amount": "10.00", "last4": "9999"},
               {"type": "card", "amount": "10.00", "last4": "1234"}]
    result = decide(case(receipt([line(1, "40.00", tax_rate="0")], tenders=tenders), [item(1)]))
    assert [t["type"] for t in result["tenders"]] == ["card", "gift_card", "store_credit", "cash"]
    assert result["tenders"][1]["last4"] == "9999"


def test_refund_to_store_credit_and_gift_receipts() -> None:
    doc = case(receipt([line(1, "40.00", tax_rate="0")]), [item(1)], refund_to="store_credit")
    assert decide(doc)["tenders"] == [{"type": "store_credit", "amount": "40.00"}]
    gift = case(receipt([line(1, "40.00", tax_rate="0")], gift=True), [item(1)])
    assert decide(gift)["tenders"] == [{"type": "store_credit", "amount": "40.00"}]


def test_cash_limit_needs_a_manager_on_every_refunded_line() -> None:
    lines = [line(1, "150.00", tax_rate="0"), line(2, "100.00", tax_rate="0")]
    cash = receipt(lines, tenders=[{"type": "cash", "amount": "250.00"}])
    result = decide(case(cash, [item(1), item(2)]))
    assert outcome(result) == ("needs_override", [("needs_override", ["CASH_LIMIT"])] * 2)
    assert result["messages"] == [
        "$250.00 would be paid out in cash, more than the $200.00 a register may pay without a manager."]
    assert decide(case(cash, [item(1)]))["outcome"] == "approve"  # 150 is within the limit
    approved = decide(case(cash, [item(1), item(2)], overrides=["CASH_LIMIT"]))
    assert approved["tenders"] == [{"type": "cash", "amount": "250.00"}]
    on_credit = decide(case(cash, [item(1), item(2)], refund_to="store_credit"))
    assert on_credit["outcome"] == "approve"


def test_cash_limit_is_denied_where_it_cannot_be_overridden() -> None:
    cash = receipt([line(1, "250.00", tax_rate="0")], tenders=[{"type": "cash", "amount": "250.00"}])
    result = decide(case(cash, [item(1)]), policy({"override": {"allowed": ["WINDOW_EXPIRED"]}}))
    assert outcome(result) == ("deny", [("deny", ["CASH_LIMIT"])])


# ---- Without a receipt


def no_receipt_item(price: str = "30.00", lowest: str = "20.00", **extra: Any) -> dict[str, Any]:
    return {"sku": "MUG", "category": extra.pop("category", "homeware"), "qty": extra.pop("qty", 1),
            "condition": extra.pop("condition", "new"), "tax_rate": "0.10", "current_price": price,
            "lowest_price": lowest, **extra}


VERIFIED = {"id": "C9", "tier": None, "id_verified": True, "no_receipt_returns_365_days": 0,
            "no_receipt_value_365_days": "0.00"}


def test_no_receipt_refunds_the_lowest_price_as_store_credit() -> None:
    result = decide(case(None, [no_receipt_item()], customer=VERIFIED))
    assert outcome(result) == ("approve", [("approve", ["NO_RECEIPT"])])
    assert result["lines"][0]["line"] == 1
    assert (result["lines"][0]["net"], result["lines"][0]["tax"]) == ("20.00", "2.00")
    assert result["tenders"] == [{"type": "store_credit", "amount": "22.00"}]
    current = decide(case(None, [no_receipt_item()], customer=VERIFIED),
                     policy({"no_receipt": {"price_basis": "current"}}))
    assert current["lines"][0]["net"] == "30.00"


@pytest.mark.parametrize(("customer", "changes", "remove", "expected"), [
    ({**VERIFIED, "id_verified": False}, None, (), ("deny", [("deny", ["ID_REQUIRED"])])),
    ({**VERIFIED, "id_verified": False}, {"no_receipt": {"requires_id": False}}, (),
     ("approve", [("approve", ["NO_RECEIPT"])])),
    (VERIFIED, {"no_receipt": {"allowed": False}}, (), ("deny", [("deny", ["NO_RECEIPT_NOT_ALLOWED"])])),
    (VERIFIED, None, ("no_receipt",), ("deny", [("deny", ["NO_RECEIPT_NOT_ALLOWED"])])),
    ({**VERIFIED, "no_receipt_returns_365_days": 2}, None, (), ("approve", [("approve", ["NO_RECEIPT"])])),
    ({**VERIFIED, "no_receipt_returns_365_days": 3}, None, (),
     ("needs_override", [("needs_override", ["NO_RECEIPT_LIMIT"])])),
    ({**VERIFIED, "no_receipt_value_365_days": "128.00"}, None, (), ("approve", [("approve", ["NO_RECEIPT"])])),
    ({**VERIFIED, "no_receipt_value_365_days": "128.01"}, None, (),
     ("needs_override", [("needs_override", ["NO_RECEIPT_LIMIT"])])),
])
def test_no_receipt_rules(customer: dict, changes: dict | None, remove: tuple, expected: tuple) -> None:
    assert outcome(decide(case(None, [no_receipt_item()], customer=customer), policy(changes, remove))) == expected


def test_no_receipt_final_sale_category() -> None:
    result = decide(case(None, [no_receipt_item(category="clearance")], customer=VERIFIED))
    assert outcome(result) == ("deny", [("deny", ["FINAL_SALE"])])


# ---- Malformed cases


@pytest.mark.parametrize(("mutate", "field"), [
    (lambda d: d.pop("today"), "today"),
    (lambda d: d.update(today="22/11/2026"), "today"),
    (lambda d: d["receipt"]["lines"][0].update(unit_price="4O.00"), "receipt.lines[0].unit_price"),
    (lambda d: d["receipt"]["lines"][0].update(unit_price=40.5), "receipt.lines[0].unit_price"),
    (lambda d: d["receipt"]["lines"][0].update(qty=0), "receipt.lines[0].qty"),
    (lambda d: d["receipt"].update(purchased_at="yesterday"), "receipt.purchased_at"),
    (lambda d: d["receipt"]["tenders"][0].update(last4="4242424242424242"), "receipt.tenders[0].last4"),
    (lambda d: d["receipt"]["tenders"][0].update(type="cheque"), "receipt.tenders[0].type"),
    (lambda d: d["items"][0].update(condition="broken"), "items[0].condition"),
    (lambda d: d["items"][0].update(qty=-1), "items[0].qty"),
    (lambda d: d.update(items=[]), "items"),
    (lambda d: d.update(refund_to="cash"), "refund_to"),
    (lambda d: d["customer"].update(id_verified="yes"), "customer.id_verified"),
])
def test_a_malformed_case_names_the_bad_field(mutate: Any, field: str) -> None:
    doc = case(HOME, [item(1)])
    mutate(doc)
    with pytest.raises(CaseError) as raised:
        parse_case(doc, USD)
    assert raised.value.field == field
    assert str(raised.value).startswith(field + ":")


def test_an_approved_return_worth_nothing_says_so() -> None:
    """A free item (or a sliver of a weighed one) comes back: approved, nothing refunded, a sentence all the same."""
    from desktop.policy import evaluate, parse_case
    from desktop.policy.loading import parse_policy_text

    policy = parse_policy_text('name = "t"\ndefault_window_days = 30\n', "t.toml")
    case = parse_case({"today": "2026-12-03", "store_id": "0001", "receipt": {
        "receipt_id": "1000101000000011", "store_id": "0001", "purchased_at": "2026-12-01T10:00:00",
        "lines": [{"line": 1, "sku": "BAG", "qty": 1, "unit_price": "0.50", "discount": "0.50"}],
        "tenders": []}, "items": [{"line": 1, "qty": 1}]}, policy.currency)
    decision = evaluate(policy, case).to_json()
    assert decision["outcome"] == "approve" and decision["refund_total"] == "0.00" and decision["tenders"] == []
    assert decision["summary"] == "We take this back; it cost nothing, so there is nothing to refund."
