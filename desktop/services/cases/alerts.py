"""Raising and answering a case's notifications, where the cases' rules
run (the due checks raise them, any action a person records answers them);
showing and mailing them is services/notifications.py."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Notification, ServiceCase


def raise_once(session: Session, case: ServiceCase, kind: str, tier: int, text: str, at: dt.datetime) -> bool:
    """A notification for this case, kind and level, unless one is still open."""
    open_one = session.scalars(select(Notification.id).where(
        Notification.case_id == case.id, Notification.kind == kind, Notification.tier == tier,
        Notification.taken_at.is_(None))).first()
    if open_one is not None:
        return False
    session.add(Notification(store_id=case.store_id, case_id=case.id, kind=kind, tier=tier, text=text[:300],
                             created_at=at, sends=0))
    return True


def taken_by_action(session: Session, case_id: int, staff_id: int, at: dt.datetime) -> None:
    """A person recorded something on the case: its alerts have been answered."""
    for row in session.scalars(select(Notification).where(Notification.case_id == case_id,
                                                          Notification.taken_at.is_(None))):
        row.taken_at, row.taken_by = at, staff_id
