from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.policy.money import Currency, MoneyError, cumulative_share, percent_of, prorate, round_half_up

USD, VND = Currency.of("USD"), Currency.of("VND")


@pytest.mark.parametrize(("text", "minor"), [("12.30", 1230), ("12.3", 1230), ("0", 0), ("499.99", 49999),
                                             ("12.300", 1230), ("-1.05", -105), (7, 700)])
def test_parse_usd(text: str, minor: int) -> None:
    assert USD.parse(text) == minor


@pytest.mark.parametrize("text", ["12.305", "abc", "", "NaN", "Infinity", "1e", None, 1.5, True])
def test_parse_refuses(text: object) -> None:
    with pytest.raises(MoneyError):
        USD.parse(text)


def test_vnd_has_no_minor_unit() -> None:
    assert VND.parse("125000") == 125000
    assert VND.format(125000) == "125000"
    with pytest.raises(MoneyError, match="more than 0 decimal places"):
        VND.parse("125000.5")


def test_format() -> None:
    assert USD.format(1230) == "12.30"
    assert USD.format(5) == "0.05"
    assert USD.format(-105) == "-1.05"


def test_round_half_up_to_the_minor_unit() -> None:
    assert round_half_up(Decimal("0.5")) == 1
    assert round_half_up(Decimal("1.5")) == 2
    assert round_half_up(Decimal("2.5")) == 3  # not banker's rounding
    assert round_half_up(Decimal("-2.5")) == -3
    assert percent_of(48999, Decimal(15)) == 7350  # 73.4985 -> 73.50


def test_prorate_largest_remainder_ties_to_the_lower_line() -> None:
    assert prorate(100, [1, 1, 1]) == [34, 33, 33]
    assert prorate(1000, [49999]) == [1000]
    assert prorate(10, [3, 3, 4]) == [3, 3, 4]
    assert prorate(1, [5, 5]) == [1, 0]
    assert prorate(0, [1, 2]) == [0, 0]
    assert prorate(5, [0, 0]) == [3, 2]  # nothing to weigh: spread evenly


@given(st.integers(0, 10**9), st.lists(st.integers(0, 10**7), min_size=1, max_size=40))
def test_prorate_always_sums_exactly(total: int, weights: list[int]) -> None:
    shares = prorate(total, weights)
    assert sum(shares) == total
    assert all(share >= 0 for share in shares)
    whole = sum(weights)
    if whole:
        for share, weight in zip(shares, weights, strict=False):
            exact = Decimal(total) * weight / whole
            assert abs(share - exact) < 1


@given(st.integers(0, 10**9), st.integers(1, 50))
def test_cumulative_shares_end_at_the_whole(amount: int, sold: int) -> None:
    assert cumulative_share(amount, sold, sold) == amount
    assert cumulative_share(amount, sold, 0) == 0
    steps = [cumulative_share(amount, sold, n) for n in range(sold + 1)]
    assert steps == sorted(steps)
