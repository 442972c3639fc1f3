"""What a code looks like on screen: "changed_mind" reads "changed mind",
"WINDOW_EXPIRED" reads "window expired", each in the station's language.

The codes are the database's and the contract's (conditions, return reasons,
tenders, decision reasons, case types and statuses, ...); their English
labels are desktop/codes.py LABELS, marked for translation (context
"Codes"), once for every screen. A code nobody labelled yet is shown with
its underscores as spaces. The rules are the presenters' (ui/presenting.py);
here they run with Qt's translation.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from desktop.ui.presenting import CODES, Words

CONTEXT = CODES


class _OnScreen(Words):
    locale = "en_US"

    @staticmethod
    def translate(context: str, text: str) -> str:
        return QCoreApplication.translate(context, text)


_WORDS = _OnScreen()


def label(code: str | None) -> str:
    """A code as staff read it, in the station's language."""
    return _WORDS.label(code)


def term(text: str) -> str:
    """A word among a message's values: a code ("store_credit"), a code's
    English label ("store credit"), or a marked word of the layers below
    ("gift receipt")."""
    return _WORDS.term(text)


def labels(codes: Iterable[str]) -> str:
    """Several codes, comma-separated."""
    return _WORDS.labels(codes)
