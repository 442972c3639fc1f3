"""Service cases: technical support, complaints, inquiries, repairs and
warranty claims, handled case by case so the customer never tells the story
twice.

A case's interactions are append-only (database triggers refuse UPDATE and
DELETE, as for the audit log): every contact, note, escalation, transfer,
reply, follow-up and feedback is a row on the case's one timeline.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base, BigId, Cents, utcnow

CASE_TYPES = ("technical_support", "complaint", "inquiry", "repair_warranty", "other")
CASE_STATUSES = ("new", "open", "waiting_customer", "waiting_department", "resolved", "closed")
PRIORITIES = ("urgent", "high", "normal", "low")
CHANNELS = ("walk_in", "phone", "email", "letter")
INTERACTION_KINDS = ("contact", "note", "escalation", "transfer", "reply", "status", "follow_up", "feedback",
                     "reminder")


class Department(Base):
    """Where a case can be transferred: service, warehouse, billing, ... per store."""

    __tablename__ = "departments"
    __table_args__ = (UniqueConstraint("store_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    name: Mapped[str] = mapped_column(String(60))


class ServiceCase(Base):
    __tablename__ = "service_cases"
    __table_args__ = (
        UniqueConstraint("store_id", "number"),
        CheckConstraint(f"type IN {CASE_TYPES!r}", name="type_known"),
        CheckConstraint(f"status IN {CASE_STATUSES!r}", name="status_known"),
        CheckConstraint(f"priority IN {PRIORITIES!r}", name="priority_known"),
        CheckConstraint(f"channel IN {CHANNELS!r}", name="channel_known"),
        CheckConstraint("tier BETWEEN 0 AND 2", name="tier_known"),
        CheckConstraint("paused_seconds >= 0", name="paused_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    number: Mapped[int] = mapped_column(Integer)  # per store: case 1, 2, ... as told to the customer
    type: Mapped[str] = mapped_column(String(24))
    status: Mapped[str] = mapped_column(String(24), default="new")
    priority: Mapped[str] = mapped_column(String(12), default="normal")
    channel: Mapped[str] = mapped_column(String(12))  # how the customer first came
    subject: Mapped[str] = mapped_column(String(200))
    customer_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("customers.id"))
    contact_name: Mapped[str] = mapped_column(String(120), default="")  # a customer without a loyalty ID
    contact_phone: Mapped[str] = mapped_column(String(40), default="")
    contact_email: Mapped[str] = mapped_column(String(200), default="")
    sale_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("sales.id"))
    return_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("returns.id"))
    product_id: Mapped[int | None] = mapped_column(ForeignKey("products.id"))
    sale_line_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("sale_lines.id"))  # the one line it is about
    serial: Mapped[str | None] = mapped_column(String(64))
    owner_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))  # stays responsible, even after a transfer
    tier: Mapped[int] = mapped_column(Integer, default=0)  # 0 counter, 1 senior/technical, 2 manager
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"))  # transferred to
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    first_response_at: Mapped[dt.datetime | None]
    first_response_due: Mapped[dt.datetime | None]
    resolution_due: Mapped[dt.datetime | None]  # moves later by the time spent waiting on the customer
    paused_since: Mapped[dt.datetime | None]  # waiting on the customer: the clocks stop
    paused_seconds: Mapped[int] = mapped_column(Integer, default=0)
    resolved_at: Mapped[dt.datetime | None]
    closed_at: Mapped[dt.datetime | None]
    first_contact_resolution: Mapped[bool] = mapped_column(default=False)
    last_reminder_at: Mapped[dt.datetime | None]
    follow_up_at: Mapped[dt.datetime | None]  # a call is due then (resolved cases)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    interactions: Mapped[list[CaseInteraction]] = relationship(back_populates="case",
                                                               order_by="CaseInteraction.id")


Index("ix_service_cases_queue", ServiceCase.store_id, ServiceCase.status, ServiceCase.resolution_due)
Index("ix_service_cases_follow_up", ServiceCase.store_id, ServiceCase.follow_up_at)
Index("ix_service_cases_customer", ServiceCase.customer_id)
Index("ix_service_cases_sale", ServiceCase.sale_id)  # the return screen asks for a receipt's open cases


class CaseInteraction(Base):
    __tablename__ = "case_interactions"
    __table_args__ = (
        CheckConstraint(f"kind IN {INTERACTION_KINDS!r}", name="kind_known"),
        CheckConstraint("minutes >= 0", name="minutes_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("service_cases.id"))
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))  # None: the system (an escalation)
    kind: Mapped[str] = mapped_column(String(16))
    channel: Mapped[str | None] = mapped_column(String(12))
    direction: Mapped[str | None] = mapped_column(String(8))  # "in" | "out"
    minutes: Mapped[int] = mapped_column(Integer, default=0)
    summary: Mapped[str] = mapped_column(String(300))
    notes: Mapped[str] = mapped_column(Text, default="")

    case: Mapped[ServiceCase] = relationship(back_populates="interactions")


Index("ix_case_interactions_case", CaseInteraction.case_id, CaseInteraction.id)


class CaseReply(Base):
    """A written reply: a draft until it is sent (email) or printed (letter);
    a reply the mail server refused stays a draft with the reason."""

    __tablename__ = "case_replies"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("service_cases.id"))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    channel: Mapped[str] = mapped_column(String(12))  # "email" | "letter"
    to_address: Mapped[str] = mapped_column(String(200), default="")
    subject: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(12), default="draft")  # "draft" | "sent" | "printed"
    error: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[dt.datetime | None]
    message_id: Mapped[str | None] = mapped_column(String(250), index=True)  # the customer's answer refers to it
    survey_code: Mapped[str | None] = mapped_column(String(16))  # in the reply: the customer's score comes back with it


class InboundMail(Base):
    """A message taken from the store's mailbox onto a case, once: a
    second look at the mailbox (another station, a restart after a crash)
    finds its Message-ID here and leaves it."""

    __tablename__ = "inbound_mails"
    __table_args__ = (UniqueConstraint("store_id", "message_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    message_id: Mapped[str] = mapped_column(String(250))
    case_id: Mapped[int] = mapped_column(ForeignKey("service_cases.id"))
    from_address: Mapped[str] = mapped_column(String(200))
    subject: Mapped[str] = mapped_column(String(200))
    arrived_at: Mapped[dt.datetime]  # when the mailbox received it: the answer clock starts here
    taken_at: Mapped[dt.datetime]


class CaseAttachment(Base):
    """A file the customer sent (a photo of the damage, a scan of the
    receipt), kept with the case in the database every counter shares."""

    __tablename__ = "case_attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("service_cases.id"), index=True)
    mail_id: Mapped[int | None] = mapped_column(ForeignKey("inbound_mails.id"))
    filename: Mapped[str] = mapped_column(String(200))
    content_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)  # emptied when the retention period is over
    at: Mapped[dt.datetime]
    removed_at: Mapped[dt.datetime | None]


class Mailbox(Base):
    """How far the store's mailbox has been read: its UIDVALIDITY and the
    last UID taken (a message read in a mail client first is still taken)."""

    __tablename__ = "mailboxes"

    name: Mapped[str] = mapped_column(String(250), primary_key=True)  # user@host/folder
    uid_validity: Mapped[int] = mapped_column(BigInteger)
    last_uid: Mapped[int] = mapped_column(BigInteger)
    checked_at: Mapped[dt.datetime]


class Feedback(Base):
    """A satisfaction score at the counter or at the follow-up call; no email needed."""

    __tablename__ = "feedback"
    __table_args__ = (CheckConstraint("score BETWEEN 1 AND 5", name="score_1_to_5"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))  # who served
    case_id: Mapped[int | None] = mapped_column(ForeignKey("service_cases.id"))
    return_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("returns.id"))
    score: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class CannedAnswer(Base):
    """Answers to common questions, kept current by managers."""

    __tablename__ = "canned_answers"

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    title: Mapped[str] = mapped_column(String(120))
    body: Mapped[str] = mapped_column(Text)
    updated_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


GESTURE_KINDS = ("store_credit", "discount", "courtesy_item", "other")


class GoodwillGesture(Base):
    """A manager-approved gesture outside the policy: store credit (printed
    as a voucher), a discount on the next purchase, a courtesy item, or
    anything else ("sent flowers"), with why and what prompted it."""

    __tablename__ = "goodwill_gestures"
    __table_args__ = (
        CheckConstraint(f"kind IN {GESTURE_KINDS!r}", name="kind_known"),
        CheckConstraint("status IN ('pending', 'approved', 'refused')", name="status_known"),
        CheckConstraint("amount_cents >= 0", name="amount_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    customer_id: Mapped[int] = mapped_column(BigId, ForeignKey("customers.id"))
    kind: Mapped[str] = mapped_column(String(16))
    amount_cents: Mapped[Cents] = mapped_column(default=0)  # its value, where it has one
    description: Mapped[str] = mapped_column(String(200), default="")
    reason: Mapped[str] = mapped_column(Text)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("service_cases.id"))
    return_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("returns.id"))
    requested_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    status: Mapped[str] = mapped_column(String(12), default="pending")
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    decided_at: Mapped[dt.datetime | None]
    voucher_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("vouchers.id"))


Index("ix_goodwill_store_created", GoodwillGesture.store_id, GoodwillGesture.created_at)
Index("ix_goodwill_decided_by", GoodwillGesture.decided_by_id, GoodwillGesture.decided_at)


class Visit(Base):
    """A walk-in at the counter: checked in by name or ticket number, served,
    gone; the waits are reported per hour of the day."""

    __tablename__ = "visits"
    __table_args__ = (UniqueConstraint("store_id", "local_date", "ticket"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    local_date: Mapped[dt.date]  # the store's calendar day: tickets start at 1 each morning
    local_hour: Mapped[int] = mapped_column(Integer)  # hour of the check-in, store time, for the reports
    ticket: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(120), default="")
    checked_in_at: Mapped[dt.datetime]
    served_at: Mapped[dt.datetime | None]
    served_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    left_at: Mapped[dt.datetime | None]
    alerted_at: Mapped[dt.datetime | None]  # the manager was alerted about this wait


Index("ix_visits_store_waiting", Visit.store_id, Visit.served_at, Visit.checked_in_at)
