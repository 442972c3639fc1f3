"""For any sale a POS could export: once imported, returning all of it, in
one return or in any number of partial ones, refunds exactly its grand
total, to the cent, to the tenders it was paid with."""

from __future__ import annotations

import itertools
import json
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.config import PosConfig
from desktop.services import auth, returns
from desktop.services.context import Context
from desktop.services.imports import import_sales
from tests.conftest import install_policy
from tests.integration.test_imports import DAY, WHEN, imported

CENT = Decimal("0.01")
numbers = itertools.count(1)


@st.composite
def pos_sales(draw: st.DrawFn) -> dict:
    """A sale as a till writes it: pieces and weighed goods, line discounts,
    a transaction discount, tax per line at the till's own rounding, tenders
    split with change and cash back."""
    lines = []
    for index in range(draw(st.integers(1, 4))):
        weighed = draw(st.booleans())
        price = Decimal(draw(st.integers(1, 30000))) / 100
        qty = (Decimal(draw(st.integers(1, 5000))) / 1000 if weighed else Decimal(draw(st.integers(1, 6))))
        gross = (price * qty).quantize(CENT, rounding=ROUND_HALF_UP)
        if gross == 0:
            gross = CENT
        own = (gross * Decimal(draw(st.integers(0, 50))) / 100).quantize(CENT)
        lines.append({"line": str(index + 1), "sku": f"SKU{index}", "qty": str(qty), "unit": "kg" if weighed else None,
                      "unit_price": str(price), "gross": str(gross), "discount": str(own),
                      "rate": Decimal(draw(st.sampled_from(["0", "0.05", "0.0825", "0.2"])))})
    after_own = sum(Decimal(line["gross"]) - Decimal(line["discount"]) for line in lines)
    order = (after_own * Decimal(draw(st.integers(0, 30))) / 100).quantize(CENT)
    # The till taxes each line on its price after its own discount, rounding as it goes.
    tax_lines = [((Decimal(line["gross"]) - Decimal(line["discount"])) * line.pop("rate")).quantize(
        CENT, rounding=ROUND_HALF_UP) for line in lines]
    for line, tax in zip(lines, tax_lines, strict=False):
        line["tax"] = [{"authority": "STATE", "amount": str(tax)}]
        if line["unit"] is None:
            line.pop("unit")
            line["qty"] = int(Decimal(line["qty"]))
    total = after_own - order + sum(tax_lines)
    card_share = (total * Decimal(draw(st.integers(0, 100))) / 100).quantize(CENT)
    tenders = []
    if card_share:
        cashback = Decimal(draw(st.sampled_from([0, 20, 40])))
        tenders.append({"type": "card", "amount": str(card_share + cashback), "cashback": str(cashback),
                        "last4": "4242"})
    rest = total - card_share
    if rest:
        gift = (rest * Decimal(draw(st.integers(0, 100))) / 100).quantize(CENT)
        if gift:
            tenders.append({"type": "gift_card", "amount": str(gift)})
        cash = rest - gift
        if cash:
            change = Decimal(draw(st.integers(0, 2000))) / 100
            tenders.append({"type": "cash", "amount": str(cash + change), "change": str(change)})
    number = next(numbers)
    return {"pos_ref": {"store": "1", "register": "9", "transaction": str(number), "business_day": DAY},
            "purchased_at": WHEN, "lines": lines,
            "discounts": [{"amount": str(order)}] if order else [], "tenders": tenders, "total": str(total)}


def _split(amount: Decimal, parts: int, step: Decimal) -> list[Decimal]:
    base = (amount / parts).quantize(step, rounding="ROUND_DOWN")
    shares = [base] * parts
    shares[-1] = amount - base * (parts - 1)
    return [share for share in shares if share > 0]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(sale=pos_sales(), parts=st.integers(1, 3))
def test_returning_an_imported_sale_in_any_parts_refunds_exactly_what_was_paid(
        ctx: Context, tmp_path: Path, sale: dict, parts: int) -> None:
    if not getattr(ctx, "no_cash_limit", False):  # the money rules alone, not the drawer's limit
        install_policy(ctx, tmp_path, '[tender]\ncash_refund_limit = "1000000.00"')
        ctx.no_cash_limit = True  # type: ignore[attr-defined]
    path = tmp_path / f"sale-{sale['pos_ref']['transaction']}.jsonl"
    path.write_text(json.dumps(sale) + "\n", encoding="utf-8")
    summary = import_sales(ctx, [path], PosConfig())
    assert summary.counts.imported == 1, summary.rejects_file and summary.rejects_file.read_text()
    ref = "1/9/{}/{}".format(sale["pos_ref"]["transaction"], DAY)
    receipt = imported(ctx, ref)
    actor = auth.sign_in(auth.SignIn("1001", "2468"), ctx)
    steps: list[list[dict]] = [[] for _ in range(parts)]
    for line in receipt["lines"]:
        sold = Decimal(str(line["qty"]))
        step = Decimal("0.001") if line.get("unit") else Decimal(1)
        for index, share in enumerate(_split(sold, min(parts, int(sold / step)), step)):
            steps[index].append({"line": line["line"], "qty": str(share) if line.get("unit") else int(share)})
    refunded: dict[str, int] = {}
    total = 0
    for index, items in enumerate(step for step in steps if step):
        reply = returns.process(returns.parse_request({
            "receipt": receipt["receipt_id"], "items": items,
            "idempotency_key": f"prop-{ref}-{index}"}), actor, ctx)
        assert reply.status == "completed", reply.body["decision"]
        total += int(Decimal(reply.body["refund_total"]) * 100)
        for tender in reply.body["tenders"]:
            refunded[tender["type"]] = refunded.get(tender["type"], 0) + int(Decimal(tender["amount"]) * 100)
    assert total == int(Decimal(sale["total"]) * 100)
    paid = {t["type"]: int(Decimal(t["amount"]) * 100) for t in receipt["tenders"]}
    assert refunded == paid
