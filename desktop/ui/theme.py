"""The look: resources/style/returndesk.qss, large fonts and targets for a
touch screen, and outcome colours that always come with a word and a sign."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from desktop.resources import path as resource_path

# Outcome -> (sign, word, object name the stylesheet colours)
OUTCOMES = {
    "approve": ("✔", QT_TRANSLATE_NOOP("Outcomes", "Approve"), "approve"),
    "deny": ("✖", QT_TRANSLATE_NOOP("Outcomes", "Deny"), "deny"),
    "needs_override": ("⚠", QT_TRANSLATE_NOOP("Outcomes", "Needs manager"), "needs"),
    "": ("", "", "neutral"),
}


# Bundled in resources/fonts, so every script the stores write shows on any PC:
# DejaVu Sans (Latin with Vietnamese and Lithuanian diacritics), and Noto Sans
# Telugu for Telugu, which Qt shapes with HarfBuzz.
FONTS = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "NotoSansTelugu-Regular.ttf", "NotoSansTelugu-Bold.ttf")
FAMILIES = ["DejaVu Sans", "Noto Sans Telugu"]


def load_fonts() -> list[str]:
    """Register the bundled fonts with Qt (once per process); their families."""
    families: list[str] = []
    for name in FONTS:
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
        families += QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return families


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
