"""Amounts in sentences are written exactly as Babel writes them, in every
store locale, whether the fast shape or Babel itself formats them."""

from __future__ import annotations

import pytest
from babel import Locale
from babel.numbers import format_currency
from hypothesis import given
from hypothesis import strategies as st

from desktop.policy.messages import Renderer, money_format
from desktop.policy.money import Currency

# The stores' own (English, Vietnamese, Filipino, Lithuanian, Telugu), and
# locales whose amounts are shaped differently: a symbol after the number,
# right-to-left marks, three decimals, Swiss grouping that Babel applies only
# to some amounts.
PAIRS = [("en_US", "USD"), ("vi_VN", "VND"), ("fil_PH", "PHP"), ("lt_LT", "EUR"), ("te_IN", "INR"),
         ("en_IN", "INR"), ("de_DE", "EUR"), ("ar_EG", "USD"), ("en_US", "KWD"), ("ja_JP", "JPY"),
         ("de_CH", "CHF")]


def babel(locale: str, code: str, minor: int) -> str:
    currency = Currency.of(code)
    return format_currency(currency.to_decimal(minor), code, locale=locale)


@pytest.mark.parametrize(("locale", "code"), PAIRS)
@given(minor=st.integers(min_value=-10**9, max_value=10**15))
def test_every_amount_reads_as_babel_writes_it(locale: str, code: str, minor: int) -> None:
    assert money_format(Locale.parse(locale), Currency.of(code))(minor) == babel(locale, code, minor)


def test_the_store_locales_take_the_fast_shape_and_odd_grouping_keeps_babel() -> None:
    shaped = {f"{locale}/{code}": money_format(Locale.parse(locale), Currency.of(code)).__name__
              for locale, code in PAIRS}
    assert all(shaped[pair] == "fast" for pair in ("en_US/USD", "vi_VN/VND", "fil_PH/PHP", "lt_LT/EUR", "te_IN/INR"))
    assert shaped["de_CH/CHF"] == "babel"  # 1'234.56 but 1234567.89: no single shape


def test_a_renderer_is_built_once_per_locale_and_currency() -> None:
    usd = Currency.of("USD")
    assert Renderer.of("vi_VN", usd) is Renderer.of("vi_VN", usd)
    assert Renderer.of("vi_VN", usd) is not Renderer.of("en_US", usd)
    assert Renderer.of("te_IN", Currency.of("INR")).money(123_456_789) == "₹12,34,567.89"
