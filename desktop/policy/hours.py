"""Business-hours arithmetic for service targets: "answered within 24
business hours" counts only the hours the store is open, in the store's own
time zone, skipping its holidays.

All arithmetic on durations is done in UTC, so a daylight-saving change
neither adds nor loses an hour of the clock; the wall-clock opening hours
come from the store's local calendar.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
UTC = dt.UTC


@dataclass(frozen=True)
class BusinessCalendar:
    zone: ZoneInfo
    # Monday..Sunday: (open, close) local wall-clock times, or None when closed all day.
    hours: tuple[tuple[dt.time, dt.time] | None, ...]
    holidays: frozenset[str] = frozenset()  # "MM-DD" (every year) or "YYYY-MM-DD"

    def is_holiday(self, day: dt.date) -> bool:
        return day.strftime("%m-%d") in self.holidays or day.isoformat() in self.holidays

    def opening(self, day: dt.date) -> tuple[dt.datetime, dt.datetime] | None:
        """The day's open interval in UTC, or None (closed, holiday)."""
        hours = self.hours[day.weekday()]
        if hours is None or self.is_holiday(day):
            return None
        start = dt.datetime.combine(day, hours[0], tzinfo=self.zone).astimezone(UTC)
        end = dt.datetime.combine(day, hours[1], tzinfo=self.zone).astimezone(UTC)
        return (start, end) if end > start else None

    def _days_from(self, moment: dt.datetime) -> Iterator[dt.date]:
        day = moment.astimezone(self.zone).date()
        for offset in range(3 * 366):  # a store closed for three years has bigger problems
            yield day + dt.timedelta(days=offset)

    # ---- Public API

    def add(self, start: dt.datetime, hours: float) -> dt.datetime:
        """The moment ``hours`` business hours after ``start`` (aware, UTC)."""
        remaining = dt.timedelta(hours=hours)
        cursor = start.astimezone(UTC)
        if remaining <= dt.timedelta(0):
            return cursor
        for day in self._days_from(cursor):
            interval = self.opening(day)
            if interval is None:
                continue
            begin = max(cursor, interval[0])
            if begin >= interval[1]:
                continue
            available = interval[1] - begin
            if available >= remaining:
                return begin + remaining
            remaining -= available
            cursor = interval[1]
        raise ValueError("the store has no opening hours in the next three years")

    def between(self, start: dt.datetime, end: dt.datetime) -> dt.timedelta:
        """Business time from ``start`` to ``end`` (zero when end is earlier)."""
        start, end = start.astimezone(UTC), end.astimezone(UTC)
        total = dt.timedelta(0)
        if end <= start:
            return total
        for day in self._days_from(start):
            interval = self.opening(day)
            if interval is not None:
                overlap = min(end, interval[1]) - max(start, interval[0])
                if overlap > dt.timedelta(0):
                    total += overlap
            if dt.datetime.combine(day, dt.time(), tzinfo=self.zone).astimezone(UTC) > end:
                break
        return total

    def is_open(self, moment: dt.datetime) -> bool:
        interval = self.opening(moment.astimezone(self.zone).date())
        return interval is not None and interval[0] <= moment.astimezone(UTC) < interval[1]


def parse_hours(text: str) -> tuple[dt.time, dt.time] | None:
    """"09:00-21:00" -> (09:00, 21:00); "closed" -> None. ValueError when neither."""
    text = text.strip().lower()
    if text == "closed":
        return None
    opening, _, closing = text.partition("-")
    start, end = dt.time.fromisoformat(opening.strip()), dt.time.fromisoformat(closing.strip())
    if end <= start:
        raise ValueError(f"{text!r}: the store must close after it opens")
    return start, end


def calendar(zone: str, hours: Sequence[tuple[dt.time, dt.time] | None], holidays: Sequence[str]) -> BusinessCalendar:
    return BusinessCalendar(ZoneInfo(zone), tuple(hours), frozenset(holidays))
