"""What the return screen shows and sends, in plain Python (no Qt): the
sale's lines with what the clerk picked, the request built from them, and
the decision spread back over the lines. Tested without a QApplication."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from babel.numbers import format_currency

from desktop.policy import Decision
from desktop.policy.reasons import Condition, ReturnReason
from desktop.services.returns import ReturnRequest, parse_request

CONDITIONS = [c.value for c in Condition]
REASONS = [r.value for r in ReturnReason]
REFUND_TO = ["original", "store_credit"]


def words(code: str) -> str:
    """'changed_mind' -> 'changed mind'; 'WINDOW_EXPIRED' -> 'window expired'."""
    return code.replace("_", " ").lower()


@dataclass
class LineRow:
    """One line of the sale and what the clerk picked for it."""

    line: int
    sku: str
    description: str
    category: str | None
    sold: int
    returned: int
    unit_price: str  # decimal string, the sale's currency
    serial_sold: str | None = None
    final_sale: bool = False
    qty: int = 0  # to return now
    condition: str = "new"
    reason: str = "changed_mind"
    serial: str = ""
    outcome: str = ""  # the live decision for this line
    refund: str = ""  # decimal string
    reasons: tuple[str, ...] = ()

    @property
    def remaining(self) -> int:
        return max(self.sold - self.returned, 0)

    @property
    def needs_serial(self) -> bool:
        return bool(self.serial_sold)


@dataclass
class ReturnDraft:
    """The return being built at the counter. Its idempotency key is made
    once, so pressing Complete again after a dropped connection can never
    refund twice."""

    receipt: dict[str, Any]
    rows: list[LineRow]
    locale: str = "en_US"
    refund_to: str = "original"
    key: str = field(default_factory=lambda: f"ui-{uuid.uuid4().hex}")
    decision: Decision | None = None
    override_request_id: int | None = None

    @classmethod
    def from_receipt(cls, receipt: dict[str, Any], locale: str = "en_US") -> "ReturnDraft":
        rows = [
            LineRow(line=line["line"], sku=line["sku"], description=line.get("description") or line["sku"],
                    category=line.get("category"), sold=line["qty"], returned=line.get("returned_qty", 0),
                    unit_price=line["unit_price"], serial_sold=line.get("serial"),
                    final_sale=bool(line.get("final_sale")))
            for line in receipt["lines"]
        ]
        draft = cls(receipt, rows, locale)
        if receipt.get("gift"):
            draft.refund_to = "store_credit"
        return draft

    # ---- What the screen shows

    @property
    def currency(self) -> str:
        return str(self.receipt.get("currency", "USD"))

    def money(self, amount: str | int | Decimal) -> str:
        return format_currency(Decimal(str(amount)), self.currency, locale=self.locale)

    @property
    def picked(self) -> list[LineRow]:
        return [row for row in self.rows if row.qty > 0]

    def header(self) -> str:
        parts = [f"Receipt {self.receipt['receipt_id']}", self.receipt["purchased_at"][:10],
                 f"store {self.receipt['store_id']}", f"total {self.money(self.receipt['total'])}"]
        if self.receipt.get("customer_id"):
            parts.append(f"member {self.receipt['customer_id']}")
        if self.receipt.get("gift"):
            parts.append("GIFT RECEIPT: store credit only")
        return "  ·  ".join(parts)

    def tenders_paid(self) -> str:
        return ", ".join(
            f"{words(t['type'])}{' ' + t['last4'] if t.get('last4') else ''} {self.money(t['amount'])}"
            for t in self.receipt["tenders"]
        )

    # ---- What is sent

    def request_doc(self) -> dict[str, Any]:
        items = []
        for row in self.picked:
            item: dict[str, Any] = {"line": row.line, "qty": row.qty, "condition": row.condition,
                                    "reason": row.reason}
            if row.serial.strip():
                item["serial"] = row.serial.strip()
            items.append(item)
        code = self.receipt.get("gift_receipt_id") or self.receipt["receipt_id"]
        doc: dict[str, Any] = {"receipt": code, "items": items, "refund_to": self.refund_to,
                               "idempotency_key": self.key}
        if self.override_request_id is not None:
            doc["override"] = {"request_id": self.override_request_id}
        return doc

    def request(self) -> ReturnRequest:
        return parse_request(self.request_doc())

    def changed(self) -> None:
        """The clerk changed the return: a queued approval no longer covers it,
        and a new key keeps a different request from replaying an old one."""
        self.override_request_id = None
        self.key = f"ui-{uuid.uuid4().hex}"

    # ---- The decision, spread back over the lines

    def apply(self, decision: Decision | None) -> None:
        self.decision = decision
        by_line = {line.line: line for line in decision.lines} if decision else {}
        fmt = decision.currency.format if decision else str
        for row in self.rows:
            found = by_line.get(row.line) if row.qty else None
            row.outcome = found.outcome if found else ""
            row.refund = fmt(found.total) if found else ""
            row.reasons = tuple(str(r) for r in found.reasons) if found else ()

    def outcome(self) -> str:
        return self.decision.outcome if self.decision and self.picked else ""

    def refund_total(self) -> str:
        if not self.decision or not self.picked:
            return self.money(0)
        return self.money(self.decision.currency.format(self.decision.refund_total))

    def tender_lines(self) -> list[str]:
        if not self.decision:
            return []
        fmt = self.decision.currency.format
        return [f"{words(str(t.type))}{' ending ' + t.last4 if t.last4 else ''}: {self.money(fmt(t.amount))}"
                for t in self.decision.tenders]

    def sentences(self) -> list[str]:
        if not self.decision or not self.picked:
            return []
        return [self.decision.summary_text(self.locale), *self.decision.messages(self.locale)]
