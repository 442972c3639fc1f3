"""The words a customer or a manager reads away from the screens, in the
store's language: one gettext catalogue per language.

resources/locale/<language>/returndesk.po holds, for each English text, its
translation; the message context says where the text is used:

    sentence <CODE>        what the clerk reads to the customer (policy/messages.py)
    receipt                words printed on receipts and vouchers (printing/words.py)
    reply <name> subject|body, reply target, reply customer
                           written replies to a customer (services/reply_templates.py)
    report                 a manager's report: titles, columns, notes, terms (services/reports/)
    code                   a code's label inside a customer's sentence (desktop/codes.py)

English is the source and the fallback: a text missing from a catalogue, or
left fuzzy, prints in English. The screens' own widgets are translated by
Qt (resources/translations/*.ts); nothing here needs Qt, so a receipt, a
reply or a report PDF is made the same way by the window, the command line
and a background job. `tools/translations.py` keeps the catalogues in step
with the English sources, and tests/unit/test_catalogue.py fails when a
language misses a text or breaks a placeholder.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.messages.pofile import read_po
from babel.numbers import format_decimal

from desktop import resources

DOMAIN = "returndesk"
LANGUAGES = ("vi", "fil", "lt", "te")  # English is the source

SENTENCE, RECEIPT, REPORT, CODE = "sentence", "receipt", "report", "code"


def N_(english: str) -> str:  # noqa: N802 - gettext's name for a deferred translation
    """Mark English for the catalogue; return it unchanged (it is translated
    where it is shown, in the language of whoever reads it)."""
    return english


def language_of(locale: str) -> str:
    """"vi_VN", "vi-VN" or "vi" -> "vi"."""
    return locale.replace("-", "_").split("_")[0].lower()


def catalogue_file(language: str) -> str:
    return f"locale/{language}/{DOMAIN}.po"


@functools.lru_cache(maxsize=16)
def entries(language: str) -> Mapping[tuple[str, str], str]:
    """(context, English) -> translation, the finished ones only; empty for
    English and for a language without a catalogue."""
    try:
        path = resources.path("locale", language, f"{DOMAIN}.po")
    except FileNotFoundError:
        return {}
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=None, domain=DOMAIN)
    return {(message.context or "", str(message.id)): str(message.string) for message in catalog
            if message.id and message.string and not message.fuzzy}


def gettext(locale: str, context: str, english: str) -> str:
    """The text in the locale's language, or the English when there is none."""
    return entries(language_of(locale)).get((context, english), english)


def translator(locale: str, context: str) -> Callable[[str], str]:
    """gettext for one locale and context, as a function of the English."""
    table = entries(language_of(locale))
    return lambda english: table.get((context, english), english)


def number(value: object, locale: str) -> str:
    """A count or a plain decimal ("1234.50", as services and reports keep
    them) with the locale's separators, keeping its decimal places ("1 234,50"
    in Lithuanian); anything else as it is."""
    if isinstance(value, bool) or value is None:
        return "" if value is None else str(value)
    if isinstance(value, int):
        return format_decimal(value, locale=locale)
    text = str(value)
    try:
        amount = Decimal(text)
    except InvalidOperation:
        return text
    if not amount.is_finite():
        return text
    exponent = amount.as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    return format_decimal(amount, format="#,##0" + ("." + "0" * places if places else ""), locale=locale)


@functools.cache
def date_pattern(locale: str) -> str:
    """The one way a station writes a day, on every screen and in its date
    fields: the locale's short date with the year in full ("M/d/yyyy" in
    en_US, "d/M/yyyy" in vi_VN, "yyyy-MM-dd" in lt_LT). Its letters mean
    the same to Babel and to QDateEdit.setDisplayFormat."""
    try:
        pattern = Locale.parse(locale).date_formats["short"].pattern
    except (UnknownLocaleError, ValueError):
        return "yyyy-MM-dd"
    pattern = re.sub(r"y+", "yyyy", pattern)
    return pattern if re.fullmatch(r"[dMy./\- ]+", pattern) else "yyyy-MM-dd"


def day(at: dt.date | dt.datetime, locale: str) -> str:
    """A calendar day as the station writes it (see date_pattern)."""
    return format_date(at.date() if isinstance(at, dt.datetime) else at, date_pattern(locale), locale=locale)
