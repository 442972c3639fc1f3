"""Business hours at their edges: closing time on a Friday before a holiday,
a store in another time zone, daylight-saving changes."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from desktop.policy.hours import calendar, parse_hours

NY = "America/New_York"
NINE_TO_NINE = (dt.time(9), dt.time(21))
WEEKDAYS_ONLY = [NINE_TO_NINE] * 5 + [None, None]


def at(zone: str, *parts: int) -> dt.datetime:
    return dt.datetime(*parts, tzinfo=ZoneInfo(zone))


def test_a_contact_at_closing_time_on_friday_before_a_monday_holiday() -> None:
    # Friday 2026-11-27 at 20:59; the weekend is closed; Monday 11-30 is a holiday this year.
    store = calendar(NY, WEEKDAYS_ONLY, ["2026-11-30", "12-25"])
    friday = at(NY, 2026, 11, 27, 20, 59)
    assert friday.weekday() == 4
    due = store.add(friday, 24)
    # 1 minute on Friday, nothing until Tuesday: 12 h on Tuesday, 11 h 59 on Wednesday.
    assert due.astimezone(ZoneInfo(NY)) == at(NY, 2026, 12, 2, 20, 59)
    assert store.between(friday, due) == dt.timedelta(hours=24)
    # A yearly holiday ("12-25") closes Christmas every year.
    assert store.opening(dt.date(2026, 12, 25)) is None and store.opening(dt.date(2030, 12, 25)) is None


def test_after_closing_the_clock_starts_next_opening() -> None:
    store = calendar(NY, [NINE_TO_NINE] * 7, [])
    assert store.add(at(NY, 2026, 11, 20, 22, 30), 2) == at(NY, 2026, 11, 21, 11, 0)
    assert store.add(at(NY, 2026, 11, 20, 6, 0), 0.5) == at(NY, 2026, 11, 20, 9, 30)
    assert not store.is_open(at(NY, 2026, 11, 20, 21, 0)) and store.is_open(at(NY, 2026, 11, 20, 20, 59))


def test_a_store_in_another_time_zone_counts_its_own_hours() -> None:
    vilnius = calendar("Europe/Vilnius", [NINE_TO_NINE] * 7, [])
    # 18:00 UTC is 20:00 in Vilnius in winter: one hour left that day.
    start = dt.datetime(2026, 11, 20, 18, 0, tzinfo=dt.UTC)
    assert vilnius.add(start, 2) == at("Europe/Vilnius", 2026, 11, 21, 10, 0)
    assert vilnius.between(start, at("Europe/Vilnius", 2026, 11, 21, 10, 0)) == dt.timedelta(hours=2)


@pytest.mark.parametrize(("day", "hours_open"), [
    (dt.date(2026, 3, 8), 12),  # spring forward at 02:00, before opening: still 12 real hours
    (dt.date(2026, 11, 1), 12),  # fall back
])
def test_daylight_saving_days_keep_their_real_hours(day: dt.date, hours_open: int) -> None:
    store = calendar(NY, [NINE_TO_NINE] * 7, [])
    opening = store.opening(day)
    assert opening is not None and opening[1] - opening[0] == dt.timedelta(hours=hours_open)


def test_a_night_shop_open_across_the_clock_change_loses_or_gains_an_hour() -> None:
    all_night = calendar(NY, [(dt.time(0), dt.time(23, 59))] * 7, [])
    spring = all_night.opening(dt.date(2026, 3, 8))
    autumn = all_night.opening(dt.date(2026, 11, 1))
    assert spring is not None and spring[1] - spring[0] == dt.timedelta(hours=22, minutes=59)
    assert autumn is not None and autumn[1] - autumn[0] == dt.timedelta(hours=24, minutes=59)
    # Adding 23 h from Saturday midnight crosses the change: the clock hours are real ones.
    start = at(NY, 2026, 3, 8, 0, 0)
    assert all_night.between(start, all_night.add(start, 23)) == dt.timedelta(hours=23)


def test_parse_hours() -> None:
    assert parse_hours("09:00-21:00") == NINE_TO_NINE
    assert parse_hours(" Closed ") is None
    with pytest.raises(ValueError):
        parse_hours("21:00-09:00")
