"""What every screen of one window shares: the services' context, the
station's settings, the worker pool, the printer and who is signed in."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from desktop.config import Settings
from desktop.services.auth import Actor
from desktop.services.context import Context
from desktop.ui.operations import Runner

if TYPE_CHECKING:
    from desktop.ui.printer import ReceiptPrinter


@dataclass
class Station:
    ctx: Context
    settings: Settings
    runner: Runner
    actor: Actor | None = None
    store_name: str = ""
    locale: str = "en_US"
    currency: str = "USD"
    printer: ReceiptPrinter | None = field(default=None)  # set by the window

    @property
    def staff(self) -> Actor:
        """Who is signed in, for a screen that only opens after sign-in."""
        if self.actor is None:
            raise RuntimeError("nobody is signed in at this station")
        return self.actor
