"""The catalogues of what customers and managers read (resources/locale):
every language has every English text of the sources, with the same
placeholders, nothing stale; English is the fallback; and each user of the
catalogue (sentences, receipts, replies, reports) reads from it."""

from __future__ import annotations

import string

import pytest

from desktop import catalogue
from desktop.services import vocabulary
from desktop.services.reply_templates import ENGLISH as REPLIES
from desktop.services.reply_templates import wording

SOURCES = vocabulary.english()


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_the_sources_name_each_text_once() -> None:
    assert len(SOURCES) == len(set(SOURCES)) > 150
    contexts = {context.split(" ")[0] for context, _ in SOURCES}
    assert contexts == {"sentence", "receipt", "reply", "report", "code"}


@pytest.mark.parametrize("language", catalogue.LANGUAGES)
def test_every_text_is_translated_with_the_same_placeholders(language: str) -> None:
    entries = catalogue.entries(language)
    assert [pair for pair in SOURCES if pair not in entries] == []  # nothing missing (tools/translations.py todo)
    assert sorted(set(entries) - set(SOURCES)) == []  # nothing stale
    for (context, english), translated in entries.items():
        assert placeholders(translated) == placeholders(english), (context, english)
        assert translated.strip(), (context, english)


@pytest.mark.parametrize("language", catalogue.LANGUAGES)
def test_sentences_and_replies_differ_from_english(language: str) -> None:
    """Words like "SKU" may stay the same; a whole sentence may not."""
    entries = catalogue.entries(language)
    same = [english for (context, english), text in entries.items()
            if (context.startswith("sentence") or context.endswith(" body")) and text == english]
    assert same == []


def test_english_and_unknown_languages_fall_back_to_the_source() -> None:
    assert catalogue.entries("en") == {}
    assert catalogue.gettext("de_DE", catalogue.RECEIPT, "Total") == "Total"
    assert catalogue.gettext("vi_VN", catalogue.RECEIPT, "not a known text") == "not a known text"
    assert catalogue.gettext("vi-VN", catalogue.RECEIPT, "Total") == "Tổng cộng"
    assert catalogue.language_of("fil_PH") == "fil" and catalogue.language_of("te-IN") == "te"


def test_a_fuzzy_or_empty_entry_prints_in_english(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "locale" / "xx"
    folder.mkdir(parents=True)
    (folder / "returndesk.po").write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=utf-8\\n"\n\n'
        'msgctxt "receipt"\nmsgid "Total"\nmsgstr "TOTAL-XX"\n\n'
        '#, fuzzy\nmsgctxt "receipt"\nmsgid "Tax"\nmsgstr "TAX-XX"\n\n'
        'msgctxt "receipt"\nmsgid "Cash"\nmsgstr ""\n', encoding="utf-8")
    from desktop import resources

    monkeypatch.setattr(resources, "root", lambda: tmp_path)
    catalogue.entries.cache_clear()
    try:
        say = catalogue.translator("xx_XX", catalogue.RECEIPT)
        assert (say("Total"), say("Tax"), say("Cash")) == ("TOTAL-XX", "Tax", "Cash")
    finally:
        catalogue.entries.cache_clear()


def test_replies_come_from_the_catalogue() -> None:
    vietnamese = wording("vi_VN")
    assert set(vietnamese.templates) == set(REPLIES.templates)
    assert vietnamese.target == catalogue.gettext("vi", "reply target", REPLIES.target) != REPLIES.target
    assert placeholders(vietnamese.target) == {"hours"}
    assert wording("te-IN").templates["acknowledge"][0] != REPLIES.templates["acknowledge"][0]
    assert wording("de_DE") == REPLIES


def test_a_report_is_translated_without_qt() -> None:
    import datetime as dt

    from desktop.messages import Message, Term
    from desktop.services import reports

    report = reports.Report("overrides", "Overrides by manager and by clerk", ("role", "staff", "approved / requested",
                            "refused"), ((Term("manager"), "Lan (9001)", 1234, 0),),
                            note=Message("override rate {rate}% ({count} of {total})", rate="12.5", count=1, total=8))
    title, columns, rows, note = reports.translated(report, "lt_LT")
    assert title == catalogue.gettext("lt", "report", "Overrides by manager and by clerk") != report.title
    assert rows[0][0] == catalogue.gettext("lt", "report", "manager") and rows[0][2] == "1\xa0234"
    assert "12.5" in note and note != str(report.note)
    pdf = reports.to_pdf(report, reports.ReportQuery(dt.date(2026, 12, 1), dt.date(2026, 12, 2), "0001"), "lt_LT")
    assert pdf.startswith(b"%PDF")


def test_a_report_pdf_needs_no_qt() -> None:
    """What `returndesk report --format pdf` does, in a process of its own: Qt is never imported."""
    import subprocess
    import sys

    script = ("import datetime as dt, sys\n"
              "from desktop.services import reports\n"
              "report = reports.Report('no-receipt', 'No-receipt returns', ('returns',), ((3,),))\n"
              "query = reports.ReportQuery(dt.date(2026, 12, 1), dt.date(2026, 12, 1))\n"
              "assert reports.to_pdf(report, query, 'te_IN').startswith(b'%PDF')\n"
              "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True)
    assert done.stdout.strip() == "[]"
