"""What every screen of one window shares: the services' context, the
station's settings, the worker pool, the printer and who is signed in.

A starting window has no context yet: the sign-in screen shows first and
the database is opened right after (`MainWindow.attach`), so the clerk
sees the window before SQLAlchemy and the models are even imported."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.config import Settings
from desktop.ui.operations import Runner

if TYPE_CHECKING:
    from desktop.services.auth import Actor
    from desktop.services.context import Context
    from desktop.ui.printer import ReceiptPrinter


class Station:
    def __init__(self, settings: Settings, runner: Runner, ctx: Context | None = None):
        self._ctx = ctx
        self.settings = settings
        self.runner = runner
        self.actor: Actor | None = None
        self.store_name = ""
        self.locale = "en_US"
        self.currency = "USD"
        self.timezone = ""  # the store's, once the station is looked up
        self.printer: ReceiptPrinter | None = None  # set by the window

    @property
    def ready(self) -> bool:
        """The database is open."""
        return self._ctx is not None

    @property
    def ctx(self) -> Context:
        if self._ctx is None:
            raise RuntimeError("the station's database is not open yet")
        return self._ctx

    @ctx.setter
    def ctx(self, ctx: Context) -> None:
        self._ctx = ctx

    @property
    def staff(self) -> Actor:
        """Who is signed in, for a screen that only opens after sign-in."""
        if self.actor is None:
            raise RuntimeError("nobody is signed in at this station")
        return self.actor
