"""Hypothesis: no sequence of partial returns ever refunds a cent more or
less than was paid, no tender gets back more than it paid, and no refund
exceeds what remains."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.policy import evaluate, line_amounts, parse_case, parse_policy_text
from desktop.policy.case import _Reader
from desktop.policy.money import Currency

USD = Currency.of("USD")
VND = Currency.of("VND")
POLICY = parse_policy_text('name = "P"\ndefault_window_days = 3650\n')
POLICY_VND = parse_policy_text('name = "P"\ndefault_window_days = 3650\ncurrency = "VND"\nlocale = "vi_VN"\n')
TENDER_TYPES = ("card", "gift_card", "store_credit", "cash")


@st.composite
def receipts(draw: Any, currency: Currency = USD) -> dict[str, Any]:
    scale = currency.scale
    count = draw(st.integers(1, 6))
    lines = []
    for number in range(1, count + 1):
        qty = draw(st.integers(1, 5))
        price = draw(st.integers(0, 2000 * scale))
        discount = draw(st.integers(0, price * qty))
        lines.append({
            "line": number, "sku": f"S{number}", "category": "x", "qty": qty,
            "unit_price": currency.format(price), "discount": currency.format(discount),
            "tax_rate": draw(st.sampled_from(["0", "0.05", "0.0825", "0.08875", "0.1", "0.12"])),
            "promo_group": draw(st.sampled_from([None, None, "A", "B"])),
        })
        if draw(st.booleans()) and draw(st.booleans()):
            lines[-1]["tax"] = currency.format(draw(st.integers(0, 300 * scale)))
    doc = {"receipt_id": "1000102000001234", "store_id": "0001", "purchased_at": "2026-01-01T10:00:00",
           "lines": lines, "tenders": []}
    parsed = _Reader(currency).receipt(doc, "receipt")
    after_line = sum(line.unit_price * line.qty for line in parsed.lines) - sum(line.discount for line in parsed.lines)
    doc["order_discount"] = currency.format(draw(st.integers(0, max(after_line, 0))))
    parsed = _Reader(currency).receipt(doc, "receipt")
    total = sum(net + tax for net, tax in line_amounts(parsed).values())
    # Split the total over 1 to 4 tenders.
    cuts = sorted(draw(st.lists(st.integers(0, total), min_size=0, max_size=3)))
    parts = [b - a for a, b in zip([0] + cuts, cuts + [total], strict=False)]
    doc["tenders"] = [
        {"type": draw(st.sampled_from(TENDER_TYPES)), "amount": currency.format(part), "last4": f"{1000 + i}"}
        for i, part in enumerate(parts)
    ]
    for tender in doc["tenders"]:
        if tender["type"] in ("cash", "store_credit"):
            del tender["last4"]
    return doc


def _run_returns(doc: dict[str, Any], data: Any, policy: Any, currency: Currency) -> None:
    parsed = _Reader(currency).receipt(doc, "receipt")
    paid = line_amounts(parsed)
    returned = {line["line"]: 0 for line in doc["lines"]}
    refunded_net = {n: 0 for n in returned}
    refunded_tax = {n: 0 for n in returned}
    refunded_tenders: dict[tuple[str, str | None], int] = {}
    sold = {line["line"]: line["qty"] for line in doc["lines"]}
    while any(returned[n] < sold[n] for n in sold):
        open_lines = [n for n in sold if returned[n] < sold[n]]
        chosen = data.draw(st.lists(st.sampled_from(open_lines), min_size=1, max_size=len(open_lines), unique=True))
        items = [{"line": n, "qty": data.draw(st.integers(1, sold[n] - returned[n])), "condition": "new"}
                 for n in chosen]
        receipt = dict(doc, returned=[{"line": n, "qty": q} for n, q in returned.items()],
                       refunded_tenders=[{"type": t, "amount": currency.format(a),
                                          **({"last4": last4} if last4 else {})}
                                         for (t, last4), a in refunded_tenders.items()])
        case = {"today": "2026-02-01", "store_id": "0001", "receipt": receipt, "items": items}
        decision = evaluate(policy, parse_case(case, currency))
        assert decision.outcome == "approve"
        remaining_value = sum(paid[n][0] + paid[n][1] - refunded_net[n] - refunded_tax[n] for n in sold)
        assert decision.refund_total <= remaining_value
        assert sum(t.amount for t in decision.tenders) == decision.refund_total
        for line in decision.lines:
            returned[line.line] += line.qty
            refunded_net[line.line] += line.net
            refunded_tax[line.line] += line.tax
        for tender in decision.tenders:
            key = (str(tender.type), tender.last4)
            refunded_tenders[key] = refunded_tenders.get(key, 0) + tender.amount
    for n in sold:
        assert refunded_net[n] == paid[n][0], "net refunds must add up to the line's net exactly"
        assert refunded_tax[n] == paid[n][1], "tax refunds must add up to the line's tax exactly"
    paid_by_tender: dict[tuple[str, str | None], int] = {}
    for tender in doc["tenders"]:
        key = (tender["type"], tender.get("last4"))
        paid_by_tender[key] = paid_by_tender.get(key, 0) + currency.parse(tender["amount"])
    for key, amount in refunded_tenders.items():
        assert amount <= paid_by_tender.get(key, 0), f"{key} got back {amount}, paid {paid_by_tender.get(key)}"
    assert sum(refunded_tenders.values()) == sum(paid_by_tender.values())


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(receipts(), st.data())
def test_partial_returns_refund_exactly_what_was_paid(doc: dict[str, Any], data: Any) -> None:
    _run_returns(doc, data, POLICY, USD)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(receipts(VND), st.data())
def test_the_same_holds_for_a_currency_without_cents(doc: dict[str, Any], data: Any) -> None:
    _run_returns(doc, data, POLICY_VND, VND)
