"""The refund spread back over the sale's tenders (card first, cash last,
never more to a tender than it paid less what earlier returns took back),
and the summary sentence that reads it to the customer."""

from collections.abc import Iterable

from desktop.policy.case import Case, Tender
from desktop.policy.decision import APPROVE, RefundTender
from desktop.policy.messages import Amount, Joined, Sentence
from desktop.policy.reasons import (
    TENDER_ORDER,
    TenderType,
)


def allocate(total: int, case: Case) -> list[RefundTender]:
    """Spread a refund over the original tenders, cash last.

    Each tender gets back at most what it paid minus what earlier returns
    already refunded to it. Store credit is the answer when the customer asks
    for it, for gift receipts (the recipient never learns the buyer's
    tender), without a receipt, and for anything the tenders cannot take.
    """
    if total <= 0:
        return []
    receipt = case.receipt
    if receipt is None or receipt.gift or case.refund_to == "store_credit":
        return [RefundTender(TenderType.STORE_CREDIT, total)]
    capacity = _remaining_capacity(receipt.tenders, receipt.refunded_tenders)
    refunds: dict[tuple[TenderType, str | None], int] = {}
    left = total
    for tender_type in TENDER_ORDER:
        for index, tender in enumerate(receipt.tenders):
            if tender.type != tender_type or left == 0:
                continue
            amount = min(left, capacity[index])
            if amount > 0:
                key = (tender.type, tender.last4)
                refunds[key] = refunds.get(key, 0) + amount
                left -= amount
    if left:
        key = (TenderType.STORE_CREDIT, None)
        refunds[key] = refunds.get(key, 0) + left
    ordered = sorted(refunds.items(), key=lambda item: TENDER_ORDER.index(item[0][0]))
    return [RefundTender(kind, amount, last4) for (kind, last4), amount in ordered]


def _remaining_capacity(tenders: Iterable[Tender], refunded: Iterable[Tender]) -> list[int]:
    capacity = [t.amount for t in tenders]
    tenders = list(tenders)
    for done in refunded:
        left = done.amount
        for index, tender in enumerate(tenders):
            if left == 0:
                break
            if tender.type == done.type and (done.last4 is None or tender.last4 == done.last4):
                taken = min(left, capacity[index])
                capacity[index] -= taken
                left -= taken
    return capacity


def cash_part(tenders: Iterable[RefundTender]) -> int:
    return sum(t.amount for t in tenders if t.type == TenderType.CASH)


def summary(outcome: str, total: int, tenders: tuple[RefundTender, ...]) -> Sentence:
    if outcome != APPROVE:
        return Sentence(f"SUMMARY.{outcome}")
    parts = []
    for tender in tenders:
        if tender.type == TenderType.CARD:
            key = "TENDER.card" if tender.last4 else "TENDER.card_nolast4"
        else:
            key = f"TENDER.{tender.type}"
        parts.append(Sentence(key, {"amount": Amount(tender.amount), "last4": tender.last4 or ""}))
    if not parts:  # a free item, or so little of a weighed one that its share rounds to nothing
        return Sentence("SUMMARY.approve.nothing")
    if len(parts) == 1:
        return Sentence("SUMMARY.approve.one", {"tender": parts[0]})
    return Sentence("SUMMARY.approve", {"total": Amount(total), "tenders": Joined(tuple(parts))})
