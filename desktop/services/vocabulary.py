"""Every English text the catalogues translate (desktop/catalogue.py), as
(context, English) pairs, gathered from where each text is written: the
customer's sentences, the receipt words, the written replies and the
reports. tools/translations.py brings the .po files in step with this list;
tests/unit/test_catalogue.py fails when a language misses one."""

from __future__ import annotations

import ast
from pathlib import Path

from desktop import catalogue
from desktop.codes import LABELS
from desktop.policy.messages import ENGLISH as SENTENCES
from desktop.policy.reasons import ReturnReason, TenderType
from desktop.printing.words import ENGLISH as RECEIPT_WORDS
from desktop.services.reply_templates import ENGLISH as REPLIES

REPORTS = Path(__file__).resolve().parent / "reports"


def _marked_in(folder: Path) -> list[str]:
    """The literal texts marked N_("...") or given as Term("...") in a folder's
    modules, in order (what gettext's extractor does for the N_ keyword)."""
    found: list[str] = []
    for path in sorted(folder.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("N_", "Term")
                    and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                text = LABELS.get(node.args[0].value, node.args[0].value)
                if text not in found:
                    found.append(text)
    return found


def report_words() -> list[str]:
    """Titles, columns, notes and terms of the reports, and the codes their
    rows show (return reasons, tenders)."""
    words = _marked_in(REPORTS)
    for code in [*ReturnReason, *TenderType]:
        if LABELS[code] not in words:
            words.append(LABELS[code])
    return words


def english() -> list[tuple[str, str]]:
    pairs = [(f"{catalogue.SENTENCE} {key}", text) for key, text in SENTENCES.items()]
    pairs += [(catalogue.RECEIPT, word) for word in RECEIPT_WORDS]
    for name, (subject, body) in REPLIES.templates.items():
        pairs += [(f"reply {name} subject", subject), (f"reply {name} body", body)]
    pairs += [("reply target", REPLIES.target), ("reply customer", REPLIES.customer),
              ("reply survey", REPLIES.survey), ("reply survey link", REPLIES.survey_link)]
    pairs += [(catalogue.REPORT, word) for word in report_words()]
    pairs += [(catalogue.CODE, label) for label in dict.fromkeys(LABELS.values())]
    return pairs
