"""Reports for managers: returns, refunds, overrides, fraud signals, the
cash drawer and the service desk's KPIs, over a date range and a store.

Every figure is aggregated in SQL (GROUP BY on indexed columns); Python only
names and formats the rows. Each KPI is defined once, here, with its formula
in its docstring, and in docs/reports.md.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, select
from sqlalchemy.orm import Session

from desktop.messages import QT_TR_NOOP, Message, Term
from desktop.models import (
    CaseInteraction,
    Customer,
    Feedback,
    OverrideRequest,
    RefundTender,
    Register,
    Return,
    ReturnLine,
    ServiceCase,
    Staff,
    Store,
)
from desktop.policy.money import Currency
from desktop.services.context import Context
from desktop.services.errors import RequestError
from desktop.services.policies import active_policy


@dataclass(frozen=True)
class ReportQuery:
    start: dt.date
    end: dt.date  # inclusive
    store: str | None = None  # store code; None: every store

    def check(self) -> None:
        if self.end < self.start:
            raise RequestError(QT_TR_NOOP("the range ends before it starts"))
        if (self.end - self.start).days > 3 * 366:
            raise RequestError(QT_TR_NOOP("a report covers at most three years"))


@dataclass(frozen=True)
class Report:
    name: str
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[object, ...], ...]
    chart: str = "bar"  # how a manager would rather look at it: "bar" | "line" | "" (a table is enough)
    note: str = ""  # a Message where it has figures in it


# ---- Helpers


def _store_ids(session: Session, query: ReportQuery) -> list[int]:
    if query.store is None:
        return list(session.scalars(select(Store.id)))
    ids = list(session.scalars(select(Store.id).where(Store.code == query.store)))
    if not ids:
        raise RequestError(QT_TR_NOOP("no store {store}"), store=query.store)
    return ids


def _returns_in(session: Session, query: ReportQuery):  # type: ignore[no-untyped-def]
    return and_(Return.store_id.in_(_store_ids(session, query)), Return.local_date >= query.start,
                Return.local_date <= query.end)


def _money(session: Session, query: ReportQuery) -> Callable[[int | None], str]:
    code = session.scalar(select(Store.currency).where(Store.id.in_(_store_ids(session, query))).limit(1)) or "USD"
    currency = Currency.of(code)
    return lambda minor: currency.format(int(minor or 0))


def _pct(part: int | None, whole: int | None) -> str:
    """part / whole x 100, one decimal; "" when there is nothing to divide."""
    if not whole:
        return ""
    return f"{Decimal(part or 0) * 100 / Decimal(whole):.1f}"


def _window(session: Session, query: ReportQuery) -> tuple[dt.datetime, dt.datetime]:
    """The range as UTC instants (for timestamps), widened by a day each side
    for time zones; local dates are used wherever a table has them."""
    start = dt.datetime.combine(query.start - dt.timedelta(days=1), dt.time(), tzinfo=dt.UTC)
    end = dt.datetime.combine(query.end + dt.timedelta(days=2), dt.time(), tzinfo=dt.UTC)
    return start, end


# ---- Returns


def returns_per_day(session: Session, query: ReportQuery) -> Report:
    money = _money(session, query)
    rows = session.execute(
        select(Return.local_date, func.count(Return.id), func.sum(Return.refund_total_cents))
        .where(_returns_in(session, query)).group_by(Return.local_date).order_by(Return.local_date)
    ).all()
    return Report("returns-per-day", QT_TR_NOOP("Returns per day"),
                  (QT_TR_NOOP("day"), QT_TR_NOOP("returns"), QT_TR_NOOP("refunded")),
                  tuple((day.isoformat(), count, money(total)) for day, count, total in rows), chart="line")


def _returns_by(session: Session, query: ReportQuery, column, name: str, title: str,  # type: ignore[no-untyped-def]
                label: str, limit: int | None = None, codes: bool = False) -> Report:
    money = _money(session, query)
    statement = (select(column, func.count(ReturnLine.id), func.sum(ReturnLine.qty), func.sum(ReturnLine.total_cents))
                 .join(Return, Return.id == ReturnLine.return_id).where(_returns_in(session, query))
                 .group_by(column).order_by(func.count(ReturnLine.id).desc(), column))
    if limit:
        statement = statement.limit(limit)
    rows = session.execute(statement).all()
    return Report(name, title, (label, QT_TR_NOOP("lines"), QT_TR_NOOP("units"), QT_TR_NOOP("refunded")),
                  tuple((_key(key, codes), lines, units, money(total)) for key, lines, units, total in rows))


def _key(key: str | None, codes: bool) -> object:
    """A row's first cell: a code (a return reason) is shown by its label."""
    if key in (None, ""):
        return Term(QT_TR_NOOP("(none)"))
    return Term(key) if codes else key


def returns_by_reason(session: Session, query: ReportQuery) -> Report:
    return _returns_by(session, query, ReturnLine.reason, "returns-by-reason", QT_TR_NOOP("Returns by reason"),
                       QT_TR_NOOP("reason"), codes=True)


def returns_by_category(session: Session, query: ReportQuery) -> Report:
    return _returns_by(session, query, ReturnLine.category, "returns-by-category", QT_TR_NOOP("Returns by category"),
                       QT_TR_NOOP("category"))


def returns_by_product(session: Session, query: ReportQuery) -> Report:
    return _returns_by(session, query, ReturnLine.sku, "returns-by-product",
                       QT_TR_NOOP("Products returned most (top 50)"), QT_TR_NOOP("SKU"), limit=50)


def returns_by_staff(session: Session, query: ReportQuery) -> Report:
    money = _money(session, query)
    rows = session.execute(
        select(Staff.code, Staff.name, func.count(Return.id), func.sum(Return.refund_total_cents))
        .join(Staff, Staff.id == Return.staff_id).where(_returns_in(session, query))
        .group_by(Staff.code, Staff.name).order_by(func.count(Return.id).desc(), Staff.code)
    ).all()
    return Report("returns-by-staff", QT_TR_NOOP("Returns by staff"),
                  (QT_TR_NOOP("staff"), QT_TR_NOOP("returns"), QT_TR_NOOP("refunded")),
                  tuple((f"{name} ({code})", count, money(total)) for code, name, count, total in rows))


def refunds_by_tender(session: Session, query: ReportQuery) -> Report:
    money = _money(session, query)
    rows = session.execute(
        select(RefundTender.type, func.count(RefundTender.id), func.sum(RefundTender.amount_cents))
        .join(Return, Return.id == RefundTender.return_id).where(_returns_in(session, query))
        .group_by(RefundTender.type).order_by(func.sum(RefundTender.amount_cents).desc())
    ).all()
    return Report("refunds-by-tender", QT_TR_NOOP("Refunds by tender"), (QT_TR_NOOP("tender"), QT_TR_NOOP("refunds"),
                                                                         QT_TR_NOOP("amount")),
                  tuple((Term(kind.replace("_", " ")), count, money(total)) for kind, count, total in rows))


def no_receipt_share(session: Session, query: ReportQuery) -> Report:
    """No-receipt share = returns without a receipt / all returns x 100."""
    money = _money(session, query)
    total, without, value = session.execute(
        select(func.count(Return.id), func.sum(case((Return.sale_id.is_(None), 1), else_=0)),
               func.sum(case((Return.sale_id.is_(None), Return.refund_total_cents), else_=0)))
        .where(_returns_in(session, query))
    ).one()
    return Report("no-receipt", QT_TR_NOOP("No-receipt returns"),
                  (QT_TR_NOOP("returns"), QT_TR_NOOP("without a receipt"), QT_TR_NOOP("share %"),
                   QT_TR_NOOP("refunded")),
                  ((total, without or 0, _pct(without, total), money(value)),), chart="")


def overrides(session: Session, query: ReportQuery) -> Report:
    """Override rate = returns completed with a manager's override / all returns x 100.
    Per manager: requests approved and refused; per clerk: requests made."""
    stores = _store_ids(session, query)
    start, end = _window(session, query)
    in_range = and_(OverrideRequest.store_id.in_(stores), OverrideRequest.created_at >= start,
                    OverrideRequest.created_at < end)
    by_manager = session.execute(
        select(Staff.name, Staff.code, func.sum(case((OverrideRequest.status.in_(("approved", "used")), 1), else_=0)),
               func.sum(case((OverrideRequest.status == "refused", 1), else_=0)))
        .join(Staff, Staff.id == OverrideRequest.decided_by_id).where(in_range)
        .group_by(Staff.name, Staff.code).order_by(Staff.code)
    ).all()
    by_clerk = session.execute(
        select(Staff.name, Staff.code, func.count(OverrideRequest.id))
        .join(Staff, Staff.id == OverrideRequest.requested_by_id).where(in_range)
        .group_by(Staff.name, Staff.code).order_by(Staff.code)
    ).all()
    returns_total, with_override = session.execute(
        select(func.count(Return.id), func.sum(case((Return.approved_by_id.is_not(None), 1), else_=0)))
        .where(_returns_in(session, query))
    ).one()
    rows: list[tuple[object, ...]] = [(Term("manager"), f"{name} ({code})", approved or 0, refused or 0)
                                      for name, code, approved, refused in by_manager]
    rows += [(Term("clerk"), f"{name} ({code})", requested, "") for name, code, requested in by_clerk]
    note = Message(QT_TR_NOOP("override rate {rate}% ({count} of {total})"),
                   rate=_pct(with_override, returns_total) or "0.0", count=with_override or 0, total=returns_total)
    return Report("overrides", QT_TR_NOOP("Overrides by manager and by clerk"),
                  (QT_TR_NOOP("role"), QT_TR_NOOP("staff"), QT_TR_NOOP("approved / requested"),
                   QT_TR_NOOP("refused")), tuple(rows), note=note)


def fraud_signals(session: Session, query: ReportQuery) -> Report:
    """Customers with at least ``[reports] fraud_min_returns`` returns in the
    range, and serial numbers returned at least ``fraud_min_serial_returns``
    times (the same unit coming back again and again); thresholds from the
    policy of the report's store (or the first store)."""
    money = _money(session, query)
    store = session.get_one(Store, _store_ids(session, query)[0])
    policy = active_policy(session, store.id, store.code)
    customers = session.execute(
        select(Customer.code, Customer.name, func.count(Return.id), func.sum(Return.refund_total_cents))
        .join(Customer, Customer.id == Return.customer_id).where(_returns_in(session, query))
        .group_by(Customer.code, Customer.name).having(func.count(Return.id) >= policy.fraud_min_returns)
        .order_by(func.count(Return.id).desc(), Customer.code).limit(50)
    ).all()
    serials = session.execute(
        select(ReturnLine.serial, func.count(ReturnLine.id), func.sum(ReturnLine.total_cents))
        .join(Return, Return.id == ReturnLine.return_id)
        .where(_returns_in(session, query), ReturnLine.serial.is_not(None))
        .group_by(ReturnLine.serial).having(func.count(ReturnLine.id) >= policy.fraud_min_serial_returns)
        .order_by(func.count(ReturnLine.id).desc(), ReturnLine.serial).limit(50)
    ).all()
    rows: list[tuple[Term, str | None, int, str]] = [
        (Term("customer"), f"{name} ({code})", count, money(total)) for code, name, count, total in customers]
    rows += [(Term("serial"), serial, count, money(total)) for serial, count, total in serials]
    return Report("fraud-signals", QT_TR_NOOP("Returned most often: customers and serial numbers"),
                  (QT_TR_NOOP("what"), QT_TR_NOOP("who / serial"), QT_TR_NOOP("returns"),
                   QT_TR_NOOP("refunded")), tuple(rows), chart="")


def cash_refunds(session: Session, query: ReportQuery) -> list[tuple[dt.date, str, int, int]]:
    """(day, register, refunds, minor units) of cash refunded, per register
    per day: what the drawer count at closing must account for."""
    return [(day, code, int(count), int(total)) for day, code, count, total in session.execute(
        select(Return.local_date, Register.code, func.count(RefundTender.id), func.sum(RefundTender.amount_cents))
        .join(Return, Return.id == RefundTender.return_id).join(Register, Register.id == RefundTender.register_id)
        .where(_returns_in(session, query), RefundTender.type == "cash")
        .group_by(Return.local_date, Register.code).order_by(Return.local_date, Register.code)
    )]


def cash_by_register(session: Session, query: ReportQuery) -> Report:
    """Cash refunded per register per day (cash_refunds)."""
    money = _money(session, query)
    rows = cash_refunds(session, query)
    return Report("cash-by-register", QT_TR_NOOP("Cash refunded per register per day"),
                  (QT_TR_NOOP("day"), QT_TR_NOOP("register"), QT_TR_NOOP("refunds"), QT_TR_NOOP("cash out")),
                  tuple((day.isoformat(), code, count, money(total)) for day, code, count, total in rows), chart="")


def goodwill_cost(session: Session, query: ReportQuery) -> Report:
    """Cost of goodwill per store and month: approved gestures with a value
    (store credit, discounts), and how many gestures in all."""
    from desktop.models import GoodwillGesture

    money = _money(session, query)
    start, end = _window(session, query)
    if session.get_bind().dialect.name == "postgresql":
        month = func.to_char(GoodwillGesture.decided_at, "YYYY-MM")
    else:
        month = func.strftime("%Y-%m", GoodwillGesture.decided_at)
    rows = session.execute(
        select(Store.code, month, func.count(GoodwillGesture.id), func.sum(GoodwillGesture.amount_cents))
        .join(Store, Store.id == GoodwillGesture.store_id)
        .where(GoodwillGesture.store_id.in_(_store_ids(session, query)), GoodwillGesture.status == "approved",
               GoodwillGesture.decided_at >= start, GoodwillGesture.decided_at < end)
        .group_by(Store.code, month).order_by(Store.code, month)
    ).all()
    return Report("goodwill", QT_TR_NOOP("Cost of goodwill per store and month"),
                  (QT_TR_NOOP("store"), QT_TR_NOOP("month"), QT_TR_NOOP("gestures"), QT_TR_NOOP("cost")),
                  tuple((code, when, count, money(total)) for code, when, count, total in rows), chart="")


def waits_per_hour(session: Session, query: ReportQuery) -> Report:
    """Walk-in waits per hour of the day (store time): visits, average and
    longest wait from check-in to being served, in minutes."""
    from desktop.models import Visit

    if session.get_bind().dialect.name == "postgresql":
        seconds: ColumnElement[Any] = func.extract("epoch", Visit.served_at - Visit.checked_in_at)
    else:
        seconds = (func.julianday(Visit.served_at) - func.julianday(Visit.checked_in_at)) * 86400
    rows = session.execute(
        select(Visit.local_hour, func.count(Visit.id), func.avg(seconds), func.max(seconds))
        .where(Visit.store_id.in_(_store_ids(session, query)), Visit.local_date >= query.start,
               Visit.local_date <= query.end, Visit.served_at.is_not(None))
        .group_by(Visit.local_hour).order_by(Visit.local_hour)
    ).all()
    return Report("waits-per-hour", QT_TR_NOOP("Counter waits per hour of the day"),
                  (QT_TR_NOOP("hour"), QT_TR_NOOP("visits"), QT_TR_NOOP("average wait (min)"),
                   QT_TR_NOOP("longest wait (min)")),
                  tuple((f"{hour:02d}:00", count, f"{Decimal(str(avg)) / 60:.1f}", f"{Decimal(str(longest)) / 60:.1f}")
                        for hour, count, avg, longest in rows))


# ---- The service desk's KPIs


def _cases_in(session: Session, query: ReportQuery):  # type: ignore[no-untyped-def]
    start, end = _window(session, query)
    return and_(ServiceCase.store_id.in_(_store_ids(session, query)), ServiceCase.created_at >= start,
                ServiceCase.created_at < end)


def csat(session: Session, query: ReportQuery) -> tuple[int, int, str]:
    """Satisfaction (CSAT) = responses scored 4 or 5 / all responses x 100.
    Returns (responses, satisfied, CSAT %)."""
    start, end = _window(session, query)
    total, happy = session.execute(
        select(func.count(Feedback.id), func.sum(case((Feedback.score >= 4, 1), else_=0)))
        .where(Feedback.store_id.in_(_store_ids(session, query)), Feedback.at >= start, Feedback.at < end)
    ).one()
    return total, happy or 0, _pct(happy, total)


def first_contact_resolution(session: Session, query: ReportQuery) -> tuple[int, int, str]:
    """First-contact resolution = resolved cases solved in their first
    interaction (a walk-in: before the customer left) / resolved cases x 100."""
    resolved, first = session.execute(
        select(func.count(ServiceCase.id), func.sum(case((ServiceCase.first_contact_resolution.is_(True), 1),
                                                          else_=0)))
        .where(_cases_in(session, query), ServiceCase.resolved_at.is_not(None))
    ).one()
    return resolved, first or 0, _pct(first, resolved)


def response_compliance(session: Session, query: ReportQuery) -> tuple[tuple[str, int, int, str], ...]:
    """Response-policy compliance, per target = targets met / (met + missed) x 100.
    A first response is met when it came at or before its due time (due times
    are computed in business hours, with the waiting-on-customer pauses);
    a resolution likewise. A target still running is neither met nor missed."""
    first_met = case((ServiceCase.first_response_at <= ServiceCase.first_response_due, 1), else_=0)
    first_missed = case((ServiceCase.first_response_at > ServiceCase.first_response_due, 1), else_=0)
    resolved_met = case((ServiceCase.resolved_at <= ServiceCase.resolution_due, 1), else_=0)
    resolved_missed = case((ServiceCase.resolved_at > ServiceCase.resolution_due, 1), else_=0)
    fm, fx, rm, rx = session.execute(
        select(func.sum(first_met), func.sum(first_missed), func.sum(resolved_met), func.sum(resolved_missed))
        .where(_cases_in(session, query))
    ).one()
    fm, fx, rm, rx = fm or 0, fx or 0, rm or 0, rx or 0
    return ((Term("first response"), fm, fx, _pct(fm, fm + fx)), (Term("resolution"), rm, rx, _pct(rm, rm + rx)))


def satisfaction_average(session: Session, query: ReportQuery) -> str:
    """Average satisfaction = sum of scores / responses (1 to 5)."""
    start, end = _window(session, query)
    value = session.scalar(select(func.avg(Feedback.score)).where(
        Feedback.store_id.in_(_store_ids(session, query)), Feedback.at >= start, Feedback.at < end))
    return f"{Decimal(str(value)):.2f}" if value is not None else ""


def average_first_response_hours(session: Session, query: ReportQuery) -> str:
    """Average first-response time = sum of (first response - opened) / cases
    answered, in clock hours. (Whether each response met its business-hours
    target is the compliance figure above.)"""
    if session.get_bind().dialect.name == "postgresql":
        seconds: ColumnElement[Any] = func.extract("epoch", ServiceCase.first_response_at - ServiceCase.created_at)
    else:
        seconds = (func.julianday(ServiceCase.first_response_at) - func.julianday(ServiceCase.created_at)) * 86400
    value = session.scalar(select(func.avg(seconds)).where(_cases_in(session, query),
                                                           ServiceCase.first_response_at.is_not(None)))
    return f"{Decimal(str(value)) / 3600:.2f}" if value is not None else ""


def average_handling_minutes(session: Session, query: ReportQuery) -> tuple[int, int, str]:
    """Average handling time = minutes spent on interactions / interactions
    (contacts and replies with a recorded duration)."""
    start, end = _window(session, query)
    count, minutes = session.execute(
        select(func.count(CaseInteraction.id), func.sum(CaseInteraction.minutes))
        .where(CaseInteraction.store_id.in_(_store_ids(session, query)), CaseInteraction.at >= start,
               CaseInteraction.at < end, CaseInteraction.kind.in_(("contact", "reply")),
               CaseInteraction.minutes > 0)
    ).one()
    return count, minutes or 0, (f"{Decimal(minutes) / Decimal(count):.1f}" if count else "")


def service_kpis(session: Session, query: ReportQuery) -> Report:
    responses, satisfied, score = csat(session, query)
    resolved, first, fcr = first_contact_resolution(session, query)
    handled, minutes, aht = average_handling_minutes(session, query)
    rows: list[tuple[object, ...]] = [
        (Term(QT_TR_NOOP("satisfaction (CSAT) %")), score,
         Message(QT_TR_NOOP("{satisfied} of {responses} responses scored 4-5"), satisfied=satisfied,
                 responses=responses)),
        (Term(QT_TR_NOOP("average satisfaction (1-5)")), satisfaction_average(session, query),
         Message(QT_TR_NOOP("{responses} responses"), responses=responses)),
        (Term(QT_TR_NOOP("average first-response time (h)")), average_first_response_hours(session, query),
         Term(QT_TR_NOOP("clock hours"))),
        (Term(QT_TR_NOOP("first-contact resolution %")), fcr,
         Message(QT_TR_NOOP("{first} of {resolved} resolved cases"), first=first, resolved=resolved)),
    ]
    for target, met, missed, share in response_compliance(session, query):
        rows.append((Message(QT_TR_NOOP("{target} within target %"), target=target), share,
                     Message(QT_TR_NOOP("{met} met, {missed} missed"), met=met, missed=missed)))
    rows.append((Term(QT_TR_NOOP("average handling time (min)")), aht,
                 Message(QT_TR_NOOP("{minutes} minutes over {handled} interactions"), minutes=minutes,
                         handled=handled)))
    now = dt.datetime.now(dt.UTC)
    for label, low, high in ((QT_TR_NOOP("open under 1 day"), 0, 1), (QT_TR_NOOP("open 1-3 days"), 1, 3),
                             (QT_TR_NOOP("open 3-7 days"), 3, 7), (QT_TR_NOOP("open over 7 days"), 7, 10_000)):
        count = session.scalar(select(func.count(ServiceCase.id)).where(
            ServiceCase.store_id.in_(_store_ids(session, query)),
            ServiceCase.status.in_(("new", "open", "waiting_customer", "waiting_department")),
            ServiceCase.created_at <= now - dt.timedelta(days=low),
            ServiceCase.created_at > now - dt.timedelta(days=high)))
        rows.append((Term(label), count or 0, Term(QT_TR_NOOP("cases by age, now"))))
    return Report("service-kpis", QT_TR_NOOP("Service desk KPIs"), (QT_TR_NOOP("measure"), QT_TR_NOOP("value"),
                                                                    QT_TR_NOOP("from")), tuple(rows),
                  chart="")


REPORTS: dict[str, Callable[[Session, ReportQuery], Report]] = {
    "returns-per-day": returns_per_day, "returns-by-reason": returns_by_reason,
    "returns-by-category": returns_by_category, "returns-by-product": returns_by_product,
    "returns-by-staff": returns_by_staff, "refunds-by-tender": refunds_by_tender, "no-receipt": no_receipt_share,
    "overrides": overrides, "fraud-signals": fraud_signals, "cash-by-register": cash_by_register,
    "service-kpis": service_kpis, "goodwill": goodwill_cost, "waits-per-hour": waits_per_hour,
}


def locale_of(ctx: Context, query: ReportQuery) -> str:
    """The language a report is printed in: the policy locale of the
    report's store (or the first store, as for the fraud thresholds)."""
    with ctx.uow() as uow:
        store = uow.session.get_one(Store, _store_ids(uow.session, query)[0])
        return active_policy(uow.session, store.id, store.code).locale


def run(ctx: Context, name: str, query: ReportQuery) -> Report:
    if name not in REPORTS:
        raise RequestError(QT_TR_NOOP("report: one of {reports}"), reports=", ".join(REPORTS))
    query.check()
    with ctx.uow() as uow:
        return REPORTS[name](uow.session, query)


def to_csv(report: Report) -> str:
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(report.columns)
    writer.writerows(report.rows)
    return out.getvalue()


def to_json(report: Report) -> dict[str, Any]:
    return {"report": report.name, "title": report.title, "note": report.note,
            "rows": [dict(zip(report.columns, row, strict=True)) for row in report.rows]}
