"""What the return screen shows and sends, in plain Python: the sale's
lines with what the clerk picked, the request built from them, and the
decision spread back over the lines. No Qt: the screen hands it Qt's
translate, and tests run it without a QApplication (English)."""

from __future__ import annotations

import datetime as dt
import functools
import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from babel.numbers import format_currency, format_decimal

from desktop.catalogue import day
from desktop.policy import Decision, quantity
from desktop.policy.quantity import Qty
from desktop.policy.reasons import Condition, ReturnReason
from desktop.services.counter import OpenedSale, ProductView
from desktop.services.returns import ReturnRequest, parse_request
from desktop.ui.presenting import Translate, Words, english

CONDITIONS = [c.value for c in Condition]
REASONS = [r.value for r in ReturnReason]
REFUND_TO = ["original", "store_credit"]
ID_TYPES = ["", "driving_licence", "passport", "national_id", "other"]  # the kind of photo ID seen, never its number


# Formatted once per amount: the lines table shows the same few amounts on every paint and every
# measure of its columns, and Babel takes tens of microseconds for each.
@functools.lru_cache(maxsize=4096)
def _money(amount: str, currency: str, locale: Any) -> str:
    return format_currency(Decimal(amount), currency, locale=locale)


@functools.lru_cache(maxsize=4096, typed=True)
def _amount(qty: Qty, unit: str | None, locale: Any) -> str:
    if unit is None:
        return format_decimal(qty, locale=locale)
    return f"{format_decimal(Decimal(qty), format='#,##0.###', locale=locale)} {unit}"


@dataclass
class LineRow:
    """One line of the sale and what the clerk picked for it."""

    line: int
    sku: str
    description: str
    category: str | None
    sold: Qty  # pieces, or a measure of ``unit`` (1.47 lb)
    returned: Qty
    unit_price: str  # decimal string, the sale's currency
    serial_sold: str | None = None
    final_sale: bool = False
    no_receipt: bool = False  # an item brought back without a receipt, found by its barcode
    unit: str | None = None  # weighed or measured goods: part of the line may come back
    qty: Qty = 0  # to return now
    condition: str = "new"
    reason: str = "changed_mind"
    serial: str = ""
    outcome: str = ""  # the live decision for this line
    refund: str = ""  # decimal string
    reasons: tuple[str, ...] = ()

    @property
    def remaining(self) -> Qty:
        return max(self.sold - self.returned, 0)

    @property
    def needs_serial(self) -> bool:
        return bool(self.serial_sold)

    @classmethod
    def from_product(cls, position: int, product: ProductView) -> LineRow:
        # No receipt: nothing was "sold" on record; up to 9 of a kind per return.
        return cls(line=position, sku=product.sku, description=product.description, category=product.category,
                   sold=9, returned=0, unit_price=product.price,
                   serial_sold="required" if product.serial_tracked else None, no_receipt=True, qty=1)


@dataclass
class ReturnDraft(Words):
    """The return being built at the counter. Its idempotency key is made
    once, so pressing Complete again after a dropped connection can never
    refund twice."""

    receipt: OpenedSale
    rows: list[LineRow]
    locale: str = "en_US"
    refund_to: str = "original"
    key: str = field(default_factory=lambda: f"ui-{uuid.uuid4().hex}")
    decision: Decision | None = None
    override_request_id: int | None = None
    approved_codes: tuple[str, ...] = ()  # what the queued approval covers: the decision shown counts them approved
    # The language the customer hears: the store's (its policy's) unless the customer asked for another.
    customer_locale: str = ""
    customer_id: str = ""  # loyalty ID (no-receipt returns)
    id_type: str = ""  # photo ID seen (no-receipt returns); empty: not verified
    completed: bool = False  # refunded: what is on screen is a record now, not something to edit
    translate: Translate = field(default=english, repr=False, compare=False)  # Qt's, on a screen

    @classmethod
    def without_receipt(cls, currency: str, locale: str = "en_US", translate: Translate = english) -> ReturnDraft:
        receipt = OpenedSale(receipt_id=None, store_id="", purchased_at="", total="0", currency=currency,
                             no_receipt=True)
        return cls(receipt, [], locale, refund_to="store_credit", translate=translate)

    @property
    def no_receipt(self) -> bool:
        return self.receipt.no_receipt

    def add_product(self, product: ProductView) -> LineRow:
        row = LineRow.from_product(len(self.rows) + 1, product)
        self.rows.append(row)
        self.changed()
        return row

    @classmethod
    def from_receipt(cls, receipt: OpenedSale, locale: str = "en_US", translate: Translate = english) -> ReturnDraft:
        rows = [
            LineRow(line=line.line, sku=line.sku, description=line.description, category=line.category,
                    sold=line.sold, returned=line.returned, unit_price=line.unit_price, serial_sold=line.serial,
                    final_sale=line.final_sale, unit=line.unit)
            for line in receipt.lines
        ]
        draft = cls(receipt, rows, locale, translate=translate)
        if receipt.gift:
            draft.refund_to = "store_credit"
        return draft

    # ---- What the screen shows

    @property
    def currency(self) -> str:
        return self.receipt.currency

    def money(self, amount: str | int | Decimal) -> str:
        return _money(str(amount), self.currency, self.locale)

    def amount_of(self, row: LineRow, qty: Qty) -> str:
        """A quantity as the clerk reads it: 2, or 1.47 lb."""
        return _amount(qty, row.unit, self.locale)

    @property
    def picked(self) -> list[LineRow]:
        return [row for row in self.rows if row.qty > 0]

    def header(self) -> str:
        if self.no_receipt:
            who = (self.translate("ReturnDraft", "member {id}").format(id=self.customer_id) if self.customer_id
                   else self.translate("ReturnDraft", "no loyalty ID yet"))
            seen = (self.translate("ReturnDraft", "{id_type} seen").format(id_type=self.label(self.id_type))
                    if self.id_type else self.translate("ReturnDraft", "photo ID not checked yet"))
            return "  ·  ".join((self.translate("ReturnDraft", "NO RECEIPT"),
                                 self.translate("ReturnDraft", "refunded as store credit"), who, seen))
        sale = self.receipt
        parts = [self.translate("ReturnDraft", "Receipt {id}").format(id=sale.receipt_id), self.purchase_date(),
                 self.translate("ReturnDraft", "store {code}").format(code=sale.store_id),
                 self.translate("ReturnDraft", "total {amount}").format(amount=self.money(sale.total))]
        if sale.pos_ref:  # rung up on the store's own POS: its number, as on its receipt
            parts.insert(1, self.translate("ReturnDraft", "POS {ref}").format(ref=sale.pos_ref))
        if sale.customer_id:
            parts.append(self.translate("ReturnDraft", "member {id}").format(id=sale.customer_id))
        if sale.gift:
            parts.append(self.translate("ReturnDraft", "GIFT RECEIPT: store credit only"))
        return "  ·  ".join(parts)

    def purchase_date(self) -> str:
        try:
            return day(dt.date.fromisoformat(self.receipt.purchased_at[:10]), self.locale)
        except ValueError:
            return self.receipt.purchased_at[:10]

    def tenders_paid(self) -> str:
        if self.no_receipt:
            return self.translate("ReturnDraft", "scan each item's barcode, or type part of its name and Enter")
        return ", ".join(
            f"{self.label(t.type)}{' ' + t.last4 if t.last4 else ''} {self.money(t.amount)}"
            for t in self.receipt.tenders
        )

    # ---- What is sent

    def request_doc(self) -> dict[str, Any]:
        if self.no_receipt:
            return self._no_receipt_doc()
        items = []
        for row in self.picked:
            item: dict[str, Any] = {"line": row.line, "qty": quantity.text(row.qty), "condition": row.condition,
                                    "reason": row.reason}
            if row.serial.strip():
                item["serial"] = row.serial.strip()
            items.append(item)
        code = self.receipt.gift_receipt_id or self.receipt.receipt_id
        doc: dict[str, Any] = {"receipt": code, "items": items, "refund_to": self.refund_to,
                               "idempotency_key": self.key}
        if self.override_request_id is not None:
            doc["override"] = {"request_id": self.override_request_id}
        return doc

    def _no_receipt_doc(self) -> dict[str, Any]:
        items = []
        for row in self.picked:
            item: dict[str, Any] = {"sku": row.sku, "qty": row.qty, "condition": row.condition, "reason": row.reason}
            if row.serial.strip():
                item["serial"] = row.serial.strip()
            items.append(item)
        customer: dict[str, Any] = {"id": self.customer_id or None, "id_verified": bool(self.id_type)}
        if self.id_type:
            customer["id_type"] = self.id_type
        doc: dict[str, Any] = {"receipt": None, "items": items, "customer": customer, "refund_to": "store_credit",
                               "idempotency_key": self.key}
        if self.override_request_id is not None:
            doc["override"] = {"request_id": self.override_request_id}
        return doc

    def request(self) -> ReturnRequest:
        return parse_request(self.request_doc())

    def mark_completed(self) -> None:
        """The refund is written: the lines show what is left after it, and
        nothing on them can be edited any more (a stray key or the first digit
        of the next scan must never turn into a second return)."""
        if self.completed:
            return
        self.completed = True
        if not self.no_receipt:
            for row in self.picked:
                row.returned += row.qty

    def approved(self, request_id: int, codes: tuple[str, ...]) -> None:
        """A manager approved the queued request: the return completes with it,
        and until then the decision shown is the approved one."""
        self.override_request_id, self.approved_codes = request_id, codes

    def changed(self) -> None:
        """The clerk changed the return: a queued approval no longer covers it,
        and a new key keeps a different request from replaying an old one."""
        self.override_request_id = None
        self.approved_codes = ()
        self.key = f"ui-{uuid.uuid4().hex}"

    # ---- The decision, spread back over the lines

    def apply(self, decision: Decision | None) -> None:
        self.decision = decision
        by_line = {line.line: line for line in decision.lines} if decision else {}
        fmt = decision.currency.format if decision else str
        # Without a receipt the decision numbers items by their place in the request.
        number = {row.line: position for position, row in enumerate(self.picked, start=1)} if self.no_receipt \
            else {row.line: row.line for row in self.rows}
        for row in self.rows:
            found = by_line.get(number.get(row.line, -1)) if row.qty else None
            row.outcome = found.outcome if found else ""
            row.refund = fmt(found.total) if found else ""
            row.reasons = tuple(str(r) for r in found.reasons) if found else ()
        if self.outcome() == "waiting_id":  # the lines wait for the photo ID: not "Deny" before it was asked for
            for row in self.rows:
                if row.outcome == "deny":
                    row.outcome = "waiting_id"

    def outcome(self) -> str:
        """approve, deny or needs_override; "waiting_id" while the only thing
        between a no-receipt return and its decision is the photo ID nobody
        has checked yet (no DENIED before the clerk had a chance)."""
        if not self.decision or not self.picked:
            return ""
        if self.no_receipt and not self.id_type and self.decision.outcome == "deny":
            reasons = {str(reason) for line in self.decision.lines for reason in line.reasons
                       if line.outcome == "deny"}
            if reasons == {"ID_REQUIRED"}:
                return "waiting_id"
        return self.decision.outcome

    def refund_total(self) -> str:
        if not self.decision or not self.picked:
            return self.money(0)
        return self.money(self.decision.currency.format(self.decision.refund_total))

    def tender_lines(self) -> list[str]:
        if not self.decision:
            return []
        fmt = self.decision.currency.format
        said = []
        for t in self.decision.tenders:
            template = (self.translate("ReturnDraft", "{tender} ending {last4}: {amount}") if t.last4
                        else self.translate("ReturnDraft", "{tender}: {amount}"))
            said.append(template.format(tender=self.label(str(t.type)), last4=t.last4,
                                        amount=self.money(fmt(t.amount))))
        return said

    def sentences(self) -> list[str]:
        if not self.decision or not self.picked:
            return []
        # Read to the customer: in the store's language (docs/languages.md), not the clerk's screen's.
        locale = self.customer_locale or None
        if self.outcome() == "waiting_id":  # "may I see a photo ID?", not "we cannot take this back"
            return self.decision.messages(locale)
        return [self.decision.summary_text(locale), *self.decision.messages(locale)]
