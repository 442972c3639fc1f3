"""The counter queue: walk-ins checked in, served and timed with the test
clock; long waits alert the manager once; waits reported per hour."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.services import auth, reports, visits
from desktop.services.commands import handle
from desktop.services.context import Context
from desktop.services.errors import RequestError
from tests.conftest import Clock


def test_walk_ins_are_ticketed_served_timed_and_reported(ctx: Context, clock: Clock) -> None:
    clerk = auth.sign_in(auth.SignIn("1001", "2468"), ctx)
    first = visits.check_in(ctx, clerk, "Ms Vo")
    clock.advance(minutes=2)
    second = visits.check_in(ctx, clerk)
    assert (first.ticket, second.ticket) == (1, 2)
    clock.advance(minutes=4)  # Ms Vo waited 6 minutes
    assert [(w.ticket, w.waited_minutes) for w in visits.waiting(ctx, clerk)] == [(1, 6), (2, 4)]
    visits.serve(ctx, clerk, first.id)
    with pytest.raises(RequestError, match="already being served"):
        visits.serve(ctx, clerk, first.id)
    clock.advance(minutes=8)  # ticket 2 has now waited 12 minutes: over the 10-minute limit
    rows = visits.waiting(ctx, clerk)
    assert [(w.ticket, w.over_limit) for w in rows] == [(2, True), (1, False)]
    alerted = visits.alerts(ctx, clerk)
    assert [a.ticket for a in alerted] == [2] and visits.alerts(ctx, clerk) == []  # alerted once
    visits.serve(ctx, clerk, second.id)
    visits.leave(ctx, clerk, first.id)
    visits.leave(ctx, clerk, second.id)
    assert visits.waiting(ctx, clerk) == []
    day = clock.now.astimezone(dt.timezone(dt.timedelta(hours=-5))).date()
    manager = auth.sign_in(auth.SignIn("9001", "1357"), ctx)
    report = handle(ctx, reports.RunReport("waits-per-hour", reports.ReportQuery(day, day, "0001")), manager)
    assert report.rows == (("15:00", 2, "9.0", "12.0"),)  # waits of 6 and 12 minutes, checked in at 15:0x
