"""Telling people that a case needs them, whatever screen they are on.

A notification is raised once per case, kind and level (an escalation to the
managers, a case about to miss its target, one overdue) and stays open until
someone takes it: a person acting on the case (any contact, reply or change
they record) takes it, and so does "Take it" on their station. Open
notifications are shown on the stations of the people they are for (tier
0: the case's owner; tiers 1 and 2: the store's managers and admins) and
mailed to them, again every ``reminder_minutes`` of the store's service
policy until taken (the scheduler's mail job)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from email.message import EmailMessage

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desktop.messages import QT_TR_NOOP
from desktop.models import Notification, ServiceCase, Staff, Store
from desktop.services.auth import Actor
from desktop.services.cases.alerts import raise_once, taken_by_action
from desktop.services.cases.views import case_policy
from desktop.services.context import Context
from desktop.services.errors import NotFound

MANAGERS = ("manager", "admin")
__all__ = ["NotificationView", "mail_due", "pending", "raise_once", "take", "taken_by_action"]


@dataclass(frozen=True)
class NotificationView:
    id: int
    case_id: int
    case_number: int
    subject: str
    kind: str  # escalated | due_soon | overdue | follow_up | mail
    tier: int
    text: str
    created_at: dt.datetime


def _for_actor(actor: Actor):  # type: ignore[no-untyped-def]
    """Whose notifications these are: the owner's (tier 0), the managers' (1 and 2)."""
    mine = (Notification.tier == 0) & (ServiceCase.owner_id == actor.staff_id)
    if actor.role in MANAGERS:
        return or_(mine, Notification.tier >= 1)
    return mine


def pending(ctx: Context, actor: Actor) -> list[NotificationView]:
    """The open notifications for this person at their store, newest first
    (every station asks every 20 s: no transaction of its own on PostgreSQL)."""
    with ctx.uow(reads_only=True) as uow:
        store_id = uow.session.scalar(select(Staff.home_store_id).where(Staff.id == actor.staff_id))
        rows = uow.session.execute(
            select(Notification, ServiceCase.number, ServiceCase.subject)
            .join(ServiceCase, ServiceCase.id == Notification.case_id)
            .where(Notification.store_id == store_id, Notification.taken_at.is_(None), _for_actor(actor))
            .order_by(Notification.created_at.desc(), Notification.id.desc())).all()
        return [NotificationView(n.id, n.case_id, number, subject, n.kind, n.tier, n.text, n.created_at)
                for n, number, subject in rows]


def take(ctx: Context, actor: Actor, notification_id: int) -> None:
    """'Take it': this person answers for it; the repeats stop."""
    with ctx.uow(write=True) as uow:
        row = uow.session.get(Notification, notification_id)
        if row is None:
            raise NotFound(QT_TR_NOOP("no notification {id}"), id=notification_id)
        if row.taken_at is None:
            row.taken_at, row.taken_by = ctx.now(), actor.staff_id
        uow.commit()


def recipients(session: Session, row: Notification) -> list[Staff]:
    if row.tier == 0:
        owner = session.scalar(select(Staff).join(ServiceCase, ServiceCase.owner_id == Staff.id)
                               .where(ServiceCase.id == row.case_id))
        return [owner] if owner is not None and owner.active else []
    return list(session.scalars(select(Staff).where(Staff.home_store_id == row.store_id, Staff.active.is_(True),
                                                    Staff.role.in_(MANAGERS)).order_by(Staff.id)))


def mail_due(ctx: Context, send=None) -> list[str]:  # type: ignore[no-untyped-def]
    """Mail each open notification to its people, first at once and then
    every ``reminder_minutes`` of the store's policy until it is taken.
    ``send`` takes an EmailMessage (the station's SMTP server by default); a
    station without a mail server only shows them. Returns what was sent."""
    from desktop.services.replies import Mailer

    if send is None:
        mailer = Mailer.from_settings(ctx.settings) if ctx.settings is not None else None
        send = mailer.send if mailer is not None and mailer.host else None
    now = ctx.now()
    done: list[str] = []
    with ctx.uow(write=True) as uow:
        session = uow.session
        rows = session.scalars(select(Notification).where(Notification.taken_at.is_(None))
                               .order_by(Notification.id).with_for_update(skip_locked=True)).all()
        intervals: dict[int, dt.timedelta] = {}
        for row in rows:
            if row.store_id not in intervals:
                intervals[row.store_id] = dt.timedelta(minutes=case_policy(session, row.store_id)
                                                       .service.reminder_minutes)
            if row.sent_at is not None and now - row.sent_at < intervals[row.store_id]:
                continue
            case = session.get(ServiceCase, row.case_id)
            store = session.get(Store, row.store_id)
            assert case is not None and store is not None
            addresses = [person.email for person in recipients(session, row) if person.email]
            if send is not None and addresses:
                message = EmailMessage()
                message["Subject"] = f"ReturnDesk: case {store.code}-{case.number} {case.subject}"[:200]
                message["To"] = ", ".join(addresses)
                if ctx.settings is not None and ctx.settings.smtp_sender:
                    message["From"] = ctx.settings.smtp_sender
                repeat = f" (reminder {row.sends})" if row.sends else ""
                message.set_content(f"{row.text}{repeat}\n\nStore {store.code} {store.name}, case {case.number}: "
                                    f"{case.subject}\nOpen it on the Service desk, or take it there, to stop "
                                    "these reminders.\n")
                try:
                    send(message)
                except Exception as error:  # noqa: BLE001 - the mail server's refusal: kept open, tried again
                    done.append(f"notification {row.id} not mailed: {error}")
                    continue
                done.append(f"notification {row.id} mailed to {len(addresses)}")
            row.sent_at = now
            row.sends += 1
        uow.commit()
    return done
