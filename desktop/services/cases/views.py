"""What the service desk shows: the queue's rows, a case's timeline and
detail, and the helpers every case use case shares (the store's policy and
business calendar, a case row checked against the actor's store, a note on
the timeline, due times)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.messages import QT_TR_NOOP
from desktop.models import (
    CaseInteraction,
    Customer,
    Department,
    Feedback,
    ServiceCase,
    Store,
)

# The choices a case offers, for the screens as well (they never import models/).
from desktop.models.service import CASE_TYPES as CASE_TYPES
from desktop.models.service import CHANNELS as CHANNELS
from desktop.models.service import PRIORITIES as PRIORITIES
from desktop.policy.hours import BusinessCalendar, calendar
from desktop.policy.rules import Policy
from desktop.services import audit
from desktop.services.auth import Actor, staff_label
from desktop.services.cases import alerts
from desktop.services.errors import Forbidden, NotFound, RequestError
from desktop.services.policies import active_policy

ACTIVE = ("new", "open", "waiting_customer", "waiting_department")
TIERS = ("counter", "senior staff", "manager")
LOW_SCORE = 2  # a follow-up scored this or lower reopens the case
DUE_SOON = dt.timedelta(hours=2)


@dataclass(frozen=True)
class QueueRow:
    id: int
    number: int
    type: str
    status: str
    priority: str
    channel: str
    subject: str
    customer: str
    owner: str
    tier: int
    department: str
    due_at: dt.datetime | None  # the next target: first response, else resolution
    due_what: str  # "first response" | "resolution" | ""
    due_state: str  # "overdue" | "due soon" | ""


@dataclass(frozen=True)
class TimelineEntry:
    at: dt.datetime
    kind: str
    channel: str | None
    direction: str | None
    who: str
    minutes: int
    summary: str
    notes: str


@dataclass(frozen=True)
class CaseDetail:
    row: QueueRow
    receipt: str | None
    serial: str | None
    product: str
    contact: str  # phone / email as given
    first_response_at: dt.datetime | None
    resolution_due: dt.datetime | None
    resolved_at: dt.datetime | None
    follow_up_at: dt.datetime | None
    first_contact_resolution: bool
    timeline: tuple[TimelineEntry, ...]
    scores: tuple[int, ...] = field(default=())
    return_code: str | None = None  # the return it is about
    line: int | None = None  # the receipt's line it is about
    attachments: tuple[Attachment, ...] = field(default=())


@dataclass(frozen=True)
class Attachment:
    """A file the customer sent with a mail: what the case shows of it (the bytes on request)."""

    id: int
    filename: str
    content_type: str
    size: int
    removed: bool = False  # its retention period is over: the name stays, the file is gone


def case_policy(session: Session, store_id: int) -> Policy:
    store = session.get(Store, store_id)
    assert store is not None
    return active_policy(session, store.id, store.code)


def business_calendar(policy: Policy) -> BusinessCalendar:
    return calendar(policy.timezone, policy.service.hours, policy.service.holidays)


def staff_name(session: Session, staff_id: int | None) -> str:
    return staff_label(session, staff_id, nobody="ReturnDesk")  # None: the system (an escalation)


def case_row(session: Session, case_id: int, actor: Actor, lock: bool = True) -> ServiceCase:
    query = select(ServiceCase).where(ServiceCase.id == case_id)
    row = session.scalars(query.with_for_update() if lock else query).first()
    if row is None:
        raise NotFound(QT_TR_NOOP("no service case {case_id}"), case_id=case_id)
    if row.store_id != actor.store_id:
        raise Forbidden(QT_TR_NOOP("case {number} belongs to another store"), number=row.number)
    return row


def add_note(session: Session, row: ServiceCase, at: dt.datetime, staff_id: int | None, kind: str, summary: str,
          notes: str = "", channel: str | None = None, direction: str | None = None, minutes: int = 0) -> None:
    session.add(CaseInteraction(case_id=row.id, store_id=row.store_id, at=at, staff_id=staff_id, kind=kind,
                                channel=channel, direction=direction, minutes=minutes, summary=summary[:300],
                                notes=notes))
    row.updated_at = at
    if staff_id is not None:  # a person acted on the case: its alerts are answered
        alerts.taken_by_action(session, row.id, staff_id, at)


def new_case(session: Session, policy: Policy, store_id: int, owner_id: int, at: dt.datetime, *, channel: str,
             priority: str, **fields: object) -> ServiceCase:
    """A case's row, numbered for its store, its clocks started at ``at``
    (the moment the customer got in touch: a mail's arrival, not its reading)."""
    number = (session.scalar(select(func.max(ServiceCase.number)).where(ServiceCase.store_id == store_id)) or 0) + 1
    target = policy.service.target(channel, priority)
    hours = business_calendar(policy)
    row = ServiceCase(
        store_id=store_id, number=number, status="open", priority=priority, channel=channel, owner_id=owner_id,
        tier=0, created_at=at,
        # Someone at the counter is answered on the spot: that is the first response.
        first_response_at=at if channel == "walk_in" else None,
        first_response_due=hours.add(at, target.first_response_hours),
        resolution_due=hours.add(at, target.resolution_hours), paused_seconds=0, updated_at=at, **fields)
    session.add(row)
    session.flush()
    return row


def resume(row: ServiceCase, now: dt.datetime, policy: Policy) -> None:
    """The clocks start again: every target moves by the business time spent waiting."""
    if row.paused_since is None:
        return
    hours = business_calendar(policy)
    waited = hours.between(row.paused_since, now)
    row.paused_seconds += int(waited.total_seconds())
    waited_hours = waited.total_seconds() / 3600
    if row.resolution_due is not None:
        row.resolution_due = hours.add(row.resolution_due, waited_hours)
    if row.first_response_at is None and row.first_response_due is not None:
        row.first_response_due = hours.add(row.first_response_due, waited_hours)
    row.paused_since = None


def reopen(session: Session, row: ServiceCase, at: dt.datetime, why: str) -> None:
    """A resolved or closed case back to open, its resolution clock started again."""
    policy = case_policy(session, row.store_id)
    target = policy.service.target(row.channel, row.priority)
    row.status, row.resolved_at, row.closed_at, row.first_contact_resolution = "open", None, None, False
    row.follow_up_at = None
    row.resolution_due = business_calendar(policy).add(at, target.resolution_hours)
    add_note(session, row, at, None, "status", f"reopened: {why}")


def scored(session: Session, row: ServiceCase, at: dt.datetime, score: int, comment: str,
           staff_id: int | None) -> None:
    """The customer's score of their case (the follow-up call, an answer by
    mail), recorded after the note that says how it came: a low one reopens
    a resolved or closed case (audited), a good one closes a resolved case."""
    session.add(Feedback(store_id=row.store_id, staff_id=row.owner_id, case_id=row.id, score=score,
                         comment=comment, at=at))
    row.follow_up_at = None
    if score <= LOW_SCORE:
        if row.status in ("resolved", "closed"):
            reopen(session, row, at, "the customer is not satisfied")
            audit.record(session, row.store_id, "case.reopened", at=at, staff_id=staff_id, entity="case",
                         entity_id=row.id, payload={"score": score})
    elif row.status == "resolved":
        row.status, row.closed_at = "closed", at
        add_note(session, row, at, staff_id, "status", "closed: the customer confirmed it is solved")


def check_choice(value: str, choices: tuple[str, ...], what: str) -> str:
    if value not in choices:
        raise RequestError(QT_TR_NOOP("{what}: one of {choices}, not {value!r}"),
                           what=what, choices=", ".join(choices), value=value)
    return value


def next_due(row: ServiceCase) -> tuple[dt.datetime | None, str]:
    if row.status not in ACTIVE or row.status == "waiting_customer":
        return None, ""
    if row.first_response_at is None and row.first_response_due is not None:
        return row.first_response_due, "first response"
    return row.resolution_due, "resolution" if row.resolution_due else ""


def due_state(due: dt.datetime | None, now: dt.datetime) -> str:
    if due is None:
        return ""
    if due <= now:
        return "overdue"
    return "due soon" if due - now <= DUE_SOON else ""


def queue_row(session: Session, row: ServiceCase, now: dt.datetime) -> QueueRow:
    customer = session.get(Customer, row.customer_id) if row.customer_id else None
    department = session.get(Department, row.department_id) if row.department_id else None
    due, what = next_due(row)
    who = f"{customer.name} ({customer.code})" if customer else (row.contact_name or "walk-in customer")
    return QueueRow(row.id, row.number, row.type, row.status, row.priority, row.channel, row.subject, who,
                    staff_name(session, row.owner_id), row.tier, department.name if department else "", due, what,
                    due_state(due, now))


