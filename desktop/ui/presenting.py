"""What every presenter shares: codes, a service's messages and dates in the
station's language, through a translate function the screen hands in (Qt's
QCoreApplication.translate on a screen; English in tests). No Qt here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from desktop.catalogue import day
from desktop.codes import LABELS
from desktop.messages import Explained, Message, Term

Translate = Callable[[str, str], str]  # (context, English) -> the words shown
CODES = "Codes"  # the context of the codes' labels (desktop/codes.py)
MESSAGES = ""  # the context pyside6-lupdate gives QT_TR_NOOP outside a class (the services' messages)
_ENGLISH_LABELS = set(LABELS.values())


def english(context: str, text: str) -> str:  # noqa: ARG001 - a Translate that leaves English as it is
    return text


class Words:
    """Mixed into a presenter that has ``translate`` and ``locale``."""

    translate: Translate
    locale: str

    def tr(self, text: str) -> str:
        """The presenter's own words, in the context of its class's name, as
        pyside6-lupdate files ``self.tr("…")`` calls it finds in a class."""
        return self.translate(type(self).__name__, text)

    def label(self, code: str | None) -> str:
        """A code as staff read it ("changed_mind" -> "changed mind")."""
        if not code:
            return ""
        english_label = LABELS.get(code)
        return self.translate(CODES, english_label) if english_label else code.replace("_", " ")

    def labels(self, codes: Iterable[str]) -> str:
        return ", ".join(self.label(str(code)) for code in codes)

    def term(self, text: str) -> str:
        """A word among a message's values: a code, a code's English label, or a marked word."""
        if text in LABELS:
            return self.label(text)
        return self.translate(CODES if text in _ENGLISH_LABELS else MESSAGES, text)

    def render(self, said: Message | Explained | str) -> str:
        """A service's message in the station's language (a plain string as it is)."""
        if isinstance(said, (Message, Explained)):
            return said.render(lambda text: self.term(text) if isinstance(text, Term)
                               else self.translate(MESSAGES, text))
        return str(said)

    def day(self, at: dt.date | dt.datetime) -> str:
        """A calendar day as the station writes it (see date_pattern)."""
        return day(at, self.locale)
