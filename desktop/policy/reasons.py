"""Reason codes of a decision (docs/contract.md section 3) and what customers bring
items back for."""

from __future__ import annotations

import enum


class Reason(enum.StrEnum):
    WINDOW_EXPIRED = "WINDOW_EXPIRED"
    FINAL_SALE = "FINAL_SALE"
    QTY_EXCEEDS_REMAINING = "QTY_EXCEEDS_REMAINING"
    NOT_ON_RECEIPT = "NOT_ON_RECEIPT"
    SERIAL_MISMATCH = "SERIAL_MISMATCH"
    DAMAGED = "DAMAGED"
    RESTOCKING_FEE = "RESTOCKING_FEE"
    OTHER_STORE = "OTHER_STORE"
    NO_RECEIPT = "NO_RECEIPT"
    NO_RECEIPT_NOT_ALLOWED = "NO_RECEIPT_NOT_ALLOWED"
    ID_REQUIRED = "ID_REQUIRED"
    NO_RECEIPT_LIMIT = "NO_RECEIPT_LIMIT"
    CASH_LIMIT = "CASH_LIMIT"


# Codes a manager may approve, when the policy's override.allowed lists them.
# The others are facts no signature can change (a line not on the receipt,
# more units than were sold) or store rules without an exception path.
OVERRIDABLE = frozenset({
    Reason.WINDOW_EXPIRED,
    Reason.FINAL_SALE,
    Reason.SERIAL_MISMATCH,
    Reason.DAMAGED,
    Reason.NO_RECEIPT_LIMIT,
    Reason.CASH_LIMIT,
})

# Informational codes on an approved line.
INFORMATIONAL = frozenset({Reason.RESTOCKING_FEE, Reason.NO_RECEIPT})


class Condition(enum.StrEnum):
    NEW = "new"
    OPENED = "opened"
    DEFECTIVE = "defective"
    DAMAGED = "damaged"


class ReturnReason(enum.StrEnum):
    """Why the customer brings the item back (recorded, reported, and shown
    on the receipt; the policy decides on condition, not on this)."""

    CHANGED_MIND = "changed_mind"
    DEFECTIVE = "defective"
    WRONG_SIZE = "wrong_size"
    NOT_AS_DESCRIBED = "not_as_described"
    ARRIVED_DAMAGED = "arrived_damaged"
    UNWANTED_GIFT = "unwanted_gift"
    BETTER_PRICE = "better_price"
    OTHER = "other"


class TenderType(enum.StrEnum):
    CARD = "card"
    GIFT_CARD = "gift_card"
    STORE_CREDIT = "store_credit"
    CASH = "cash"


# Refunds go back in this order, so that cash leaves the drawer last.
TENDER_ORDER = (TenderType.CARD, TenderType.GIFT_CARD, TenderType.STORE_CREDIT, TenderType.CASH)
