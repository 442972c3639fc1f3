"""What the shell knows of a screen (desktop/ui/pages.py lists them)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


class Page(QWidget):
    """A screen of the main window. The shell calls ``shown`` when the page
    becomes the current one and ``left`` when another one does (or the
    station signs out)."""

    def shown(self) -> None:
        """Opened: load what it shows, start its timers."""

    def left(self) -> None:
        """No longer on screen: stop its timers."""
