"""Where resources/ (policies, stylesheet, fonts, translations) is.

In the PyInstaller bundle it sits in the bundle folder; in a checkout (the
editable install `make` does) beside the package. Never the current
directory, so the app works wherever it is started from.
"""

from __future__ import annotations

import sys
from pathlib import Path


def root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def path(*parts: str) -> Path:
    found = root().joinpath(*parts)
    if not found.exists():
        raise FileNotFoundError(f"resource {'/'.join(parts)} is missing from {root()}")
    return found
