"""Checking a merged policy document key by key: each value parsed into the
Policy's dataclasses, or a Problem naming the key, its file and line, and
for a misspelt key the closest known one."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from desktop.policy.hours import WEEKDAYS
from desktop.policy.money import MINOR_UNITS, Currency, MoneyError
from desktop.policy.reasons import OVERRIDABLE, Reason
from desktop.policy.rules import (
    CHANNELS,
    PRIORITIES,
    CategoryRule,
    HolidayRule,
    MonthDay,
    NoReceiptRule,
    OfflineRule,
    Policy,
    Problem,
    ServiceRule,
    ServiceTarget,
)


class Checker:
    """Walks a merged document, building the Policy and collecting problems."""

    def __init__(self, origins: Mapping[tuple[str, ...], tuple[str, int]], file: str):
        self.origins = origins
        self.file = file
        self.problems: list[Problem] = []

    def problem(self, path: tuple[str, ...], message: str) -> None:
        file, line = self._where(path)
        self.problems.append(Problem(file, line, ".".join(path), message))

    def _where(self, path: tuple[str, ...]) -> tuple[str, int]:
        for depth in range(len(path), 0, -1):
            if path[:depth] in self.origins:
                return self.origins[path[:depth]]
        return (self.file, 0)

    # -- typed readers; each returns the default after recording a problem

    def table(self, doc: Mapping[str, Any], path: tuple[str, ...], known: set[str]) -> Mapping[str, Any]:
        if not isinstance(doc, Mapping):
            self.problem(path, "must be a table")
            return {}
        for key in doc:
            if key not in known:
                hint = _closest(key, known)
                self.problem(path + (key,), "unknown key" + (f" (did you mean {hint!r}?)" if hint else ""))
        return doc

    def get(self, doc: Mapping[str, Any], path: tuple[str, ...], check: Callable[[Any], Any], default: Any) -> Any:
        key = path[-1]
        if key not in doc:
            return default
        try:
            return check(doc[key])
        except _Invalid as invalid:
            self.problem(path, str(invalid))
            return default

    def require(self, doc: Mapping[str, Any], path: tuple[str, ...], check: Callable[[Any], Any], default: Any) -> Any:
        if path[-1] not in doc:
            self.problem(path, "is required")
            return default
        return self.get(doc, path, check, default)

    # -- the document

    def build(self, doc: Mapping[str, Any]) -> Policy | None:
        doc = self.table(doc, (), _ROOT_KEYS)
        currency_code = self.get(doc, ("currency",), _currency, "USD")
        currency = Currency.of(currency_code)
        money = _money(currency)
        default_window = self.require(doc, ("default_window_days",), _days, 30)
        categories = {}
        raw_categories = self.get(doc, ("categories",), _is_table, {})
        for name, raw in raw_categories.items():
            path: tuple[str, ...] = ("categories", name)
            rule = self.table(raw, path, _CATEGORY_KEYS)
            categories[name] = CategoryRule(
                window_days=self.get(rule, path + ("window_days",), _days, None),
                restocking_fee_pct=self.get(rule, path + ("restocking_fee_pct",), _percent, Decimal(0)),
                restocking_fee_when=self.get(rule, path + ("restocking_fee_when",),
                                             _one_of("opened", "always", "never"), "opened"),
                requires_serial_match=self.get(rule, path + ("requires_serial_match",), _bool, False),
                final_sale=self.get(rule, path + ("final_sale",), _bool, False),
                label=self.get(rule, path + ("label",), _text, ""),
            )
        tiers = {}
        for name, raw in self.get(doc, ("tiers",), _is_table, {}).items():
            path = ("tiers", name)
            rule = self.table(raw, path, {"extra_days"})
            tiers[name] = self.get(rule, path + ("extra_days",), _days, 0)
        holiday = None
        if "holiday" in doc:
            raw = self.table(doc["holiday"], ("holiday",), {"start", "end", "return_by"})
            parts = [self.require(raw, ("holiday", key), _month_day, None) for key in ("start", "end", "return_by")]
            if all(parts):
                holiday = HolidayRule(*parts)
        no_receipt = NoReceiptRule()
        if "no_receipt" in doc:
            path = ("no_receipt",)
            raw = self.table(doc["no_receipt"], path, _NO_RECEIPT_KEYS)
            no_receipt = NoReceiptRule(
                allowed=self.get(raw, path + ("allowed",), _bool, True),
                refund_as=self.get(raw, path + ("refund_as",), _refund_as, "store_credit"),
                price_basis=self.get(raw, path + ("price_basis",), _one_of("lowest", "current"), "lowest"),
                requires_id=self.get(raw, path + ("requires_id",), _bool, True),
                max_value_per_365_days=self.get(raw, path + ("max_value_per_365_days",), money, None),
                max_returns_per_365_days=self.get(raw, path + ("max_returns_per_365_days",), _count, None),
                lookback_days=self.get(raw, path + ("lookback_days",), _days, 90),
            )
        cash_limit = None
        if "tender" in doc:
            raw = self.table(doc["tender"], ("tender",), {"cash_refund_limit"})
            cash_limit = self.get(raw, ("tender", "cash_refund_limit"), money, None)
        allowed: frozenset[Reason] = frozenset()
        if "override" in doc:
            raw = self.table(doc["override"], ("override",), {"allowed"})
            allowed = self.get(raw, ("override", "allowed"), _override_codes, frozenset())
        footer = ""
        if "receipt" in doc:
            raw = self.table(doc["receipt"], ("receipt",), {"footer"})
            footer = self.get(raw, ("receipt", "footer"), _text, "")
        service = self._service(doc["service"]) if "service" in doc else ServiceRule()
        fraud_returns, fraud_serials = 3, 2
        goodwill_limit = None
        if "goodwill" in doc:
            raw = self.table(doc["goodwill"], ("goodwill",), {"max_per_manager_per_month"})
            goodwill_limit = self.get(raw, ("goodwill", "max_per_manager_per_month"), money, None)
        if "reports" in doc:
            raw = self.table(doc["reports"], ("reports",), {"fraud_min_returns", "fraud_min_serial_returns"})
            fraud_returns = self.get(raw, ("reports", "fraud_min_returns"), _count, 3)
            fraud_serials = self.get(raw, ("reports", "fraud_min_serial_returns"), _count, 2)
        offline = self._offline(doc["offline"], money) if "offline" in doc else OfflineRule()
        return Policy(
            name=self.require(doc, ("name",), _text, ""),
            default_window_days=default_window,
            currency=currency,
            locale=self.get(doc, ("locale",), _locale, "en_US"),
            timezone=self.get(doc, ("timezone",), _timezone, "UTC"),
            cross_store_returns=self.get(doc, ("cross_store_returns",), _bool, True),
            defective_window_days=self.get(doc, ("defective_window_days",), _days, None),
            categories=categories,
            tiers=tiers,
            holiday=holiday,
            no_receipt=no_receipt,
            cash_refund_limit=cash_limit,
            override_allowed=allowed,
            receipt_footer=footer,
            service=service,
            fraud_min_returns=fraud_returns,
            fraud_min_serial_returns=fraud_serials,
            goodwill_max_per_manager_per_month=goodwill_limit,
            offline=offline,
            document=dict(doc),
        )

    def _offline(self, raw: Any, money: Callable[[Any], int]) -> OfflineRule:
        path = ("offline",)
        raw = self.table(raw, path, {"allowed", "tenders", "register_budget", "store_budget", "sales_days"})
        return OfflineRule(
            allowed=self.get(raw, path + ("allowed",), _bool, True),
            tenders=self.get(raw, path + ("tenders",), _tenders, OfflineRule().tenders),
            register_budget=self.require(raw, path + ("register_budget",), money, 0),
            store_budget=self.get(raw, path + ("store_budget",), money, None),
            sales_days=self.get(raw, path + ("sales_days",), _days, None),
        )

    def _service(self, raw: Any) -> ServiceRule:
        path = ("service",)
        raw = self.table(raw, path, _SERVICE_KEYS)
        default = ServiceRule()
        hours = list(default.hours)
        week = self.table(self.get(raw, path + ("hours",), _is_table, {}), path + ("hours",), set(WEEKDAYS))
        for index, day in enumerate(WEEKDAYS):
            if day in week:
                hours[index] = self.get(week, path + ("hours", day), _opening_hours, hours[index])
        targets = dict(default.targets)
        for channel, target in self.get(raw, path + ("targets",), _is_table, {}).items():
            where = path + ("targets", channel)
            if channel not in CHANNELS:
                self.problem(where, f"unknown channel (known: {', '.join(CHANNELS)})")
                continue
            target = self.table(target, where, {"first_response_hours", "resolution_hours"})
            base = targets[channel]
            targets[channel] = ServiceTarget(
                self.get(target, where + ("first_response_hours",), _hours, base.first_response_hours),
                self.get(target, where + ("resolution_hours",), _hours, base.resolution_hours))
        factors = dict(default.priority_factor)
        raw_factors = self.table(self.get(raw, path + ("priority_factor",), _is_table, {}),
                                 path + ("priority_factor",), set(PRIORITIES))
        for priority in PRIORITIES:
            if priority in raw_factors:
                factors[priority] = self.get(raw_factors, path + ("priority_factor", priority), _hours,
                                             factors[priority])
        return ServiceRule(
            hours=tuple(hours),
            holidays=self.get(raw, path + ("holidays",), _holidays, ()),
            targets=targets,
            priority_factor=factors,
            escalate_after_hours=self.get(raw, path + ("escalate_after_hours",), _escalation, (2.0, 4.0)),
            reminder_minutes=self.get(raw, path + ("reminder_minutes",), _count, 60),
            follow_up_days=self.get(raw, path + ("follow_up_days",), _days, 3),
            departments=self.get(raw, path + ("departments",), _names, default.departments),
            wait_alert_minutes=self.get(raw, path + ("wait_alert_minutes",), _count, 10),
            survey_url=self.get(raw, path + ("survey_url",), _survey_url, ""),
            attachments_days=self.get(raw, path + ("attachments_days",), _days, 365),
            notifications_days=self.get(raw, path + ("notifications_days",), _days, 90),
        )


_ROOT_KEYS = {
    "name", "currency", "locale", "timezone", "default_window_days", "cross_store_returns",
    "defective_window_days", "categories", "tiers", "holiday", "no_receipt", "tender",
    "override", "receipt", "service", "reports", "goodwill", "offline",
}
_SERVICE_KEYS = {"hours", "holidays", "targets", "priority_factor", "escalate_after_hours", "reminder_minutes",
                 "follow_up_days", "departments", "wait_alert_minutes", "survey_url",
                 "attachments_days", "notifications_days"}
_CATEGORY_KEYS = {"window_days", "restocking_fee_pct", "restocking_fee_when", "requires_serial_match", "final_sale",
                  "label"}
_NO_RECEIPT_KEYS = {
    "allowed", "refund_as", "price_basis", "requires_id", "max_value_per_365_days",
    "max_returns_per_365_days", "lookback_days",
}


class _Invalid(ValueError):
    pass


def _closest(key: str, known: set[str]) -> str | None:
    import difflib

    matches = difflib.get_close_matches(key, sorted(known), n=1, cutoff=0.75)
    return matches[0] if matches else None


def _is_table(value: Any) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise _Invalid("must be a table")
    return value


def _text(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise _Invalid("must be a non-empty string")
    return value


def _survey_url(value: Any) -> str:
    """The store's survey page; ``{code}`` in it becomes the reply's survey code."""
    if not isinstance(value, str) or not value.startswith(("https://", "http://")) or len(value) > 300 \
            or any(c.isspace() for c in value):
        raise _Invalid(f"must be a web address (https://...) without spaces, not {value!r}")
    return value


def _bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise _Invalid(f"must be true or false, not {value!r}")
    return value


def _days(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _Invalid(f"must be a whole number of days, not {value!r}")
    if value < 0:
        raise _Invalid(f"cannot be negative ({value})")
    if value > 3650:
        raise _Invalid(f"{value} days is more than ten years")
    return value


def _count(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _Invalid(f"must be a whole number, not {value!r}")
    if value < 0:
        raise _Invalid(f"cannot be negative ({value})")
    return value


def _percent(value: Any) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise _Invalid(f"must be a percentage, not {value!r}")
    try:
        # A TOML float such as 12.5 arrives as a float: read its shortest
        # decimal spelling, never its binary value.
        pct = Decimal(repr(value) if isinstance(value, float) else str(value))
    except InvalidOperation:
        raise _Invalid(f"must be a percentage, not {value!r}") from None
    if not pct.is_finite() or pct < 0:
        raise _Invalid(f"cannot be negative ({value})")
    if pct > 100:
        raise _Invalid(f"{value} % is over 100 %")
    return pct


def _one_of(*choices: str) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        if value not in choices:
            raise _Invalid(f"must be one of {', '.join(repr(c) for c in choices)}, not {value!r}")
        return str(value)

    return check


def _refund_as(value: Any) -> str:
    if value == "original":
        raise _Invalid("'original' is not possible: without a receipt there is no original tender")
    return _one_of("store_credit")(value)


def _money(currency: Currency) -> Callable[[Any], int]:
    def check(value: Any) -> int:
        if isinstance(value, float):
            raise _Invalid(f"write amounts as strings (\"{value}\") so no cent is lost to binary floats")
        try:
            minor = currency.parse(value)
        except MoneyError as error:
            raise _Invalid(str(error)) from None
        if minor < 0:
            raise _Invalid(f"cannot be negative ({value})")
        return minor

    return check


def _currency(value: Any) -> str:
    if value not in MINOR_UNITS:
        raise _Invalid(f"unknown currency {value!r} (an ISO 4217 code such as USD, EUR, VND)")
    return str(value)


def _locale(value: Any) -> str:
    from babel import Locale, UnknownLocaleError

    if not isinstance(value, str):
        raise _Invalid(f"must be a locale such as 'en_US', not {value!r}")
    try:
        Locale.parse(value)
    except (ValueError, UnknownLocaleError):
        raise _Invalid(f"unknown locale {value!r}") from None
    return value


def _timezone(value: Any) -> str:
    if not isinstance(value, str):
        raise _Invalid(f"must be a time zone such as 'America/New_York', not {value!r}")
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise _Invalid(f"unknown time zone {value!r}") from None
    return value


_DAYS_IN_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _opening_hours(value: Any) -> tuple[dt.time, dt.time] | None:
    from desktop.policy.hours import parse_hours

    if not isinstance(value, str):
        raise _Invalid(f'must be "HH:MM-HH:MM" or "closed", not {value!r}')
    try:
        return parse_hours(value)
    except ValueError as error:
        raise _Invalid(f'must be "HH:MM-HH:MM" or "closed" ({error})') from None


def _hours(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0 or value > 24 * 365:
        raise _Invalid(f"must be a number of hours, not {value!r}")
    return float(value)


def _escalation(value: Any) -> tuple[float, ...]:
    if not isinstance(value, list) or not value or len(value) > 2:
        raise _Invalid("must list one or two numbers of hours (to the senior, then to the manager)")
    hours = tuple(_hours(v) for v in value)
    if list(hours) != sorted(hours):
        raise _Invalid("the later escalation must come after the earlier one")
    return hours


def _holidays(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise _Invalid('must be a list of dates, "MM-DD" (every year) or "YYYY-MM-DD"')
    days = []
    for item in value:
        if isinstance(item, dt.date):
            item = item.isoformat()
        if not isinstance(item, str) or not re.fullmatch(r"(\d{4}-)?\d{2}-\d{2}", item):
            raise _Invalid(f'{item!r} is not a date written "MM-DD" or "YYYY-MM-DD"')
        try:
            dt.date.fromisoformat(item if len(item) == 10 else f"2000-{item}")
        except ValueError:
            raise _Invalid(f"{item!r} is not a day of the year") from None
        days.append(item)
    return tuple(days)


def _tenders(value: Any) -> frozenset[str]:
    known = ("store_credit", "cash", "card", "gift_card")
    if not isinstance(value, list) or any(v not in known for v in value):
        raise _Invalid(f"must be a list of tenders among {', '.join(repr(k) for k in known)}, not {value!r}")
    return frozenset(value)


def _names(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _Invalid("must be a list of names")
    return tuple(v.strip() for v in value)


def _month_day(value: Any) -> MonthDay:
    match = re.fullmatch(r"(\d{2})-(\d{2})", value) if isinstance(value, str) else None
    if not match:
        raise _Invalid(f"must be a month and day written \"MM-DD\", not {value!r}")
    month, day = int(match.group(1)), int(match.group(2))
    if not 1 <= month <= 12 or not 1 <= day <= _DAYS_IN_MONTH[month - 1]:
        raise _Invalid(f"{value!r} is not a day of the year")
    return MonthDay(month, day)


def _override_codes(value: Any) -> frozenset[Reason]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _Invalid("must be a list of reason codes")
    codes = set()
    for code in value:
        try:
            reason = Reason(code)
        except ValueError:
            raise _Invalid(f"unknown reason code {code!r}") from None
        if reason not in OVERRIDABLE:
            raise _Invalid(f"{code} can never be overridden")
        codes.add(reason)
    return frozenset(codes)
