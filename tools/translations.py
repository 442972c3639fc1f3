"""Both kinds of translation: the screens' widgets (Qt's .ts and .qm files in
resources/translations) and what customers and managers read away from the
screens (gettext .po catalogues in resources/locale, desktop/catalogue.py).

    make translations                  extract, then compile (python tools/translations.py)
    python tools/translations.py import vi FILE.tsv
                                       take a translator's work: lines of context, English
                                       source and translation, separated by tabs
    python tools/translations.py todo vi
                                       what is still to translate, in that same TSV shape
                                       (the third column empty), for a translator

Extracting runs pyside6-lupdate over every module that marks text: the
screens (tr(), QT_TRANSLATE_NOOP) and the layers below them (QT_TR_NOOP of
desktop/messages.py). It keeps the translations already in the .ts files,
adds new strings as "unfinished" and drops the ones no code uses any more;
the .ts files are the translators' source of truth (Qt Linguist opens them).
Compiling runs pyside6-lrelease into the .qm files the app loads.
tests/ui/test_i18n.py fails while a .ts file is stale or has an unfinished
entry.

The same run brings each .po catalogue in step with the English sources
(desktop/services/vocabulary.py): new texts are added (filled from the
screens' translation of the same English word where there is one, else
empty), texts no source uses any more are dropped. `todo` and `import` take
both kinds; a catalogue's contexts ("sentence ...", "receipt", "reply ...",
"report") tell its rows apart. tests/unit/test_catalogue.py fails while a
catalogue misses a text.
"""

from __future__ import annotations

import csv
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("vi", "fil", "lt", "te")
BIN = Path(sys.executable).parent
LOCALE = ROOT / "resources" / "locale"


def _po(language: str) -> Path:
    return LOCALE / language / "returndesk.po"


def _is_catalogue_context(context: str) -> bool:
    return context.split(" ")[0] in ("sentence", "receipt", "reply", "report", "code")


def _screen_translations(language: str) -> dict[str, str]:
    """English source -> finished translation, from the language's .ts."""
    found: dict[str, str] = {}
    for message in ET.parse(FOLDER / f"returndesk_{language}.ts").getroot().iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") is None and translation.text:
            found.setdefault(message.findtext("source") or "", translation.text)
    return found


def update_catalogue(language: str) -> int:
    """One .po in step with the English sources; how many texts it still misses."""
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import read_po, write_po

    sys.path.insert(0, str(ROOT))
    from desktop.services.vocabulary import english

    path = _po(language)
    old = read_po(path.open("rb"), locale=language) if path.exists() else Catalog(locale=language)
    screens = _screen_translations(language)
    new = Catalog(locale=language, domain="returndesk", project="ReturnDesk", version="1", charset="utf-8",
                  header_comment=f"# What ReturnDesk's customers and managers read, in {language}: the sentences\n"
                                 "# read at the counter, receipts, written replies and reports (desktop/catalogue.py).",
                  msgid_bugs_address="translations@returndesk.example",
                  language_team=f"{language} <translations@returndesk.example>",
                  last_translator="ReturnDesk translators", fuzzy=False,
                  creation_date=old.creation_date, revision_date=old.revision_date)
    missing = 0
    for context, text in english():
        kept = old.get(text, context=context)
        translation = str(kept.string) if kept is not None and kept.string else screens.get(text, "")
        missing += not translation
        new.add(text, translation, context=context)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        write_po(handle, new, width=120, sort_output=False, omit_header=False)
    return missing


def _import_catalogue(language: str, rows: list[tuple[str, str, str]]) -> int:
    from babel.messages.pofile import read_po, write_po

    path = _po(language)
    catalog = read_po(path.open("rb"), locale=language)
    filled = 0
    for context, source, text in rows:
        message = catalog.get(source, context=context)
        if message is None:
            print(f"not in the catalogue's sources: {context!r} {source!r}", file=sys.stderr)
            continue
        message.string, filled = text, filled + 1
    with path.open("wb") as handle:
        write_po(handle, catalog, width=120, sort_output=False, omit_header=False)
    return filled


def _catalogue_todo(language: str) -> list[tuple[str, str]]:
    from babel.messages.pofile import read_po

    catalog = read_po(_po(language).open("rb"), locale=language)
    return [(message.context or "", str(message.id)) for message in catalog
            if message.id and (not message.string or message.fuzzy)]


def sources() -> list[str]:
    """Every module that marks text for translation, relative to the checkout."""
    marks = ("self.tr(", "translate(", "QT_TRANSLATE_NOOP(", "QT_TR_NOOP(")
    found = []
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        if "migrations" in path.parts or path.name == "messages.py":
            continue
        if any(mark in path.read_text(encoding="utf-8") for mark in marks):
            found.append(str(path.relative_to(ROOT)))
    return found


def extract(ts: Path, language: str, obsolete: bool = False) -> None:
    """Update (or create) one .ts file from the sources."""
    command = [str(BIN / "pyside6-lupdate"), *sources(), "-locations", "none", "-ts", str(ts)]
    if not obsolete:
        command.insert(-2, "-no-obsolete")
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True)
    tree = ET.parse(ts)
    tree.getroot().set("language", language)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def compile_(ts: Path) -> None:
    subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True,
                   capture_output=True)


def import_tsv(language: str, tsv: Path) -> int:
    """Fill one language's .ts from a translator's file; returns how many
    entries were filled. Unknown (context, source) pairs are reported."""
    ts = FOLDER / f"returndesk_{language}.ts"
    tree = ET.parse(ts)
    messages = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            messages[(name, message.findtext("source") or "")] = message
    filled = 0
    for_catalogue: list[tuple[str, str, str]] = []
    with tsv.open(encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) != 3 or not row[2].strip():
                continue
            context, source, text = (cell.replace("\\n", "\n") for cell in row)
            if _is_catalogue_context(context):
                for_catalogue.append((context, source, text))
                continue
            message = messages.get((context, source))
            if message is None:
                print(f"{tsv.name}: not in the sources: {context!r} {source!r}", file=sys.stderr)
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.text = text
            translation.attrib.pop("type", None)
            filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled + (_import_catalogue(language, for_catalogue) if for_catalogue else 0)


def todo(language: str) -> list[tuple[str, str]]:
    """The (context, source) pairs still unfinished in one language."""
    tree = ET.parse(FOLDER / f"returndesk_{language}.ts")
    pending = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished":
                pending.append((name, message.findtext("source") or ""))
    return pending + _catalogue_todo(language)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["todo"] and len(args) == 2:
        for context, source in todo(args[1]):
            print(f"{context}\t{source.replace(chr(10), chr(92) + 'n')}\t")
        return 0
    if args[:1] == ["import"] and len(args) == 3:
        print(f"{args[1]}: {import_tsv(args[1], Path(args[2]))} entries filled")
        compile_(FOLDER / f"returndesk_{args[1]}.ts")
        return 0
    if args:
        print(__doc__, file=sys.stderr)
        return 2
    FOLDER.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts = FOLDER / f"returndesk_{language}.ts"
        extract(ts, language)
        compile_(ts)
        unfinished = sum(1 for t in ET.parse(ts).getroot().iter("translation") if t.get("type") == "unfinished")
        print(f"{ts.name}: compiled" + (f"; {unfinished} strings still to translate" if unfinished else ""))
        missing = update_catalogue(language)
        state = f"{missing} texts still to translate" if missing else "complete"
        print(f"{_po(language).relative_to(ROOT)}: {state}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
