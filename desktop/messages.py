"""Words a person reads, written once in English and shown in the station's
language.

Code below the screens (services, database, printing, the policy engine)
cannot use Qt, yet what it says reaches the counter: "no sale receipt ... in
this database", "wrong PIN", "the database cannot be reached". Such text is
an English *template* marked with ``QT_TR_NOOP`` (pyside6-lupdate finds the
mark and puts the template in the .ts files) plus the values to fill in. The
command line and the logs read it in English (``str()``); the screens
translate the template and every ``Term`` among the values before filling
them in (desktop/ui/i18n.py).

    raise NotFound(QT_TR_NOOP("no {kind} {code} in this database"), kind=Term(kind.label), code=code)
"""

from __future__ import annotations

import string
from collections.abc import Callable, Iterable, Mapping
from typing import Any

Translate = Callable[[str], str]


def QT_TR_NOOP(text: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    """Mark text for translation; return it unchanged."""
    return text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - as above, with the context named
    """Mark text for translation in a named context; return it unchanged."""
    return text


class Term(str):
    """A word among a message's values that is itself translated, such as a
    document kind or a status ("gift receipt", "approved"), unlike a value
    that is data (a receipt number, a name)."""

    __slots__ = ()


class Terms(str):
    """Several codes among a message's values ("WINDOW_EXPIRED, DAMAGED"):
    in English their words, comma-separated; on a screen each one's label."""

    __slots__ = ("codes",)
    codes: tuple[str, ...]

    def __new__(cls, codes: Iterable[str]) -> Terms:
        listed = tuple(codes)
        text = super().__new__(cls, ", ".join(code.replace("_", " ").lower() for code in listed))
        text.codes = listed
        return text


def _shown(value: Any, translate: Translate) -> Any:
    if isinstance(value, Message):  # a phrase among the values, itself translated
        return value.render(translate)
    if isinstance(value, Terms):
        return ", ".join(translate(Term(code)) for code in value.codes)
    if isinstance(value, Term):
        return translate(value)
    return value


def render(template: str, params: Mapping[str, Any], translate: Translate | None = None) -> str:
    """The template with its values, in English or through ``translate``.

    A template without values is returned as it is, so older messages that
    still carry their values inline (and any braces in them) stay intact.
    """
    if translate is not None:
        translated = translate(template)
        shown = {key: _shown(value, translate) for key, value in params.items()}
        try:
            return _fill(translated, shown)
        except (KeyError, IndexError, ValueError):  # a translation that broke a placeholder: say it in English
            return _fill(template, params)
    return _fill(template, params)


MAX_VALUE = 80  # a value longer than this (a pasted file, a scanner gone wild) is shown cut


def _short(value: Any) -> Any:
    if isinstance(value, str) and len(value) > MAX_VALUE:
        return value[: MAX_VALUE - 1] + "…"
    return value


def _fill(template: str, params: Mapping[str, Any]) -> str:
    if not params:
        return template
    return string.Formatter().vformat(template, (), {key: _short(value) for key, value in params.items()})


class Explained(Exception):
    """An error whose message a person reads: a marked template and its
    values. ``str(error)`` is the English text."""

    def __init__(self, template: str = "", /, **params: Any):
        self.template = template
        self.params = params
        super().__init__(render(template, params))

    def render(self, translate: Translate | None = None) -> str:
        return render(self.template, self.params, translate)


class Message(str):
    """A sentence a service hands to a screen (a voucher's balance, a line of
    the policy in plain words, a report's note): the English text, which is
    what the command line, files and logs get, carrying its template and
    values so that a screen can show it in another language."""

    __slots__ = ("template", "params")
    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, /, **params: Any) -> Message:
        text = super().__new__(cls, render(template, params))
        text.template, text.params = template, params
        return text

    def render(self, translate: Translate | None = None) -> str:
        return render(self.template, self.params, translate)

