"""Shopify orders (the REST Admin API and webhook order shape), so online
orders can be returned in the store.

A file holds one order, ``{"order": {...}}``, ``{"orders": [...]}`` or one
order per line (JSON Lines). The reference is the order's location (or
``online``), its ``source_name``, its ``order_number`` and the date of
``processed_at`` as written (docs/contract.md section 6). Lines and tenders already
refunded in Shopify arrive as already returned and refunded; a cancelled
order is not returnable.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any, TextIO

from desktop.services import inputs
from desktop.services.imports.raw import (
    BadRecord,
    PosRef,
    PostVoid,
    RawDiscount,
    RawLine,
    RawSale,
    RawTax,
    RawTender,
    Record,
    Skipped,
    last_four,
)

GATEWAYS = {"shopify_payments": "card", "stripe": "card", "paypal": "card", "cash": "cash",
            "gift_card": "giftcard", "manual": "cash"}


def read_shopify(stream: TextIO) -> Iterator[Record]:
    text = stream.read()
    stripped = text.lstrip()
    try:
        documents = [inputs.loads(text, parse_float=Decimal)]
    except json.JSONDecodeError:
        if not stripped.startswith("{"):
            raise
        documents = [inputs.loads(line, parse_float=Decimal) for line in text.splitlines() if line.strip()]
    number = 0
    for document in documents:
        orders = document.get("orders") if isinstance(document, Mapping) else None
        if orders is None:
            orders = [document.get("order", document)] if isinstance(document, Mapping) else [document]
        for order in orders:
            number += 1
            yield number, order_record(order)


def order_record(order: Any) -> RawSale | Skipped | PostVoid | BadRecord:
    ref = None
    try:
        if not isinstance(order, Mapping):
            raise ValueError("an order is a JSON object")
        processed = str(order.get("processed_at") or order.get("created_at") or "")
        if len(processed) < 10:
            raise ValueError("processed_at is missing")
        location = order.get("location_id")
        ref = PosRef.parse(f"{location if location not in (None, '') else 'online'}/"
                           f"{order.get('source_name') or 'web'}/{order.get('order_number') or order.get('name')}/"
                           f"{processed[:10]}")
        when = dt.datetime.fromisoformat(processed[:-1] + "+00:00" if processed.endswith("Z") else processed)
        if order.get("cancelled_at"):
            return PostVoid(ref, ref, when)
        if order.get("test"):
            return Skipped(ref, "a test order")
        taxes_included = bool(order.get("taxes_included"))
        returned = _refunded_quantities(order)
        lines: list[RawLine] = []
        for item in order.get("line_items") or []:
            qty = _decimal(item.get("quantity"), "quantity")
            price = _decimal(item.get("price"), "price")
            discount = sum((_decimal(a.get("amount"), "discount_allocations.amount")
                            for a in item.get("discount_allocations") or []), Decimal(0))
            tax = [RawTax(str(t.get("title") or "TAX"), _decimal(t.get("price"), "tax_lines.price"),
                          percent=_decimal(t.get("rate"), "tax_lines.rate") * 100 if t.get("rate") is not None
                          else None) for t in item.get("tax_lines") or []]
            gross = price * qty
            if taxes_included:  # prices with VAT in them: the goods are what is left once it is taken out
                gross -= sum((t.amount for t in tax), Decimal(0))
            lines.append(RawLine(
                seq=str(item.get("id") or len(lines) + 1), sku=str(item.get("sku") or item.get("variant_id")
                                                                   or item.get("product_id") or item.get("id")),
                description=str(item.get("title") or item.get("name") or ""), qty=qty, unit_price=price,
                gross=gross, discounts=[RawDiscount(discount)] if discount else [], taxes=tax,
                returned=returned.get(str(item.get("id")), Decimal(0)),
                final_sale=bool(item.get("gift_card"))))
        for shipping in order.get("shipping_lines") or []:
            price = _decimal(shipping.get("discounted_price") or shipping.get("price"), "shipping_lines.price")
            tax = [RawTax(str(t.get("title") or "TAX"), _decimal(t.get("price"), "tax_lines.price"))
                   for t in shipping.get("tax_lines") or []]
            if price or tax:
                net = price - (sum((t.amount for t in tax), Decimal(0)) if taxes_included else 0)
                lines.append(RawLine(seq=f"shipping-{len(lines) + 1}", sku="SHIPPING",
                                     description=str(shipping.get("title") or "Shipping"), gross=net, taxes=tax,
                                     final_sale=True))  # delivery is not brought back to a counter
        customer = order.get("customer") or {}
        sale = RawSale(ref=ref, source="shopify", when=when, currency=order.get("currency"),
                       customer=str(customer["id"]) if isinstance(customer, Mapping) and customer.get("id") else None,
                       lines=lines, tenders=_tenders(order),
                       grand_total=_decimal(order.get("total_price"), "total_price"))
        return sale
    except (ValueError, InvalidOperation, TypeError) as error:
        return BadRecord(ref, str(error))


def _refunded_quantities(order: Mapping[str, Any]) -> dict[str, Decimal]:
    refunded: dict[str, Decimal] = {}
    for refund in order.get("refunds") or []:
        for line in refund.get("refund_line_items") or []:
            key = str(line.get("line_item_id"))
            refunded[key] = refunded.get(key, Decimal(0)) + _decimal(line.get("quantity"), "refund quantity")
    return refunded


def _tenders(order: Mapping[str, Any]) -> list[RawTender]:
    """Successful sales and captures; refunds already made are refunded on them."""
    transactions = list(order.get("transactions") or [])
    for refund in order.get("refunds") or []:
        transactions.extend(refund.get("transactions") or [])
    tenders: list[RawTender] = []
    refunds: list[tuple[str, Decimal]] = []
    for transaction in transactions:
        if (transaction.get("status") or "success") != "success":
            continue
        kind = (transaction.get("kind") or "").lower()
        gateway = str(transaction.get("gateway") or "manual")
        amount = _decimal(transaction.get("amount"), "transactions.amount")
        if kind in ("sale", "capture"):
            details = transaction.get("payment_details") or {}
            tenders.append(RawTender(GATEWAYS.get(gateway, gateway), amount,
                                     last4=last_four(details.get("credit_card_number")),
                                     brand=details.get("credit_card_company")))
        elif kind == "refund":
            refunds.append((GATEWAYS.get(gateway, gateway), amount))
    if not tenders:  # an order without its transactions: what its gateways took
        names = order.get("payment_gateway_names") or ["manual"]
        tenders.append(RawTender(GATEWAYS.get(names[0], names[0]), _decimal(order.get("total_price"),
                                                                              "total_price")))
    for kind, amount in refunds:
        for tender in tenders:
            if tender.pos_type == kind and amount:
                taken = min(amount, tender.amount - tender.refunded)
                tender.refunded += taken
                amount -= taken
    return tenders


def _decimal(value: Any, name: str) -> Decimal:
    if isinstance(value, bool) or value is None:
        raise ValueError(f"{name} is missing")
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        raise ValueError(f"{name} is not a number: {str(value)[:20]!r}") from None
    if not number.is_finite():
        raise ValueError(f"{name} is not a number")
    return number
