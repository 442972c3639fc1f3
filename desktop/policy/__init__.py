"""The pure return-policy engine: dataclasses in, decision out.

Imports neither Qt nor SQLAlchemy (tests/unit/test_architecture.py).
"""

from desktop.policy.case import Case, CaseError, Customer, Receipt, ReceiptLine, ReturnItem, Tender, parse_case
from desktop.policy.engine import (
    APPROVE,
    DENY,
    NEEDS_OVERRIDE,
    Decision,
    LineDecision,
    RefundTender,
    evaluate,
    line_amounts,
    with_overrides,
)
from desktop.policy.loading import check_policy, load_policy, parse_policy_text
from desktop.policy.money import Currency, MoneyError
from desktop.policy.reasons import Condition, Reason, ReturnReason, TenderType
from desktop.policy.rules import Policy, PolicyError, Problem

__all__ = [
    "APPROVE", "DENY", "NEEDS_OVERRIDE", "Case", "CaseError", "Condition", "Currency", "Customer", "Decision",
    "LineDecision", "MoneyError", "Policy", "PolicyError", "Problem", "Reason", "Receipt", "ReceiptLine",
    "RefundTender", "ReturnItem", "ReturnReason", "Tender", "TenderType", "check_policy", "evaluate",
    "line_amounts", "load_policy", "parse_case", "parse_policy_text", "with_overrides",
]
