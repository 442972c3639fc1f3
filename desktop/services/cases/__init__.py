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
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desktop.messages import QT_TR_NOOP, Term
from desktop.models import (
    CaseInteraction,
    Customer,
    Department,
    Feedback,
    Product,
    Return,
    Sale,
    SaleLine,
    ServiceCase,
    Store,
)

# The choices a case offers, for the screens as well (they never import models/).
from desktop.models.service import CASE_TYPES as CASE_TYPES
from desktop.models.service import CHANNELS as CHANNELS
from desktop.models.service import PRIORITIES as PRIORITIES
from desktop.policy.rules import Policy
from desktop.services import audit, inputs
from desktop.services.auth import Actor
from desktop.services.cases.due import check_due
from desktop.services.cases.reading import (
    attachment,
    export,
    find_customers,
    follow_ups_due,
    get,
    open_on_receipt,
    queue,
)
from desktop.services.cases.views import (
    ACTIVE,
    DUE_SOON,
    LOW_SCORE,
    TIERS,
    Attachment,
    CaseDetail,
    QueueRow,
    TimelineEntry,
    add_note,
    case_policy,
    case_row,
    check_choice,
    new_case,
    next_due,
    resume,
    scored,
    staff_name,
)
from desktop.services.commands import Command
from desktop.services.context import Context
from desktop.services.errors import NotFound, RequestError
from desktop.services.receipts import parse_code

__all__ = ["ACTIVE", "CASE_TYPES", "Attachment", "attachment",
           "CHANNELS", "DUE_SOON", "LOW_SCORE", "PRIORITIES", "TIERS", "CaseDetail",
           "Escalate", "GiveFeedback", "LogContact", "OpenCase", "QueueRow", "RecordFollowUp", "Resolve",
           "SetWaiting", "TimelineEntry", "Transfer", "check_due", "create_customer", "escalate", "export",
           "find_customers", "follow_ups_due", "get", "give_feedback", "log_contact", "next_due", "open_case",
           "open_on_receipt",
           "queue", "record_follow_up", "resolve", "set_waiting", "transfer"]


# ---- Commands


def create_customer(ctx: Context, actor: Actor, name: str, phone: str = "", email: str = "") -> str:
    """A customer created on the spot at the counter; returns the new loyalty ID."""
    with ctx.uow(write=True) as uow:
        customer = _new_customer(uow.session, ctx, actor, name, phone, email)
        uow.commit()
        return customer.code


def _new_customer(session: Session, ctx: Context, actor: Actor, name: str, phone: str, email: str) -> Customer:
    from desktop.models import Chain

    name, phone, email = name.strip(), phone.strip(), email.strip()
    if len(name) < 2:
        raise RequestError(QT_TR_NOOP("the customer's name, please"))
    if not phone and not email:
        raise RequestError(QT_TR_NOOP("a phone number or an email address, so we can get back to them"))
    if phone and session.scalar(select(Customer.id).where(Customer.phone == phone)):
        raise RequestError(QT_TR_NOOP("a customer with phone {phone} exists: find them instead"), phone=phone)
    store = session.get(Store, actor.store_id)
    chain_id = store.chain_id if store else session.scalar(select(Chain.id).limit(1))
    highest = session.scalars(select(Customer.code).where(Customer.code.like("C%"))).all()
    number = max((int(code[1:]) for code in highest if code[1:].isdigit()), default=0) + 1
    customer = Customer(chain_id=chain_id, code=f"C{number}", name=name, phone=phone or None, email=email or None,
                        created_at=ctx.now())
    session.add(customer)
    session.flush()
    audit.record(session, actor.store_id, "customer.created", at=ctx.now(), staff_id=actor.staff_id,
                 entity="customer", entity_id=customer.code)
    return customer


@dataclass(frozen=True)
class OpenCase(Command[CaseDetail]):
    """A new case; with ``new_customer`` the contact becomes a customer in the same unit of work."""

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
    product: str | None = None  # the item it is about: its barcode (scanned) or SKU
    return_code: str | None = None  # a return it is about: the return's document ID
    summary: str = ""  # what the customer said: the first interaction
    minutes: int = 0
    resolved_now: bool = False  # solved while the customer is at the counter
    new_customer: bool = False  # no loyalty ID yet: the contact becomes a customer with the case, or neither

    def check(self) -> None:
        inputs.text(self.subject, "subject", ServiceCase.subject)
        inputs.text(self.contact_name, "contact name", ServiceCase.contact_name)
        inputs.text(self.contact_phone, "contact phone", ServiceCase.contact_phone)
        inputs.text(self.contact_email, "contact email", ServiceCase.contact_email)
        inputs.text(self.summary, "summary", limit=8000, lines=True)
        inputs.optional_text(self.customer_code, "customer", limit=32)
        inputs.optional_text(self.receipt, "receipt", limit=64)
        inputs.optional_text(self.serial, "serial", limit=64)


# ---- Public API


def open_case(ctx: Context, cmd: OpenCase, actor: Actor) -> CaseDetail:
    check_choice(cmd.type, CASE_TYPES, "type")
    check_choice(cmd.channel, CHANNELS, "channel")
    check_choice(cmd.priority, PRIORITIES, "priority")
    if not cmd.subject.strip():
        raise RequestError(QT_TR_NOOP("subject: say in a few words what the case is about"))
    now = ctx.now()
    with ctx.uow(write=True) as uow:
        session = uow.session
        policy = case_policy(session, actor.store_id)
        customer_id = None
        if cmd.new_customer and not cmd.customer_code:
            customer_id = _new_customer(session, ctx, actor, cmd.contact_name, cmd.contact_phone,
                                        cmd.contact_email).id
        elif cmd.customer_code:
            customer_id = session.scalar(select(Customer.id).where(Customer.code == cmd.customer_code.strip().upper()))
            if customer_id is None:
                raise RequestError(QT_TR_NOOP("no customer with loyalty ID {customer_code}"),
                                   customer_code=cmd.customer_code)
        sale_id = product_id = line_id = None
        if cmd.receipt:
            parse_code(cmd.receipt)
            sale = session.scalars(select(Sale).where(Sale.doc_id == cmd.receipt)).first()
            if sale is None:
                raise NotFound(QT_TR_NOOP("no sale {receipt} in this database"), receipt=cmd.receipt)
            sale_id, customer_id = sale.id, customer_id or sale.customer_id
            if cmd.serial:
                line_id, product_id = session.execute(select(SaleLine.id, SaleLine.product_id).where(
                    SaleLine.sale_id == sale.id, SaleLine.serial == cmd.serial).limit(1)).first() or (None, None)
        return_id = None
        if cmd.return_code:
            parse_code(cmd.return_code)
            returned = session.scalars(select(Return).where(Return.doc_id == cmd.return_code)).first()
            if returned is None:
                raise NotFound(QT_TR_NOOP("no return {code} in this database"), code=cmd.return_code)
            return_id = returned.id
            if sale_id is None and returned.sale_id is not None:
                sale_id = returned.sale_id
                customer_id = customer_id or session.scalar(select(Sale.customer_id).where(Sale.id == sale_id))
        if cmd.product and cmd.product.strip():
            code = cmd.product.strip()
            product_id = session.scalar(select(Product.id).where(
                or_(Product.barcode == code, Product.sku == code.upper())).limit(1))
            if product_id is None:
                raise NotFound(QT_TR_NOOP("no product {code}: scan the barcode on the item or type its SKU"),
                               code=code)
            if sale_id is not None and line_id is None:  # the item on the receipt: the case is about that line
                line_id = session.scalar(select(SaleLine.id).where(SaleLine.sale_id == sale_id,
                                                                   SaleLine.product_id == product_id)
                                         .order_by(SaleLine.line_no).limit(1))
        row = new_case(
            session, policy, actor.store_id, actor.staff_id, now, type=cmd.type, priority=cmd.priority,
            channel=cmd.channel, subject=cmd.subject.strip(), customer_id=customer_id,
            contact_name=cmd.contact_name.strip(), contact_phone=cmd.contact_phone.strip(),
            contact_email=cmd.contact_email.strip(), sale_id=sale_id, return_id=return_id, product_id=product_id,
            sale_line_id=line_id, serial=cmd.serial)
        add_note(session, row, now, actor.staff_id, "contact", cmd.summary or cmd.subject, channel=cmd.channel,
              direction="in", minutes=cmd.minutes)
        if cmd.resolved_now:
            _resolve(session, row, actor, now, "solved at the counter", policy, first_contact=cmd.channel == "walk_in")
        audit.record(session, actor.store_id, "case.opened", at=now, staff_id=actor.staff_id, entity="case",
                     entity_id=row.id, payload={"number": row.number, "type": cmd.type, "channel": cmd.channel})
        uow.commit()
        case_id = row.id
    return get(ctx, case_id, actor)


def log_contact(ctx: Context, case_id: int, actor: Actor, channel: str, direction: str, summary: str,
                notes: str = "", minutes: int = 0) -> CaseDetail:
    """A call, visit, email or letter, either way. An answer to the customer
    is the first response; the customer getting in touch resumes a paused
    case and moves a pending follow-up call later."""
    check_choice(channel, CHANNELS, "channel")
    check_choice(direction, ("in", "out"), "direction")
    if not summary.strip():
        raise RequestError(QT_TR_NOOP("summary: what was said, in a sentence"))
    if minutes < 0:
        raise RequestError(QT_TR_NOOP("minutes cannot be negative"))
    now = ctx.now()
    with ctx.uow(write=True) as uow:
        session = uow.session
        row = case_row(session, case_id, actor)
        policy = case_policy(session, row.store_id)
        add_note(session, row, now, actor.staff_id, "contact", summary, notes, channel, direction, minutes)
        if direction == "out" or channel == "walk_in":
            if row.first_response_at is None:
                row.first_response_at = now
        if direction == "in":
            if row.status == "waiting_customer":
                resume(row, now, policy)
                row.status = "open"
            if row.status == "resolved" and row.follow_up_at is not None:
                row.follow_up_at = now + dt.timedelta(days=policy.service.follow_up_days)
                add_note(session, row, now, None, "follow_up",
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
        row = case_row(session, case_id, actor)
        if row.status not in ACTIVE:
            raise RequestError(QT_TR_NOOP("case {number} is {status}"), number=row.number, status=Term(row.status))
        policy = case_policy(session, row.store_id)
        if row.status == "waiting_customer" and on != "customer":
            resume(row, now, policy)
        status = {"customer": "waiting_customer", "department": "waiting_department", None: "open"}[on]
        if status == "waiting_customer" and row.status != "waiting_customer":
            row.paused_since = now
        row.status = status
        add_note(session, row, now, actor.staff_id, "status", f"status: {status.replace('_', ' ')}")
        uow.commit()
    return get(ctx, case_id, actor)


def escalate(ctx: Context, case_id: int, actor: Actor, reason: str) -> CaseDetail:
    if not reason.strip():
        raise RequestError(QT_TR_NOOP("say why the case goes up a level"))
    now = ctx.now()
    with ctx.uow(write=True) as uow:
        session = uow.session
        row = case_row(session, case_id, actor)
        if row.tier >= 2:
            raise RequestError(QT_TR_NOOP("case {number} is already with the manager"), number=row.number)
        row.tier += 1
        add_note(session, row, now, actor.staff_id, "escalation", f"escalated to {TIERS[row.tier]}", reason)
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
        row = case_row(session, case_id, actor)
        policy = case_policy(session, row.store_id)
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
        add_note(session, row, now, actor.staff_id, "transfer",
              f"transferred to {department}; {staff_name(session, row.owner_id)} stays responsible", reason)
        uow.commit()
    return get(ctx, case_id, actor)


def resolve(ctx: Context, case_id: int, actor: Actor, summary: str) -> CaseDetail:
    if not summary.strip():
        raise RequestError(QT_TR_NOOP("say how it was solved"))
    now = ctx.now()
    with ctx.uow(write=True) as uow:
        session = uow.session
        row = case_row(session, case_id, actor)
        if row.status not in ACTIVE:
            raise RequestError(QT_TR_NOOP("case {number} is already {status}"), number=row.number,
                               status=Term(row.status))
        policy = case_policy(session, row.store_id)
        if row.status == "waiting_customer":
            resume(row, now, policy)
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
    add_note(session, row, now, actor.staff_id, "status", f"resolved: {summary}")
    add_note(session, row, now, None, "follow_up", f"follow-up call due {row.follow_up_at.date().isoformat()}")


def record_follow_up(ctx: Context, case_id: int, actor: Actor, reached: bool, score: int | None = None,
                     comment: str = "") -> CaseDetail:
    """The follow-up call: not reached (tried again tomorrow), or the
    customer's word and score. A low score reopens the case; a good one closes it."""
    now = ctx.now()
    with ctx.uow(write=True) as uow:
        session = uow.session
        row = case_row(session, case_id, actor)
        if row.status != "resolved":
            raise RequestError(QT_TR_NOOP("case {number} is {status}; follow-ups are for resolved cases"),
                               number=row.number, status=Term(row.status))
        if not reached:
            row.follow_up_at = now + dt.timedelta(days=1)
            add_note(session, row, now, actor.staff_id, "follow_up", "follow-up call: no answer; trying again tomorrow",
                  comment, channel="phone", direction="out")
            uow.commit()
            return get(ctx, case_id, actor)
        if score is None or not 1 <= score <= 5:
            raise RequestError(QT_TR_NOOP("score: 1 (very unhappy) to 5 (very happy)"))
        add_note(session, row, now, actor.staff_id, "follow_up", f"follow-up call: the customer gave {score}/5",
              comment, channel="phone", direction="out")
        scored(session, row, now, score, comment, actor.staff_id)
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
            row = case_row(session, case_id, actor)
            add_note(session, row, now, actor.staff_id, "feedback", f"the customer gave {score}/5 at the counter",
                  comment)
        session.add(Feedback(store_id=actor.store_id, staff_id=actor.staff_id, case_id=case_id, return_id=ret_id,
                             score=score, comment=comment, at=now))
        uow.commit()


# The actions as commands: importing the package registers their handlers.
from desktop.services.cases.commands import (  # noqa: E402 - they need the functions above
    Escalate,
    GiveFeedback,
    LogContact,
    RecordFollowUp,
    Resolve,
    SetWaiting,
    Transfer,
)
