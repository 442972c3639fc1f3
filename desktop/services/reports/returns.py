"""Reports on returns and refunds, overrides, fraud signals, the cash
drawer, goodwill and counter waits. Every figure is aggregated in SQL
(GROUP BY on indexed columns); Python only names and formats the rows."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, select
from sqlalchemy.orm import Session

from desktop.catalogue import N_
from desktop.messages import Message, Term
from desktop.models import Customer, OverrideRequest, RefundTender, Register, Return, ReturnLine, Staff, Store
from desktop.services.policies import active_policy
from desktop.services.reports.base import Report, ReportQuery, money_of, pct, returns_in, store_ids, window


def returns_per_day(session: Session, query: ReportQuery) -> Report:
    money = money_of(session, query)
    rows = session.execute(
        select(Return.local_date, func.count(Return.id), func.sum(Return.refund_total_cents))
        .where(returns_in(session, query)).group_by(Return.local_date).order_by(Return.local_date)
    ).all()
    return Report("returns-per-day", N_("Returns per day"),
                  (N_("day"), N_("returns"), N_("refunded")),
                  tuple((day.isoformat(), count, money(total)) for day, count, total in rows), chart="line")


def _returns_by(session: Session, query: ReportQuery, column, name: str, title: str,  # type: ignore[no-untyped-def]
                label: str, limit: int | None = None, codes: bool = False) -> Report:
    money = money_of(session, query)
    statement = (select(column, func.count(ReturnLine.id), func.sum(ReturnLine.qty), func.sum(ReturnLine.total_cents))
                 .join(Return, Return.id == ReturnLine.return_id).where(returns_in(session, query))
                 .group_by(column).order_by(func.count(ReturnLine.id).desc(), column))
    if limit:
        statement = statement.limit(limit)
    rows = session.execute(statement).all()
    return Report(name, title, (label, N_("lines"), N_("units"), N_("refunded")),
                  tuple((_key(key, codes), lines, units, money(total)) for key, lines, units, total in rows))


def _key(key: str | None, codes: bool) -> object:
    """A row's first cell: a code (a return reason) is shown by its label."""
    if key in (None, ""):
        return Term(N_("(none)"))
    return Term(key) if codes else key


def returns_by_reason(session: Session, query: ReportQuery) -> Report:
    return _returns_by(session, query, ReturnLine.reason, "returns-by-reason", N_("Returns by reason"),
                       N_("reason"), codes=True)


def returns_by_category(session: Session, query: ReportQuery) -> Report:
    return _returns_by(session, query, ReturnLine.category, "returns-by-category", N_("Returns by category"),
                       N_("category"))


def returns_by_product(session: Session, query: ReportQuery) -> Report:
    return _returns_by(session, query, ReturnLine.sku, "returns-by-product",
                       N_("Products returned most (top 50)"), N_("SKU"), limit=50)


def returns_by_staff(session: Session, query: ReportQuery) -> Report:
    money = money_of(session, query)
    rows = session.execute(
        select(Staff.code, Staff.name, func.count(Return.id), func.sum(Return.refund_total_cents))
        .join(Staff, Staff.id == Return.staff_id).where(returns_in(session, query))
        .group_by(Staff.code, Staff.name).order_by(func.count(Return.id).desc(), Staff.code)
    ).all()
    return Report("returns-by-staff", N_("Returns by staff"),
                  (N_("staff"), N_("returns"), N_("refunded")),
                  tuple((f"{name} ({code})", count, money(total)) for code, name, count, total in rows))


def refunds_by_tender(session: Session, query: ReportQuery) -> Report:
    money = money_of(session, query)
    rows = session.execute(
        select(RefundTender.type, func.count(RefundTender.id), func.sum(RefundTender.amount_cents))
        .join(Return, Return.id == RefundTender.return_id).where(returns_in(session, query))
        .group_by(RefundTender.type).order_by(func.sum(RefundTender.amount_cents).desc())
    ).all()
    return Report("refunds-by-tender", N_("Refunds by tender"), (N_("tender"), N_("refunds"),
                                                                         N_("amount")),
                  tuple((Term(kind.replace("_", " ")), count, money(total)) for kind, count, total in rows))


def no_receipt_share(session: Session, query: ReportQuery) -> Report:
    """No-receipt share = returns without a receipt / all returns x 100."""
    money = money_of(session, query)
    total, without, value = session.execute(
        select(func.count(Return.id), func.sum(case((Return.sale_id.is_(None), 1), else_=0)),
               func.sum(case((Return.sale_id.is_(None), Return.refund_total_cents), else_=0)))
        .where(returns_in(session, query))
    ).one()
    return Report("no-receipt", N_("No-receipt returns"),
                  (N_("returns"), N_("without a receipt"), N_("share %"),
                   N_("refunded")),
                  ((total, without or 0, pct(without, total), money(value)),), chart="")


def overrides(session: Session, query: ReportQuery) -> Report:
    """Override rate = returns completed with a manager's override / all returns x 100.
    Per manager: requests approved and refused; per clerk: requests made."""
    stores = store_ids(session, query)
    start, end = window(session, query)
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
        .where(returns_in(session, query))
    ).one()
    rows: list[tuple[object, ...]] = [(Term("manager"), f"{name} ({code})", approved or 0, refused or 0)
                                      for name, code, approved, refused in by_manager]
    rows += [(Term("clerk"), f"{name} ({code})", requested, "") for name, code, requested in by_clerk]
    note = Message(N_("override rate {rate}% ({count} of {total})"),
                   rate=pct(with_override, returns_total) or "0.0", count=with_override or 0, total=returns_total)
    return Report("overrides", N_("Overrides by manager and by clerk"),
                  (N_("role"), N_("staff"), N_("approved / requested"),
                   N_("refused")), tuple(rows), chart="", note=note)  # two kinds of people: a table says it


def fraud_signals(session: Session, query: ReportQuery) -> Report:
    """Customers with at least ``[reports] fraud_min_returns`` returns in the
    range, and serial numbers returned at least ``fraud_min_serial_returns``
    times (the same unit coming back again and again); thresholds from the
    policy of the report's store (or the first store)."""
    money = money_of(session, query)
    store = session.get_one(Store, store_ids(session, query)[0])
    policy = active_policy(session, store.id, store.code)
    customers = session.execute(
        select(Customer.code, Customer.name, func.count(Return.id), func.sum(Return.refund_total_cents))
        .join(Customer, Customer.id == Return.customer_id).where(returns_in(session, query))
        .group_by(Customer.code, Customer.name).having(func.count(Return.id) >= policy.fraud_min_returns)
        .order_by(func.count(Return.id).desc(), Customer.code).limit(50)
    ).all()
    serials = session.execute(
        select(ReturnLine.serial, func.count(ReturnLine.id), func.sum(ReturnLine.total_cents))
        .join(Return, Return.id == ReturnLine.return_id)
        .where(returns_in(session, query), ReturnLine.serial.is_not(None))
        .group_by(ReturnLine.serial).having(func.count(ReturnLine.id) >= policy.fraud_min_serial_returns)
        .order_by(func.count(ReturnLine.id).desc(), ReturnLine.serial).limit(50)
    ).all()
    rows: list[tuple[Term, str | None, int, str]] = [
        (Term("customer"), f"{name} ({code})", count, money(total)) for code, name, count, total in customers]
    rows += [(Term("serial"), serial, count, money(total)) for serial, count, total in serials]
    return Report("fraud-signals", N_("Returned most often: customers and serial numbers"),
                  (N_("what"), N_("who / serial"), N_("returns"),
                   N_("refunded")), tuple(rows), chart="")


def cash_refunds(session: Session, query: ReportQuery) -> list[tuple[dt.date, str, int, int]]:
    """(day, register, refunds, minor units) of cash refunded, per register
    per day: what the drawer count at closing must account for."""
    return [(day, code, int(count), int(total)) for day, code, count, total in session.execute(
        select(Return.local_date, Register.code, func.count(RefundTender.id), func.sum(RefundTender.amount_cents))
        .join(Return, Return.id == RefundTender.return_id).join(Register, Register.id == RefundTender.register_id)
        .where(returns_in(session, query), RefundTender.type == "cash")
        .group_by(Return.local_date, Register.code).order_by(Return.local_date, Register.code)
    )]


def cash_by_register(session: Session, query: ReportQuery) -> Report:
    """Cash refunded per register per day (cash_refunds)."""
    money = money_of(session, query)
    rows = cash_refunds(session, query)
    return Report("cash-by-register", N_("Cash refunded per register per day"),
                  (N_("day"), N_("register"), N_("refunds"), N_("cash out")),
                  tuple((day.isoformat(), code, count, money(total)) for day, code, count, total in rows), chart="")


def goodwill_cost(session: Session, query: ReportQuery) -> Report:
    """Cost of goodwill per store and month: approved gestures with a value
    (store credit, discounts), and how many gestures in all."""
    from desktop.models import GoodwillGesture

    money = money_of(session, query)
    start, end = window(session, query)
    if session.get_bind().dialect.name == "postgresql":
        month = func.to_char(GoodwillGesture.decided_at, "YYYY-MM")
    else:
        month = func.strftime("%Y-%m", GoodwillGesture.decided_at)
    rows = session.execute(
        select(Store.code, month, func.count(GoodwillGesture.id), func.sum(GoodwillGesture.amount_cents))
        .join(Store, Store.id == GoodwillGesture.store_id)
        .where(GoodwillGesture.store_id.in_(store_ids(session, query)), GoodwillGesture.status == "approved",
               GoodwillGesture.decided_at >= start, GoodwillGesture.decided_at < end)
        .group_by(Store.code, month).order_by(Store.code, month)
    ).all()
    return Report("goodwill", N_("Cost of goodwill per store and month"),
                  (N_("store"), N_("month"), N_("gestures"), N_("cost")),
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
        .where(Visit.store_id.in_(store_ids(session, query)), Visit.local_date >= query.start,
               Visit.local_date <= query.end, Visit.served_at.is_not(None))
        .group_by(Visit.local_hour).order_by(Visit.local_hour)
    ).all()
    return Report("waits-per-hour", N_("Counter waits per hour of the day"),
                  (N_("hour"), N_("visits"), N_("average wait (min)"),
                   N_("longest wait (min)")),
                  tuple((f"{hour:02d}:00", count, f"{Decimal(str(avg)) / 60:.1f}", f"{Decimal(str(longest)) / 60:.1f}")
                        for hour, count, avg, longest in rows))


def offline_conflicts(session: Session, query: ReportQuery) -> Report:
    """Lines and tenders two registers both took back while cut off from the
    shared database (desktop/services/offline/sync.py), flagged as they were
    synced: the sale, what was taken back beyond what was left, the return
    synced last and the sale's other returns, and whether a manager settled it."""
    from desktop.models import OfflineConflict, Sale, SaleLine

    money = money_of(session, query)
    start, end = window(session, query)
    rows = session.execute(
        select(OfflineConflict, Sale.doc_id, SaleLine.line_no, SaleLine.qty_scale, Return.doc_id)
        .join(Sale, Sale.id == OfflineConflict.sale_id).join(Return, Return.id == OfflineConflict.return_id)
        .outerjoin(SaleLine, SaleLine.id == OfflineConflict.sale_line_id)
        .where(OfflineConflict.store_id.in_(store_ids(session, query)), OfflineConflict.created_at >= start,
               OfflineConflict.created_at < end)
        .order_by(OfflineConflict.created_at, OfflineConflict.id)
    ).all()
    out: list[tuple[object, ...]] = []
    for conflict, sale, line_no, scale, synced in rows:
        if conflict.kind == "line":
            what: object = Message(N_("line {line}"), line=line_no)
            over: object = Decimal(conflict.over).scaleb(-(scale or 0))
        else:
            what, over = Term("refund to the sale's tender"), money(conflict.over)
        out.append((conflict.created_at.date().isoformat(), sale, what, over, synced, ", ".join(conflict.others),
                    Term("settled") if conflict.resolved_at else Term("open")))
    open_count = sum(1 for row in rows if row[0].resolved_at is None)
    return Report("offline-conflicts", N_("Returns taken offline twice"),
                  (N_("synced on"), N_("sale"), N_("what"), N_("beyond what was left"), N_("return synced last"),
                   N_("its other returns"), N_("status")), tuple(out), chart="",
                  note=Message(N_("{count} to settle"), count=open_count))
