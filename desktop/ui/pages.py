"""The screens the navigation offers, declared once: key, title, who may
open it, and how it is built. The shell builds every page from this list
and tells a page when it is shown and when it is left (a queue refreshes
only while it is on screen); adding a screen is a line here, not a branch
in the shell."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from desktop.messages import QT_TRANSLATE_NOOP
from desktop.ui.cases.screen import ServiceDeskScreen
from desktop.ui.customers import CustomerScreen
from desktop.ui.overrides.queue import OverrideQueueScreen
from desktop.ui.page import Page
from desktop.ui.reference import ReferenceScreen
from desktop.ui.reports import ReportsScreen
from desktop.ui.reprint import ReprintScreen
from desktop.ui.returns.screen import ReturnScreen
from desktop.ui.settings import SettingsScreen
from desktop.ui.staff import StaffScreen
from desktop.ui.station import Station
from desktop.ui.visits import CounterQueueScreen

RETURNS, WALK_INS, QUEUE, CASES, CUSTOMERS, REPORTS, REFERENCE, REPRINT, STAFF, SETTINGS = (
    "returns", "walk_ins", "queue", "cases", "customers", "reports", "reference", "reprint", "staff", "settings")
EVERYONE = ("clerk", "manager", "admin")
MANAGERS = ("manager", "admin")


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # marked for translation in the "MainWindow" context; translated when shown
    roles: tuple[str, ...]
    build: Callable[[Station], Page]


# In the navigation's order.
PAGES: tuple[PageSpec, ...] = (
    PageSpec(RETURNS, QT_TRANSLATE_NOOP("MainWindow", "Returns"), EVERYONE, ReturnScreen),
    PageSpec(WALK_INS, QT_TRANSLATE_NOOP("MainWindow", "Counter queue"), EVERYONE, CounterQueueScreen),
    PageSpec(QUEUE, QT_TRANSLATE_NOOP("MainWindow", "Overrides"), MANAGERS, OverrideQueueScreen),
    PageSpec(CASES, QT_TRANSLATE_NOOP("MainWindow", "Service desk"), EVERYONE, ServiceDeskScreen),
    PageSpec(CUSTOMERS, QT_TRANSLATE_NOOP("MainWindow", "Customers"), EVERYONE, CustomerScreen),
    PageSpec(REPORTS, QT_TRANSLATE_NOOP("MainWindow", "Reports"), MANAGERS, ReportsScreen),
    PageSpec(REFERENCE, QT_TRANSLATE_NOOP("MainWindow", "Reference"), EVERYONE, ReferenceScreen),
    PageSpec(REPRINT, QT_TRANSLATE_NOOP("MainWindow", "Reprint"), EVERYONE, ReprintScreen),
    PageSpec(STAFF, QT_TRANSLATE_NOOP("MainWindow", "Staff"), MANAGERS, StaffScreen),
    PageSpec(SETTINGS, QT_TRANSLATE_NOOP("MainWindow", "Store settings"), MANAGERS, SettingsScreen),
)
