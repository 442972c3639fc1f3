"""The screens' translations (Qt's .ts and .qm files in resources/translations).

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
    with tsv.open(encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) != 3 or not row[2].strip():
                continue
            context, source, text = (cell.replace("\\n", "\n") for cell in row)
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
    return filled


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
    return pending


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
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
