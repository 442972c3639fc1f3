"""The look: resources/style/returndesk.qss, large fonts and targets for a
touch screen, and outcome colours that always come with a word and a sign."""

from __future__ import annotations

import functools
import shutil
import subprocess
import sys
import unicodedata

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase, QRawFont
from PySide6.QtWidgets import QApplication

from desktop.messages import QT_TRANSLATE_NOOP
from desktop.resources import path as resource_path

# Outcome -> (sign, word, object name the stylesheet colours)
OUTCOMES = {
    "approve": ("✔", QT_TRANSLATE_NOOP("Outcomes", "Approve"), "approve"),
    "deny": ("✖", QT_TRANSLATE_NOOP("Outcomes", "Deny"), "deny"),
    "needs_override": ("⚠", QT_TRANSLATE_NOOP("Outcomes", "Needs manager"), "needs"),
    "waiting_id": ("◷", QT_TRANSLATE_NOOP("Outcomes", "Photo ID needed"), "neutral"),  # no receipt, no ID seen yet
    "": ("", "", "neutral"),
}


# Bundled in resources/fonts, so every script the stores write shows on any PC:
# DejaVu Sans (Latin with Vietnamese and Lithuanian diacritics), and Noto Sans
# Telugu for Telugu, which Qt shapes with HarfBuzz.
FONTS = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "NotoSansTelugu-Regular.ttf", "NotoSansTelugu-Bold.ttf")
FAMILIES = ["DejaVu Sans", "Noto Sans Telugu"]


_loaded: list[str] = []


def load_fonts() -> list[str]:
    """Register the bundled fonts with Qt, once per process; their families."""
    if not _loaded:
        for name in FONTS:
            font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
            _loaded.extend(QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else [])
    return list(_loaded)


def undrawable(text: str) -> str:
    """The characters of ``text`` no bundled font draws (they would show as
    boxes); joiners such as Telugu's ZWNJ and control characters aside."""
    load_fonts()
    fonts = [QRawFont.fromFont(QFont(family)) for family in FAMILIES]
    return "".join(sorted({c for c in text if not c.isspace() and unicodedata.category(c) not in ("Cf", "Cc")
                           and not any(font.supportsCharacter(ord(c)) for font in fonts)}))


@functools.cache
def system_draws(text: str) -> bool:
    """Whether a font of the system (not the app's own) draws every character
    of ``text``: what the window manager needs to draw a title bar. Linux asks
    fontconfig; elsewhere the system's fonts cover the five languages
    (Windows: Nirmala UI for Telugu)."""
    wanted = sorted({ord(c) for c in text if ord(c) > 0x24F and not c.isspace()
                     and unicodedata.category(c) not in ("Cf", "Cc")})
    if not wanted or not sys.platform.startswith("linux"):
        return True
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return False
    try:
        found = subprocess.run([fc_list, ":charset=" + " ".join(f"{c:x}" for c in wanted), "family"],
                               capture_output=True, text=True, timeout=5, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return False
    return bool(found.strip())


def apply(app: QApplication) -> None:
    load_fonts()
    font = QFont()
    font.setFamilies(FAMILIES)  # Telugu falls back to Noto Sans Telugu, whatever fonts the PC has
    font.setPointSize(12)
    app.setFont(font)
    app.setStyleSheet(resource_path("style", "returndesk.qss").read_text(encoding="utf-8"))


def outcome_sign(outcome: str) -> tuple[str, str, str]:
    """(sign, word in the station's language, stylesheet name)."""
    sign, word, name = OUTCOMES.get(outcome, ("", outcome, "neutral"))
    return sign, QCoreApplication.translate("Outcomes", word) if word else "", name


def outcome_text(outcome: str) -> str:
    sign, word, _ = outcome_sign(outcome)
    return f"{sign} {word}".strip()
