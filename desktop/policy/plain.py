"""The store's return policy in plain language, for the reference panel:
what staff can tell a customer, generated from the policy file so it never
drifts from what the engine decides."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from babel.dates import format_date
from babel.numbers import format_currency, format_decimal, format_percent

from desktop.messages import QT_TR_NOOP, Message, Term, Terms
from desktop.policy.rules import Policy


def describe(policy: Policy) -> list[Message]:
    """The policy's rules, one plain sentence each, with amounts and dates
    formatted for the policy's locale (the screens translate the words)."""
    locale = policy.locale
    currency = policy.currency

    def money(minor: int) -> str:
        return format_currency(currency.to_decimal(minor), currency.code, locale=locale)

    def pct(value: Decimal) -> str:
        return format_percent(value / 100, "#,##0.##%", locale=locale)

    lines = [Message(QT_TR_NOOP("Returns with a receipt are accepted within {days} days of purchase, counted in the "
                                "store's calendar ({timezone})."),
                     days=policy.default_window_days, timezone=policy.timezone)]
    if policy.defective_window_days and policy.defective_window_days != policy.default_window_days:
        lines.append(Message(QT_TR_NOOP("Defective items: {days} days."), days=policy.defective_window_days))
    lines.append(Message(QT_TR_NOOP("Receipts from other stores of the chain are honoured."))
                 if policy.cross_store_returns else Message(QT_TR_NOOP("Only receipts from this store are accepted.")))
    for name, rule in sorted(policy.categories.items()):
        if rule.final_sale:
            lines.append(Message(QT_TR_NOOP("{category}: final sale, not returnable."), category=_category(name)))
            continue
        if rule.window_days is not None:
            lines.append(Message(QT_TR_NOOP("{category}: {days} days."), category=_category(name),
                                 days=rule.window_days))
        if rule.restocking_fee_pct and rule.restocking_fee_when != "never":
            template = (QT_TR_NOOP("{category}: a {fee} restocking fee when opened.")
                        if rule.restocking_fee_when == "opened"
                        else QT_TR_NOOP("{category}: a {fee} restocking fee, always."))
            lines.append(Message(template, category=_category(name), fee=pct(rule.restocking_fee_pct)))
        if rule.requires_serial_match:
            lines.append(Message(QT_TR_NOOP("{category}: the serial number must match the receipt."),
                                 category=_category(name)))
    for tier, days in sorted(policy.tiers.items(), key=lambda item: item[1]):
        lines.append(Message(QT_TR_NOOP("Members of the {tier} tier get {days} extra days on every window."),
                             tier=Term(tier), days=days))
    if policy.holiday is not None:
        h = policy.holiday

        def day(md) -> str:  # type: ignore[no-untyped-def]
            return format_date(dt.date(2000, md.month, md.day), "MMMM d", locale=locale)

        lines.append(Message(QT_TR_NOOP("Holiday purchases from {start} to {end} can be returned until {until}."),
                             start=day(h.start), end=day(h.end), until=day(h.return_by)))
    no_receipt = policy.no_receipt
    if no_receipt.allowed:
        if no_receipt.price_basis == "lowest":
            lines.append(Message(QT_TR_NOOP("Without a receipt: refunded as store credit at the lowest price of the "
                                            "last {days} days."), days=no_receipt.lookback_days))
        else:
            lines.append(Message(QT_TR_NOOP("Without a receipt: refunded as store credit at the current price.")))
        if no_receipt.requires_id:
            lines.append(Message(QT_TR_NOOP("Without a receipt, the customer shows a photo ID.")))
        if no_receipt.max_returns_per_365_days is not None:
            lines.append(Message(QT_TR_NOOP("Without a receipt: at most {count} returns per customer in 365 days."),
                                 count=no_receipt.max_returns_per_365_days))
        if no_receipt.max_value_per_365_days is not None:
            lines.append(Message(QT_TR_NOOP("Without a receipt: at most {amount} per customer in 365 days."),
                                 amount=money(no_receipt.max_value_per_365_days)))
    else:
        lines.append(Message(QT_TR_NOOP("Returns without a receipt are not accepted.")))
    if policy.cash_refund_limit is not None:
        lines.append(Message(QT_TR_NOOP("Cash refunds over {amount} need a manager."),
                             amount=money(policy.cash_refund_limit)))
    if policy.override_allowed:
        lines.append(Message(QT_TR_NOOP("A manager may override: {codes}."),
                             codes=Terms(sorted(str(code) for code in policy.override_allowed))))
    service = policy.service
    email = service.target("email", "normal")
    lines.append(Message(QT_TR_NOOP("Service desk: written contacts are answered within {hours} business hours; a "
                                    "follow-up call {days} days after a case is solved."),
                         hours=format_decimal(email.first_response_hours, locale=locale), days=service.follow_up_days))
    if policy.receipt_footer:
        lines.append(Message(QT_TR_NOOP("On every receipt: “{footer}”"), footer=policy.receipt_footer))
    return lines


def _category(name: str) -> str:
    return name.replace("_", " ").capitalize()
