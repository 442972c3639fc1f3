"""A decision: each line's outcome and amounts, the refund spread over the
tenders, and the sentences that explain it (rendered in a locale on demand).
What `policy evaluate` prints as JSON (docs/policy.md)."""

from dataclasses import dataclass
from typing import Any

from desktop.policy import quantity
from desktop.policy.messages import Renderer, Sentence
from desktop.policy.money import Currency
from desktop.policy.quantity import Qty
from desktop.policy.reasons import (
    Condition,
    Reason,
    TenderType,
)

APPROVE = "approve"
DENY = "deny"
NEEDS_OVERRIDE = "needs_override"


@dataclass(frozen=True, slots=True)
class RefundTender:
    type: TenderType
    amount: int
    last4: str | None = None


@dataclass(frozen=True, slots=True)
class LineDecision:
    line: int
    qty: Qty
    outcome: str
    reasons: tuple[Reason, ...]
    net: int = 0
    tax: int = 0
    fee: int = 0
    overridden: tuple[Reason, ...] = ()
    # What the counter and the receipt show beside the line.
    sku: str = ""
    category: str | None = None
    description: str = ""
    condition: Condition = Condition.NEW
    reason: str = ""
    serial: str | None = None

    @property
    def total(self) -> int:
        return self.net + self.tax - self.fee


@dataclass(frozen=True, slots=True)
class Decision:
    outcome: str
    lines: tuple[LineDecision, ...]
    tenders: tuple[RefundTender, ...]
    overrides_required: tuple[Reason, ...]
    sentences: tuple[Sentence, ...]
    summary: Sentence
    currency: Currency
    locale: str

    @property
    def refund_total(self) -> int:
        return sum(line.total for line in self.lines if line.outcome == APPROVE)

    def messages(self, locale: str | None = None) -> list[str]:
        renderer = Renderer.of(locale or self.locale, self.currency)
        seen: list[str] = []
        for sentence in self.sentences:
            text = renderer.text(sentence)
            if text not in seen:
                seen.append(text)
        return seen

    def summary_text(self, locale: str | None = None) -> str:
        return Renderer.of(locale or self.locale, self.currency).text(self.summary)

    def to_json(self) -> dict[str, Any]:
        money = self.currency.format
        return {
            "outcome": self.outcome,
            "lines": [
                {
                    "line": line.line,
                    "qty": quantity.text(line.qty),
                    "outcome": line.outcome,
                    "reasons": [str(r) for r in line.reasons],
                    "net": money(line.net),
                    "tax": money(line.tax),
                    "fee": money(line.fee),
                    "total": money(line.total),
                    **({"overridden": [str(r) for r in line.overridden]} if line.overridden else {}),
                }
                for line in self.lines
            ],
            "refund_total": money(self.refund_total),
            "tenders": [
                {"type": str(t.type), **({"last4": t.last4} if t.last4 else {}), "amount": money(t.amount)}
                for t in self.tenders
            ],
            "overrides_required": [str(r) for r in self.overrides_required],
            "messages": self.messages(),
            "summary": self.summary_text(),
            "currency": self.currency.code,
        }
