"""What a code looks like on screen: "changed_mind" reads "changed mind",
"WINDOW_EXPIRED" reads "window expired", each in the station's language.

The codes are the database's and the contract's (conditions, return reasons,
tenders, decision reasons, case types and statuses, ...); their English
labels are desktop/messages.py LABELS, marked for translation (context
"Codes"), once for every screen. A code nobody labelled yet is shown with its underscores as spaces.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.codes import LABELS

CONTEXT = "Codes"



def label(code: str | None) -> str:
    """A code as staff read it, in the station's language."""
    if not code:
        return ""
    english = LABELS.get(code)
    if english is None:
        return code.replace("_", " ")
    return QCoreApplication.translate(CONTEXT, english)


_ENGLISH = set(LABELS.values())


def term(text: str) -> str:
    """A word among a message's values: a code ("store_credit"), a code's
    English label ("store credit"), or a marked word of the layers below
    ("gift receipt")."""
    if text in LABELS:
        return label(text)
    if text in _ENGLISH:
        return QCoreApplication.translate(CONTEXT, text)
    return QCoreApplication.translate("", text)


def labels(codes: object) -> str:
    """Several codes, comma-separated."""
    return ", ".join(label(str(code)) for code in codes)  # type: ignore[attr-defined]
