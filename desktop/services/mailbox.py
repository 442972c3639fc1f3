"""Written contacts that come in by themselves: the store's customer-service
mailbox, read over IMAP by the scheduler (a station, or `returndesk serve`,
whose settings name it: ``imap_*``).

Each message is taken once, in one transaction with what it does:

- an answer to one of our replies (its In-Reply-To or References name a
  reply we sent, or a mail already on a case), or a mail whose subject
  carries a case's number as we write it ("0001-42"), goes onto that case
  as the customer's contact: a paused case resumes, a resolved one reopens;
- an answer carrying a reply's survey code, or starting with a score from
  1 to 5 on a resolved case, is the customer's feedback, recorded on it;
- anything else opens a new case (an inquiry by email), its customer found
  by address, its answer clock started when the mailbox received it.

Attachments are kept with the case (up to ``MAX_ATTACHMENT`` each). The
mailbox is read past the last UID taken, so a message someone already read
in a mail client is still taken; a message seen twice (another station, a
restart after a crash before the mailbox was marked) is found by its
Message-ID in ``inbound_mails`` and left alone.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import hashlib
import html
import imaplib
import logging
import re
import ssl
import time
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import parseaddr
from typing import TYPE_CHECKING

from sqlalchemy import case, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.models import (
    CaseAttachment,
    CaseReply,
    Customer,
    InboundMail,
    Mailbox,
    ServiceCase,
    Staff,
    Store,
)
from desktop.services import audit
from desktop.services.cases.alerts import raise_once
from desktop.services.cases.views import add_note, case_policy, new_case, reopen, resume, scored
from desktop.services.context import Context
from desktop.services.replies import SURVEY_LETTERS

if TYPE_CHECKING:
    from desktop.config import Settings

log = logging.getLogger(__name__)
MAX_ATTACHMENT = 10 * 1024 * 1024  # bytes kept per file; a bigger one is named on the case, not kept
BATCH = 50  # messages taken per run: a full mailbox is read over a few minutes, never in one long transaction
_QUOTE_HEAD = re.compile(r"^(On .+ wrote:|-----Original Message-----|From: .+)$")
_SCORE = re.compile(r"^\s*([1-5])\b(.*)", re.S)


@dataclass(frozen=True)
class ImapMailbox:
    """The station's mailbox settings (config keys imap_*)."""

    host: str
    port: int = 993
    user: str = ""
    password: str = ""
    folder: str = "INBOX"
    store: str = ""  # the store the mailbox serves: the station's
    owner: str = ""  # staff ID of the owner of a new case; empty: the store's first manager
    timeout: float = 20.0

    @classmethod
    def from_settings(cls, settings: Settings) -> ImapMailbox | None:
        from desktop.config import read_secret

        if not settings.imap_host:
            return None
        password = read_secret(settings.imap_password_file) if settings.imap_password_file else ""
        return cls(settings.imap_host, settings.imap_port, settings.imap_user, password, settings.imap_folder,
                   settings.store, settings.imap_owner)

    @property
    def name(self) -> str:
        return f"{self.user}@{self.host}:{self.port}/{self.folder}"[:250]

    def connect(self) -> imaplib.IMAP4:
        if self.port == 993:
            imap: imaplib.IMAP4 = imaplib.IMAP4_SSL(self.host, self.port, ssl_context=ssl.create_default_context(),
                                                    timeout=self.timeout)
        else:
            imap = imaplib.IMAP4(self.host, self.port, timeout=self.timeout)
            if "STARTTLS" in imap.capabilities:
                imap.starttls(ssl.create_default_context())
        imap.login(self.user, self.password)
        return imap


@dataclass(frozen=True)
class Taken:
    message_id: str
    case_id: int
    what: str  # "new case" | "reply" | "feedback" | "already taken"


def poll(ctx: Context, mailbox: ImapMailbox) -> list[str]:
    """Take the messages that arrived since the last run; what was done, one line each."""
    done: list[str] = []
    imap = mailbox.connect()
    try:
        status, data = imap.select(_quoted(mailbox.folder))
        if status != "OK":
            raise imaplib.IMAP4.error(f"folder {mailbox.folder}: {data}")
        _, values = imap.response("UIDVALIDITY")
        validity = int(values[0]) if values and isinstance(values[0], bytes) and values[0].isdigit() else 0
        last = _last_uid(ctx, mailbox.name, validity)
        status, data = imap.uid("SEARCH", f"UID {last + 1}:*")
        uids = sorted(int(uid) for uid in (data[0] or b"").split() if int(uid) > last)[:BATCH]
        for uid in uids:
            status, parts = imap.uid("FETCH", str(uid), "(INTERNALDATE BODY.PEEK[])")
            raw, arrived = _fetched(parts)
            if raw is None:
                continue
            taken = take(ctx, raw, arrived or ctx.now(), mailbox.store, mailbox.owner)
            imap.uid("STORE", str(uid), "+FLAGS", "(\\Seen)")
            _remember(ctx, mailbox.name, validity, uid)
            done.append(f"mail {taken.message_id}: {taken.what} (case id {taken.case_id})")
    finally:
        try:
            imap.logout()
        except (OSError, imaplib.IMAP4.error):
            pass
    return done


def poll_configured(ctx: Context) -> list[str]:
    """The scheduler's job: this station's mailbox, when it has one."""
    mailbox = ImapMailbox.from_settings(ctx.settings) if ctx.settings is not None else None
    return poll(ctx, mailbox) if mailbox is not None else []


def _quoted(folder: str) -> str:
    return '"' + folder.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _fetched(parts: list) -> tuple[bytes | None, dt.datetime | None]:  # type: ignore[type-arg]
    """The message and when the server received it (INTERNALDATE, not the sender's Date)."""
    for part in parts:
        if isinstance(part, tuple) and len(part) == 2:
            stamp = imaplib.Internaldate2tuple(part[0])  # local time
            return part[1], dt.datetime.fromtimestamp(time.mktime(stamp), dt.UTC) if stamp else None
    return None, None


def _last_uid(ctx: Context, name: str, validity: int) -> int:
    with ctx.uow() as uow:
        row = uow.session.get(Mailbox, name)
        if row is None or row.uid_validity != validity:
            return 0  # a new mailbox, or the server renumbered it: read all (Message-IDs keep each once)
        return row.last_uid


def _remember(ctx: Context, name: str, validity: int, uid: int) -> None:
    """The mailbox read up to ``uid``: never back (another station may be further on)."""
    for _ in range(2):
        try:
            with ctx.uow(write=True) as uow:
                moved = uow.session.execute(
                    update(Mailbox).where(Mailbox.name == name)
                    .values(uid_validity=validity, checked_at=ctx.now(),
                            last_uid=case((Mailbox.uid_validity != validity, uid),
                                          (Mailbox.last_uid < uid, uid), else_=Mailbox.last_uid))
                    .execution_options(synchronize_session=False)).rowcount  # type: ignore[attr-defined]
                if not moved:
                    uow.session.add(Mailbox(name=name, uid_validity=validity, last_uid=uid, checked_at=ctx.now()))
                uow.commit()
                return
        except IntegrityError:  # another station wrote the first row at the same moment: update it
            continue


# ---- One message


def take(ctx: Context, raw: bytes, arrived: dt.datetime, store_code: str, owner_code: str = "") -> Taken:
    """One message onto its case, once."""
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    message_id = (str(message.get("Message-ID") or "").strip()
                  or f"<{hashlib.sha256(raw).hexdigest()}@returndesk.no-message-id>")[:250]
    try:
        with ctx.uow(write=True) as uow:
            session = uow.session
            store = session.scalars(select(Store).where(Store.code == store_code)).first() if store_code else None
            if store is None:
                store = session.scalars(select(Store).order_by(Store.id)).first()
            if store is None:
                raise LookupError("no store in this database to take the mail for")
            seen = session.scalar(select(InboundMail.case_id).where(InboundMail.store_id == store.id,
                                                                    InboundMail.message_id == message_id))
            if seen is not None:
                return Taken(message_id, seen, "already taken")
            taken = _apply(session, ctx.now(), store, message, message_id, arrived, owner_code)
            uow.commit()
            return taken
    except IntegrityError:  # another station took it at the same moment
        with ctx.uow() as uow:
            case_id = uow.session.scalar(select(InboundMail.case_id).where(InboundMail.message_id == message_id))
        return Taken(message_id, case_id or 0, "already taken")


def _apply(session: Session, now: dt.datetime, store: Store, message: EmailMessage, message_id: str,
           arrived: dt.datetime, owner_code: str) -> Taken:
    name, address = parseaddr(str(message.get("From") or ""))
    address = address.strip()
    subject = " ".join(str(message.get("Subject") or "").split())[:200] or "(no subject)"
    text = _text_of(message)
    said = _new_part(text)
    row = _thread(session, store, message, subject, said)
    score = _score(session, row, said) if row is not None else None
    if row is None:
        row = _open(session, store, arrived, name, address, subject, said, owner_code)
        what = "new case"
    elif score is not None:
        value, comment = score
        add_note(session, row, arrived, None, "feedback", f"the customer gave {value}/5 by email", comment,
                 channel="email", direction="in")
        scored(session, row, arrived, value, comment[:2000], None)
        what = "feedback"
    else:
        _reply_on(session, row, arrived, subject, said)
        what = "reply"
    mail = InboundMail(store_id=store.id, message_id=message_id, case_id=row.id, from_address=address[:200],
                       subject=subject, arrived_at=arrived, taken_at=now)
    session.add(mail)
    session.flush()
    kept, skipped = _attachments(session, row, mail, message, arrived)
    if kept or skipped:
        add_note(session, row, arrived, None, "note", _attachment_note(kept, skipped))
    if what != "feedback":
        raise_once(session, row, "mail", 0, f"Case {row.number}: the customer wrote: {subject}", now)
    audit.record(session, store.id, "case.mail_taken", at=now, entity="case", entity_id=row.id,
                 payload={"message_id": message_id, "from": address, "as": what, "attachments": len(kept)})
    return Taken(message_id, row.id, what)


def _thread(session: Session, store: Store, message: EmailMessage, subject: str, said: str) -> ServiceCase | None:
    """The case a message answers: by the messages it refers to, else by a
    case number in its subject, else by a reply's survey code in its words."""
    refs = " ".join(str(message.get(h) or "") for h in ("In-Reply-To", "References"))
    ids = re.findall(r"<[^<>\s]+>", refs)
    if ids:
        case_id = session.scalar(select(CaseReply.case_id).join(ServiceCase, ServiceCase.id == CaseReply.case_id)
                                 .where(CaseReply.message_id.in_(ids), ServiceCase.store_id == store.id).limit(1))
        case_id = case_id or session.scalar(select(InboundMail.case_id).where(
            InboundMail.store_id == store.id, InboundMail.message_id.in_(ids)).limit(1))
        if case_id is not None:
            return session.get(ServiceCase, case_id)
    for number in re.findall(rf"(?<!\d){re.escape(store.code)}-(\d{{1,9}})(?!\d)", subject):
        row = session.scalars(select(ServiceCase).where(ServiceCase.store_id == store.id,
                                                        ServiceCase.number == int(number))).first()
        if row is not None:
            return row
    words = set(re.findall(rf"\b[{SURVEY_LETTERS}]{{6}}\b", f"{subject}\n{said}".upper()))
    if words:
        case_id = session.scalar(select(CaseReply.case_id).join(ServiceCase, ServiceCase.id == CaseReply.case_id)
                                 .where(CaseReply.survey_code.in_(words), ServiceCase.store_id == store.id).limit(1))
        if case_id is not None:
            return session.get(ServiceCase, case_id)
    return None


def _score(session: Session, row: ServiceCase, said: str) -> tuple[int, str] | None:
    """The customer's score: an answer carrying one of the case's survey codes,
    or a bare 1 to 5 first thing in an answer to a resolved case."""
    codes = [c for c in session.scalars(select(CaseReply.survey_code).where(
        CaseReply.case_id == row.id, CaseReply.survey_code.is_not(None))) if c]
    with_code = any(code in said.upper() for code in codes)
    if not with_code and row.status not in ("resolved", "closed"):
        return None
    found = _SCORE.match(said)
    if found is None:
        return None
    comment = found.group(2).strip(" .,:;-\n")
    for code in codes:
        comment = comment.replace(code, "").strip(" .,:;-\n")
    return int(found.group(1)), comment


def _open(session: Session, store: Store, arrived: dt.datetime, name: str, address: str, subject: str,
          said: str, owner_code: str) -> ServiceCase:
    customer = session.scalars(select(Customer).where(func.lower(Customer.email) == address.lower())
                               .order_by(Customer.id).limit(1)).first() if address else None
    owner = _owner(session, store, owner_code)
    policy = case_policy(session, store.id)
    row = new_case(session, policy, store.id, owner.id, arrived, channel="email", priority="normal", type="inquiry",
                   subject=subject, customer_id=customer.id if customer else None,
                   contact_name=(name or (customer.name if customer else ""))[:120], contact_phone="",
                   contact_email=address[:200])
    add_note(session, row, arrived, None, "contact", said[:300] or subject, said, channel="email", direction="in")
    audit.record(session, store.id, "case.opened", at=arrived, entity="case", entity_id=row.id,
                 payload={"number": row.number, "type": "inquiry", "channel": "email"})
    return row


def _owner(session: Session, store: Store, owner_code: str) -> Staff:
    if owner_code:
        named = session.scalars(select(Staff).where(Staff.code == owner_code, Staff.active.is_(True))).first()
        if named is not None:
            return named
        log.warning("imap_owner %s is not an active staff member: the store's manager owns mailed cases", owner_code)
    for roles in (("manager",), ("admin",), ("clerk",)):
        person = session.scalars(select(Staff).where(Staff.home_store_id == store.id, Staff.active.is_(True),
                                                     Staff.role.in_(roles)).order_by(Staff.id).limit(1)).first()
        if person is not None:
            return person
    raise LookupError(f"store {store.code} has no active staff to own a case that came by mail")


def _reply_on(session: Session, row: ServiceCase, arrived: dt.datetime, subject: str, said: str) -> None:
    add_note(session, row, arrived, None, "contact", said[:300] or subject, said, channel="email", direction="in")
    if row.status in ("resolved", "closed"):
        reopen(session, row, arrived, "the customer wrote again")
    elif row.status == "waiting_customer":
        resume(row, arrived, case_policy(session, row.store_id))
        row.status = "open"


def _attachments(session: Session, row: ServiceCase, mail: InboundMail, message: EmailMessage,
                 at: dt.datetime) -> tuple[list[str], list[str]]:
    kept: list[str] = []
    skipped: list[str] = []
    for part in message.iter_attachments():
        assert isinstance(part, EmailMessage)
        data = part.get_payload(decode=True)
        if not isinstance(data, bytes):
            continue
        filename = (part.get_filename() or f"attachment-{len(kept) + len(skipped) + 1}")[:200]
        if len(data) > MAX_ATTACHMENT:
            skipped.append(f"{filename} ({len(data) // (1024 * 1024)} MB)")
            continue
        session.add(CaseAttachment(case_id=row.id, mail_id=mail.id, filename=filename,
                                   content_type=part.get_content_type()[:100], size=len(data), data=data, at=at))
        kept.append(filename)
    return kept, skipped


def _attachment_note(kept: list[str], skipped: list[str]) -> str:
    parts = []
    if kept:
        parts.append("attached: " + ", ".join(kept))
    if skipped:
        parts.append("too large to keep (ask the customer to bring them): " + ", ".join(skipped))
    return "; ".join(parts)


def _text_of(message: EmailMessage) -> str:
    body = message.get_body(preferencelist=("plain", "html"))
    if body is None:
        return ""
    try:
        content = body.get_content()
    except (LookupError, ValueError):  # an unknown charset: the bytes as well as they read
        payload = body.get_payload(decode=True)
        content = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""
    if body.get_content_type() == "text/html":
        content = re.sub(r"(?is)<(script|style).*?</\1>", "", content)
        content = re.sub(r"(?i)<br\s*/?>|</p>|</div>", "\n", content)
        content = html.unescape(re.sub(r"<[^>]+>", "", content))
    return str(content).replace("\r\n", "\n").strip()


def _new_part(text: str) -> str:
    """What the customer wrote this time: their answer without the quoted earlier messages."""
    lines: list[str] = []
    for line in text.split("\n"):
        if line.startswith(">") or _QUOTE_HEAD.match(line.strip()):
            break
        lines.append(line)
    said = "\n".join(lines).strip()
    return (said or text)[:8000]

