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
    from desktop.services.offline import OfflineRegister
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
        # A register on a shared database keeps its own copy to take returns on while that database is out of
        # reach (desktop/services/offline/); ``offline`` while it does.
        self.register: OfflineRegister | None = None
        self.offline = False

    @property
    def ready(self) -> bool:
        """The database is open."""
        return self._ctx is not None

    @property
    def ctx(self) -> Context:
        """The context services run in: the shared database's, or, while the
        register is offline, its own copy's (only returns and signing in are
        offered then)."""
        if self.offline and self.register is not None and self.register.ready:
            return self.register.local
        return self.shared

    @ctx.setter
    def ctx(self, ctx: Context) -> None:
        self._ctx = ctx

    @property
    def shared(self) -> Context:
        """The station's own database, whether or not it answers."""
        if self._ctx is None:
            raise RuntimeError("the station's database is not open yet")
        return self._ctx

    @property
    def staff(self) -> Actor:
        """Who is signed in, for a screen that only opens after sign-in."""
        if self.actor is None:
            raise RuntimeError("nobody is signed in at this station")
        return self.actor
