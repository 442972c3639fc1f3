"""What the override queue shows, in plain Python: a request's cells and
its case as the manager reads it, a goodwill gesture's line. No Qt: the
screen hands it Qt's translate (the screen's own contexts)."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from babel.numbers import format_currency

from desktop.services.goodwill import GestureView
from desktop.services.overrides import OverrideView
from desktop.ui.presenting import Translate, Words, english


@dataclass
class QueuePresenter(Words):
    locale: str = "en_US"
    translate: Translate = field(default=english, repr=False)

    def refund(self, view: OverrideView) -> str:
        """What would be refunded once approved, in the decision's currency."""
        try:
            return format_currency(Decimal(view.refund), view.currency, locale=self.locale)
        except (InvalidOperation, ValueError):
            return view.refund

    def receipt(self, view: OverrideView) -> str:
        return view.receipt or self.translate("PendingModel", "no receipt")

    def case(self, view: OverrideView) -> str:
        """The request as the manager reads it before deciding."""
        described = [self.tr("• line {line}: {qty} × {condition}, {reason} -> {outcome} ({codes})").format(
            line=asked.line if asked.line is not None else "?", qty=asked.qty, condition=self.label(asked.condition),
            reason=self.label(asked.reason) or self.tr("no reason given"), outcome=self.label(asked.outcome),
            codes=self.labels(asked.codes)) for asked in view.asked]
        head = [self.tr("Request {id} from {clerk} at register {register}").format(
                    id=view.id, clerk=view.requested_by, register=view.register),
                self.tr("Receipt {receipt}; needs {codes}").format(receipt=view.receipt or self.tr("none"),
                                                                       codes=self.labels(view.codes)),
                self.tr("Refund once approved: {amount}").format(amount=self.refund(view))]
        return ("\n".join(head) + "\n\n" + "\n".join(described) + "\n\n"
                + "\n".join(f"“{message}”" for message in view.messages))

    def gesture(self, view: GestureView, value: str) -> str:
        """A goodwill gesture waiting for a manager; ``value`` its amount as money, or ""."""
        return self.tr("#{id} {kind} {value} for {customer} ({clerk}): {what}").format(
            id=view.id, kind=self.label(view.kind), value=value, customer=view.customer, clerk=view.requested_by,
            what=view.description or view.reason).replace("  ", " ")
