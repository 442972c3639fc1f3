"""The screens' language: Qt's translator loaded from resources/translations
(compiled .qm files; `make translations` rebuilds them). A station's
``language`` setting wins; else the store policy's locale; English needs no
file."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from desktop.resources import root as resources_root

_installed: list[QTranslator] = []


def language_of(locale: str) -> str:
    return locale.replace("-", "_").split("_")[0].lower()


def install(locale: str) -> bool:
    """Load the translation for ``locale`` ("vi_VN", "te", ...); True when one
    was found. Replaces any translation installed before."""
    app = QCoreApplication.instance()
    if app is None:
        return False
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    language = language_of(locale)
    if language == "en":
        return False
    translator = QTranslator(app)
    if not translator.load(f"returndesk_{language}", str(resources_root() / "translations")):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True
