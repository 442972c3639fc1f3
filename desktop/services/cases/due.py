"""Targets missed while nobody looked: each overdue case escalates level by
level (``escalate_after_hours`` of business time late) and is reminded every
``reminder_minutes``; each escalation, overdue case and case about to miss
its target raises a notification for the people at that level
(services/notifications.py). Run for every store by the scheduler
(services/scheduler.py), in the app whatever screen is open and in
`returndesk serve`."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import or_, select

from desktop.models import ServiceCase
from desktop.services import audit
from desktop.services.cases import alerts
from desktop.services.cases.views import TIERS, add_note, business_calendar, case_policy, next_due
from desktop.services.context import Context


def check_due(ctx: Context, store_id: int) -> list[str]:
    """Missed targets: escalate level after level (``escalate_after_hours``
    of business time overdue), and remind every ``reminder_minutes`` while
    a case stays overdue. Safe to run from every station: each case is
    locked while it is looked at. Returns what was done to the cases (the notifications it raised are in
    their table)."""
    now = ctx.now()
    done: list[str] = []
    with ctx.uow(write=True) as uow:
        session = uow.session
        policy = case_policy(session, store_id)
        hours = business_calendar(policy)
        rule = policy.service
        overdue = session.scalars(
            select(ServiceCase).where(
                ServiceCase.store_id == store_id, ServiceCase.status.in_(("new", "open", "waiting_department")),
                or_(ServiceCase.resolution_due <= now,
                    (ServiceCase.first_response_at.is_(None)) & (ServiceCase.first_response_due <= now)),
            ).order_by(ServiceCase.id).with_for_update()
        ).all()
        for row in overdue:
            due, what = next_due(row)
            if due is None or due > now:
                continue
            late = hours.between(due, now).total_seconds() / 3600
            tier = sum(1 for threshold in rule.escalate_after_hours if late >= threshold)
            if tier > row.tier:
                row.tier = min(tier, 2)
                add_note(session, row, now, None, "escalation",
                         f"escalated to {TIERS[row.tier]}: {what} target missed by {late:.1f} business hours")
                audit.record(session, store_id, "case.escalated", at=now, entity="case", entity_id=row.id,
                             payload={"tier": row.tier, "automatic": True})
                done.append(f"case {row.number} escalated to {TIERS[row.tier]}")
                alerts.raise_once(session, row, "escalated", row.tier,
                                         f"Case {row.number} escalated to {TIERS[row.tier]}: {what} target missed "
                                         f"by {late:.1f} business hours.", now)
            if row.last_reminder_at is None or now - row.last_reminder_at >= dt.timedelta(
                    minutes=rule.reminder_minutes):
                row.last_reminder_at = now
                add_note(session, row, now, None, "reminder",
                         f"reminder: {what} overdue since {due.astimezone(hours.zone).strftime('%a %d %b %H:%M')}")
                done.append(f"case {row.number} reminded")
                if row.tier == 0:  # the owner is told; once escalated, the escalation's notice is the alert
                    alerts.raise_once(session, row, "overdue", 0, f"Case {row.number} is overdue: {what} was due "
                                      f"{due.astimezone(hours.zone).strftime('%a %d %b %H:%M')}.", now)
        soon = now + dt.timedelta(minutes=rule.reminder_minutes)
        coming = session.scalars(
            select(ServiceCase).where(
                ServiceCase.store_id == store_id, ServiceCase.status.in_(("new", "open", "waiting_department")),
                or_(ServiceCase.resolution_due.between(now, soon),
                    (ServiceCase.first_response_at.is_(None)) & ServiceCase.first_response_due.between(now, soon)),
            ).order_by(ServiceCase.id)).all()
        for row in coming:
            due, what = next_due(row)
            if due is not None and now < due <= soon:  # a notice, not an action on the case: not in what was done
                alerts.raise_once(session, row, "due_soon", 0, f"Case {row.number} is about to miss its {what} "
                                  f"target: due {due.astimezone(hours.zone).strftime('%a %d %b %H:%M')}.", now)
        uow.commit()
    return done
