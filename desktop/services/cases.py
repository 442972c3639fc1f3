"""The service desk's use cases: open a case, record every interaction,
escalate, transfer, reply, resolve, follow up, take feedback; the queue in
the order things fall due.

Targets come from the store policy's ``[service]`` section and count
business hours (desktop/policy/hours.py). While a case waits on the
customer its clocks stop: the due times move later by the business time
spent waiting. A case solved while the customer is at the counter is a
first-contact resolution.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import case as sql_case
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desktop.messages import QT_TR_NOOP, Term
from desktop.models import (
    CaseInteraction,
    Customer,
    Department,
    Feedback,
    Product,
    Sale,
    SaleLine,
    ServiceCase,
    Store,
)
from desktop.models.service import CASE_TYPES, CHANNELS, PRIORITIES
from desktop.policy.hours import BusinessCalendar, calendar
from desktop.policy.rules import Policy
from desktop.services import audit
from desktop.services.auth import Actor, staff_label
from desktop.services.context import Context
from desktop.services.errors import Forbidden, NotFound, RequestError
from desktop.services.policies import active_policy
from desktop.services.receipts import parse_code

ACTIVE = ("new", "open", "waiting_customer", "waiting_department")
TIERS = ("counter", "senior staff", "manager")
LOW_SCORE = 2  # a follow-up scored this or lower reopens the case
DUE_SOON = dt.timedelta(hours=2)


# ---- Views


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


# ---- Commands


def create_customer(ctx: Context, actor: Actor, name: str, phone: str = "", email: str = "") -> str:
    """A customer created on the spot at the counter; returns the new loyalty ID."""
    from desktop.models import Chain

    name = name.strip()
    if len(name) < 2:
        raise RequestError(QT_TR_NOOP("the customer's name, please"))
    if not phone.strip() and not email.strip():
        raise RequestError(QT_TR_NOOP("a phone number or an email address, so we can get back to them"))
    with ctx.uow(write=True) as uow:
        session = uow.session
        if phone.strip() and session.scalar(select(Customer.id).where(Customer.phone == phone.strip())):
            raise RequestError(QT_TR_NOOP("a customer with phone {phone} exists: find them instead"),
                               phone=phone.strip())
        store = session.get(Store, actor.store_id)
        chain_id = store.chain_id if store else session.scalar(select(Chain.id).limit(1))
        highest = session.scalars(select(Customer.code).where(Customer.code.like("C%"))).all()
        number = max((int(code[1:]) for code in highest if code[1:].isdigit()), default=0) + 1
        customer = Customer(chain_id=chain_id, code=f"C{number}", name=name, phone=phone.strip() or None,
                            email=email.strip() or None, created_at=ctx.now())
        session.add(customer)
        session.flush()
        audit.record(session, actor.store_id, "customer.created", at=ctx.now(), staff_id=actor.staff_id,
                     entity="customer", entity_id=customer.code)
        uow.commit()
        return f"C{number}"


@dataclass(frozen=True)
class OpenCase:
    type: str
    channel: str
    subject: str
    priority: str = "normal"
    customer_code: str | None = None
    contact_name: str = ""
    contact_phone: str = ""
    contact_email: str = ""
    receipt: str | None = None  # a sale's barcode
    serial: str | None = None
    summary: str = ""  # what the customer said: the first interaction
    minutes: int = 0
    resolved_now: bool = False  # solved while the customer is at the counter


# ---- Helpers


def _policy(session: Session, store_id: int) -> Policy:
    store = session.get(Store, store_id)
    assert store is not None
    return active_policy(session, store.id, store.code)


def _calendar(policy: Policy) -> BusinessCalendar:
    return calendar(policy.timezone, policy.service.hours, policy.service.holidays)


def _staff(session: Session, staff_id: int | None) -> str:
    return staff_label(session, staff_id, nobody="ReturnDesk")  # None: the system (an escalation)


def _case(session: Session, case_id: int, actor: Actor, lock: bool = True) -> ServiceCase:
    query = select(ServiceCase).where(ServiceCase.id == case_id)
    row = session.scalars(query.with_for_update() if lock else query).first()
    if row is None:
        raise NotFound(QT_TR_NOOP("no service case {case_id}"), case_id=case_id)
    if row.store_id != actor.store_id:
        raise Forbidden(QT_TR_NOOP("case {number} belongs to another store"), number=row.number)
    return row


def _note(session: Session, row: ServiceCase, at: dt.datetime, staff_id: int | None, kind: str, summary: str,
          notes: str = "", channel: str | None = None, direction: str | None = None, minutes: int = 0) -> None:
    session.add(CaseInteraction(case_id=row.id, store_id=row.store_id, at=at, staff_id=staff_id, kind=kind,
                                channel=channel, direction=direction, minutes=minutes, summary=summary[:300],
                                notes=notes))
    row.updated_at = at


def _check_choice(value: str, choices: tuple[str, ...], what: str) -> str:
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


def _due_state(due: dt.datetime | None, now: dt.datetime) -> str:
    if due is None:
        return ""
    if due <= now:
        return "overdue"
    return "due soon" if due - now <= DUE_SOON else ""


def _row(session: Session, row: ServiceCase, now: dt.datetime) -> QueueRow:
    customer = session.get(Customer, row.customer_id) if row.customer_id else None
    department = session.get(Department, row.department_id) if row.department_id else None
    due, what = next_due(row)
    who = f"{customer.name} ({customer.code})" if customer else (row.contact_name or "walk-in customer")
    return QueueRow(row.id, row.number, row.type, row.status, row.priority, row.channel, row.subject, who,
                    _staff(session, row.owner_id), row.tier, department.name if department else "", due, what,
                    _due_state(due, now))


# ---- Public API


def open_case(ctx: Context, cmd: OpenCase, actor: Actor) -> CaseDetail:
    _check_choice(cmd.type, CASE_TYPES, "type")
    _check_choice(cmd.channel, CHANNELS, "channel")
    _check_choice(cmd.priority, PRIORITIES, "priority")
    if not cmd.subject.strip():
        raise RequestError(QT_TR_NOOP("subject: say in a few words what the case is about"))
    now = ctx.now()
    with ctx.uow(write=True) as uow:
        session = uow.session
        policy = _policy(session, actor.store_id)
        hours = _calendar(policy)
        customer_id = None
        if cmd.customer_code:
            customer_id = session.scalar(select(Customer.id).where(Customer.code == cmd.customer_code.strip().upper()))
            if customer_id is None:
                raise RequestError(QT_TR_NOOP("no customer with loyalty ID {customer_code}"),
                                   customer_code=cmd.customer_code)
        sale_id = product_id = None
        if cmd.receipt:
            parse_code(cmd.receipt)
            sale = session.scalars(select(Sale).where(Sale.doc_id == cmd.receipt)).first()
            if sale is None:
                raise NotFound(QT_TR_NOOP("no sale {receipt} in this database"), receipt=cmd.receipt)
            sale_id, customer_id = sale.id, customer_id or sale.customer_id
            if cmd.serial:
                product_id = session.scalar(select(SaleLine.product_id).where(
                    SaleLine.sale_id == sale.id, SaleLine.serial == cmd.serial).limit(1))
        number = (session.scalar(select(func.max(ServiceCase.number)).where(ServiceCase.store_id == actor.store_id))
                  or 0) + 1
        target = policy.service.target(cmd.channel, cmd.priority)
        walk_in = cmd.channel == "walk_in"
        row = ServiceCase(
            store_id=actor.store_id, number=number, type=cmd.type, status="open", priority=cmd.priority,
            channel=cmd.channel, subject=cmd.subject.strip(), customer_id=customer_id,
            contact_name=cmd.contact_name.strip(), contact_phone=cmd.contact_phone.strip(),
            contact_email=cmd.contact_email.strip(), sale_id=sale_id, product_id=product_id, serial=cmd.serial,
            owner_id=actor.staff_id, tier=0, created_at=now,
            # Someone at the counter is answered on the spot: that is the first response.
            first_response_at=now if walk_in else None,
            first_response_due=hours.add(now, target.first_response_hours),
            resolution_due=hours.add(now, target.resolution_hours), paused_seconds=0, updated_at=now,
        )
        session.add(row)
        session.flush()
        _note(session, row, now, actor.staff_id, "contact", cmd.summary or cmd.subject, channel=cmd.channel,
              direction="in", minutes=cmd.minutes)
        if cmd.resolved_now:
            _resolve(session, row, actor, now, "solved at the counter", policy, first_contact=walk_in)
        audit.record(session, actor.store_id, "case.opened", at=now, staff_id=actor.staff_id, entity="case",
                     entity_id=row.id, payload={"number": number, "type": cmd.type, "channel": cmd.channel})
        uow.commit()
        case_id = row.id
    return get(ctx, case_id, actor)


def log_contact(ctx: Context, case_id: int, actor: Actor, channel: str, direction: str, summary: str,
                notes: str = "", minutes: int = 0) -> CaseDetail:
    """A call, visit, email or letter, either way. An answer to the customer
    is the first response; the customer getting in touch resumes a paused
    case and moves a pending follow-up call later."""
    _check_choice(channel, CHANNELS, "channel")
    _check_choice(direction, ("in", "out"), "direction")
    if not summary.strip():
        raise RequestError(QT_TR_NOOP("summary: what was said, in a sentence"))
    if minutes < 0:
        raise RequestError(QT_TR_NOOP("minutes cannot be negative"))
    now = ctx.now()
    with ctx.uow(write=True) as uow:
        session = uow.session
        row = _case(session, case_id, actor)
        policy = _policy(session, row.store_id)
        _note(session, row, now, actor.staff_id, "contact", summary, notes, channel, direction, minutes)
        if direction == "out" or channel == "walk_in":
            if row.first_response_at is None:
                row.first_response_at = now
        if direction == "in":
            if row.status == "waiting_customer":
                _resume(row, now, policy)
                row.status = "open"
            if row.status == "resolved" and row.follow_up_at is not None:
                row.follow_up_at = now + dt.timedelta(days=policy.service.follow_up_days)
                _note(session, row, now, None, "follow_up",
                      f"follow-up call moved to {row.follow_up_at.date().isoformat()}: the customer was just in touch")
        if row.status == "new":
            row.status = "open"
        uow.commit()
    return get(ctx, case_id, actor)


def set_waiting(ctx: Context, case_id: int, actor: Actor, on: str | None) -> CaseDetail:
    """Waiting on the customer (the clocks stop), on a department, or back to open."""
    now = ctx.now()
    with ctx.uow(write=True) as uow:
        session = uow.session
        row = _case(session, case_id, actor)
        if row.status not in ACTIVE:
            raise RequestError(QT_TR_NOOP("case {number} is {status}"), number=row.number, status=Term(row.status))
        policy = _policy(session, row.store_id)
        if row.status == "waiting_customer" and on != "customer":
            _resume(row, now, policy)
        status = {"customer": "waiting_customer", "department": "waiting_department", None: "open"}[on]
        if status == "waiting_customer" and row.status != "waiting_customer":
            row.paused_since = now
        row.status = status
        _note(session, row, now, actor.staff_id, "status", f"status: {status.replace('_', ' ')}")
        uow.commit()
    return get(ctx, case_id, actor)


def _resume(row: ServiceCase, now: dt.datetime, policy: Policy) -> None:
    """The clocks start again: every target moves by the business time spent waiting."""
    if row.paused_since is None:
        return
    hours = _calendar(policy)
    waited = hours.between(row.paused_since, now)
    row.paused_seconds += int(waited.total_seconds())
    waited_hours = waited.total_seconds() / 3600
    if row.resolution_due is not None:
        row.resolution_due = hours.add(row.resolution_due, waited_hours)
    if row.first_response_at is None and row.first_response_due is not None:
        row.first_response_due = hours.add(row.first_response_due, waited_hours)
    row.paused_since = None


def escalate(ctx: Context, case_id: int, actor: Actor, reason: str) -> CaseDetail:
    if not reason.strip():
        raise RequestError(QT_TR_NOOP("say why the case goes up a level"))
    now = ctx.now()
    with ctx.uow(write=True) as uow:
        session = uow.session
        row = _case(session, case_id, actor)
        if row.tier >= 2:
            raise RequestError(QT_TR_NOOP("case {number} is already with the manager"), number=row.number)
        row.tier += 1
        _note(session, row, now, actor.staff_id, "escalation", f"escalated to {TIERS[row.tier]}", reason)
        audit.record(session, row.store_id, "case.escalated", at=now, staff_id=actor.staff_id, entity="case",
                     entity_id=row.id, payload={"tier": row.tier, "reason": reason})
        uow.commit()
    return get(ctx, case_id, actor)


def transfer(ctx: Context, case_id: int, actor: Actor, department: str, reason: str) -> CaseDetail:
    """To another department; the first owner stays responsible and keeps it
    on their follow-up list until the customer confirms it is solved."""
    now = ctx.now()
    with ctx.uow(write=True) as uow:
        session = uow.session
        row = _case(session, case_id, actor)
        policy = _policy(session, row.store_id)
        if department not in policy.service.departments:
            raise RequestError(QT_TR_NOOP("department: one of {departments}"),
                               departments=", ".join(policy.service.departments))
        dept = session.scalars(select(Department).where(Department.store_id == row.store_id,
                                                        Department.name == department)).first()
        if dept is None:
            dept = Department(store_id=row.store_id, name=department)
            session.add(dept)
            session.flush()
        row.department_id = dept.id
        row.status = "waiting_department"
        _note(session, row, now, actor.staff_id, "transfer",
              f"transferred to {department}; {_staff(session, row.owner_id)} stays responsible", reason)
        uow.commit()
    return get(ctx, case_id, actor)


def resolve(ctx: Context, case_id: int, actor: Actor, summary: str) -> CaseDetail:
    if not summary.strip():
        raise RequestError(QT_TR_NOOP("say how it was solved"))
    now = ctx.now()
    with ctx.uow(write=True) as uow:
        session = uow.session
        row = _case(session, case_id, actor)
        if row.status not in ACTIVE:
            raise RequestError(QT_TR_NOOP("case {number} is already {status}"), number=row.number,
                               status=Term(row.status))
        policy = _policy(session, row.store_id)
        if row.status == "waiting_customer":
            _resume(row, now, policy)
        contacts = session.scalar(select(func.count()).select_from(CaseInteraction).where(
            CaseInteraction.case_id == row.id, CaseInteraction.kind == "contact")) or 0
        _resolve(session, row, actor, now, summary, policy, first_contact=row.channel == "walk_in" and contacts <= 1)
        uow.commit()
    return get(ctx, case_id, actor)


def _resolve(session: Session, row: ServiceCase, actor: Actor, now: dt.datetime, summary: str, policy: Policy,
             first_contact: bool) -> None:
    row.status = "resolved"
    row.resolved_at = now
    row.first_contact_resolution = first_contact
    if row.first_response_at is None:
        row.first_response_at = now
    row.follow_up_at = now + dt.timedelta(days=policy.service.follow_up_days)
    _note(session, row, now, actor.staff_id, "status", f"resolved: {summary}")
    _note(session, row, now, None, "follow_up", f"follow-up call due {row.follow_up_at.date().isoformat()}")


def record_follow_up(ctx: Context, case_id: int, actor: Actor, reached: bool, score: int | None = None,
                     comment: str = "") -> CaseDetail:
    """The follow-up call: not reached (tried again tomorrow), or the
    customer's word and score. A low score reopens the case; a good one closes it."""
    now = ctx.now()
    with ctx.uow(write=True) as uow:
        session = uow.session
        row = _case(session, case_id, actor)
        if row.status != "resolved":
            raise RequestError(QT_TR_NOOP("case {number} is {status}; follow-ups are for resolved cases"),
                               number=row.number, status=Term(row.status))
        if not reached:
            row.follow_up_at = now + dt.timedelta(days=1)
            _note(session, row, now, actor.staff_id, "follow_up", "follow-up call: no answer; trying again tomorrow",
                  comment, channel="phone", direction="out")
            uow.commit()
            return get(ctx, case_id, actor)
        if score is None or not 1 <= score <= 5:
            raise RequestError(QT_TR_NOOP("score: 1 (very unhappy) to 5 (very happy)"))
        session.add(Feedback(store_id=row.store_id, staff_id=row.owner_id, case_id=row.id, score=score,
                             comment=comment, at=now))
        _note(session, row, now, actor.staff_id, "follow_up", f"follow-up call: the customer gave {score}/5",
              comment, channel="phone", direction="out")
        row.follow_up_at = None
        if score <= LOW_SCORE:
            policy = _policy(session, row.store_id)
            target = policy.service.target(row.channel, row.priority)
            row.status, row.resolved_at, row.first_contact_resolution = "open", None, False
            row.resolution_due = _calendar(policy).add(now, target.resolution_hours)
            _note(session, row, now, None, "status", "reopened: the customer is not satisfied")
            audit.record(session, row.store_id, "case.reopened", at=now, staff_id=actor.staff_id, entity="case",
                         entity_id=row.id, payload={"score": score})
        else:
            row.status, row.closed_at = "closed", now
            _note(session, row, now, actor.staff_id, "status", "closed: the customer confirmed it is solved")
        uow.commit()
    return get(ctx, case_id, actor)


def give_feedback(ctx: Context, actor: Actor, score: int, comment: str = "", case_id: int | None = None,
                  return_id: str | None = None) -> None:
    """A score at the counter after a return or a case: no email address needed."""
    if not 1 <= score <= 5:
        raise RequestError(QT_TR_NOOP("score: 1 to 5"))
    from desktop.models import Return

    now = ctx.now()
    with ctx.uow(write=True) as uow:
        session = uow.session
        ret_id = None
        if return_id:
            ret_id = session.scalar(select(Return.id).where(Return.doc_id == return_id))
            if ret_id is None:
                raise NotFound(QT_TR_NOOP("no return {return_id}"), return_id=return_id)
        if case_id is not None:
            row = _case(session, case_id, actor)
            _note(session, row, now, actor.staff_id, "feedback", f"the customer gave {score}/5 at the counter",
                  comment)
        session.add(Feedback(store_id=actor.store_id, staff_id=actor.staff_id, case_id=case_id, return_id=ret_id,
                             score=score, comment=comment, at=now))
        uow.commit()


def check_due(ctx: Context, store_id: int) -> list[str]:
    """Missed targets: escalate level after level (``escalate_after_hours``
    of business time overdue), and remind every ``reminder_minutes`` while
    a case stays overdue. Safe to run from every station: each case is
    locked while it is looked at. Returns what was done."""
    now = ctx.now()
    done: list[str] = []
    with ctx.uow(write=True) as uow:
        session = uow.session
        policy = _policy(session, store_id)
        hours = _calendar(policy)
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
                _note(session, row, now, None, "escalation", f"escalated to {TIERS[row.tier]}: {what} target missed "
                      f"by {late:.1f} business hours")
                audit.record(session, store_id, "case.escalated", at=now, entity="case", entity_id=row.id,
                             payload={"tier": row.tier, "automatic": True})
                done.append(f"case {row.number} escalated to {TIERS[row.tier]}")
            if row.last_reminder_at is None or now - row.last_reminder_at >= dt.timedelta(
                    minutes=rule.reminder_minutes):
                row.last_reminder_at = now
                _note(session, row, now, None, "reminder", f"reminder: {what} overdue since "
                      f"{due.astimezone(hours.zone).strftime('%a %d %b %H:%M')}")
                done.append(f"case {row.number} reminded")
        uow.commit()
    return done


def queue(ctx: Context, actor: Actor, page: int = 0, page_size: int = 50, mine: bool = False,
          search: str = "") -> tuple[list[QueueRow], int]:
    """Active cases of the store, what falls due first on top (waiting on the
    customer last: their clocks are stopped); paged, from indexes."""
    now = ctx.now()
    with ctx.uow() as uow:
        session = uow.session
        where = [ServiceCase.store_id == actor.store_id, ServiceCase.status.in_(ACTIVE)]
        if mine:
            where.append(ServiceCase.owner_id == actor.staff_id)
        if search.strip():
            where.append(ServiceCase.subject.ilike(f"%{search.strip()}%"))
        due = sql_case((ServiceCase.first_response_at.is_(None), ServiceCase.first_response_due),
                       else_=ServiceCase.resolution_due)
        waiting_last = sql_case((ServiceCase.status == "waiting_customer", 1), else_=0)
        total = session.scalar(select(func.count()).select_from(ServiceCase).where(*where)) or 0
        rows = session.scalars(select(ServiceCase).where(*where).order_by(waiting_last, due, ServiceCase.id)
                               .offset(page * page_size).limit(page_size)).all()
        return [_row(session, row, now) for row in rows], total


def follow_ups_due(ctx: Context, actor: Actor, mine: bool = True) -> list[QueueRow]:
    """Today's follow-up calls (and any missed earlier); the first owner
    keeps transferred cases here too."""
    now = ctx.now()
    with ctx.uow() as uow:
        session = uow.session
        policy = _policy(session, actor.store_id)
        end_of_day = dt.datetime.combine(now.astimezone(_calendar(policy).zone).date() + dt.timedelta(days=1),
                                         dt.time(), tzinfo=_calendar(policy).zone)
        where = [ServiceCase.store_id == actor.store_id, ServiceCase.status == "resolved",
                 ServiceCase.follow_up_at < end_of_day]
        if mine:
            where.append(ServiceCase.owner_id == actor.staff_id)
        rows = session.scalars(select(ServiceCase).where(*where).order_by(ServiceCase.follow_up_at)).all()
        return [_row(session, row, now) for row in rows]


def get(ctx: Context, case_id: int, actor: Actor) -> CaseDetail:
    now = ctx.now()
    with ctx.uow() as uow:
        session = uow.session
        row = _case(session, case_id, actor, lock=False)
        sale = session.get(Sale, row.sale_id) if row.sale_id else None
        product = session.get(Product, row.product_id) if row.product_id else None
        timeline = tuple(
            TimelineEntry(i.at, i.kind, i.channel, i.direction, _staff(session, i.staff_id), i.minutes, i.summary,
                          i.notes)
            for i in session.scalars(select(CaseInteraction).where(CaseInteraction.case_id == row.id)
                                     .order_by(CaseInteraction.id))
        )
        scores = tuple(session.scalars(select(Feedback.score).where(Feedback.case_id == row.id)
                                       .order_by(Feedback.id)).all())
        contact = " · ".join(x for x in (row.contact_phone, row.contact_email) if x)
        return CaseDetail(_row(session, row, now), sale.doc_id if sale else None, row.serial,
                          product.name if product else "", contact, row.first_response_at, row.resolution_due,
                          row.resolved_at, row.follow_up_at, row.first_contact_resolution, timeline, scores)


def find_customers(ctx: Context, text: str, limit: int = 20) -> list[tuple[str, str, str]]:
    """(loyalty ID, name, phone) by loyalty ID, phone or name."""
    text = text.strip()
    if len(text) < 2:
        raise RequestError(QT_TR_NOOP("type at least two letters or digits of a name, phone or loyalty ID"))
    with ctx.uow() as uow:
        pattern = f"%{text}%"
        rows = uow.session.scalars(select(Customer).where(or_(
            Customer.code == text.upper(), Customer.phone.ilike(pattern), Customer.name.ilike(pattern)))
            .order_by(Customer.name).limit(limit)).all()
        return [(c.code, c.name, c.phone or "") for c in rows]


def export(ctx: Context, store_code: str | None = None, status: str | None = None) -> list[dict[str, Any]]:
    """Cases with their timelines as JSON-ready dicts (`returndesk cases export`)."""
    with ctx.uow() as uow:
        session = uow.session
        query = select(ServiceCase).order_by(ServiceCase.store_id, ServiceCase.number)
        if store_code:
            query = query.join(Store, Store.id == ServiceCase.store_id).where(Store.code == store_code)
        if status:
            query = query.where(ServiceCase.status == status)
        out = []
        for row in session.scalars(query):
            store = session.get(Store, row.store_id)
            customer = session.get(Customer, row.customer_id) if row.customer_id else None
            sale = session.get(Sale, row.sale_id) if row.sale_id else None
            out.append({
                "store": store.code if store else None, "number": row.number, "type": row.type,
                "status": row.status, "priority": row.priority, "channel": row.channel, "subject": row.subject,
                "customer": customer.code if customer else None, "receipt": sale.doc_id if sale else None,
                "owner": _staff(session, row.owner_id), "tier": TIERS[row.tier],
                "created_at": row.created_at.isoformat(),
                "first_response_at": row.first_response_at.isoformat() if row.first_response_at else None,
                "resolved_at": row.resolved_at.isoformat() if row.resolved_at else None,
                "first_contact_resolution": row.first_contact_resolution,
                "interactions": [{"at": i.at.isoformat(), "kind": i.kind, "channel": i.channel,
                                  "direction": i.direction, "who": _staff(session, i.staff_id),
                                  "minutes": i.minutes, "summary": i.summary, "notes": i.notes}
                                 for i in row.interactions],
            })
        return out
