"""The counter queue: walk-ins checked in by name (or given a ticket
number), so the clerk sees who is waiting and for how long; the time from
check-in to being served and to leaving is kept per visit. Nobody waits
unseen: a wait over the policy's ``[service] wait_alert_minutes`` alerts the
manager's station (once per visit, and audited)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.messages import QT_TR_NOOP
from desktop.models import Staff, Store, Visit
from desktop.services import audit, inputs
from desktop.services.auth import Actor
from desktop.services.commands import Command, handles
from desktop.services.context import Context
from desktop.services.errors import NotFound, RequestError
from desktop.services.policies import active_policy


@dataclass(frozen=True)
class Waiting:
    id: int
    ticket: int
    name: str
    checked_in_at: dt.datetime
    waited_minutes: int
    served_by: str  # empty while waiting
    over_limit: bool


def check_in(ctx: Context, actor: Actor, name: str = "") -> Waiting:
    """A walk-in joins the queue; returns their ticket."""
    now = ctx.now()
    for _ in range(5):  # two counters checking in at the same moment: the unique ticket decides, retry
        try:
            with ctx.uow(write=True) as uow:
                session = uow.session
                store = session.get(Store, actor.store_id)
                local = now.astimezone(ZoneInfo(store.timezone if store else "UTC"))
                ticket = (session.scalar(select(func.max(Visit.ticket)).where(
                    Visit.store_id == actor.store_id, Visit.local_date == local.date())) or 0) + 1
                visit = Visit(store_id=actor.store_id, local_date=local.date(), local_hour=local.hour, ticket=ticket,
                              name=name.strip()[:120], checked_in_at=now)
                session.add(visit)
                session.flush()
                waiting = Waiting(visit.id, ticket, visit.name, now, 0, "", False)
                uow.commit()
                return waiting
        except IntegrityError:
            continue
    raise RequestError(QT_TR_NOOP("the queue is busy; check the customer in again"))


def _visit(session: Session, actor: Actor, visit_id: int) -> Visit:
    visit = session.scalars(select(Visit).where(Visit.id == visit_id).with_for_update()).first()
    if visit is None or visit.store_id != actor.store_id:
        raise NotFound(QT_TR_NOOP("no visit {visit_id} at this store"), visit_id=visit_id)
    return visit


def serve(ctx: Context, actor: Actor, visit_id: int) -> None:
    with ctx.uow(write=True) as uow:
        visit = _visit(uow.session, actor, visit_id)
        if visit.served_at is not None:
            raise RequestError(QT_TR_NOOP("ticket {ticket} is already being served"), ticket=visit.ticket)
        visit.served_at, visit.served_by_id = ctx.now(), actor.staff_id
        uow.commit()


def leave(ctx: Context, actor: Actor, visit_id: int) -> None:
    """The customer has gone (served, or gave up waiting)."""
    with ctx.uow(write=True) as uow:
        visit = _visit(uow.session, actor, visit_id)
        visit.left_at = ctx.now()
        uow.commit()


def waiting(ctx: Context, actor: Actor) -> list[Waiting]:
    """Everyone checked in and not gone, the longest wait first (the queue
    screen asks again and again: no transaction of its own on PostgreSQL)."""
    now = ctx.now()
    with ctx.uow(reads_only=True) as uow:
        session = uow.session
        limit = active_policy(session, actor.store_id, actor.store_code).service.wait_alert_minutes
        rows = session.scalars(select(Visit).where(Visit.store_id == actor.store_id, Visit.left_at.is_(None))
                               .order_by(Visit.served_at.is_not(None), Visit.checked_in_at)).all()
        out = []
        for visit in rows:
            until = visit.served_at or now
            minutes = int((until - visit.checked_in_at).total_seconds() // 60)
            staff = session.get(Staff, visit.served_by_id) if visit.served_by_id else None
            out.append(Waiting(visit.id, visit.ticket, visit.name, visit.checked_in_at, minutes,
                               staff.name if staff else "", visit.served_at is None and minutes >= limit))
        return out


def alerts(ctx: Context, actor: Actor) -> list[Waiting]:
    """Waits over the limit nobody was alerted about yet: the manager's
    station shows them, and the alert is recorded once per visit."""
    now = ctx.now()
    with ctx.uow(write=True) as uow:
        session = uow.session
        limit = active_policy(session, actor.store_id, actor.store_code).service.wait_alert_minutes
        rows = session.scalars(select(Visit).where(
            Visit.store_id == actor.store_id, Visit.served_at.is_(None), Visit.left_at.is_(None),
            Visit.alerted_at.is_(None), Visit.checked_in_at <= now - dt.timedelta(minutes=limit))
            .with_for_update()).all()
        out = []
        for visit in rows:
            visit.alerted_at = now
            minutes = int((now - visit.checked_in_at).total_seconds() // 60)
            audit.record(session, actor.store_id, "queue.wait_alert", at=now, staff_id=actor.staff_id,
                         entity="visit", entity_id=visit.id, payload={"ticket": visit.ticket, "minutes": minutes})
            out.append(Waiting(visit.id, visit.ticket, visit.name, visit.checked_in_at, minutes, "", True))
        uow.commit()
        return out


# ---- As commands (desktop/services/commands.py)


@dataclass(frozen=True)
class CheckIn(Command[Waiting]):
    """A walk-in takes a ticket (a name, or none)."""

    name: str = ""

    def check(self) -> None:
        inputs.text(self.name, "name", limit=120)


@dataclass(frozen=True)
class Serve(Command[None]):
    visit_id: int


@dataclass(frozen=True)
class Leave(Command[None]):
    visit_id: int


@handles(CheckIn)
def _check_in(ctx: Context, command: CheckIn, actor: Actor) -> Waiting:
    return check_in(ctx, actor, command.name)


@handles(Serve)
def _serve(ctx: Context, command: Serve, actor: Actor) -> None:
    serve(ctx, actor, command.visit_id)


@handles(Leave)
def _leave(ctx: Context, command: Leave, actor: Actor) -> None:
    leave(ctx, actor, command.visit_id)
