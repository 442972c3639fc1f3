"""Codes as people read them: the English label of each code of the
database and the contract (conditions, return reasons, tenders, decision
reasons, case types and statuses, ...).

The screens translate the labels with Qt (context "Codes",
desktop/ui/labels.py); reports with the catalogue (desktop/catalogue.py).
A code nobody labelled is shown with its underscores as spaces.
"""

from __future__ import annotations

from desktop.messages import QT_TRANSLATE_NOOP

LABELS: dict[str, str] = {
    # item condition
    "new": QT_TRANSLATE_NOOP("Codes", "new"),
    "opened": QT_TRANSLATE_NOOP("Codes", "opened"),
    "defective": QT_TRANSLATE_NOOP("Codes", "defective"),
    "damaged": QT_TRANSLATE_NOOP("Codes", "damaged"),
    # why the customer brings it back
    "changed_mind": QT_TRANSLATE_NOOP("Codes", "changed mind"),
    "wrong_size": QT_TRANSLATE_NOOP("Codes", "wrong size"),
    "not_as_described": QT_TRANSLATE_NOOP("Codes", "not as described"),
    "arrived_damaged": QT_TRANSLATE_NOOP("Codes", "arrived damaged"),
    "unwanted_gift": QT_TRANSLATE_NOOP("Codes", "unwanted gift"),
    "better_price": QT_TRANSLATE_NOOP("Codes", "better price elsewhere"),
    "other": QT_TRANSLATE_NOOP("Codes", "other"),
    # tenders
    "card": QT_TRANSLATE_NOOP("Codes", "card"),
    "gift_card": QT_TRANSLATE_NOOP("Codes", "gift card"),
    "store_credit": QT_TRANSLATE_NOOP("Codes", "store credit"),
    "cash": QT_TRANSLATE_NOOP("Codes", "cash"),
    # photo ID seen (never its number)
    "driving_licence": QT_TRANSLATE_NOOP("Codes", "driving licence"),
    "passport": QT_TRANSLATE_NOOP("Codes", "passport"),
    "national_id": QT_TRANSLATE_NOOP("Codes", "national ID card"),
    # decision reasons (the decision JSON's reason codes)
    "WINDOW_EXPIRED": QT_TRANSLATE_NOOP("Codes", "window expired"),
    "FINAL_SALE": QT_TRANSLATE_NOOP("Codes", "final sale"),
    "QTY_EXCEEDS_REMAINING": QT_TRANSLATE_NOOP("Codes", "more than is left to return"),
    "NOT_ON_RECEIPT": QT_TRANSLATE_NOOP("Codes", "not on the receipt"),
    "SERIAL_MISMATCH": QT_TRANSLATE_NOOP("Codes", "serial number differs"),
    "DAMAGED": QT_TRANSLATE_NOOP("Codes", "damaged"),
    "RESTOCKING_FEE": QT_TRANSLATE_NOOP("Codes", "restocking fee"),
    "OTHER_STORE": QT_TRANSLATE_NOOP("Codes", "receipt from another store"),
    "NO_RECEIPT": QT_TRANSLATE_NOOP("Codes", "no receipt"),
    "NO_RECEIPT_NOT_ALLOWED": QT_TRANSLATE_NOOP("Codes", "no-receipt returns not accepted"),
    "ID_REQUIRED": QT_TRANSLATE_NOOP("Codes", "photo ID required"),
    "NO_RECEIPT_LIMIT": QT_TRANSLATE_NOOP("Codes", "no-receipt limit reached"),
    "CASH_LIMIT": QT_TRANSLATE_NOOP("Codes", "cash over the drawer limit"),
    # outcomes and the return's status
    "approve": QT_TRANSLATE_NOOP("Codes", "approve"),
    "deny": QT_TRANSLATE_NOOP("Codes", "deny"),
    "needs_override": QT_TRANSLATE_NOOP("Codes", "needs a manager"),
    "completed": QT_TRANSLATE_NOOP("Codes", "completed"),
    "denied": QT_TRANSLATE_NOOP("Codes", "denied"),
    # override requests and goodwill gestures
    "pending": QT_TRANSLATE_NOOP("Codes", "pending"),
    "approved": QT_TRANSLATE_NOOP("Codes", "approved"),
    "refused": QT_TRANSLATE_NOOP("Codes", "refused"),
    "cancelled": QT_TRANSLATE_NOOP("Codes", "cancelled"),
    "used": QT_TRANSLATE_NOOP("Codes", "used"),
    "discount": QT_TRANSLATE_NOOP("Codes", "discount"),
    "courtesy_item": QT_TRANSLATE_NOOP("Codes", "courtesy item"),
    # service cases
    "technical_support": QT_TRANSLATE_NOOP("Codes", "technical support"),
    "complaint": QT_TRANSLATE_NOOP("Codes", "complaint"),
    "inquiry": QT_TRANSLATE_NOOP("Codes", "inquiry"),
    "repair_warranty": QT_TRANSLATE_NOOP("Codes", "repair or warranty"),
    "open": QT_TRANSLATE_NOOP("Codes", "open"),
    "waiting_customer": QT_TRANSLATE_NOOP("Codes", "waiting on the customer"),
    "waiting_department": QT_TRANSLATE_NOOP("Codes", "waiting on a department"),
    "resolved": QT_TRANSLATE_NOOP("Codes", "resolved"),
    "closed": QT_TRANSLATE_NOOP("Codes", "closed"),
    "urgent": QT_TRANSLATE_NOOP("Codes", "urgent"),
    "high": QT_TRANSLATE_NOOP("Codes", "high"),
    "normal": QT_TRANSLATE_NOOP("Codes", "normal"),
    "low": QT_TRANSLATE_NOOP("Codes", "low"),
    "walk_in": QT_TRANSLATE_NOOP("Codes", "walk-in"),
    "phone": QT_TRANSLATE_NOOP("Codes", "phone"),
    "email": QT_TRANSLATE_NOOP("Codes", "email"),
    "letter": QT_TRANSLATE_NOOP("Codes", "letter"),
    "in": QT_TRANSLATE_NOOP("Codes", "from the customer"),
    "out": QT_TRANSLATE_NOOP("Codes", "to the customer"),
    "service": QT_TRANSLATE_NOOP("Codes", "service"),
    "warehouse": QT_TRANSLATE_NOOP("Codes", "warehouse"),
    "billing": QT_TRANSLATE_NOOP("Codes", "billing"),
    "counter": QT_TRANSLATE_NOOP("Codes", "counter"),
    "senior staff": QT_TRANSLATE_NOOP("Codes", "senior staff"),
    "manager": QT_TRANSLATE_NOOP("Codes", "manager"),
    "first response": QT_TRANSLATE_NOOP("Codes", "first response"),
    "resolution": QT_TRANSLATE_NOOP("Codes", "resolution"),
    "acknowledge": QT_TRANSLATE_NOOP("Codes", "acknowledge the case"),
    "need_information": QT_TRANSLATE_NOOP("Codes", "ask for more information"),
    # staff roles
    "clerk": QT_TRANSLATE_NOOP("Codes", "clerk"),
    "admin": QT_TRANSLATE_NOOP("Codes", "administrator"),
    # loyalty tiers
    "gold": QT_TRANSLATE_NOOP("Codes", "gold"),
    "silver": QT_TRANSLATE_NOOP("Codes", "silver"),
    "platinum": QT_TRANSLATE_NOOP("Codes", "platinum"),
    # refund to
    "original": QT_TRANSLATE_NOOP("Codes", "to the original payment"),
}
