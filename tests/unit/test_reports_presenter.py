"""What the Reports screen draws, decided without a window."""

from __future__ import annotations

from desktop.catalogue import gettext
from desktop.messages import Term
from desktop.services.reports import Report
from desktop.ui.reports_presenter import MAX_BARS, chart, number


def by_reason(rows: tuple[tuple[object, ...], ...], kind: str = "bar") -> Report:
    return Report("returns-by-reason", "Returns by reason", ("reason", "lines", "units", "refunded"), rows, chart=kind)


def test_a_bar_chart_names_its_bars_in_the_readers_language() -> None:
    drawn = chart(by_reason(((Term("changed_mind"), 12, 12, "120.00"), (Term("wrong_size"), 3, 4, "45.50"))), "vi_VN")
    assert drawn is not None and drawn.kind == "bar"
    assert drawn.names == (gettext("vi", "report", "changed mind"), gettext("vi", "report", "wrong size"))
    assert drawn.values == (12.0, 3.0) and drawn.series == gettext("vi", "report", "lines")
    assert drawn.title == gettext("vi", "report", "Returns by reason") != "Returns by reason"
    assert drawn.top == 12.0 * 1.15


def test_no_chart_where_a_table_says_it_better_or_there_is_nothing() -> None:
    assert chart(by_reason(((Term("other"), 1, 1, "1.00"),), kind=""), "en_US") is None
    assert chart(by_reason(()), "en_US") is None


def test_at_most_max_bars_and_numbers_read_with_their_separators() -> None:
    many = tuple((f"SKU{i}", i, i, "1.00") for i in range(MAX_BARS + 5))
    drawn = chart(by_reason(many), "en_US")
    assert drawn is not None and len(drawn.names) == MAX_BARS
    assert number("1,234.50") == 1234.5 and number("") is None and number(7) == 7.0


def test_a_chart_by_day_shows_every_day_with_short_labels() -> None:
    import datetime as dt

    from desktop.services.reports import ReportQuery

    per_day = Report("returns-per-day", "Returns per day", ("day", "returns", "refunded"),
                     (("2026-11-23", 4, "40.00"), ("2026-11-26", 1, "9.99")), chart="line")
    drawn = chart(per_day, "en_US", ReportQuery(dt.date(2026, 11, 22), dt.date(2026, 11, 27)))
    assert drawn is not None
    assert drawn.names == ("11/22", "11/23", "11/24", "11/25", "11/26", "11/27")  # no "20..." cut labels
    assert drawn.values == (0.0, 4.0, 0.0, 0.0, 1.0, 0.0)  # a day without returns is a zero, not a gap
