"""A manager's periodic review: a person's scorecard for a period
(reports/people.py) signed off, once, with a note; audited."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from desktop.messages import QT_TR_NOOP
from desktop.models import ScorecardSignOff, Staff
from desktop.services import audit, auth
from desktop.services.auth import Actor
from desktop.services.context import Context
from desktop.services.errors import Forbidden, NotFound, RequestError


def sign_off(ctx: Context, actor: Actor, staff_code: str, start: dt.date, end: dt.date, note: str = "") -> None:
    if actor.role not in ("manager", "admin"):
        raise Forbidden(QT_TR_NOOP("scorecards are signed off by managers: {name} is a {role}"), name=actor.name,
                        role=actor.role)
    if end < start:
        raise RequestError(QT_TR_NOOP("the period ends before it starts"))
    with ctx.uow(write=True) as uow:
        session = uow.session
        person = session.scalars(select(Staff).where(Staff.code == staff_code)).first()
        if person is None:
            raise NotFound(QT_TR_NOOP("no staff member {code}"), code=staff_code)
        if person.id == actor.staff_id:
            raise Forbidden(QT_TR_NOOP("a scorecard is signed off by someone else than its owner"))
        if actor.role != "admin" and not auth.may_act_for(session, actor, person.home_store.code):
            raise Forbidden(QT_TR_NOOP("{name} ({code}) reviews the people of their own store"), name=actor.name,
                            code=actor.code)
        done = session.scalars(select(ScorecardSignOff).where(
            ScorecardSignOff.staff_id == person.id, ScorecardSignOff.start == start,
            ScorecardSignOff.end == end)).first()
        if done is not None:
            raise RequestError(QT_TR_NOOP("this scorecard is already signed off"))
        session.add(ScorecardSignOff(staff_id=person.id, start=start, end=end, signed_by=actor.staff_id,
                                     signed_at=ctx.now(), note=note[:500]))
        audit.record(session, person.home_store_id, "scorecard.signed_off", at=ctx.now(), staff_id=actor.staff_id,
                     entity="staff", entity_id=person.id,
                     payload={"start": start.isoformat(), "end": end.isoformat(), "note": note[:500]})
        uow.commit()
