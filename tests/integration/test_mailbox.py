"""Written contacts come in by themselves: a real IMAP server (Dovecot)
holds the store's mailbox, the scheduler reads it into cases, and the
answers to replies sent through a real SMTP server find their case, and a
customer's score comes back on it."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import threading
from email.message import EmailMessage
from pathlib import Path

from aiosmtpd.controller import Controller
from sqlalchemy import func, select, text

from desktop.config import Settings
from desktop.models import CaseAttachment, Feedback, InboundMail, Mailbox, Notification, ServiceCase
from desktop.services import cases, mailbox, replies, scheduler
from desktop.services.cases.views import business_calendar, case_policy
from desktop.services.context import Context
from tests.conftest import Clock, install_policy, make_context
from tests.imap_server import ImapServer, imap_server  # noqa: F401 - the fixture
from tests.integration.test_cases import Inbox, clerk, free_port

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4  # a photo of the damage


def station(ctx: Context, server: ImapServer, tmp_path: Path) -> Context:
    secret = tmp_path / "imap-password"
    secret.write_text(server.password)
    ctx.settings = Settings(store="0001", imap_host="127.0.0.1", imap_port=server.port, imap_user=server.user,
                            imap_password_file=str(secret))
    return ctx


def customer_mail(subject: str, body: str, sender: str = "Dana Reyes <c42@example.com>",
                  message_id: str = "<first@mail.example>", **headers: str) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "service@store.example"
    message["Subject"] = subject
    message["Message-ID"] = message_id
    for name, value in headers.items():
        message[name.replace("_", "-")] = value
    message.set_content(body)
    return bytes(message)


def with_photo(raw: bytes) -> bytes:
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    message.add_attachment(PNG, maintype="image", subtype="png", filename="damage.png")
    return bytes(message)


def mailbox_taken(ctx: Context) -> list[str]:
    return [what for ran in scheduler.run_due(ctx, owner="store-server") if ran.job == "mail.inbound"
            for what in ran.done]


def the_case(ctx: Context, case_id: int) -> ServiceCase:
    with ctx.uow() as uow:
        row = uow.session.get(ServiceCase, case_id)
        assert row is not None
        uow.session.expunge(row)
        return row


def test_a_mail_opens_a_case_for_its_customer_with_its_photo_and_the_clock_from_its_arrival(
        ctx: Context, clock: Clock, imap_server: ImapServer, tmp_path: Path) -> None:  # noqa: F811
    with ctx.uow(write=True) as uow:
        uow.session.execute(text("UPDATE customers SET email = 'C42@Example.com' WHERE code = 'C42'"))
        uow.commit()
    station(ctx, imap_server, tmp_path)
    # It came in before anyone looked; dovecot moves a date still in the real
    # future to the moment it received the message, so it is in the past of both clocks.
    arrived = min(clock.now, dt.datetime.now(dt.UTC).replace(microsecond=0)) - dt.timedelta(hours=3)
    imap_server.deliver(with_photo(customer_mail("Kettle arrived broken", "Hello,\nthe lid is cracked.\nDana")),
                        arrived.timestamp())
    [done] = mailbox_taken(ctx)
    assert "new case" in done
    with ctx.uow() as uow:
        [row] = uow.session.scalars(select(ServiceCase).where(ServiceCase.channel == "email")).all()
        [photo] = uow.session.scalars(select(CaseAttachment).where(CaseAttachment.case_id == row.id)).all()
        policy = case_policy(uow.session, row.store_id)
        expected_due = business_calendar(policy).add(arrived, policy.service.target("email", "normal")
                                                     .first_response_hours)
        owner_alert = uow.session.scalars(select(Notification).where(Notification.case_id == row.id)).one()
        customer_code = uow.session.scalar(text("SELECT code FROM customers WHERE id = :id"), {"id": row.customer_id})
    assert customer_code == "C42" and row.contact_email == "c42@example.com" and row.subject == "Kettle arrived broken"
    assert row.created_at == arrived and row.first_response_due == expected_due and row.type == "inquiry"
    assert photo.filename == "damage.png" and photo.data == PNG and photo.content_type == "image/png"
    assert owner_alert.kind == "mail" and owner_alert.tier == 0
    detail = cases.get(ctx, row.id, clerk(ctx))
    assert [e.kind for e in detail.timeline] == ["contact", "note"]
    assert "the lid is cracked" in detail.timeline[0].notes and "damage.png" in detail.timeline[1].summary
    assert any("\\Seen" in flags for flags in imap_server.flags())
    # The next run finds nothing new: the message is taken once.
    clock.advance(minutes=1)
    assert mailbox_taken(ctx) == []


def test_answers_to_our_replies_find_their_case_and_the_score_comes_back(
        ctx: Context, clock: Clock, imap_server: ImapServer, tmp_path: Path,  # noqa: F811
        samples: dict[str, str]) -> None:
    install_policy(ctx, tmp_path, '[service]\nsurvey_url = "https://survey.example/r?code={code}"\n')
    station(ctx, imap_server, tmp_path)
    actor = clerk(ctx)
    opened = cases.open_case(ctx, cases.OpenCase(type="complaint", channel="email", subject="Late refund",
                                                 contact_email="pat@example.net", contact_name="Pat"), actor)
    cases.set_waiting(ctx, opened.row.id, actor, "customer")
    inbox = Inbox()
    smtp = Controller(inbox, hostname="127.0.0.1", port=free_port())
    smtp.start()
    try:
        mailer = replies.Mailer("127.0.0.1", smtp.port, sender="service@store.example")
        asked = replies.draft(ctx, opened.row.id, actor, "need_information", notes="The last 4 digits of the card")
        replies.send(ctx, asked.id, actor, mailer)
        ours = email.message_from_bytes(inbox.messages[-1], policy=email.policy.default)
        clock.advance(hours=1)
        answer = customer_mail(f"Re: {ours['Subject']}", "It ends in 4242.\n\n> to go on with your case ...",
                               sender="pat@example.net", message_id="<answer-1@mail.example>",
                               In_Reply_To=str(ours["Message-ID"]), References=str(ours["Message-ID"]))
        imap_server.deliver(answer, clock.now.timestamp())
        assert any("reply" in line for line in mailbox_taken(ctx))
        row = the_case(ctx, opened.row.id)
        assert row.status == "open" and row.paused_since is None  # the clock runs again
        last = cases.get(ctx, opened.row.id, actor).timeline[-1]
        assert last.summary == "It ends in 4242." and last.direction == "in" and last.channel == "email"

        cases.resolve(ctx, opened.row.id, actor, "refund found and sent again")
        solved = replies.draft(ctx, opened.row.id, actor, "resolved")
        assert "reply code is" in solved.body and "https://survey.example/r?code=" in solved.body
        replies.send(ctx, solved.id, actor, mailer)
        ours = email.message_from_bytes(inbox.messages[-1], policy=email.policy.default)
        assert ours["In-Reply-To"] == "<answer-1@mail.example>"  # in the customer's thread
    finally:
        smtp.stop()
    with ctx.uow() as uow:
        code = uow.session.scalar(text("SELECT survey_code FROM case_replies WHERE id = :id"), {"id": solved.id})
    assert code and f"code={code}" in solved.body
    clock.advance(hours=2)
    # Their mail client dropped the thread headers; the reply code still finds it.
    imap_server.deliver(customer_mail(f"My code {code}", f"5 - quick and kind, thank you!\n{code}",
                                      sender="pat@example.net", message_id="<score@mail.example>"),
                        clock.now.timestamp())
    clock.advance(minutes=1)
    assert any("feedback" in line for line in mailbox_taken(ctx))
    assert the_case(ctx, opened.row.id).status == "closed"
    with ctx.uow() as uow:
        [score] = uow.session.scalars(select(Feedback).where(Feedback.case_id == opened.row.id)).all()
    assert score.score == 5 and score.comment == "quick and kind, thank you!"


def test_a_score_answered_to_the_resolved_mail_is_feedback_and_closes_the_case(
        ctx: Context, clock: Clock, imap_server: ImapServer, tmp_path: Path) -> None:  # noqa: F811
    station(ctx, imap_server, tmp_path)
    actor = clerk(ctx)
    opened = cases.open_case(ctx, cases.OpenCase(type="inquiry", channel="email", subject="Opening hours",
                                                 contact_email="sam@example.org"), actor)
    cases.resolve(ctx, opened.row.id, actor, "answered")
    inbox = Inbox()
    smtp = Controller(inbox, hostname="127.0.0.1", port=free_port())
    smtp.start()
    try:
        solved = replies.draft(ctx, opened.row.id, actor, "resolved")
        replies.send(ctx, solved.id, actor, replies.Mailer("127.0.0.1", smtp.port))
    finally:
        smtp.stop()
    ours = email.message_from_bytes(inbox.messages[-1], policy=email.policy.default)
    clock.advance(hours=1)
    imap_server.deliver(customer_mail(f"Re: {ours['Subject']}", "4 good, but the wait was long\n\n> Dear customer",
                                      sender="sam@example.org", message_id="<four@mail.example>",
                                      In_Reply_To=str(ours["Message-ID"])), clock.now.timestamp())
    assert any("feedback" in line for line in mailbox_taken(ctx))
    row = the_case(ctx, opened.row.id)
    assert row.status == "closed"
    with ctx.uow() as uow:
        [score] = uow.session.scalars(select(Feedback).where(Feedback.case_id == opened.row.id)).all()
    assert score.score == 4 and score.comment == "good, but the wait was long"
    # A low score the same way reopens it.
    imap_server.deliver(customer_mail(f"Re: {ours['Subject']}", "1", sender="sam@example.org",
                                      message_id="<one@mail.example>", In_Reply_To=str(ours["Message-ID"])),
                        clock.now.timestamp())
    clock.advance(minutes=1)
    mailbox_taken(ctx)
    assert the_case(ctx, opened.row.id).status == "open"


def test_a_subject_with_the_case_number_finds_the_case_and_reopens_it(
        ctx: Context, clock: Clock, imap_server: ImapServer, tmp_path: Path) -> None:  # noqa: F811
    station(ctx, imap_server, tmp_path)
    actor = clerk(ctx)
    opened = cases.open_case(ctx, cases.OpenCase(type="complaint", channel="phone", subject="Wrong size",
                                                 contact_phone="555-0100"), actor)
    cases.resolve(ctx, opened.row.id, actor, "exchanged")
    imap_server.deliver(customer_mail(f"About case 0001-{opened.row.number} again", "The new one is wrong too.",
                                      sender="someone@example.com", message_id="<again@mail.example>"),
                        clock.now.timestamp())
    assert any("reply" in line for line in mailbox_taken(ctx))
    row = the_case(ctx, opened.row.id)
    assert row.status == "open" and row.resolved_at is None
    timeline = cases.get(ctx, opened.row.id, actor).timeline
    assert timeline[-1].summary == "reopened: the customer wrote again"


def test_each_message_is_taken_once_by_racing_stations_and_after_a_crash(
        seeded_url: str, clock: Clock, imap_server: ImapServer, tmp_path: Path) -> None:  # noqa: F811
    contexts = [station(make_context(seeded_url, tmp_path / f"station{i}", clock), imap_server, tmp_path)
                for i in range(3)]
    try:
        for n in range(6):
            imap_server.deliver(customer_mail(f"Question {n}", f"Question number {n}", sender=f"q{n}@example.com",
                                              message_id=f"<q{n}@mail.example>"), clock.now.timestamp())
        start = threading.Barrier(3)
        errors: list[BaseException] = []

        def poll(ctx: Context) -> None:  # every station reads the mailbox at once, past any lease
            start.wait()
            try:
                mailbox.poll_configured(ctx)
            except BaseException as error:  # noqa: BLE001 - reported below
                errors.append(error)

        threads = [threading.Thread(target=poll, args=(c,)) for c in contexts]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert not errors, errors
        # A crash after the cases were written but before the mailbox's place was kept: read again from the start.
        with contexts[0].uow(write=True) as uow:
            uow.session.execute(text("DELETE FROM mailboxes"))
            uow.commit()
        again = mailbox.poll_configured(contexts[0])
        assert len(again) == 6 and all("already taken" in line for line in again)
        with contexts[0].uow() as uow:
            assert uow.session.scalar(select(func.count()).select_from(InboundMail)) == 6
            assert uow.session.scalar(select(func.count()).select_from(ServiceCase)
                                      .where(ServiceCase.channel == "email")) == 6
            assert uow.session.scalar(select(Mailbox.last_uid)) == 6
    finally:
        for c in contexts:
            c.db.dispose()
