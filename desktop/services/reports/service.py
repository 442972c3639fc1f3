"""The service desk's KPIs, each defined once with its formula in its
docstring (and in docs/reports.md)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, select
from sqlalchemy.orm import Session

from desktop.catalogue import N_
from desktop.messages import Message, Term
from desktop.models import CaseInteraction, Feedback, ServiceCase, Staff
from desktop.services.reports.base import Report, ReportQuery, money_of, pct, store_ids, window


def _cases_in(session: Session, query: ReportQuery):  # type: ignore[no-untyped-def]
    start, end = window(session, query)
    return and_(ServiceCase.store_id.in_(store_ids(session, query)), ServiceCase.created_at >= start,
                ServiceCase.created_at < end)


def csat(session: Session, query: ReportQuery) -> tuple[int, int, str]:
    """Satisfaction (CSAT) = responses scored 4 or 5 / all responses x 100.
    Returns (responses, satisfied, CSAT %)."""
    start, end = window(session, query)
    total, happy = session.execute(
        select(func.count(Feedback.id), func.sum(case((Feedback.score >= 4, 1), else_=0)))
        .where(Feedback.store_id.in_(store_ids(session, query)), Feedback.at >= start, Feedback.at < end)
    ).one()
    return total, happy or 0, pct(happy, total)


def first_contact_resolution(session: Session, query: ReportQuery) -> tuple[int, int, str]:
    """First-contact resolution = resolved cases solved in their first
    interaction (a walk-in: before the customer left) / resolved cases x 100."""
    resolved, first = session.execute(
        select(func.count(ServiceCase.id), func.sum(case((ServiceCase.first_contact_resolution.is_(True), 1),
                                                          else_=0)))
        .where(_cases_in(session, query), ServiceCase.resolved_at.is_not(None))
    ).one()
    return resolved, first or 0, pct(first, resolved)


def compliance(as_of: dt.datetime) -> tuple[ColumnElement[int], ...]:
    """Per case, 1 or 0: first response met, breached; resolution met, breached (see response_compliance)."""
    first_met = case((ServiceCase.first_response_at <= ServiceCase.first_response_due, 1), else_=0)
    first_missed = case((ServiceCase.first_response_at > ServiceCase.first_response_due, 1),
                        (ServiceCase.first_response_at.is_(None) & (ServiceCase.first_response_due < as_of), 1),
                        else_=0)
    resolved_met = case((ServiceCase.resolved_at <= ServiceCase.resolution_due, 1), else_=0)
    resolved_missed = case((ServiceCase.resolved_at > ServiceCase.resolution_due, 1),
                           (ServiceCase.resolved_at.is_(None) & (ServiceCase.resolution_due < as_of)
                            & ServiceCase.status.in_(("new", "open", "waiting_department")), 1),
                           else_=0)
    return first_met, first_missed, resolved_met, resolved_missed


# The channels' words in the report catalogue (a report translates its own words, context "report").
CHANNEL_NAMES = {"walk_in": N_("walk-in"), "phone": N_("phone"), "email": N_("email"), "letter": N_("letter")}


def service_rates(session: Session, query: ReportQuery, now: dt.datetime | None = None) -> Report:
    """First response, resolution and reopen rates per channel (how the
    customer first came) and per person (the case's owner), over the cases
    opened in the range, by the same definitions as the KPIs:
    first response in time % = met / (met + breached) x 100, an unanswered
    case past its due time breached; resolved in time % likewise; reopen
    rate % = cases reopened at least once / cases resolved at least once
    (resolved now, or reopened since) x 100."""
    _, end = window(session, query)
    first_met, first_missed, resolved_met, resolved_missed = compliance(min(end, now or dt.datetime.now(dt.UTC)))
    reopened = select(CaseInteraction.id).where(CaseInteraction.case_id == ServiceCase.id,
                                                CaseInteraction.kind == "status",
                                                CaseInteraction.summary.like("reopened%")).exists()
    was_reopened = case((reopened, 1), else_=0)
    was_resolved = case((ServiceCase.resolved_at.is_not(None) | reopened, 1), else_=0)
    figures = (func.count(ServiceCase.id), func.sum(first_met), func.sum(first_missed), func.sum(resolved_met),
               func.sum(resolved_missed), func.sum(was_reopened), func.sum(was_resolved))

    def row(by: str, name: object, cases: int, fm: int | None, fx: int | None, rm: int | None, rx: int | None,
            again: int | None, resolved: int | None) -> tuple[object, ...]:
        fm, fx, rm, rx = fm or 0, fx or 0, rm or 0, rx or 0
        return (Term(by), name, cases, pct(fm, fm + fx), pct(rm, rm + rx), pct(again, resolved), again or 0)

    rows = [row(N_("channel"), Term(CHANNEL_NAMES.get(channel, channel)), *numbers)
            for channel, *numbers in session.execute(
                select(ServiceCase.channel, *figures).where(_cases_in(session, query))
                .group_by(ServiceCase.channel).order_by(ServiceCase.channel))]
    rows += [row(N_("person"), f"{name} ({code})", *numbers)
             for name, code, *numbers in session.execute(
                 select(Staff.name, Staff.code, *figures).join(Staff, Staff.id == ServiceCase.owner_id)
                 .where(_cases_in(session, query)).group_by(Staff.name, Staff.code).order_by(Staff.code))]
    return Report("service-rates", N_("Service rates by channel and person"),
                  (N_("by"), N_("channel or person"), N_("cases"), N_("first response in time %"),
                   N_("resolved in time %"), N_("reopen rate %"), N_("reopened")), tuple(rows), chart="")


def response_compliance(session: Session, query: ReportQuery,
                        now: dt.datetime | None = None) -> tuple[tuple[str, int, int, str], ...]:
    """Response-policy compliance, per target = targets met / (met + breached)
    x 100, by the usual help-desk definition: a first response is met when it
    came at or before its due time (due times are in business hours, with the
    waiting-on-customer pauses) and breached when it came later, or has not
    come and its due time has passed (an overdue unanswered case is a breach,
    not "still running": two of them had shown 100 %). A resolution likewise;
    a case waiting on the customer has its clock stopped. "Passed" is judged
    at the end of the range, or now if the range runs on to today."""
    _, end = window(session, query)
    first_met, first_missed, resolved_met, resolved_missed = compliance(min(end, now or dt.datetime.now(dt.UTC)))
    fm, fx, rm, rx = session.execute(
        select(func.sum(first_met), func.sum(first_missed), func.sum(resolved_met), func.sum(resolved_missed))
        .where(_cases_in(session, query))
    ).one()
    fm, fx, rm, rx = fm or 0, fx or 0, rm or 0, rx or 0
    return ((Term("first response"), fm, fx, pct(fm, fm + fx)), (Term("resolution"), rm, rx, pct(rm, rm + rx)))


def satisfaction_average(session: Session, query: ReportQuery) -> str:
    """Average satisfaction = sum of scores / responses (1 to 5)."""
    start, end = window(session, query)
    value = session.scalar(select(func.avg(Feedback.score)).where(
        Feedback.store_id.in_(store_ids(session, query)), Feedback.at >= start, Feedback.at < end))
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
    start, end = window(session, query)
    count, minutes = session.execute(
        select(func.count(CaseInteraction.id), func.sum(CaseInteraction.minutes))
        .where(CaseInteraction.store_id.in_(store_ids(session, query)), CaseInteraction.at >= start,
               CaseInteraction.at < end, CaseInteraction.kind.in_(("contact", "reply")),
               CaseInteraction.minutes > 0)
    ).one()
    return count, minutes or 0, (f"{Decimal(minutes) / Decimal(count):.1f}" if count else "")


def service_kpis(session: Session, query: ReportQuery) -> Report:
    responses, satisfied, score = csat(session, query)
    resolved, first, fcr = first_contact_resolution(session, query)
    handled, minutes, aht = average_handling_minutes(session, query)
    rows: list[tuple[object, ...]] = [
        (Term(N_("satisfaction (CSAT) %")), score,
         Message(N_("{satisfied} of {responses} responses scored 4-5"), satisfied=satisfied,
                 responses=responses)),
        (Term(N_("average satisfaction (1-5)")), satisfaction_average(session, query),
         Message(N_("{responses} responses"), responses=responses)),
        (Term(N_("average first-response time (h)")), average_first_response_hours(session, query),
         Term(N_("clock hours"))),
        (Term(N_("first-contact resolution %")), fcr,
         Message(N_("{first} of {resolved} resolved cases"), first=first, resolved=resolved)),
    ]
    for target, met, missed, share in response_compliance(session, query):
        rows.append((Message(N_("{target} within target %"), target=target), share,
                     Message(N_("{met} met, {missed} missed"), met=met, missed=missed)))
    rows.append((Term(N_("average handling time (min)")), aht,
                 Message(N_("{minutes} minutes over {handled} interactions"), minutes=minutes,
                         handled=handled)))
    now = dt.datetime.now(dt.UTC)
    for label, low, high in ((N_("open under 1 day"), 0, 1), (N_("open 1-3 days"), 1, 3),
                             (N_("open 3-7 days"), 3, 7), (N_("open over 7 days"), 7, 10_000)):
        count = session.scalar(select(func.count(ServiceCase.id)).where(
            ServiceCase.store_id.in_(store_ids(session, query)),
            ServiceCase.status.in_(("new", "open", "waiting_customer", "waiting_department")),
            ServiceCase.created_at <= now - dt.timedelta(days=low),
            ServiceCase.created_at > now - dt.timedelta(days=high)))
        rows.append((Term(label), count or 0, Term(N_("cases by age, now"))))
    return Report("service-kpis", N_("Service desk KPIs"), (N_("measure"), N_("value"),
                                                                    N_("from")), tuple(rows),
                  chart="")


def repeat_customers(session: Session, query: ReportQuery) -> Report:
    """Revenue and returns by repeat versus one-time customers (the question
    behind "75 % of revenue comes from repeat customers"). A repeat customer
    bought more than once in the range (by loyalty ID); sales without one
    are their own row. Share of revenue % = the group's sales total / all
    sales x 100; return rate % = the group's returns in the range / its sales."""
    from desktop.models import Return, Sale

    money = money_of(session, query)
    stores = store_ids(session, query)
    in_range = and_(Sale.store_id.in_(stores), Sale.local_date >= query.start, Sale.local_date <= query.end)
    buyers = (select(Sale.customer_id.label("customer_id"), func.count(Sale.id).label("sales"))
              .where(in_range, Sale.customer_id.is_not(None)).group_by(Sale.customer_id).subquery())
    group = case((Sale.customer_id.is_(None), "none"), (buyers.c.sales > 1, "repeat"), else_="once")
    sold = {key: (customers, sales, revenue) for key, customers, sales, revenue in session.execute(
        select(group, func.count(func.distinct(Sale.customer_id)), func.count(Sale.id), func.sum(Sale.total_cents))
        .select_from(Sale).outerjoin(buyers, buyers.c.customer_id == Sale.customer_id)
        .where(in_range).group_by(group))}
    returned = {key: (count, refunded) for key, count, refunded in session.execute(
        select(group, func.count(Return.id), func.sum(Return.refund_total_cents))
        .select_from(Return).join(Sale, Sale.id == Return.sale_id)
        .outerjoin(buyers, buyers.c.customer_id == Sale.customer_id)
        .where(in_range, Return.store_id.in_(stores), Return.local_date >= query.start,
               Return.local_date <= query.end).group_by(group))}
    total = sum(int(revenue or 0) for _, _, revenue in sold.values())
    rows = []
    for key, name in (("repeat", N_("repeat customers")), ("once", N_("one-time customers")),
                      ("none", N_("sales without a loyalty ID"))):
        customers, sales, revenue = sold.get(key, (0, 0, 0))
        count, refunded = returned.get(key, (0, 0))
        rows.append((Term(name), customers if key != "none" else "", sales, money(revenue), pct(revenue, total),
                     count, pct(count, sales), money(refunded)))
    return Report("repeat-customers", N_("Repeat and one-time customers"),
                  (N_("customers"), N_("number"), N_("sales"), N_("revenue"), N_("share of revenue %"),
                   N_("returns"), N_("return rate %"), N_("refunded")), tuple(rows), chart="")


def policy_readers(session: Session, query: ReportQuery) -> Report:
    """Who of the store has read its newest return policy (acknowledged at
    sign-in, services/policy_changes.py), and who has not yet."""
    from desktop.models import PolicyAcknowledgement, Staff
    from desktop.services.policy_changes import newest_policy

    stores = store_ids(session, query)
    rows: list[tuple[object, ...]] = []
    for store_id in stores:
        policy = newest_policy(session, store_id)
        if policy is None:
            continue
        for name, code, role, at in session.execute(
                select(Staff.name, Staff.code, Staff.role, PolicyAcknowledgement.at)
                .outerjoin(PolicyAcknowledgement, (PolicyAcknowledgement.staff_id == Staff.id)
                           & (PolicyAcknowledgement.policy_id == policy.id))
                .where(Staff.home_store_id == store_id, Staff.active.is_(True)).order_by(Staff.code)):
            rows.append((f"{name} ({code})", Term(role), policy.version,
                         at.date().isoformat() if at else Term(N_("not yet"))))
    return Report("policy-readers", N_("Who has read the newest policy"),
                  (N_("person"), N_("role"), N_("policy version"), N_("read on")), tuple(rows), chart="")
