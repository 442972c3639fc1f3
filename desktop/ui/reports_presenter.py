"""What the Reports screen draws, in plain Python: a report's chart (its
kind, the names along the bottom, the values, the series' name) from the
report the service returned. No Qt; tested without a window."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from babel.dates import format_skeleton

from desktop.services import reports

MAX_BARS = 30  # more than this and the names cannot be read: the table has the rest


@dataclass(frozen=True)
class Chart:
    kind: str  # "bar" | "line"
    title: str
    names: tuple[str, ...]
    values: tuple[float, ...]
    series: str  # what the values are (the report's second column)

    @property
    def top(self) -> float:
        """Where the value axis ends: a little above the highest value."""
        return max((*self.values, 1.0)) * 1.15


def number(value: object) -> float | None:
    """A report's cell as a number for the chart ("1,234.50" -> 1234.5); None when it is not one."""
    try:
        return float(str(value).replace(",", ""))
    except ValueError:
        return None


def chart(report: reports.Report, locale: str, query: reports.ReportQuery | None = None) -> Chart | None:
    """The report's chart, or None when a table says it better (or there is nothing to draw). A chart by
    day shows every day of the range, a day without returns at zero, labelled
    by month and day in the locale's order ("11/23"; "23/11" in Vietnamese)."""
    if not report.chart or not report.rows:
        return None
    title, columns, _, _ = reports.translated(report, locale)
    series = columns[1] if len(columns) > 1 else ""
    if report.chart == "line" and query is not None and _dated(report):
        by_day = {str(row[0]): number(row[1]) or 0.0 for row in report.rows}
        days = [query.start + dt.timedelta(days=n) for n in range((query.end - query.start).days + 1)]
        return Chart(kind="line", title=title, names=tuple(format_skeleton("Md", day, locale=locale) for day in days),
                     values=tuple(by_day.get(day.isoformat(), 0.0) for day in days), series=series)
    rows = report.rows[:MAX_BARS]
    return Chart(kind=report.chart, title=title, names=tuple(reports.cell(row[0], locale) for row in rows),
                 values=tuple(number(row[1]) or 0.0 for row in rows), series=series)


def _dated(report: reports.Report) -> bool:
    try:
        for row in report.rows:
            dt.date.fromisoformat(str(row[0]))
    except ValueError:
        return False
    return True
