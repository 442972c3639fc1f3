"""The screens the navigation offers, declared once: key, title, who may
open it, and which class it is. The shell builds a page from this list when
it is first opened (a start imports no screen it does not show yet) and
tells a page when it is shown and when it is left (a queue refreshes only
while it is on screen); adding a screen is a line here, not a branch in the
shell."""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from desktop.messages import QT_TRANSLATE_NOOP
from desktop.ui.page import Page
from desktop.ui.station import Station

RETURNS, WALK_INS, QUEUE, CASES, CUSTOMERS, REPORTS, REFERENCE, REPRINT, STAFF, SETTINGS = (
    "returns", "walk_ins", "queue", "cases", "customers", "reports", "reference", "reprint", "staff", "settings")
EVERYONE = ("clerk", "manager", "admin")
MANAGERS = ("manager", "admin")


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # marked for translation in the "MainWindow" context; translated when shown
    roles: tuple[str, ...]
    screen: str  # "module:Class" under desktop.ui: imported when the screen is first opened, not at start

    def build(self, station: Station) -> Page:
        module, _, name = self.screen.partition(":")
        page = getattr(importlib.import_module(f"desktop.ui.{module}"), name)(station)
        assert isinstance(page, Page), f"{self.screen} is a screen"
        return page


# In the navigation's order.
PAGES: tuple[PageSpec, ...] = (
    PageSpec(RETURNS, QT_TRANSLATE_NOOP("MainWindow", "Returns"), EVERYONE, "returns.screen:ReturnScreen"),
    PageSpec(WALK_INS, QT_TRANSLATE_NOOP("MainWindow", "Counter queue"), EVERYONE, "visits:CounterQueueScreen"),
    PageSpec(QUEUE, QT_TRANSLATE_NOOP("MainWindow", "Overrides"), MANAGERS, "overrides.queue:OverrideQueueScreen"),
    PageSpec(CASES, QT_TRANSLATE_NOOP("MainWindow", "Service desk"), EVERYONE, "cases.screen:ServiceDeskScreen"),
    PageSpec(CUSTOMERS, QT_TRANSLATE_NOOP("MainWindow", "Customers"), EVERYONE, "customers:CustomerScreen"),
    PageSpec(REPORTS, QT_TRANSLATE_NOOP("MainWindow", "Reports"), MANAGERS, "reports:ReportsScreen"),
    PageSpec(REFERENCE, QT_TRANSLATE_NOOP("MainWindow", "Reference"), EVERYONE, "reference:ReferenceScreen"),
    PageSpec(REPRINT, QT_TRANSLATE_NOOP("MainWindow", "Reprint"), EVERYONE, "reprint:ReprintScreen"),
    PageSpec(STAFF, QT_TRANSLATE_NOOP("MainWindow", "Staff"), MANAGERS, "staff:StaffScreen"),
    PageSpec(SETTINGS, QT_TRANSLATE_NOOP("MainWindow", "Store settings"), MANAGERS, "settings:SettingsScreen"),
)
