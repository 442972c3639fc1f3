"""The policy engine alone: a 30-line receipt evaluated, pure Python."""

from __future__ import annotations

import random

from bench.stats import Timing, measure
from desktop import resources
from desktop.policy import evaluate, load_policy, parse_case

CATEGORIES = ["electronics", "apparel", "homeware", "toys", "grocery", "appliances"]


def thirty_line_case(rng: random.Random) -> dict:
    lines, items = [], []
    for number in range(1, 31):
        category = rng.choice(CATEGORIES)
        qty = rng.randint(1, 3)
        price = rng.randint(199, 49999)
        serial = f"SN{number:04d}" if category in ("electronics", "appliances") else None
        lines.append({"line": number, "sku": f"SKU{number}", "category": category, "qty": qty,
                      "unit_price": f"{price / 100:.2f}", "discount": f"{(price * qty // 10) / 100:.2f}"
                      if number % 7 == 0 else "0.00", "tax_rate": "0.08875", "serial": serial,
                      "promo_group": "B1" if number in (3, 4) else None})
        items.append({"line": number, "qty": 1, "condition": rng.choice(["new", "opened", "defective"]),
                      "serial": serial, "reason": "changed_mind"})
    total_guess = sum(int(float(line["unit_price"]) * 100) * line["qty"] for line in lines)
    return {
        "today": "2026-11-22", "store_id": "0001",
        "receipt": {"receipt_id": "1000102000001234", "store_id": "0001", "purchased_at": "2026-11-10T14:03:00",
                    "order_discount": "25.00", "lines": lines,
                    "tenders": [{"type": "card", "amount": f"{total_guess / 100:.2f}", "last4": "4242"},
                                {"type": "cash", "amount": "100.00"}]},
        "customer": {"id": "C42", "tier": "gold", "id_verified": True},
        "items": items, "refund_to": "original",
    }


def run(quick: bool) -> list[tuple[str, Timing]]:
    policy = load_policy(resources.path("policies", "main-street.toml"))
    doc = thirty_line_case(random.Random(30))
    case = parse_case(doc, policy.currency)
    runs = 300 if quick else 3000
    evaluate_only = measure("policy: evaluate a 30-line receipt", lambda _: evaluate(policy, case), runs)
    with_json = measure("policy: parse + evaluate + JSON, 30 lines",
                        lambda _: evaluate(policy, parse_case(doc, policy.currency)).to_json(), runs)
    return [("policy_evaluate_30_lines", evaluate_only), ("policy_parse_evaluate_json_30_lines", with_json)]
