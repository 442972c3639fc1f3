"""Reading the service desk: the queue in the order things fall due,
follow-up calls due, one case with its timeline, customers by name, phone or
email, and every case as JSON (`returndesk cases export`)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import case as sql_case
from sqlalchemy import func, or_, select

from desktop.messages import QT_TR_NOOP
from desktop.models import (
    CaseAttachment,
    CaseInteraction,
    Customer,
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
from desktop.services.auth import Actor
from desktop.services.cases.views import (
    ACTIVE,
    TIERS,
    Attachment,
    CaseDetail,
    QueueRow,
    TimelineEntry,
    business_calendar,
    case_policy,
    case_row,
    queue_row,
    staff_name,
)
from desktop.services.context import Context
from desktop.services.errors import NotFound, RequestError
from desktop.services.sanitize import LIKE_ESCAPE, like_pattern


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
            where.append(ServiceCase.subject.ilike(like_pattern(search.strip()), escape=LIKE_ESCAPE))
        due = sql_case((ServiceCase.first_response_at.is_(None), ServiceCase.first_response_due),
                       else_=ServiceCase.resolution_due)
        waiting_last = sql_case((ServiceCase.status == "waiting_customer", 1), else_=0)
        total = session.scalar(select(func.count()).select_from(ServiceCase).where(*where)) or 0
        rows = session.scalars(select(ServiceCase).where(*where).order_by(waiting_last, due, ServiceCase.id)
                               .offset(page * page_size).limit(page_size)).all()
        return [queue_row(session, row, now) for row in rows], total


def follow_ups_due(ctx: Context, actor: Actor, mine: bool = True) -> list[QueueRow]:
    """Today's follow-up calls (and any missed earlier); the first owner
    keeps transferred cases here too."""
    now = ctx.now()
    with ctx.uow() as uow:
        session = uow.session
        policy = case_policy(session, actor.store_id)
        end_of_day = dt.datetime.combine(now.astimezone(business_calendar(policy).zone).date() + dt.timedelta(days=1),
                                         dt.time(), tzinfo=business_calendar(policy).zone)
        where = [ServiceCase.store_id == actor.store_id, ServiceCase.status == "resolved",
                 ServiceCase.follow_up_at < end_of_day]
        if mine:
            where.append(ServiceCase.owner_id == actor.staff_id)
        rows = session.scalars(select(ServiceCase).where(*where).order_by(ServiceCase.follow_up_at)).all()
        return [queue_row(session, row, now) for row in rows]


def open_on_receipt(ctx: Context, receipt: str) -> list[QueueRow]:
    """The cases still open about a sale (by its receipt code): the return
    screen shows them when the receipt is scanned (a repair under way, a
    complaint about the same item). Read with every scan: no transaction of
    its own on PostgreSQL (one round trip)."""
    now = ctx.now()
    with ctx.uow(reads_only=True) as uow:
        session = uow.session
        rows = session.scalars(select(ServiceCase).join(Sale, Sale.id == ServiceCase.sale_id).where(
            Sale.doc_id == receipt, ServiceCase.status.in_(ACTIVE)).order_by(ServiceCase.id)).all()
        return [queue_row(session, row, now) for row in rows]


def get(ctx: Context, case_id: int, actor: Actor) -> CaseDetail:
    now = ctx.now()
    with ctx.uow() as uow:
        session = uow.session
        row = case_row(session, case_id, actor, lock=False)
        sale = session.get(Sale, row.sale_id) if row.sale_id else None
        product = session.get(Product, row.product_id) if row.product_id else None
        returned = session.get(Return, row.return_id) if row.return_id else None
        timeline = tuple(
            TimelineEntry(i.at, i.kind, i.channel, i.direction, staff_name(session, i.staff_id), i.minutes, i.summary,
                          i.notes)
            for i in session.scalars(select(CaseInteraction).where(CaseInteraction.case_id == row.id)
                                     .order_by(CaseInteraction.id))
        )
        scores = tuple(session.scalars(select(Feedback.score).where(Feedback.case_id == row.id)
                                       .order_by(Feedback.id)).all())
        contact = " · ".join(x for x in (row.contact_phone, row.contact_email) if x)
        line = session.scalar(select(SaleLine.line_no).where(SaleLine.id == row.sale_line_id)) \
            if row.sale_line_id else None
        files = tuple(Attachment(*found[:4], removed=found[4] is not None) for found in session.execute(
            select(CaseAttachment.id, CaseAttachment.filename, CaseAttachment.content_type, CaseAttachment.size,
                   CaseAttachment.removed_at)
            .where(CaseAttachment.case_id == row.id).order_by(CaseAttachment.id)))
        return CaseDetail(queue_row(session, row, now), sale.doc_id if sale else None, row.serial,
                          f"{product.name} ({product.sku})" if product else "", contact, row.first_response_at,
                          row.resolution_due, row.resolved_at, row.follow_up_at, row.first_contact_resolution,
                          timeline, scores, returned.doc_id if returned else None, line, files)


def attachment(ctx: Context, attachment_id: int, actor: Actor) -> tuple[str, bytes]:
    """A file the customer sent: its name and bytes (for the person's own case, or a manager)."""
    with ctx.uow() as uow:
        found = uow.session.get(CaseAttachment, attachment_id)
        if found is None:
            raise NotFound(QT_TR_NOOP("no attachment {id}"), id=attachment_id)
        case_row(uow.session, found.case_id, actor, lock=False)
        if found.removed_at is not None:
            raise NotFound(QT_TR_NOOP("{name} was removed {day}: the store keeps customers' files for a time after "
                                      "the case closes"), name=found.filename, day=found.removed_at.date().isoformat())
        return found.filename, found.data


def find_customers(ctx: Context, text: str, limit: int = 20) -> list[tuple[str, str, str]]:
    """(loyalty ID, name, phone) by loyalty ID, phone or name."""
    text = text.strip()
    if len(text) < 2:
        raise RequestError(QT_TR_NOOP("type at least two letters or digits of a name, phone or loyalty ID"))
    with ctx.uow() as uow:
        pattern = like_pattern(text)
        rows = uow.session.scalars(select(Customer).where(or_(
            Customer.code == text.upper(), Customer.phone.ilike(pattern, escape=LIKE_ESCAPE),
            Customer.name.ilike(pattern, escape=LIKE_ESCAPE)))
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
                "owner": staff_name(session, row.owner_id), "tier": TIERS[row.tier],
                "created_at": row.created_at.isoformat(),
                "first_response_at": row.first_response_at.isoformat() if row.first_response_at else None,
                "resolved_at": row.resolved_at.isoformat() if row.resolved_at else None,
                "first_contact_resolution": row.first_contact_resolution,
                "interactions": [{"at": i.at.isoformat(), "kind": i.kind, "channel": i.channel,
                                  "direction": i.direction, "who": staff_name(session, i.staff_id),
                                  "minutes": i.minutes, "summary": i.summary, "notes": i.notes}
                                 for i in row.interactions],
            })
        return out
