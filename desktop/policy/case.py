"""A return case (docs/contract.md section 3): the receipt, the items, the customer.

``parse_case`` turns the JSON of ``policy evaluate`` into typed dataclasses
and refuses a malformed case with the exact field named
(``receipt.lines[0].unit_price: ...``). Amounts become integer minor units of
the policy's currency as they are read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any
from zoneinfo import ZoneInfo

from desktop.policy import quantity
from desktop.policy.money import Currency, MoneyError, round_half_up
from desktop.policy.quantity import Qty, QuantityError
from desktop.policy.reasons import Condition, TenderType


class CaseError(ValueError):
    """A malformed case; ``field`` names the bad field."""

    def __init__(self, field: str, message: str):
        self.field = field
        super().__init__(f"{field}: {message}" if field else message)


@dataclass(frozen=True, slots=True)
class ReceiptLine:
    line: int
    sku: str
    category: str | None
    qty: Qty  # pieces (int), or a measure (Decimal) when the line has a unit
    unit_price: int
    discount: int = 0
    tax_rate: Decimal = Decimal(0)
    tax: int | None = None  # the receipt's own tax for the whole line
    serial: str | None = None
    final_sale: bool = False
    promo_group: str | None = None
    description: str = ""
    unit: str | None = None  # "lb", "kg", "m": weighed or measured goods
    gross: int | None = None  # what the till charged before discounts, when it says (1.47 lb at 2.99 = 4.40)

    @property
    def gross_amount(self) -> int:
        """unit price x quantity, or the till's own extended amount."""
        if self.gross is not None:
            return self.gross
        return round_half_up(Decimal(self.unit_price) * self.qty)


@dataclass(frozen=True, slots=True)
class Tender:
    type: TenderType
    amount: int
    last4: str | None = None


@dataclass(frozen=True, slots=True)
class Receipt:
    receipt_id: str
    store_id: str
    purchased_at: dt.datetime  # aware, or naive meaning store-local
    lines: tuple[ReceiptLine, ...]
    tenders: tuple[Tender, ...] = ()
    order_discount: int = 0
    returned: Mapping[int, Qty] = field(default_factory=dict)  # line -> qty
    refunded_tenders: tuple[Tender, ...] = ()
    gift: bool = False

    def local_date(self, zone: ZoneInfo) -> dt.date:
        """The purchase date in the store's time zone, where windows count."""
        if self.purchased_at.tzinfo is None:
            return self.purchased_at.date()
        return self.purchased_at.astimezone(zone).date()


@dataclass(frozen=True, slots=True)
class Customer:
    id: str | None = None
    tier: str | None = None
    id_verified: bool = False
    no_receipt_returns_365_days: int = 0
    no_receipt_value_365_days: int = 0


@dataclass(frozen=True, slots=True)
class ReturnItem:
    qty: Qty
    condition: Condition
    line: int | None = None  # with a receipt
    serial: str | None = None
    reason: str = ""
    # without a receipt
    sku: str | None = None
    category: str | None = None
    tax_rate: Decimal = Decimal(0)
    current_price: int | None = None
    lowest_price: int | None = None
    description: str = ""  # what the customer calls it ("Mug, blue"), read in the sentence instead of the SKU


@dataclass(frozen=True, slots=True)
class Case:
    today: dt.date
    store_id: str
    receipt: Receipt | None
    customer: Customer
    items: tuple[ReturnItem, ...]
    refund_to: str = "original"  # "original" | "store_credit"
    overrides: frozenset[str] = frozenset()


# ---- Public API


def parse_case(data: Any, currency: Currency) -> Case:
    """Validate and type a case; raise CaseError naming the bad field."""
    r = _Reader(currency)
    doc = r.mapping(data, "")
    receipt_doc = doc.get("receipt")
    receipt = None if receipt_doc is None else r.receipt(receipt_doc, "receipt")
    items_doc = r.required(doc, "items", "")
    items_list = r.sequence(items_doc, "items")
    if not items_list:
        raise CaseError("items", "at least one item is needed")
    items = tuple(r.item(item, f"items[{i}]", receipt) for i, item in enumerate(items_list))
    customer_doc = doc.get("customer")
    customer = Customer() if customer_doc is None else r.customer(customer_doc, "customer")
    refund_to = doc.get("refund_to", "original")
    if refund_to not in ("original", "store_credit"):
        raise CaseError("refund_to", f"must be 'original' or 'store_credit', not {refund_to!r}")
    overrides = r.sequence(doc.get("overrides", []), "overrides")
    for i, code in enumerate(overrides):
        if not isinstance(code, str):
            raise CaseError(f"overrides[{i}]", "must be a reason code")
    # The counter's own store; when a caller leaves it out, the receipt's.
    store_doc = doc.get("store_id", receipt.store_id if receipt else "")
    store_id = store_doc if store_doc == "" else r.text(store_doc, "store_id")
    return Case(
        today=r.date(r.required(doc, "today", ""), "today"),
        store_id=store_id,
        receipt=receipt,
        customer=customer,
        items=items,
        refund_to=refund_to,
        overrides=frozenset(overrides),
    )


class _Reader:
    def __init__(self, currency: Currency):
        self.currency = currency

    @staticmethod
    def required(doc: Mapping[str, Any], key: str, where: str) -> Any:
        if key not in doc or doc[key] is None:
            raise CaseError(f"{where}.{key}" if where else key, "is required")
        return doc[key]

    @staticmethod
    def mapping(value: Any, where: str) -> Mapping[str, Any]:
        if not isinstance(value, Mapping):
            raise CaseError(where, "must be an object")
        return value

    @staticmethod
    def sequence(value: Any, where: str) -> Sequence[Any]:
        if not isinstance(value, list):
            raise CaseError(where, "must be a list")
        return value

    @staticmethod
    def text(value: Any, where: str) -> str:
        if not isinstance(value, str) or not value.strip():
            raise CaseError(where, "must be a non-empty string")
        return value

    @staticmethod
    def optional_text(value: Any, where: str) -> str | None:
        if value is None:
            return None
        if not isinstance(value, str):
            raise CaseError(where, "must be a string or null")
        return value

    @staticmethod
    def integer(value: Any, where: str, minimum: int = 0) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise CaseError(where, f"must be a whole number, not {value!r}")
        if value < minimum:
            raise CaseError(where, f"must be at least {minimum}, not {value}")
        return value

    @staticmethod
    def boolean(value: Any, where: str) -> bool:
        if not isinstance(value, bool):
            raise CaseError(where, f"must be true or false, not {value!r}")
        return value

    def money(self, value: Any, where: str, allow_negative: bool = False) -> int:
        if isinstance(value, float):
            raise CaseError(where, f"amounts are decimal strings (\"{value}\"), never JSON numbers with a fraction")
        try:
            minor = self.currency.parse(value)
        except MoneyError as error:
            raise CaseError(where, str(error)) from None
        if minor < 0 and not allow_negative:
            raise CaseError(where, f"cannot be negative ({value})")
        return minor

    @staticmethod
    @staticmethod
    def quantity(value: Any, where: str, measured: bool, allow_zero: bool = False) -> Qty:
        try:
            qty = quantity.parse(value, measured)
        except QuantityError as error:
            raise CaseError(where, str(error)) from None
        if qty < 0 or (qty == 0 and not allow_zero):
            raise CaseError(where, f"must be more than 0, not {value}")
        return qty

    @staticmethod
    def rate(value: Any, where: str) -> Decimal:
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            raise CaseError(where, f"must be a decimal string such as \"0.0825\", not {value!r}")
        try:
            rate = Decimal(str(value))
        except InvalidOperation:
            raise CaseError(where, f"not a decimal rate: {value!r}") from None
        if not rate.is_finite() or rate < 0 or rate >= 1:
            raise CaseError(where, f"a tax rate is a fraction between 0 and 1, not {value}")
        return rate

    @staticmethod
    def date(value: Any, where: str) -> dt.date:
        try:
            return dt.date.fromisoformat(value)
        except (TypeError, ValueError):
            raise CaseError(where, f"must be a date written YYYY-MM-DD, not {value!r}") from None

    @staticmethod
    def timestamp(value: Any, where: str) -> dt.datetime:
        if isinstance(value, str):
            try:
                return dt.datetime.fromisoformat(value.replace("Z", "+00:00") if value.endswith("Z") else value)
            except ValueError:
                pass
        raise CaseError(where, f"must be a date and time such as 2026-11-01T14:03:00, not {value!r}")

    def tender(self, doc: Any, where: str) -> Tender:
        doc = self.mapping(doc, where)
        kind = doc.get("type")
        try:
            tender_type = TenderType(kind)
        except ValueError:
            raise CaseError(f"{where}.type", f"must be card, gift_card, store_credit or cash, not {kind!r}") from None
        last4 = self.optional_text(doc.get("last4"), f"{where}.last4")
        if last4 is not None and not (len(last4) == 4 and last4.isdigit()):
            # Full card numbers are never accepted, stored or printed.
            raise CaseError(f"{where}.last4", "must be the last 4 digits of the card only")
        return Tender(tender_type, self.money(self.required(doc, "amount", where), f"{where}.amount"), last4)

    def receipt(self, doc: Any, where: str) -> Receipt:
        doc = self.mapping(doc, where)
        lines_doc = self.sequence(self.required(doc, "lines", where), f"{where}.lines")
        lines: list[ReceiptLine] = []
        returned_from_lines: dict[int, Qty] = {}
        for i, line_doc in enumerate(lines_doc):
            at = f"{where}.lines[{i}]"
            line_doc = self.mapping(line_doc, at)
            number = self.integer(self.required(line_doc, "line", at), f"{at}.line", minimum=1)
            unit = self.optional_text(line_doc.get("unit"), f"{at}.unit") or None
            qty = self.quantity(self.required(line_doc, "qty", at), f"{at}.qty", measured=unit is not None)
            unit_price = self.money(self.required(line_doc, "unit_price", at), f"{at}.unit_price")
            discount = self.money(line_doc.get("discount") or "0", f"{at}.discount")
            gross = line_doc.get("gross")
            gross = None if gross is None else self.money(gross, f"{at}.gross")
            if discount > (gross if gross is not None else round_half_up(Decimal(unit_price) * qty)):
                raise CaseError(f"{at}.discount", "is more than the line's price")
            tax = line_doc.get("tax")
            if any(existing.line == number for existing in lines):
                raise CaseError(f"{at}.line", f"line {number} appears twice")
            lines.append(ReceiptLine(
                line=number,
                sku=self.optional_text(line_doc.get("sku"), f"{at}.sku") or "",
                category=self.optional_text(line_doc.get("category"), f"{at}.category"),
                qty=qty,
                unit_price=unit_price,
                discount=discount,
                tax_rate=self.rate(line_doc.get("tax_rate", "0"), f"{at}.tax_rate"),
                tax=None if tax is None else self.money(tax, f"{at}.tax"),
                serial=self.optional_text(line_doc.get("serial"), f"{at}.serial"),
                final_sale=self.boolean(line_doc.get("final_sale", False), f"{at}.final_sale"),
                promo_group=_promo(line_doc.get("promo_group"), f"{at}.promo_group"),
                description=line_doc.get("description") or "",
                unit=unit,
                gross=gross,
            ))
            if "returned_qty" in line_doc:
                returned_from_lines[number] = self.quantity(line_doc["returned_qty"], f"{at}.returned_qty",
                                                            measured=unit is not None, allow_zero=True)
        if not lines:
            raise CaseError(f"{where}.lines", "a receipt has at least one line")
        returned = dict(returned_from_lines)
        for i, entry in enumerate(self.sequence(doc.get("returned", []), f"{where}.returned")):
            at = f"{where}.returned[{i}]"
            entry = self.mapping(entry, at)
            number = self.integer(self.required(entry, "line", at), f"{at}.line", minimum=1)
            sold = next((line for line in lines if line.line == number), None)
            returned[number] = self.quantity(self.required(entry, "qty", at), f"{at}.qty",
                                             measured=sold is not None and sold.unit is not None, allow_zero=True)
        by_number = {line.line: line for line in lines}
        for number, qty in returned.items():
            if number in by_number and qty > by_number[number].qty:
                raise CaseError(f"{where}.returned",
                                f"line {number} shows {qty} returned of {by_number[number].qty} sold")
        order_discount = self.money(doc.get("order_discount") or "0", f"{where}.order_discount")
        if order_discount > sum(line.gross_amount - line.discount for line in lines):
            raise CaseError(f"{where}.order_discount", "is more than the receipt's lines are worth")
        return Receipt(
            receipt_id=self.text(self.required(doc, "receipt_id", where), f"{where}.receipt_id"),
            store_id=self.text(self.required(doc, "store_id", where), f"{where}.store_id"),
            purchased_at=self.timestamp(self.required(doc, "purchased_at", where), f"{where}.purchased_at"),
            lines=tuple(lines),
            tenders=tuple(self.tender(t, f"{where}.tenders[{i}]")
                          for i, t in enumerate(self.sequence(doc.get("tenders", []), f"{where}.tenders"))),
            order_discount=order_discount,
            returned=returned,
            refunded_tenders=tuple(self.tender(t, f"{where}.refunded_tenders[{i}]") for i, t in enumerate(
                self.sequence(doc.get("refunded_tenders", []), f"{where}.refunded_tenders"))),
            gift=self.boolean(doc.get("gift", False), f"{where}.gift"),
        )

    def customer(self, doc: Any, where: str) -> Customer:
        doc = self.mapping(doc, where)
        customer_id = doc.get("id")
        if customer_id is not None and not isinstance(customer_id, str):
            raise CaseError(f"{where}.id", "must be a string or null")
        return Customer(
            id=customer_id,
            tier=self.optional_text(doc.get("tier"), f"{where}.tier"),
            id_verified=self.boolean(doc.get("id_verified", False), f"{where}.id_verified"),
            no_receipt_returns_365_days=self.integer(doc.get("no_receipt_returns_365_days", 0),
                                                     f"{where}.no_receipt_returns_365_days"),
            no_receipt_value_365_days=self.money(doc.get("no_receipt_value_365_days", "0"),
                                                 f"{where}.no_receipt_value_365_days"),
        )

    def item(self, doc: Any, where: str, receipt: Receipt | None) -> ReturnItem:
        doc = self.mapping(doc, where)
        with_receipt = receipt is not None
        line_number = doc.get("line")
        sold = next((line for line in receipt.lines if line.line == line_number), None) if receipt else None
        # Part of a weighed or measured line may come back; pieces come back whole.
        qty = self.quantity(self.required(doc, "qty", where), f"{where}.qty",
                            measured=sold is not None and sold.unit is not None)
        condition_text = doc.get("condition", "new")
        try:
            condition = Condition(condition_text)
        except ValueError:
            raise CaseError(f"{where}.condition",
                            f"must be new, opened, defective or damaged, not {condition_text!r}") from None
        reason = doc.get("reason") or ""
        if not isinstance(reason, str):
            raise CaseError(f"{where}.reason", "must be a string")
        serial = self.optional_text(doc.get("serial"), f"{where}.serial")
        if with_receipt:
            return ReturnItem(
                qty=qty, condition=condition, serial=serial, reason=reason,
                line=self.integer(self.required(doc, "line", where), f"{where}.line", minimum=1),
            )
        current = self.money(self.required(doc, "current_price", where), f"{where}.current_price")
        lowest = doc.get("lowest_price")
        return ReturnItem(
            qty=qty, condition=condition, serial=serial, reason=reason,
            sku=self.text(self.required(doc, "sku", where), f"{where}.sku"),
            category=self.optional_text(doc.get("category"), f"{where}.category"),
            tax_rate=self.rate(doc.get("tax_rate", "0"), f"{where}.tax_rate"),
            current_price=current,
            lowest_price=current if lowest is None else self.money(lowest, f"{where}.lowest_price"),
            description=self.optional_text(doc.get("description"), f"{where}.description") or "",
        )


def _promo(value: Any, where: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise CaseError(where, "must be a string, a number or null")
    return str(value)
