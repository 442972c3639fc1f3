"""The written replies customers receive: every language has every
template, each with exactly the English placeholders."""

from __future__ import annotations

import string

import pytest

from desktop.services.reply_templates import ENGLISH, WORDINGS, wording


def names(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("language", sorted(set(WORDINGS) - {"en"}))
def test_every_template_in_every_language_keeps_its_placeholders(language: str) -> None:
    words = WORDINGS[language]
    assert set(words.templates) == set(ENGLISH.templates)
    for name, (subject, body) in ENGLISH.templates.items():
        translated_subject, translated_body = words.templates[name]
        assert names(translated_subject) == names(subject), (language, name)
        assert names(translated_body) == names(body), (language, name)
        assert translated_body != body
    assert names(words.target) == {"hours"} and words.customer


def test_a_locale_picks_its_language_and_anything_else_english() -> None:
    assert wording("vi_VN") is WORDINGS["vi"] and wording("te-IN") is WORDINGS["te"]
    assert wording("de_DE") is ENGLISH
