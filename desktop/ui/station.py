"""What every screen of one window shares: the services' context, the
station's settings, the worker pool, the printer and who is signed in."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.config import Settings
from desktop.services.auth import Actor
from desktop.services.context import Context
from desktop.ui.operations import Runner


@dataclass
class Station:
    ctx: Context
    settings: Settings
    runner: Runner
    actor: Actor | None = None
    store_name: str = ""
    locale: str = "en_US"
    currency: str = "USD"
    printer: object | None = field(default=None)  # desktop.ui.printer.ReceiptPrinter, set by the window
