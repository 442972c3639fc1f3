"""Each person's scorecard over a period, for the manager's periodic review
(the seed's "managers evaluate each person periodically"): returns handled
and refunded, overrides asked, cases owned and how many were first answered
in time (met / met + breached, an unanswered case past its due time
breached, as in the service KPIs), customer satisfaction, cases reopened
after the customer's low score; and whether a manager signed the period
off (services/reviews.py).
Exported as PDF like every report (`returndesk report staff-scorecards
--pdf`)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from desktop.catalogue import N_
from desktop.messages import Term
from desktop.models import CaseInteraction, Feedback, OverrideRequest, Return, ScorecardSignOff, ServiceCase, Staff
from desktop.services.reports.base import Report, ReportQuery, money_of, returns_in, store_ids, window
from desktop.services.reports.service import compliance


def staff_scorecards(session: Session, query: ReportQuery) -> Report:
    money = money_of(session, query)
    stores = store_ids(session, query)
    start, end = window(session, query)
    people = session.execute(select(Staff.id, Staff.name, Staff.code, Staff.role).where(
        Staff.home_store_id.in_(stores), Staff.active.is_(True)).order_by(Staff.code)).all()
    returns = {staff: (count, total) for staff, count, total in session.execute(
        select(Return.staff_id, func.count(Return.id), func.sum(Return.refund_total_cents))
        .where(returns_in(session, query)).group_by(Return.staff_id))}
    asked = dict(session.execute(
        select(OverrideRequest.requested_by_id, func.count(OverrideRequest.id))
        .where(OverrideRequest.store_id.in_(stores), OverrideRequest.created_at >= start,
               OverrideRequest.created_at < end).group_by(OverrideRequest.requested_by_id)).all())
    in_range = and_(ServiceCase.store_id.in_(stores), ServiceCase.created_at >= start, ServiceCase.created_at < end)
    owned = dict(session.execute(select(ServiceCase.owner_id, func.count(ServiceCase.id)).where(in_range)
                                 .group_by(ServiceCase.owner_id)).all())
    first_met, first_missed, _, _ = compliance(min(end, dt.datetime.now(dt.UTC)))
    answered = {owner: (met or 0, missed or 0) for owner, met, missed in session.execute(  # an overdue silence: missed
        select(ServiceCase.owner_id, func.sum(first_met), func.sum(first_missed))
        .where(in_range).group_by(ServiceCase.owner_id))}
    scores = {staff: (avg, count) for staff, avg, count in session.execute(
        select(Feedback.staff_id, func.avg(Feedback.score), func.count(Feedback.id))
        .where(Feedback.store_id.in_(stores), Feedback.at >= start, Feedback.at < end)
        .group_by(Feedback.staff_id))}
    reopened = dict(session.execute(
        select(ServiceCase.owner_id, func.count(func.distinct(ServiceCase.id)))
        .join(CaseInteraction, CaseInteraction.case_id == ServiceCase.id)
        .where(ServiceCase.store_id.in_(stores), CaseInteraction.kind == "status",
               CaseInteraction.summary.like("reopened%"), CaseInteraction.at >= start, CaseInteraction.at < end)
        .group_by(ServiceCase.owner_id)).all())
    signed = {staff: (who, at) for staff, who, at in session.execute(
        select(ScorecardSignOff.staff_id, Staff.name, ScorecardSignOff.signed_at)
        .join(Staff, Staff.id == ScorecardSignOff.signed_by)
        .where(ScorecardSignOff.start == query.start, ScorecardSignOff.end == query.end))}
    rows = []
    for staff_id, name, code, role in people:
        count, total = returns.get(staff_id, (0, 0))
        met, missed = answered.get(staff_id, (0, 0))
        average, responses = scores.get(staff_id, (None, 0))
        who, at = signed.get(staff_id, (None, None))
        signed_off = f"{who}, {at.date().isoformat()}" if who and at else Term(N_("not yet"))
        rows.append((f"{name} ({code})", Term(role), count, money(total), asked.get(staff_id, 0),
                     owned.get(staff_id, 0), f"{met}/{met + missed}",
                     f"{Decimal(str(average)):.2f} ({responses})" if average is not None else "",
                     reopened.get(staff_id, 0), signed_off))
    return Report("staff-scorecards", N_("Staff scorecards"),
                  (N_("person"), N_("role"), N_("returns"), N_("refunded"), N_("overrides asked"),
                   N_("cases owned"), N_("first answers in time"), N_("satisfaction (1-5)"), N_("cases reopened"),
                   N_("signed off")), tuple(rows), chart="")
