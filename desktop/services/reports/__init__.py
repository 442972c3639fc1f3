"""Reports for managers: returns, refunds, overrides, fraud signals, the
cash drawer and the service desk's KPIs, over a date range and a store.

The queries are in returns.py and service.py; here is what a caller uses:
run() for a signed-in manager, and the report as CSV and JSON (for programs,
in English with plain decimals) or as people read it (translated(), to_pdf():
the words from the catalogue, numbers as the locale writes them).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, ClassVar

from sqlalchemy.orm import Session

from desktop import catalogue
from desktop.catalogue import N_
from desktop.codes import LABELS
from desktop.messages import QT_TR_NOOP, Message, Term
from desktop.models import Store
from desktop.services import auth
from desktop.services.auth import Actor
from desktop.services.commands import MANAGERS, Command, handles
from desktop.services.context import Context
from desktop.services.errors import Forbidden, RequestError
from desktop.services.policies import active_policy
from desktop.services.reports.base import Report, ReportQuery, store_ids
from desktop.services.reports.people import staff_scorecards
from desktop.services.reports.returns import (
    cash_by_register,
    cash_refunds,
    fraud_signals,
    goodwill_cost,
    no_receipt_share,
    offline_conflicts,
    overrides,
    refunds_by_tender,
    returns_by_category,
    returns_by_product,
    returns_by_reason,
    returns_by_staff,
    returns_per_day,
    waits_per_hour,
)
from desktop.services.reports.service import policy_readers, repeat_customers, service_kpis, service_rates
from desktop.services.sanitize import csv_row

__all__ = ["REPORTS", "Report", "ReportQuery", "RunReport", "cash_refunds", "locale_of", "run", "to_csv", "to_json",
           "to_pdf", "translated"]

REPORTS: dict[str, Callable[[Session, ReportQuery], Report]] = {
    "returns-per-day": returns_per_day, "returns-by-reason": returns_by_reason,
    "returns-by-category": returns_by_category, "returns-by-product": returns_by_product,
    "returns-by-staff": returns_by_staff, "refunds-by-tender": refunds_by_tender, "no-receipt": no_receipt_share,
    "overrides": overrides, "fraud-signals": fraud_signals, "cash-by-register": cash_by_register,
    "service-kpis": service_kpis, "goodwill": goodwill_cost, "waits-per-hour": waits_per_hour,
    "repeat-customers": repeat_customers, "policy-readers": policy_readers, "staff-scorecards": staff_scorecards,
    "service-rates": service_rates, "offline-conflicts": offline_conflicts,
}


@dataclass(frozen=True)
class RunReport(Command[Report]):
    """A report over a date range and a store: for managers and admins."""

    roles: ClassVar[frozenset[str]] = MANAGERS
    refusal: ClassVar[str] = QT_TR_NOOP("reports are for managers: {name} is a {role}")
    name: str
    query: ReportQuery


@handles(RunReport)
def run(ctx: Context, command: RunReport, actor: Actor) -> Report:
    """A manager sees their own store (and the stores they approve for),
    an admin every store; without a store, a manager's report is of theirs."""
    if command.name not in REPORTS:
        raise RequestError(QT_TR_NOOP("report: one of {reports}"), reports=", ".join(REPORTS))
    command.query.check()
    with ctx.uow() as uow:
        query = command.query
        store_ids(uow.session, query)  # an unknown store is named as such first
        if actor.role != "admin":
            query = replace(query, store=query.store or actor.store_code)
            if not auth.may_act_for(uow.session, actor, query.store or ""):
                raise Forbidden(QT_TR_NOOP("{name} ({code}) sees the reports of their own store, not of store "
                                           "{store}"), name=actor.name, code=actor.code, store=query.store)
        return REPORTS[command.name](uow.session, query)


def locale_of(ctx: Context, query: ReportQuery) -> str:
    """The language a report is printed in: the policy locale of the
    report's store (or the first store, as for the fraud thresholds)."""
    with ctx.uow() as uow:
        store = uow.session.get_one(Store, store_ids(uow.session, query)[0])
        return active_policy(uow.session, store.id, store.code).locale


# ---- For programs: English, plain decimals


def to_csv(report: Report) -> str:
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(csv_row(report.columns))
    writer.writerows(csv_row(row) for row in report.rows)  # names and serials are people's input
    return out.getvalue()


def to_json(report: Report) -> dict[str, Any]:
    return {"report": report.name, "title": report.title, "note": report.note,
            "rows": [dict(zip(report.columns, row, strict=True)) for row in report.rows]}


# ---- For people: the words in the reader's language, numbers as their locale writes them


def _word(locale: str, english: str) -> str:
    return catalogue.gettext(locale, catalogue.REPORT, english)


def _message(locale: str, message: Message) -> str:
    return message.render(lambda english: _word(locale, LABELS.get(english, english)))

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def cell(value: object, locale: str) -> str:
    """A report's cell: words in the reader's language, numbers with the
    locale's separators."""
    if isinstance(value, Message):
        return _message(locale, value)
    if isinstance(value, Term):
        return _word(locale, LABELS.get(value, value))
    if isinstance(value, str) and _ISO_DAY.fullmatch(value):
        return catalogue.day(dt.date.fromisoformat(value), locale)  # a day as the screens write it
    return catalogue.number(value, locale)


def translated(report: Report, locale: str) -> tuple[str, list[str], list[list[str]], str]:
    """Title, columns, rows and note of a report in the locale's language."""
    note = _message(locale, report.note) if isinstance(report.note, Message) else _word(locale, report.note)
    return (_word(locale, report.title), [_word(locale, column) for column in report.columns],
            [[cell(value, locale) for value in row] for row in report.rows], note if report.note else "")


def subtitle(query: ReportQuery, locale: str) -> str:
    where = (_word(locale, N_("store {code}")).format(code=query.store) if query.store
             else _word(locale, N_("every store")))
    return _word(locale, N_("{start} to {end}, {where}")).format(start=catalogue.day(query.start, locale),
                                                               end=catalogue.day(query.end, locale), where=where)


def to_pdf(report: Report, query: ReportQuery, locale: str, letter: bool = False) -> bytes:
    """The report as a PDF in the locale's language (the screen's Save as PDF
    and `returndesk report --format pdf`)."""
    from desktop.printing.reports import render_report  # reportlab's platypus: only when a PDF is asked for

    title, columns, rows, note = translated(report, locale)
    return render_report(title, subtitle(query, locale), columns, rows, note, letter=letter,
                         empty=_word(locale, N_("no data in this range")))
