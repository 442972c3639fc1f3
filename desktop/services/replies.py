"""Written replies to a case: from templates with placeholders, sent by
email through the SMTP server IT configures, or printed as a letter. Every
reply becomes an interaction on the case; a reply the mail server would not
take stays a draft with the reason, never lost."""

from __future__ import annotations

import secrets
import smtplib
import ssl
import string
from dataclasses import dataclass, replace
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path
from typing import TYPE_CHECKING

from babel.dates import format_date
from babel.numbers import format_decimal
from sqlalchemy import select

from desktop.messages import QT_TR_NOOP
from desktop.models import CaseReply, Customer, InboundMail, Sale, ServiceCase, Staff, Store
from desktop.policy.rules import Policy
from desktop.services import inputs
from desktop.services.auth import Actor
from desktop.services.cases.views import add_note, case_policy, case_row
from desktop.services.commands import Command, handles
from desktop.services.context import Context
from desktop.services.errors import NotFound, RequestError
from desktop.services.reply_templates import ENGLISH, wording

if TYPE_CHECKING:
    from desktop.config import Settings

# The template names (the English wording is services/reply_templates.ENGLISH;
# the customer gets the store policy's language).
TEMPLATES = tuple(ENGLISH.templates)


@dataclass(frozen=True)
class Mailer:
    """The station's SMTP settings (config keys smtp_*)."""

    host: str
    port: int = 25
    user: str = ""
    password: str = ""
    sender: str = ""
    timeout: float = 10.0

    @classmethod
    def from_settings(cls, settings: Settings) -> Mailer:
        """The station's mail server; its password read from the secret file
        IT set up (smtp_password_file), here and never by a screen."""
        from desktop.config import read_secret

        password = read_secret(settings.smtp_password_file) if settings.smtp_password_file else ""
        return cls(settings.smtp_host, settings.smtp_port, settings.smtp_user, password, settings.smtp_sender)

    def send(self, message: EmailMessage) -> None:
        if not self.host:
            raise RequestError(QT_TR_NOOP("no mail server is set up for this station (smtp_host); ask IT, or print "
                                          "a letter"))
        try:
            with smtplib.SMTP(self.host, self.port, timeout=self.timeout) as smtp:
                smtp.ehlo()
                if smtp.has_extn("starttls"):
                    smtp.starttls(context=ssl.create_default_context())
                    smtp.ehlo()
                if self.user:
                    smtp.login(self.user, self.password)
                smtp.send_message(message)
        except (OSError, smtplib.SMTPException) as error:
            raise MailError(QT_TR_NOOP("the mail server {host}:{port} did not take the reply ({error}); it is kept "
                                       "as a draft"), host=self.host, port=self.port, error=error) from None


class MailError(RequestError):
    """The reply could not be sent; the draft is kept with this reason."""


@dataclass(frozen=True)
class ReplyView:
    id: int
    status: str
    to: str
    subject: str
    body: str
    error: str


SURVEY_LETTERS = "ACDEFGHJKLMNPQRTUVWXY34679"  # no 0/O, 1/I/L, 2/Z, 5/S, 8/B to misread


def _survey(policy: Policy) -> tuple[str, str]:
    """A reply code and the survey sentence under a "resolved" email (with
    the policy's survey page, the code in its address)."""
    code = "".join(secrets.choice(SURVEY_LETTERS) for _ in range(6))
    words = wording(policy.locale)
    sentence = words.survey.format(code=code)
    if policy.service.survey_url:
        sentence += " " + words.survey_link.format(link=policy.service.survey_url.replace("{code}", code))
    return code, sentence


def _fields(session, row: ServiceCase, actor: Actor, notes: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    store = session.get(Store, row.store_id)
    customer = session.get(Customer, row.customer_id) if row.customer_id else None
    sale = session.get(Sale, row.sale_id) if row.sale_id else None
    staff = session.get(Staff, actor.staff_id)
    policy = case_policy(session, row.store_id)
    target = policy.service.target("email", row.priority)
    words = wording(policy.locale)
    return {
        "case": f"{store.code}-{row.number}" if store else str(row.number),
        "customer": customer.name if customer else (row.contact_name or words.customer),
        "subject": row.subject, "receipt": sale.doc_id if sale else "",
        "store": store.name if store else "", "staff": staff.name if staff else "",
        "target": words.target.format(hours=format_decimal(target.first_response_hours, locale=policy.locale)),
        "policy_sentence": policy.receipt_footer, "notes": notes,
    }


@dataclass(frozen=True)
class WriteReply(Command[ReplyView]):
    """A reply drafted from its template and emailed, or printed as a letter."""

    case_id: int
    template: str  # one of TEMPLATES
    channel: str = "email"  # "email" | "letter"
    notes: str = ""  # the staff member's own words, put into the template

    def check(self) -> None:
        inputs.text(self.notes, "extra text", limit=8000, lines=True)


def write_reply(ctx: Context, cmd: WriteReply, actor: Actor, mailer: Mailer, letters: Path) -> ReplyView:
    """A written reply as one action: drafted from its template, then
    emailed, or printed as an A4 letter into ``letters`` (the PDF beside the
    receipts). The draft is saved before the mail server is called, so a
    server that refuses the reply leaves the draft with the reason."""
    written = draft(ctx, cmd.case_id, actor, cmd.template, cmd.channel, cmd.notes)
    if cmd.channel == "email":
        return send(ctx, written.id, actor, mailer)
    pdf = print_letter(ctx, written.id, actor)
    letters.mkdir(parents=True, exist_ok=True)
    (letters / f"letter-case-{cmd.case_id}-{written.id}.pdf").write_bytes(pdf)
    return replace(written, status="printed")


def draft(ctx: Context, case_id: int, actor: Actor, template: str, channel: str = "email",
          notes: str = "") -> ReplyView:
    """A reply written from a template, saved as a draft the clerk can read first."""
    if template not in TEMPLATES:
        raise RequestError(QT_TR_NOOP("template: one of {templates}"), templates=", ".join(TEMPLATES))
    if channel not in ("email", "letter"):
        raise RequestError(QT_TR_NOOP("a written reply goes by email or letter"))
    with ctx.uow(write=True) as uow:
        session = uow.session
        row = case_row(session, case_id, actor)
        fields = _fields(session, row, actor, notes)
        policy = case_policy(session, row.store_id)
        texts = wording(policy.locale).templates[template]
        subject, body = (string.Formatter().vformat(part, (), fields) for part in texts)
        survey_code = None
        if channel == "email" and template == "resolved":  # how did we do: the answer comes back by mail
            survey_code, survey = _survey(policy)
            body = f"{body}\n\n{survey}"
        customer = session.get(Customer, row.customer_id) if row.customer_id else None
        to = (customer.email if customer and customer.email else "") or row.contact_email
        if channel == "email" and not to:
            raise RequestError(QT_TR_NOOP("the customer has no email address on file: print a letter instead"))
        reply = CaseReply(case_id=row.id, staff_id=actor.staff_id, channel=channel, to_address=to or "",
                          subject=subject, body=body, status="draft", created_at=ctx.now(),
                          survey_code=survey_code)
        session.add(reply)
        session.flush()
        view = ReplyView(reply.id, reply.status, reply.to_address, subject, body, "")
        uow.commit()
    return view


def send(ctx: Context, reply_id: int, actor: Actor, mailer: Mailer) -> ReplyView:
    """Email a draft. On failure the draft stays, with the reason; the case
    records the reply only once it is sent."""
    with ctx.uow() as uow:
        reply = uow.session.get(CaseReply, reply_id)
        if reply is None:
            raise NotFound(QT_TR_NOOP("no reply {reply_id}"), reply_id=reply_id)
        row = case_row(uow.session, reply.case_id, actor, lock=False)
        store = uow.session.get(Store, row.store_id)
        message = EmailMessage()
        message["From"] = mailer.sender or f"{store.name if store else 'ReturnDesk'} <returndesk@localhost>"
        message["To"] = reply.to_address
        message["Subject"] = reply.subject
        message["Date"] = formatdate(localtime=True)
        message_id = make_msgid(domain="returndesk.local")
        message["Message-ID"] = message_id
        answered = uow.session.scalar(select(InboundMail.message_id).where(InboundMail.case_id == row.id)
                                      .order_by(InboundMail.arrived_at.desc()).limit(1))
        if answered:  # the customer's mail client shows the reply in their thread
            message["In-Reply-To"] = answered
            message["References"] = answered
        message.set_content(reply.body)
    try:
        mailer.send(message)
    except MailError as error:
        with ctx.uow(write=True) as uow:
            stored = uow.session.get_one(CaseReply, reply_id)
            stored.error = str(error)
            uow.commit()
        raise
    return _mark(ctx, reply_id, actor, "sent", message_id)


def print_letter(ctx: Context, reply_id: int, actor: Actor) -> bytes:
    """The reply as an A4 letter PDF; recorded on the case as sent by letter."""
    with ctx.uow() as uow:
        session = uow.session
        reply = session.get(CaseReply, reply_id)
        if reply is None:
            raise NotFound(QT_TR_NOOP("no reply {reply_id}"), reply_id=reply_id)
        row = case_row(session, reply.case_id, actor, lock=False)
        store = session.get(Store, row.store_id)
        customer = session.get(Customer, row.customer_id) if row.customer_id else None
        to = tuple(x for x in ((customer.name if customer else row.contact_name), row.contact_phone) if x)
        day = format_date(ctx.now().date(), "long", locale=case_policy(session, row.store_id).locale)
        from desktop.printing.letters import render_letter  # reportlab: only when a letter is printed

        pdf = render_letter(store.name if store else "", tuple(x for x in (store.address, store.phone) if x)
                            if store else (), to, day, reply.subject, reply.body)
    _mark(ctx, reply_id, actor, "printed")
    return pdf


def _mark(ctx: Context, reply_id: int, actor: Actor, status: str, message_id: str | None = None) -> ReplyView:
    now = ctx.now()
    with ctx.uow(write=True) as uow:
        session = uow.session
        reply = session.get_one(CaseReply, reply_id)
        row = case_row(session, reply.case_id, actor)
        reply.status, reply.sent_at, reply.error, reply.message_id = status, now, "", message_id
        channel = "email" if status == "sent" else "letter"
        add_note(session, row, now, actor.staff_id, "reply", f"{channel} reply: {reply.subject}", reply.body,
              channel=channel, direction="out")
        if row.first_response_at is None:
            row.first_response_at = now
        view = ReplyView(reply.id, reply.status, reply.to_address, reply.subject, reply.body, "")
        uow.commit()
    return view


def drafts(ctx: Context, case_id: int, actor: Actor) -> list[ReplyView]:
    with ctx.uow() as uow:
        case_row(uow.session, case_id, actor, lock=False)
        rows = uow.session.scalars(select(CaseReply).where(CaseReply.case_id == case_id, CaseReply.status == "draft")
                                   .order_by(CaseReply.id)).all()
        return [ReplyView(r.id, r.status, r.to_address, r.subject, r.body, r.error) for r in rows]


__all__ = ["TEMPLATES", "MailError", "Mailer", "ReplyView", "WriteReply", "draft", "drafts", "print_letter",
           "send", "write_reply"]


@handles(WriteReply)
def _write(ctx: Context, command: WriteReply, actor: Actor) -> ReplyView:
    """Through the station's own mail server and receipts folder (its settings)."""
    from desktop.services.station_printer import receipt_dir

    if ctx.settings is None:
        raise RequestError(QT_TR_NOOP("no mail server is set up for this station (smtp_host); ask IT, or print "
                                      "a letter"))
    return write_reply(ctx, command, actor, Mailer.from_settings(ctx.settings), receipt_dir(ctx.settings))
