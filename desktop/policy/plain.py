"""The store's return policy in plain language, for the reference panel:
what staff can tell a customer, generated from the policy file so it never
drifts from what the engine decides."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from babel.dates import format_date
from babel.numbers import format_currency

from desktop.policy.rules import Policy


def describe(policy: Policy) -> list[str]:
    locale = policy.locale
    currency = policy.currency

    def money(minor: int) -> str:
        return format_currency(currency.to_decimal(minor), currency.code, locale=locale)

    def pct(value: Decimal) -> str:
        return f"{value.normalize():f}%"

    lines = [f"Returns with a receipt are accepted within {policy.default_window_days} days of purchase, "
             f"counted in the store's calendar ({policy.timezone})."]
    if policy.defective_window_days and policy.defective_window_days != policy.default_window_days:
        lines.append(f"Defective items: {policy.defective_window_days} days.")
    lines.append("Receipts from other stores of the chain are honoured." if policy.cross_store_returns
                 else "Only receipts from this store are accepted.")
    for name, rule in sorted(policy.categories.items()):
        parts = []
        if rule.final_sale:
            parts.append("final sale, not returnable")
        if rule.window_days is not None:
            parts.append(f"{rule.window_days} days")
        if rule.restocking_fee_pct:
            when = {"opened": "when opened", "always": "always", "never": "never"}[rule.restocking_fee_when]
            parts.append(f"a {pct(rule.restocking_fee_pct)} restocking fee {when}")
        if rule.requires_serial_match:
            parts.append("the serial number must match the receipt")
        if parts:
            lines.append(f"{name.replace('_', ' ').capitalize()}: {'; '.join(parts)}.")
    for tier, days in sorted(policy.tiers.items(), key=lambda item: item[1]):
        lines.append(f"{tier.capitalize()} members get {days} extra days on every window.")
    if policy.holiday is not None:
        h = policy.holiday

        def day(md) -> str:  # type: ignore[no-untyped-def]
            return format_date(dt.date(2000, md.month, md.day), "MMMM d", locale=locale)

        lines.append(f"Holiday purchases from {day(h.start)} to {day(h.end)} can be returned until "
                     f"{day(h.return_by)}.")
    rule = policy.no_receipt
    if rule.allowed:
        text = (f"Without a receipt: refunded as store credit at the "
                f"{'lowest price of the last ' + str(rule.lookback_days) + ' days' if rule.price_basis == 'lowest' else 'current price'}")
        if rule.requires_id:
            text += ", with a photo ID"
        limits = []
        if rule.max_returns_per_365_days is not None:
            limits.append(f"{rule.max_returns_per_365_days} returns")
        if rule.max_value_per_365_days is not None:
            limits.append(money(rule.max_value_per_365_days))
        if limits:
            text += f"; at most {' and '.join(limits)} per customer in 365 days"
        lines.append(text + ".")
    else:
        lines.append("Returns without a receipt are not accepted.")
    if policy.cash_refund_limit is not None:
        lines.append(f"Cash refunds over {money(policy.cash_refund_limit)} need a manager.")
    if policy.override_allowed:
        codes = ", ".join(sorted(code.replace("_", " ").lower() for code in policy.override_allowed))
        lines.append(f"A manager may override: {codes}.")
    service = policy.service
    email = service.target("email", "normal")
    lines.append(f"Service desk: written contacts are answered within {email.first_response_hours:g} business hours; "
                 f"a follow-up call {service.follow_up_days} days after a case is solved.")
    if policy.receipt_footer:
        lines.append(f"On every receipt: “{policy.receipt_footer}”")
    return lines
