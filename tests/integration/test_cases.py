"""The service desk against a real database: a case's whole life, missed
targets escalating level after level, the clock stopped while waiting on
the customer, and replies through a real SMTP server on loopback."""

from __future__ import annotations

import datetime as dt
import socket

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import select, text

from desktop.models import CaseInteraction, CaseReply, Customer, Feedback
from desktop.services import auth, cases, replies
from desktop.services.context import Context
from desktop.services.errors import RequestError
from tests.conftest import Clock, install_policy


def clerk(ctx: Context) -> auth.Actor:
    return auth.sign_in(auth.SignIn("1001", "2468"), ctx)


def phone_case(ctx: Context, actor: auth.Actor, samples: dict[str, str], **extra: object) -> cases.CaseDetail:
    return cases.open_case(ctx, cases.OpenCase(type="technical_support", channel="phone",
                                               subject="Console does not start", receipt=samples["electronics"],
                                               summary="Customer called: black screen after the update",
                                               **extra), actor)  # type: ignore[arg-type]


def test_a_case_from_a_receipt_through_transfer_resolution_and_a_low_score(ctx: Context, clock: Clock,
                                                                           samples: dict[str, str]) -> None:
    actor = clerk(ctx)
    opened = phone_case(ctx, actor, samples, minutes=6)
    assert opened.receipt == samples["electronics"] and opened.row.customer.endswith("(C42)")
    assert opened.row.due_what == "first response" and opened.first_response_at is None
    clock.advance(minutes=30)
    answered = cases.log_contact(ctx, opened.row.id, actor, "phone", "out", "Called back: asked for the serial")
    assert answered.first_response_at == clock.now and answered.row.due_what == "resolution"
    moved = cases.transfer(ctx, opened.row.id, actor, "service", "needs the repair bench")
    assert moved.row.department == "service" and moved.row.owner == "Alex Rivera (1001)"
    assert moved.row.status == "waiting_department"
    with pytest.raises(RequestError, match="department: one of"):
        cases.transfer(ctx, opened.row.id, actor, "marketing", "?")
    resolved = cases.resolve(ctx, opened.row.id, actor, "firmware reinstalled")
    assert resolved.row.status == "resolved" and not resolved.first_contact_resolution
    assert resolved.follow_up_at == clock.now + dt.timedelta(days=3)
    clock.advance(days=3)
    assert [row.id for row in cases.follow_ups_due(ctx, actor)] == [opened.row.id]  # still the first owner's
    reopened = cases.record_follow_up(ctx, opened.row.id, actor, reached=True, score=2, comment="it froze again")
    assert reopened.row.status == "open" and reopened.scores == (2,)
    kinds = [entry.kind for entry in reopened.timeline]
    assert kinds[:3] == ["contact", "contact", "transfer"] and kinds[-1] == "status"
    # The timeline is append-only in the database itself.
    with ctx.uow(write=True) as uow, pytest.raises(Exception, match="append-only"):
        uow.session.execute(text("UPDATE case_interactions SET summary = 'edited'"))
        uow.session.flush()


def test_solved_at_the_counter_is_a_first_contact_resolution(ctx: Context) -> None:
    actor = clerk(ctx)
    detail = cases.open_case(ctx, cases.OpenCase(type="inquiry", channel="walk_in", subject="Opening hours",
                                                 contact_name="Ms Vo", resolved_now=True), actor)
    assert detail.row.status == "resolved" and detail.first_contact_resolution
    assert detail.first_response_at is not None


def test_missed_targets_escalate_level_after_level_with_repeating_reminders(ctx: Context, clock: Clock,
                                                                            samples: dict[str, str]) -> None:
    actor = clerk(ctx)
    opened = cases.open_case(ctx, cases.OpenCase(type="complaint", channel="phone", subject="Rude delivery driver",
                                                 priority="urgent", customer_code="C42"), actor)
    due = opened.row.due_at  # an urgent phone call: first response within 1 business hour
    assert due is not None and due - clock.now == dt.timedelta(hours=1)
    clock.now = due + dt.timedelta(minutes=1)
    assert cases.check_due(ctx, actor.store_id) == [f"case {opened.row.number} reminded"]
    assert cases.check_due(ctx, actor.store_id) == []  # the reminder repeats hourly, not every check
    clock.now = due + dt.timedelta(hours=2, minutes=5)
    assert cases.check_due(ctx, actor.store_id) == [f"case {opened.row.number} escalated to senior staff",
                                                    f"case {opened.row.number} reminded"]
    clock.now = due + dt.timedelta(hours=4, minutes=5)
    done = cases.check_due(ctx, actor.store_id)
    assert f"case {opened.row.number} escalated to manager" in done
    detail = cases.get(ctx, opened.row.id, actor)
    assert detail.row.tier == 2 and detail.row.due_state == "overdue"
    assert [e.summary.split(":")[0] for e in detail.timeline if e.kind == "escalation"] == \
        ["escalated to senior staff", "escalated to manager"]
    rows, total = cases.queue(ctx, actor)
    assert rows[0].id == opened.row.id and rows[0].due_state == "overdue" and total >= 1


def test_waiting_on_the_customer_stops_the_clock(ctx: Context, clock: Clock, samples: dict[str, str]) -> None:
    actor = clerk(ctx)
    opened = phone_case(ctx, actor, samples)
    cases.log_contact(ctx, opened.row.id, actor, "phone", "out", "Asked for photos of the damage")
    before = cases.get(ctx, opened.row.id, actor).resolution_due
    waiting = cases.set_waiting(ctx, opened.row.id, actor, "customer")
    assert waiting.row.due_at is None and waiting.row.due_state == ""
    clock.advance(hours=3)  # 15:00 -> 18:00, all inside opening hours (09:00-21:00)
    resumed = cases.log_contact(ctx, opened.row.id, actor, "email", "in", "Photos received")
    assert resumed.row.status == "open" and resumed.resolution_due == before + dt.timedelta(hours=3)


def test_feedback_at_the_counter_needs_no_email(ctx: Context) -> None:
    actor = clerk(ctx)
    cases.give_feedback(ctx, actor, 5, "quick and friendly")
    with pytest.raises(RequestError, match="score"):
        cases.give_feedback(ctx, actor, 6)
    with ctx.uow() as uow:
        stored = uow.session.scalars(select(Feedback)).all()
        assert [(f.score, f.staff_id, f.case_id) for f in stored] == [(5, actor.staff_id, None)]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Inbox:
    def __init__(self) -> None:
        self.messages: list[bytes] = []

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]  # noqa: N802
        self.messages.append(envelope.content)
        return "250 OK"


def test_an_email_reply_reaches_the_mail_server_and_becomes_an_interaction(ctx: Context,
                                                                          samples: dict[str, str]) -> None:
    actor = clerk(ctx)
    with ctx.uow(write=True) as uow:
        uow.session.execute(text("UPDATE customers SET email = 'c42@example.com' WHERE code = 'C42'"))
        uow.commit()
    opened = phone_case(ctx, actor, samples)
    inbox = Inbox()
    server = Controller(inbox, hostname="127.0.0.1", port=free_port())
    server.start()
    try:
        reply = replies.draft(ctx, opened.row.id, actor, "acknowledge")
        assert reply.to == "c42@example.com" and "0001-" in reply.subject and "Console does not start" in reply.body
        sent = replies.send(ctx, reply.id, actor, replies.Mailer("127.0.0.1", server.port, sender="desk@store.example"))
    finally:
        server.stop()
    assert sent.status == "sent"
    assert len(inbox.messages) == 1 and b"Subject: Your case 0001-" in inbox.messages[0]
    detail = cases.get(ctx, opened.row.id, actor)
    assert detail.timeline[-1].kind == "reply" and detail.first_response_at is not None


def test_an_unreachable_mail_server_keeps_the_reply_as_a_draft(ctx: Context, samples: dict[str, str]) -> None:
    actor = clerk(ctx)
    opened = cases.open_case(ctx, cases.OpenCase(type="complaint", channel="email", subject="Late refund",
                                                 contact_email="someone@example.com"), actor)
    reply = replies.draft(ctx, opened.row.id, actor, "need_information", notes="Your card's last 4 digits")
    port = free_port()  # nothing listens there
    with pytest.raises(replies.MailError, match="kept as a draft"):
        replies.send(ctx, reply.id, actor, replies.Mailer("127.0.0.1", port, timeout=3))
    [kept] = replies.drafts(ctx, opened.row.id, actor)
    assert kept.id == reply.id and "did not take the reply" in kept.error
    assert all(entry.kind != "reply" for entry in cases.get(ctx, opened.row.id, actor).timeline)
    letter = replies.print_letter(ctx, reply.id, actor)
    assert letter.startswith(b"%PDF")
    with ctx.uow() as uow:
        assert uow.session.get(CaseReply, reply.id).status == "printed"
        assert uow.session.scalar(select(CaseInteraction.channel).where(CaseInteraction.kind == "reply")) == "letter"


def test_customers_are_found_by_name_phone_or_loyalty_id(ctx: Context) -> None:
    with ctx.uow() as uow:
        someone = uow.session.scalars(select(Customer).where(Customer.code == "C42")).one()
        name, phone = someone.name, someone.phone
    assert ("C42", name, phone or "") in cases.find_customers(ctx, "c42")
    assert any(code == "C42" for code, _, _ in cases.find_customers(ctx, name.split()[0]))


def test_a_customer_created_on_the_spot_gets_a_loyalty_id(ctx: Context) -> None:
    actor = clerk(ctx)
    code = cases.create_customer(ctx, actor, "Lan Vo", phone="+84 28 5555 0101")
    with pytest.raises(RequestError, match="exists"):
        cases.create_customer(ctx, actor, "Lan Vo again", phone="+84 28 5555 0101")
    with pytest.raises(RequestError, match="phone number or an email"):
        cases.create_customer(ctx, actor, "No Contact")
    opened = cases.open_case(ctx, cases.OpenCase(type="inquiry", channel="walk_in", subject="Store card?",
                                                 customer_code=code), actor)
    assert opened.row.customer == f"Lan Vo ({code})"
    assert cases.find_customers(ctx, "5555 0101") == [(code, "Lan Vo", "+84 28 5555 0101")]


def test_a_reply_and_its_letter_speak_the_store_language(ctx: Context, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """What the customer receives follows the store policy's locale, like a receipt."""
    install_policy(ctx, tmp_path, 'locale = "vi_VN"\n')
    actor = clerk(ctx)
    opened = cases.open_case(ctx, cases.OpenCase(type="complaint", channel="email", subject="Giao hàng chậm",
                                                 contact_email="lan@example.com"), actor)
    reply = replies.draft(ctx, opened.row.id, actor, "acknowledge")
    assert reply.subject.startswith("Hồ sơ 0001-")
    assert reply.body.startswith("Kính gửi quý khách,\n\ncảm ơn quý khách đã liên hệ về \"Giao hàng chậm\".")
    assert "giờ làm việc" in reply.body and "business hours" not in reply.body
    import pypdfium2

    letter = pypdfium2.PdfDocument(replies.print_letter(ctx, reply.id, actor))
    text = letter[0].get_textpage().get_text_range()
    assert "Kính gửi quý khách" in text and "tháng" in text  # the body, and the date in Vietnamese


def test_a_case_points_at_the_item_and_the_return_it_is_about(ctx: Context, samples: dict[str, str]) -> None:
    """The item scanned into the case (its barcode, or its SKU typed) and a
    return's document number: the case shows both, and the return brings its
    sale and customer."""
    from desktop.models import Product, Return, Sale, SaleLine

    actor = clerk(ctx)
    done = returns_done(ctx, actor, samples["coupon"])
    with ctx.uow() as uow:
        product = uow.session.scalars(select(Product).where(Product.barcode.is_not(None)).order_by(Product.id)).first()
        assert product is not None
        return_code = uow.session.scalar(select(Return.doc_id).where(Return.doc_id == done))
    detail = cases.open_case(ctx, cases.OpenCase(type="complaint", channel="walk_in", subject="Refund was short",
                                                 product=product.barcode, return_code=return_code), actor)
    assert detail.product == f"{product.name} ({product.sku})" and detail.return_code == return_code
    assert detail.receipt == samples["coupon"]  # the return brought its sale
    by_sku = cases.open_case(ctx, cases.OpenCase(type="inquiry", channel="phone", subject="Spare parts?",
                                                 product=product.sku.lower()), actor)
    assert by_sku.product == detail.product
    with pytest.raises(RequestError, match="no product 4006381333931"):
        cases.open_case(ctx, cases.OpenCase(type="inquiry", channel="phone", subject="?", product="4006381333931"),
                        actor)
    # An item on the receipt: the case is about that one line of the sale.
    with ctx.uow() as uow:
        second = uow.session.execute(select(SaleLine.line_no, Product.barcode, Product.sku)
                                     .join(Sale, Sale.id == SaleLine.sale_id)
                                     .join(Product, Product.id == SaleLine.product_id)
                                     .where(Sale.doc_id == samples["electronics"])
                                     .order_by(SaleLine.line_no.desc())).first()
    assert second is not None
    about_line = cases.open_case(ctx, cases.OpenCase(
        type="repair_warranty", channel="walk_in", subject="Buzzing", receipt=samples["electronics"],
        product=second.barcode or second.sku), actor)
    assert about_line.line == second.line_no and about_line.receipt == samples["electronics"]
    assert cases.open_case(ctx, cases.OpenCase(type="inquiry", channel="walk_in", subject="Warranty?",
                                               receipt=samples["electronics"]), actor).line is None


def returns_done(ctx: Context, actor: auth.Actor, receipt: str) -> str:
    """A return of the receipt's first line, completed: its document ID."""
    from desktop.services import returns
    from tests.integration.test_returns import request

    reply = returns.process(request(receipt, [{"line": 1, "qty": 1}], key=f"case-link-{receipt}"), actor, ctx)
    assert reply.return_id, reply
    return str(reply.return_id)
