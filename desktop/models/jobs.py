"""Work that runs by itself: the scheduler's jobs with their lease, and the
notifications that tell people about it (desktop/services/scheduler.py,
desktop/services/notifications.py)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, utcnow

NOTIFICATION_KINDS = ("escalated", "due_soon", "overdue", "follow_up", "mail")


class ScheduledJob(Base):
    """One job of the scheduler (due checks, follow-ups, mails). Whoever
    takes the lease (an UPDATE that only one station's transaction can win)
    runs it; ``next_run_at`` in the past when every station was off means it
    runs at the next start."""

    __tablename__ = "scheduled_jobs"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    next_run_at: Mapped[dt.datetime]
    last_run_at: Mapped[dt.datetime | None]
    last_result: Mapped[str] = mapped_column(String(300), default="")
    runs: Mapped[int] = mapped_column(Integer, default=0)
    lease_owner: Mapped[str | None] = mapped_column(String(80))  # host:pid of the station running it
    lease_until: Mapped[dt.datetime | None]  # a station that died mid-run frees it after this


class Notification(Base):
    """Someone must act: a case escalated to their level, about to miss its
    target, overdue, or a follow-up call due. Shown on their station (a badge
    on the Service desk, a line over every screen) and mailed; repeated at
    the level's interval until someone takes it."""

    __tablename__ = "notifications"
    __table_args__ = (
        CheckConstraint(f"kind IN {NOTIFICATION_KINDS!r}", name="kind_known"),
        CheckConstraint("tier BETWEEN 0 AND 2", name="tier_known"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    case_id: Mapped[int] = mapped_column(ForeignKey("service_cases.id"))
    kind: Mapped[str] = mapped_column(String(16))
    tier: Mapped[int] = mapped_column(Integer)  # 0: the case's owner; 1 and 2: the store's managers (and admins)
    text: Mapped[str] = mapped_column(String(300))  # English, for the log and the mail; screens render their own
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[dt.datetime | None]  # last mailed (or first shown): repeated at the level's interval
    sends: Mapped[int] = mapped_column(Integer, default=0)
    taken_at: Mapped[dt.datetime | None]  # someone took it: no more repeats
    taken_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))


Index("ix_notifications_open", Notification.store_id, Notification.taken_at)


class PolicyAcknowledgement(Base):
    """A person read what changed in a version of their store's policy."""

    __tablename__ = "policy_acknowledgements"

    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), primary_key=True)
    policy_id: Mapped[int] = mapped_column(ForeignKey("store_policies.id"), primary_key=True)
    at: Mapped[dt.datetime]


class ScorecardSignOff(Base):
    """A manager reviewed a person's scorecard for a period and signed it off."""

    __tablename__ = "scorecard_signoffs"
    __table_args__ = (UniqueConstraint("staff_id", "start", "end"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    start: Mapped[dt.date] = mapped_column(Date)
    end: Mapped[dt.date] = mapped_column(Date)
    signed_by: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    signed_at: Mapped[dt.datetime]
    note: Mapped[str] = mapped_column(String(500), default="")
