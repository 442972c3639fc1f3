"""Quantities: whole pieces, or weighed and measured goods to the thousandth.

A line sold by the piece has an ``int`` quantity. A line of weighed or
measured goods (1.47 lb of apples, 2.5 m of cable) carries a ``unit`` and a
``Decimal`` quantity of at most three decimals, and may come back in part.
The database keeps every quantity as an integer count of 10^-scale units
(scale 0 for pieces, 3 for the rest), so sums and the CHECK that nothing is
returned beyond what was sold stay exact on SQLite too, as money does.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

Qty = int | Decimal
DECIMALS = 3  # a thousandth of a pound, kilogram, metre or litre
PIECE_SCALE = 0
MEASURED_SCALE = DECIMALS


class QuantityError(ValueError):
    """A quantity that is not a valid count or measure."""


MAX_QTY = 1_000_000  # pieces on one line, or of a measure: far beyond any receipt


def parse(value: object, measured: bool) -> Qty:
    """A quantity from JSON: a whole number, or for measured goods also a
    decimal string or number of up to three decimals. Never a float's
    binary noise: 1.47 arrives as the decimal it was written as."""
    if isinstance(value, bool):
        raise QuantityError(f"must be a number, not {value!r}")
    if isinstance(value, int):
        if abs(value) > MAX_QTY:
            raise QuantityError(f"{value} is more than a line can hold (at most {MAX_QTY:,})")
        return value  # a whole number is a count and a measure alike
    if isinstance(value, (str, float, Decimal)):
        try:
            number = Decimal(str(value).strip())
        except InvalidOperation:
            raise QuantityError(f"not a quantity: {value!r}") from None
        if not number.is_finite():
            raise QuantityError(f"not a quantity: {value!r}")
        if abs(number) > MAX_QTY:
            raise QuantityError(f"{str(value)[:40]} is more than a line can hold (at most {MAX_QTY:,})")
        if number != number.quantize(Decimal(1).scaleb(-DECIMALS)):
            raise QuantityError(f"{value} has more than {DECIMALS} decimals")
        if not measured:
            if number != number.to_integral_value():
                raise QuantityError(f"must be a whole number of pieces, not {value}")
            return int(number)
        return number
    raise QuantityError(f"must be a number, not {value!r}")


def scale_of(unit: str | None) -> int:
    return MEASURED_SCALE if unit else PIECE_SCALE


def to_units(qty: Qty, scale: int) -> int:
    """The integer the database keeps: qty x 10^scale, exactly."""
    value = Decimal(qty).scaleb(scale)
    if value != value.to_integral_value():
        raise QuantityError(f"{qty} has more than {scale} decimals")
    return int(value)


def from_units(units: int, scale: int) -> Qty:
    """Back from the database's integer to a quantity."""
    if scale == 0:
        return int(units)
    return Decimal(units).scaleb(-scale)


def text(qty: Qty) -> int | str:
    """A quantity in JSON: pieces as a number, measures as a decimal string
    without trailing zeros ("1.47", "2")."""
    if isinstance(qty, int):
        return qty
    normal = qty.normalize()
    return format(normal.quantize(Decimal(1)) if normal == normal.to_integral_value() else normal, "f")


def whole(qty: Qty) -> bool:
    return isinstance(qty, int) or qty == qty.to_integral_value()
