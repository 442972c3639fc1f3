"""Money as integer minor units ("cents"), docs/contract.md section 1.

Every amount inside ReturnDesk is an ``int`` count of the currency's minor
unit (cents for USD, dong for VND). Decimal strings exist only at the edges:
JSON in and out, the policy file, the screen. Nothing here uses ``float``.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

# ISO 4217 minor units of the currencies our chains trade in, plus the common
# ones an importer might send. A currency not listed here is refused by the
# policy check rather than guessed.
MINOR_UNITS: dict[str, int] = {
    "USD": 2, "EUR": 2, "GBP": 2, "CAD": 2, "AUD": 2, "NZD": 2, "CHF": 2,
    "PHP": 2, "INR": 2, "SGD": 2, "MYR": 2, "THB": 2, "IDR": 2, "CNY": 2,
    "HKD": 2, "SEK": 2, "NOK": 2, "DKK": 2, "PLN": 2, "CZK": 2, "MXN": 2,
    "BRL": 2, "ZAR": 2,
    "VND": 0, "JPY": 0, "KRW": 0, "CLP": 0, "ISK": 0, "UGX": 0, "PYG": 0,
    "BHD": 3, "KWD": 3, "OMR": 3, "JOD": 3, "TND": 3,
}


class MoneyError(ValueError):
    """An amount that is not a valid decimal string for its currency."""


MAX_AMOUNT = Decimal(10) ** 12  # in major units: far beyond any receipt, far below any overflow


def _short(value: object, width: int = 40) -> str:
    text = repr(value)
    return text if len(text) <= width else text[: width - 1] + "…"


@dataclass(frozen=True, slots=True)
class Currency:
    code: str
    digits: int

    @classmethod
    def of(cls, code: str) -> Currency:
        try:
            return cls(code, MINOR_UNITS[code])
        except KeyError:
            raise MoneyError(f"unknown currency {code!r}") from None

    @property
    def scale(self) -> int:
        return int(10**self.digits)

    # ---- Public API

    def parse(self, text: object) -> int:
        """Parse a decimal string ("12.30", "125000") into minor units.

        Extra zero decimals ("12.300") are accepted; a fraction of a minor
        unit ("12.305" for USD, "125000.5" for VND) is refused: the contract
        sends exact amounts and rounding them silently would move money.
        """
        if isinstance(text, bool) or not isinstance(text, (str, int)):
            raise MoneyError(f"expected a decimal string, got {_short(text)}")
        try:
            value = Decimal(str(text).strip())
        except InvalidOperation:
            raise MoneyError(f"not a decimal amount: {_short(text)}") from None
        if not value.is_finite():
            raise MoneyError(f"not a decimal amount: {_short(text)}")
        if abs(value) >= MAX_AMOUNT:
            raise MoneyError(f"{_short(text)} is not an amount a store takes or gives back (at most "
                             f"{MAX_AMOUNT - 1:,} {self.code})")
        minor = value * self.scale
        if minor != minor.to_integral_value():
            raise MoneyError(
                f"{text!r} has more than {self.digits} decimal places for {self.code}"
            )
        return int(minor)

    def format(self, minor: int) -> str:
        """Minor units to the contract's decimal string ("12.30", "125000")."""
        sign = "-" if minor < 0 else ""
        whole, frac = divmod(abs(minor), self.scale)
        if self.digits == 0:
            return f"{sign}{whole}"
        return f"{sign}{whole}.{frac:0{self.digits}d}"

    def to_decimal(self, minor: int) -> Decimal:
        return Decimal(minor).scaleb(-self.digits)


def round_half_up(value: Decimal) -> int:
    """Round to a whole number of minor units, halves away from zero."""
    return int(value.to_integral_value(rounding=ROUND_HALF_UP))


def percent_of(minor: int, pct: Decimal) -> int:
    """round_half_up(minor x pct / 100): restocking fees."""
    return round_half_up(Decimal(minor) * pct / 100)


def apply_rate(minor: int, rate: Decimal) -> int:
    """round_half_up(minor x rate): tax on a net amount."""
    return round_half_up(Decimal(minor) * rate)


def prorate(total: int, weights: list[int]) -> list[int]:
    """Spread ``total`` over ``weights`` by the largest-remainder method.

    Each share is floor(total x w / W); the cents still missing go one each to
    the largest remainders, ties to the lower index. The shares always sum to
    ``total``. With no weight at all the total is spread evenly.
    """
    if not weights:
        if total:
            raise ValueError("cannot spread a non-zero amount over no lines")
        return []
    if any(w < 0 for w in weights):
        raise ValueError("weights must not be negative")
    if total < 0:
        return [-share for share in prorate(-total, weights)]
    whole = sum(weights)
    if whole == 0:
        weights = [1] * len(weights)
        whole = len(weights)
    shares: list[int] = []
    remainders: list[tuple[int, int]] = []
    for index, weight in enumerate(weights):
        share, remainder = divmod(total * weight, whole)
        shares.append(share)
        remainders.append((-remainder, index))
    missing = total - sum(shares)
    for _, index in sorted(remainders)[:missing]:
        shares[index] += 1
    return shares


def cumulative_share(amount: int, sold: int | Decimal, count: int | Decimal) -> int:
    """share(n) = round_half_up(amount x n / q) for partial quantities."""
    if sold <= 0:
        return 0
    return round_half_up(Decimal(amount) * count / sold)
