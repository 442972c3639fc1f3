"""The words printed on receipts, vouchers and gift receipts, in the store's
language. English is the source (gettext's msgid, context "receipt" in
resources/locale/*/returndesk.po); a missing entry prints in English.
tests/unit/test_catalogue.py fails when a language misses one.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop import catalogue

ENGLISH = (
    "SALE RECEIPT", "RETURN RECEIPT", "STORE CREDIT VOUCHER", "GIFT RECEIPT", "REPRINT", "OFFLINE",
    "Taken while this register was offline: it reaches the store's records when the connection is back.",
    "Date", "Served by", "Member", "Original receipt", "none (no-receipt return)", "Approved by", "Gift return",
    "refunded as store credit", "Issued", "Value", "Balance", "From return", "Date of purchase",
    "Subtotal", "Order discount", "Tax", "Total", "Items", "Restocking fees", "Refund total",
    "Card", "Gift card", "Store credit", "Cash", "{name} ending {last4}", "{name} voucher {voucher}",
    "Discount {amount}", "Serial {serial}", "FINAL SALE: not returnable", "{qty} × returned", "Item {amount}",
    "tax {amount}", "Restocking fee {amount}",
    "new", "opened", "damaged", "defective",
    "changed mind", "wrong size", "not as described", "arrived damaged", "unwanted gift", "better price", "other",
    "Keep this receipt for returns", "Store credit — scan at the till", "Gift receipt — no prices shown",
    "Spend it at any of our stores: scan this barcode at the till as a tender.",
    "Not exchangeable for cash. Keep it safe: it is as good as money.",
    "A gift for you! Bring this receipt to exchange the item or return it for store credit.",
    # The end-of-day cash slip (services/documents.py closing_slip)
    "END OF DAY: CASH REFUNDED", "Store", "Day", "Printed by", "Register {code}", "{count} cash refunds",
    "Cash refunded", "No cash was refunded on this day.", "Count each register's drawer against its amount.",
    # The store's settings (services/documents.py _store_header)
    "Tax ID {tax_id}",
    # The audit chain's checkpoint on the end-of-day slip (services/audit.py)
    "Audit checkpoint {checkpoint}",
)

def translator(locale: str) -> Callable[[str], str]:
    """A function that prints an English receipt word in the locale's language."""
    return catalogue.translator(locale, catalogue.RECEIPT)
