"""Small builders for policy-engine tests: a policy, a receipt, a case."""

from __future__ import annotations

import copy
import tomllib
from decimal import Decimal
from typing import Any

from desktop.policy import evaluate, parse_case
from desktop.policy.money import Currency, apply_rate

BASE_POLICY = """
name = "Test store"
currency = "USD"
locale = "en_US"
timezone = "America/New_York"
default_window_days = 30
cross_store_returns = true
defective_window_days = 90

[categories.electronics]
window_days = 15
restocking_fee_pct = 15
restocking_fee_when = "opened"
requires_serial_match = true

[categories.appliances]
restocking_fee_pct = 10
restocking_fee_when = "always"

[categories.clearance]
final_sale = true

[tiers.gold]
extra_days = 30

[holiday]
start = "11-01"
end = "12-24"
return_by = "01-15"

[no_receipt]
allowed = true
refund_as = "store_credit"
price_basis = "lowest"
requires_id = true
max_value_per_365_days = "150.00"
max_returns_per_365_days = 3

[tender]
cash_refund_limit = "200.00"

[override]
allowed = ["WINDOW_EXPIRED", "DAMAGED", "NO_RECEIPT_LIMIT", "CASH_LIMIT", "SERIAL_MISMATCH"]
"""

USD = Currency.of("USD")


def policy(changes: dict[str, Any] | None = None, remove: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
    """The base policy, its tables merged with ``changes`` and top-level keys
    or tables in ``remove`` left out."""
    from desktop.policy.loading import _deep_merge, policy_from_document

    document = _deep_merge(tomllib.loads(BASE_POLICY), changes or {})
    for key in remove:
        document.pop(key, None)
    return policy_from_document(document)


def line(number: int, price: str, qty: int = 1, category: str = "homeware", **extra: Any) -> dict[str, Any]:
    return {"line": number, "sku": f"SKU{number}", "category": category, "qty": qty, "unit_price": price,
            "discount": extra.pop("discount", "0.00"), "tax_rate": extra.pop("tax_rate", "0.0825"),
            "serial": extra.pop("serial", None), "final_sale": extra.pop("final_sale", False),
            "promo_group": extra.pop("promo_group", None), **extra}


def receipt(lines: list[dict[str, Any]], purchased: str = "2026-10-01T12:00:00", tenders: list | None = None,
            order_discount: str = "0.00", returned: dict[int, int] | None = None,
            refunded: list | None = None, store: str = "0001", gift: bool = False) -> dict[str, Any]:
    doc = {"receipt_id": "1000102000001234", "store_id": store, "purchased_at": purchased,
           "order_discount": order_discount, "lines": lines,
           "returned": [{"line": k, "qty": v} for k, v in (returned or {}).items()],
           "refunded_tenders": refunded or []}
    if gift:
        doc["gift"] = True
    if tenders is None:
        total = _receipt_total(doc)
        tenders = [{"type": "card", "amount": USD.format(total), "last4": "4242"}]
    doc["tenders"] = tenders
    return doc


def _receipt_total(doc: dict[str, Any]) -> int:
    from desktop.policy import line_amounts
    from desktop.policy.case import _Reader

    parsed = _Reader(USD).receipt({**doc, "tenders": []}, "receipt")
    return sum(net + tax for net, tax in line_amounts(parsed).values())


def item(number: int, qty: int = 1, condition: str = "new", **extra: Any) -> dict[str, Any]:
    return {"line": number, "qty": qty, "condition": condition, "reason": extra.pop("reason", "changed_mind"),
            **extra}


def case(receipt_doc: dict[str, Any] | None, items: list[dict[str, Any]], today: str = "2026-10-15",
         customer: dict[str, Any] | None = None, refund_to: str = "original",
         overrides: list[str] | None = None, store: str = "0001") -> dict[str, Any]:
    doc: dict[str, Any] = {"today": today, "store_id": store, "receipt": copy.deepcopy(receipt_doc),
                           "customer": customer or {"id": "C1", "tier": None, "id_verified": False},
                           "items": items, "refund_to": refund_to}
    if overrides is not None:
        doc["overrides"] = overrides
    return doc


def decide(case_doc: dict[str, Any], pol=None) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    pol = pol or policy()
    return evaluate(pol, parse_case(case_doc, pol.currency)).to_json()


def tax(net: str, rate: str = "0.0825") -> str:
    return USD.format(apply_rate(USD.parse(net), Decimal(rate)))
