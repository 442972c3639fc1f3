"""Evaluate a return case against a policy: pure, to the cent.

``evaluate(policy, case)`` decides each item (approve, deny, needs a
manager), computes what each line gives back (net, tax, restocking fee) with
the contract's money rules, and spreads the refund over the original tenders.
No clock, no database, no Qt: the same inputs always give the same decision.
"""

from collections.abc import Iterable
from dataclasses import replace

from desktop.policy.case import Case
from desktop.policy.decision import APPROVE, DENY, NEEDS_OVERRIDE, Decision, LineDecision, RefundTender
from desktop.policy.lines import (
    apply_no_receipt_limits,
    effective_window,
    holiday_return_by,
    items_with_receipt,
    items_without_receipt,
    line_amounts,
)
from desktop.policy.messages import Amount, Codes, Sentence
from desktop.policy.reasons import (
    Reason,
)
from desktop.policy.rules import Policy
from desktop.policy.tenders import allocate, cash_part, summary

__all__ = ["APPROVE", "DENY", "NEEDS_OVERRIDE", "Decision", "LineDecision", "RefundTender", "effective_window",
           "evaluate", "holiday_return_by", "line_amounts", "with_overrides"]


def evaluate(policy: Policy, case: Case) -> Decision:
    """Decide a return case. Never raises for a well-typed case."""
    overrides = {Reason(code) for code in case.overrides if code in Reason.__members__}
    overrides &= policy.override_allowed
    if case.receipt is None:
        drafts = items_without_receipt(policy, case)
    else:
        drafts = items_with_receipt(policy, case, case.receipt)
    apply_no_receipt_limits(policy, case, drafts)
    would_refund = sum(d.total for d in drafts if d.refundable(policy.override_allowed))
    cash = cash_part(allocate(would_refund, case))
    limit = policy.cash_refund_limit
    if limit is not None and cash > limit:
        for draft in drafts:
            if draft.refundable(policy.override_allowed):
                draft.add(Reason.CASH_LIMIT, Sentence("CASH_LIMIT", {"cash": Amount(cash), "limit": Amount(limit)}))
    lines = tuple(draft.decide(policy, overrides) for draft in drafts)
    approved_total = sum(line.total for line in lines if line.outcome == APPROVE)
    tenders = tuple(allocate(approved_total, case))
    required: list[Reason] = []
    for line in lines:
        if line.outcome == NEEDS_OVERRIDE:
            required.extend(r for r in line.reasons if r not in required)
    if any(line.outcome == NEEDS_OVERRIDE for line in lines):
        outcome = NEEDS_OVERRIDE
    elif any(line.outcome == APPROVE for line in lines):
        outcome = APPROVE
    else:
        outcome = DENY
    sentences = [s for draft, line in zip(drafts, lines, strict=False) for s in draft.sentences_for(line.reasons)]
    overridden = sorted({r for line in lines for r in line.overridden})
    if overridden:
        sentences.append(Sentence("OVERRIDDEN", {"codes": Codes(tuple(overridden))}))
    return Decision(
        outcome=outcome,
        lines=lines,
        tenders=tenders,
        overrides_required=tuple(required),
        sentences=tuple(sentences),
        summary=summary(outcome, approved_total, tenders),
        currency=policy.currency,
        locale=policy.locale,
    )


def with_overrides(case: Case, codes: Iterable[str]) -> Case:
    """The same case as if a manager had approved these codes."""
    return replace(case, overrides=case.overrides | frozenset(str(c) for c in codes))
