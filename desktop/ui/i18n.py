"""The screens' language.

Qt's translator is loaded from resources/translations (compiled .qm files;
`make translations` extracts and compiles them). A station's ``language``
setting wins; else the store policy's locale; English needs no file. The
setting ``language = "pseudo"`` installs a pseudo-translation that marks
every translated string and makes it 40 % longer, to find text nobody
marked for translation and layouts that clip longer languages
(tests/ui/test_layouts.py).

What the layers below the screens say (errors, a voucher's balance, the
policy in plain words) arrives as marked English templates with their
values (desktop/messages.py); ``render`` and ``explain`` show it here in the
station's language.
"""

from __future__ import annotations

import math
import re

from babel import Locale, UnknownLocaleError
from babel.numbers import format_currency
from PySide6.QtCore import QCoreApplication, QTranslator

from desktop.messages import Explained, Message, Term
from desktop.resources import root as resources_root
from desktop.ui import labels

PSEUDO = "pseudo"
# The context pyside6-lupdate gives QT_TR_NOOP outside a Qt class
# (desktop/messages.py marks the layers below the screens with it).
MESSAGES = ""

_installed: list[QTranslator] = []


def language_of(locale: str) -> str:
    return locale.replace("-", "_").split("_")[0].lower()


def install(locale: str) -> bool:
    """Load the translation for ``locale`` ("vi_VN", "te", "pseudo", ...);
    True when one was found. Replaces any translation installed before."""
    app = QCoreApplication.instance()
    if app is None:
        return False
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    language = language_of(locale)
    if language == "en":
        return False
    if language == PSEUDO:
        translator: QTranslator = PseudoTranslator(app)
    else:
        translator = QTranslator(app)
        if not translator.load(f"returndesk_{language}", str(resources_root() / "translations")):
            return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True


def formatting_locale(language: str, store_locale: str) -> str:
    """The locale the screens format amounts and dates with: the station's
    language when Babel knows it ("vi", "lt_LT"), else the store's (an empty
    setting, the pseudo-locale, or a typo in the config file)."""
    if not language or language_of(language) == PSEUDO:
        return store_locale
    try:
        Locale.parse(language.replace("-", "_"))
    except (ValueError, UnknownLocaleError):
        return store_locale
    return language.replace("-", "_")


# ---- What the layers below say


def _translate(text: str) -> str:
    if isinstance(text, Term):
        return labels.term(text)
    return QCoreApplication.translate(MESSAGES, text)


def render(said: Message | Explained | str) -> str:
    """A service's message in the station's language (a plain string as it is)."""
    if isinstance(said, (Message, Explained)):
        return said.render(_translate)
    return str(said)


def explain(error: BaseException) -> str:
    """Any exception from a use case as the one sentence a clerk reads, in
    the station's language."""
    from desktop.services import explain as explaining  # with the database's errors: not needed to start

    return explaining.explain(error, _translate)


# ---- Numbers and dates as the station writes them


def amount(minor: int, currency: str, locale: str) -> str:
    """An amount in the currency's minor units ("cents"; dong for VND) as
    the locale writes money: "$20.00", "20,00 €", "125.000 ₫"."""
    from desktop.policy.money import Currency  # the policy package: not needed before the first amount

    return format_currency(Currency.of(currency).to_decimal(minor), currency, locale=locale)



# ---- Reports as a manager reads them (the screen, its PDF, and `returndesk report --format pdf`)


# ---- The pseudo-locale

_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%\d|<[^<>]*>|&\w+;")
_ACCENTS = str.maketrans("aceinousyACEINOUSY", "áçéîñöüšýÁÇÉÎÑÖÜŠÝ")


def pseudo(text: str) -> str:
    """Every line 40 % longer and bracketed, letters accented; placeholders,
    HTML tags and mnemonics kept as they are."""

    def line(part: str) -> str:
        if not part.strip():
            return part
        pieces, at = [], 0
        for match in _PLACEHOLDER.finditer(part):
            pieces.append(part[at:match.start()].translate(_ACCENTS))
            pieces.append(match.group())
            at = match.end()
        pieces.append(part[at:].translate(_ACCENTS))
        padding = max(math.ceil(len(part) * 0.4) - 2, 0)
        return "⟦" + "".join(pieces) + "·" * padding + "⟧"

    return "\n".join(line(part) for part in text.split("\n"))


class PseudoTranslator(QTranslator):
    """Translates everything into the pseudo-locale."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,  # noqa: ARG002
                  n: int = -1) -> str:
        return pseudo(source)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False
