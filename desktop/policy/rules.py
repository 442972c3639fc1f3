"""The store's return policy as the engine sees it: categories, holidays,
no-receipt rules, service targets, and the problems a policy file can have.

The file itself (TOML, docs/policy.md) is read by loading.py and checked key
by key by checking.py.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from desktop.policy.money import Currency
from desktop.policy.reasons import Reason

# ---- Problems


@dataclass(frozen=True, slots=True)
class Problem:
    file: str
    line: int  # 0 when the problem is not tied to one line (a missing key)
    key: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.key}: {self.message}" if self.key else f"{where}: {self.message}"


class PolicyError(ValueError):
    """A policy that cannot be used; carries every problem found."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


# ---- The policy, as the engine sees it


@dataclass(frozen=True, slots=True)
class CategoryRule:
    window_days: int | None = None
    restocking_fee_pct: Decimal = Decimal(0)
    restocking_fee_when: str = "opened"  # "opened" | "always" | "never"
    requires_serial_match: bool = False
    final_sale: bool = False
    label: str = ""  # the category as the customer hears it, in the policy's language ("đồ gia dụng")


@dataclass(frozen=True, slots=True)
class MonthDay:
    month: int
    day: int

    def as_tuple(self) -> tuple[int, int]:
        return (self.month, self.day)


@dataclass(frozen=True, slots=True)
class HolidayRule:
    start: MonthDay
    end: MonthDay
    return_by: MonthDay


@dataclass(frozen=True, slots=True)
class OfflineRule:
    """Returns at a register whose link to the shared database is down
    ([offline], a ReturnDesk extension): which tenders may be refunded, and
    the value one register may hand out before it syncs, escrowed while
    online so the sum over the store's registers is bounded."""

    allowed: bool = False  # no table: a register without the shared database takes no returns
    tenders: frozenset[str] = frozenset({"store_credit", "cash"})
    register_budget: int = 0  # minor units, per register, every tender counted
    store_budget: int | None = None  # minor units, the store's registers together; None: registers x budget
    sales_days: int | None = None  # days of the store's sales copied to each register; None: the longest window


@dataclass(frozen=True, slots=True)
class NoReceiptRule:
    allowed: bool = False
    refund_as: str = "store_credit"
    price_basis: str = "lowest"  # "lowest" | "current"
    requires_id: bool = True
    max_value_per_365_days: int | None = None  # minor units, tax included
    max_returns_per_365_days: int | None = None
    lookback_days: int = 90  # how far back "lowest price" looks (extension)


CHANNELS = ("walk_in", "phone", "email", "letter")
PRIORITIES = ("urgent", "high", "normal", "low")
_OPEN_9_TO_9 = (dt.time(9), dt.time(21))


@dataclass(frozen=True, slots=True)
class ServiceTarget:
    first_response_hours: float  # business hours
    resolution_hours: float


@dataclass(frozen=True, slots=True)
class ServiceRule:
    """The service desk's response policy (``[service]``, a ReturnDesk
    extension of the contract's policy file)."""

    hours: tuple[tuple[dt.time, dt.time] | None, ...] = (_OPEN_9_TO_9,) * 7  # Monday..Sunday
    holidays: tuple[str, ...] = ()  # "MM-DD" every year, or "YYYY-MM-DD"
    # A walk-in is answered at the counter; written contacts within a day.
    targets: Mapping[str, ServiceTarget] = field(default_factory=lambda: {
        "walk_in": ServiceTarget(0, 24), "phone": ServiceTarget(4, 48),
        "email": ServiceTarget(24, 72), "letter": ServiceTarget(48, 120),
    })
    priority_factor: Mapping[str, float] = field(default_factory=lambda: {
        "urgent": 0.25, "high": 0.5, "normal": 1.0, "low": 2.0})
    escalate_after_hours: tuple[float, ...] = (2.0, 4.0)  # overdue this long: to the senior, then the manager
    reminder_minutes: int = 60  # reminders repeat while a case stays overdue
    follow_up_days: int = 3
    departments: tuple[str, ...] = ("service", "warehouse", "billing")
    wait_alert_minutes: int = 10  # a walk-in waiting longer alerts the manager's station
    survey_url: str = ""  # a survey page named under a "resolved" email; {code} becomes the reply's code
    # Retention: the files customers mailed, this many days after their case closed; alerts once taken.
    attachments_days: int = 365
    notifications_days: int = 90

    def target(self, channel: str, priority: str) -> ServiceTarget:
        base = self.targets.get(channel) or self.targets.get("email") or ServiceTarget(24, 72)
        factor = self.priority_factor.get(priority, 1.0)
        return ServiceTarget(base.first_response_hours * factor, base.resolution_hours * factor)


@dataclass(frozen=True, slots=True)
class Policy:
    name: str
    default_window_days: int
    currency: Currency = field(default_factory=lambda: Currency.of("USD"))
    locale: str = "en_US"
    timezone: str = "UTC"
    cross_store_returns: bool = True
    defective_window_days: int | None = None
    categories: Mapping[str, CategoryRule] = field(default_factory=dict)
    tiers: Mapping[str, int] = field(default_factory=dict)  # tier -> extra days
    holiday: HolidayRule | None = None
    no_receipt: NoReceiptRule = field(default_factory=NoReceiptRule)
    cash_refund_limit: int | None = None  # minor units
    override_allowed: frozenset[Reason] = frozenset()
    receipt_footer: str = ""
    service: ServiceRule = field(default_factory=ServiceRule)
    # Return-fraud signals in the reports ([reports], a ReturnDesk extension):
    # customers with this many returns in the range, serials returned this often.
    fraud_min_returns: int = 3
    fraud_min_serial_returns: int = 2
    # Goodwill ([goodwill], an extension): what one manager may give per calendar month.
    goodwill_max_per_manager_per_month: int | None = None  # minor units; None: no limit
    offline: OfflineRule = field(default_factory=OfflineRule)
    # The merged document the policy was built from, for storing it in the
    # database and for the plain-language reference panel.
    document: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def category(self, name: str | None) -> CategoryRule:
        return self.categories.get(name or "", _NO_CATEGORY_RULE)

    def longest_window(self) -> int:
        """Days after a sale that some return of it may still come: the
        longest category, defective or holiday window plus the best tier."""
        windows = [self.default_window_days, self.defective_window(),
                   *(rule.window_days for rule in self.categories.values() if rule.window_days is not None)]
        holiday = 0
        if self.holiday is not None:  # bought on its first day, back by its return-by day (the next year if earlier)
            start = dt.date(2001, *self.holiday.start.as_tuple())
            until = dt.date(2001, *self.holiday.return_by.as_tuple())
            holiday = (until - start).days % 365
        return max(*windows, holiday) + max(self.tiers.values(), default=0)

    def defective_window(self) -> int:
        if self.defective_window_days is None:
            return self.default_window_days
        return self.defective_window_days


_NO_CATEGORY_RULE = CategoryRule()
