"""Sentences a clerk reads to the customer, in the policy's language.

The engine produces ``Sentence`` values (a template key and typed
parameters); they become text only here, with amounts and dates formatted by
Babel from CLDR data for the locale. Keeping the parameters typed lets the
counter re-render the same decision in the station's own language.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_currency, format_decimal

from desktop import catalogue
from desktop.codes import LABELS
from desktop.policy.money import Currency


@dataclass(frozen=True, slots=True)
class Amount:
    """A money parameter, in minor units of the decision's currency."""

    minor: int


@dataclass(frozen=True, slots=True)
class Sentence:
    key: str
    params: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Codes:
    """Reason codes among a sentence's values: read to the customer by their
    labels in the policy's language ("window expired", not "WINDOW_EXPIRED")."""

    codes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Joined:
    """Sentences joined as a list ("a, b and c")."""

    parts: tuple[Sentence, ...]


# English is the source; other languages are in the catalogues (desktop/catalogue.py,
# context "sentence <KEY>") and fall back to English key by key, never to an empty sentence.
ENGLISH: dict[str, str] = {
    "WINDOW_EXPIRED": "Bought {days} days ago; {category} can be returned within {window} days.",
    "WINDOW_EXPIRED.tier": "Bought {days} days ago; {category} can be returned within {window} days, "
                           "including {extra} extra days for {tier} members.",
    "WINDOW_EXPIRED.defective": "Bought {days} days ago; defective items can be returned within {window} days.",
    "WINDOW_EXPIRED.holiday": "Bought {days} days ago in the holiday season; holiday purchases could be "
                              "returned until {return_by}.",
    "FINAL_SALE": "{item} was sold as final sale and cannot be returned.",
    "QTY_EXCEEDS_REMAINING": "Only {remaining} of the {sold} {item} on this receipt can still be returned.",
    "QTY_EXCEEDS_REMAINING.none": "All {sold} {item} on this receipt have already been returned.",
    "NOT_ON_RECEIPT": "Line {line} is not on this receipt.",
    "SERIAL_MISMATCH": "The serial number of this {item} does not match the one sold on this receipt.",
    "DAMAGED": "The {item} came back damaged, which the return policy does not cover.",
    "RESTOCKING_FEE": "Opened {category} carry a {pct}% restocking fee ({fee}).",
    "RESTOCKING_FEE.always": "Returned {category} carry a {pct}% restocking fee ({fee}).",
    "OTHER_STORE": "This receipt is from store {store}; this store takes back only its own sales.",
    "NO_RECEIPT": "Without a receipt, {item} is refunded at {price}, the lowest price of the last {lookback} days, "
                  "as store credit.",
    "NO_RECEIPT.current": "Without a receipt, {item} is refunded at today's price of {price}, as store credit.",
    "NO_RECEIPT_NOT_ALLOWED": "This store cannot take returns without a receipt.",
    "ID_REQUIRED": "A return without a receipt needs a photo ID.",
    "NO_RECEIPT_LIMIT.count": "This would be return number {count} without a receipt in 12 months; "
                              "the limit is {limit}.",
    "NO_RECEIPT_LIMIT.value": "Returns without a receipt are limited to {limit} in 12 months, "
                              "and this one would bring the total to {total}.",
    "CASH_LIMIT": "{cash} would be paid out in cash, more than the {limit} a register may pay without a manager.",
    "OVERRIDDEN": "A manager approved an exception to the policy ({codes}).",
    # Summaries: one sentence for the whole decision.
    "SUMMARY.approve": "We will refund {total}: {tenders}.",
    "SUMMARY.approve.one": "We will refund {tender}.",
    "SUMMARY.approve.nothing": "We take this back; it cost nothing, so there is nothing to refund.",
    "SUMMARY.needs_override": "A manager needs to approve this return before we can refund it.",
    "SUMMARY.deny": "We cannot take this return back.",
    "TENDER.card": "{amount} to the card ending {last4}",
    "TENDER.card_nolast4": "{amount} to the card used",
    "TENDER.gift_card": "{amount} to the gift card",
    "TENDER.store_credit": "{amount} as store credit",
    "TENDER.cash": "{amount} in cash",
    "AND": "{first} and {last}",
    "ITEMS": "items",
}


def templates(locale: str) -> dict[str, str]:
    """Every sentence's template in the locale's language (English where a
    catalogue has none)."""
    return {key: catalogue.gettext(locale, f"{catalogue.SENTENCE} {key}", english) for key, english in ENGLISH.items()}


class Renderer:
    """Formats sentences for one locale and currency."""

    def __init__(self, locale: str, currency: Currency):
        self.locale = Locale.parse(locale)
        self.currency = currency
        self.templates = templates(locale)
        self._money = money_format(self.locale, currency)

    @classmethod
    @functools.lru_cache(maxsize=64)
    def of(cls, locale: str, currency: Currency) -> Renderer:
        """The renderer for a locale and currency, built once per process
        (every decision renders its sentences)."""
        return cls(locale, currency)

    # ---- Public API

    def text(self, sentence: Sentence) -> str:
        template = self.templates.get(sentence.key) or ENGLISH[sentence.key]
        values = {name: self.value(value) for name, value in sentence.params.items()}
        return template.format(**values)

    def money(self, minor: int) -> str:
        """An amount with its currency, as the locale writes it (VND: no decimals)."""
        return self._money(minor)

    def value(self, value: Any) -> str:
        if isinstance(value, Amount):
            return self.money(value.minor)
        if isinstance(value, dt.date):
            return format_date(value, format="long", locale=self.locale)
        if isinstance(value, Decimal):
            return format_decimal(value.normalize(), locale=self.locale)
        if isinstance(value, bool):
            return str(value)
        if isinstance(value, int):
            return format_decimal(value, locale=self.locale)
        if isinstance(value, Sentence):
            return self.text(value)
        if isinstance(value, Joined):
            return self.join([self.text(part) for part in value.parts])
        if isinstance(value, Codes):
            return self.join([self.code(code) for code in value.codes])
        return str(value)

    def code(self, code: str) -> str:
        """A code as the customer hears it, in the policy's language (desktop/codes.py labels)."""
        english = LABELS.get(code, code.replace("_", " ").lower())
        return catalogue.gettext(str(self.locale), catalogue.CODE, english)

    def join(self, parts: list[str]) -> str:
        if len(parts) == 1:
            return parts[0]
        return self.templates["AND"].format(first=", ".join(parts[:-1]), last=parts[-1])


# ---- Amounts, as fast as a counter needs them
#
# Babel's format_currency walks the CLDR pattern on every call (about 50 us;
# a decision renders several amounts). The shape of a locale's amount (its
# prefix, grouping, separators and suffix) is read once off Babel's own
# output and then applied with string operations; a shape that does not
# reproduce Babel exactly on the check amounts (a locale with unusual
# grouping rules) keeps Babel for every amount. Negative amounts always go
# to Babel.

_CHECKS = (0, 1, 7, 99, 100, 105, 1_000, 12_345, 99_999, 100_000, 123_456, 1_234_567, 12_345_678, 100_000_000,
           987_654_321, 1_000_000_000_007)


def money_format(locale: Locale, currency: Currency) -> Callable[[int], str]:
    """A function from minor units to the amount as Babel writes it (shaped
    once per process for each locale and currency)."""
    return _money_format(str(locale), currency)


@functools.lru_cache(maxsize=64)
def _money_format(locale_name: str, currency: Currency) -> Callable[[int], str]:
    locale = Locale.parse(locale_name)

    def babel(minor: int) -> str:
        return format_currency(currency.to_decimal(minor), currency.code, locale=locale)

    shaped = _shape(babel(1_234_567 * currency.scale + currency.scale - 1), currency.digits)
    if shaped is None:
        return babel
    prefix, group, decimal, primary, secondary, suffix = shaped
    scale, digits = currency.scale, currency.digits

    def fast(minor: int) -> str:
        if minor < 0:
            return babel(minor)
        whole, fraction = divmod(minor, scale)
        text = str(whole)
        if len(text) > primary:
            head, parts = text[:-primary], [text[-primary:]]
            while len(head) > secondary:
                parts.append(head[-secondary:])
                head = head[:-secondary]
            parts.append(head)
            text = group.join(reversed(parts))
        if digits:
            text = f"{text}{decimal}{fraction:0{digits}d}"
        return prefix + text + suffix

    return fast if all(fast(minor) == babel(minor) for minor in _CHECKS) else babel


def _shape(sample: str, digits: int) -> tuple[str, str, str, int, int, str] | None:
    """Read "$1,234,567.99" as ("$", ",", ".", 3, 3, ""); None if it is not that simple."""
    positions = [i for i, char in enumerate(sample) if char in "0123456789"]
    if not positions:
        return None
    first, last = positions[0], positions[-1]
    body = sample[first:last + 1]
    decimal = ""
    if digits:
        decimal, body = body[-digits - 1], body[:-digits - 1]
        if decimal.isdigit():
            return None
    separators = {char for char in body if not char.isdigit()}
    if len(separators) != 1:
        return None
    group = separators.pop()
    parts = body.split(group)
    if "".join(parts) != "1234567" or len(parts) < 3:
        return None
    primary, secondary = len(parts[-1]), len(parts[-2])
    return sample[:first], group, decimal, primary, secondary, sample[last + 1:]
