"""Each report and KPI on a small history built by hand, compared with the
figures worked out by hand; on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from desktop.models import Product, Sale, SaleLine, ServiceCase, Store
from desktop.services import auth, cases, overrides, reports, returns
from desktop.services.commands import handle
from desktop.services.context import Context
from desktop.services.reports.service import response_compliance
from tests.conftest import NOW, Clock, install_policy

DAY = (NOW + dt.timedelta(days=5)).astimezone(__import__("zoneinfo").ZoneInfo("America/New_York")).date()
CLERK, MANAGER, MANAGER2 = ("1001", "2468"), ("9001", "1357"), ("9002", "9753")


def manager(ctx: Context) -> auth.Actor:
    return auth.sign_in(auth.SignIn(*MANAGER), ctx)


def items(ctx: Context, code: str, lines: list[int] | None = None) -> list[dict]:
    with ctx.uow() as uow:
        rows = uow.session.scalars(select(SaleLine).join(Sale).where(Sale.doc_id == code)
                                   .order_by(SaleLine.line_no)).all()
        return [{"line": r.line_no, "qty": r.qty - r.returned_qty, "condition": "new", "reason": "changed_mind",
                 **({"serial": r.serial} if r.serial else {})}
                for r in rows if (lines is None or r.line_no in lines) and r.qty > r.returned_qty]


@pytest.fixture
def history(ctx: Context, clock: Clock, samples: dict[str, str]) -> dict[str, object]:
    """Five returns on DAY (one without a receipt, one with an override),
    a refused override, three service cases and three scores."""
    clock.now = NOW + dt.timedelta(days=5)  # DAY, 15:00 in New York: nothing else happened that day
    clerk = auth.sign_in(auth.SignIn(*CLERK), ctx)
    replies = []
    from desktop.models import Staff, StaffApprovalStore, Store

    with ctx.uow(write=True) as uow:  # store 0002's manager covers 0001 too, so two managers approve here
        cover = uow.session.scalars(select(Staff).where(Staff.code == MANAGER2[0])).one()
        here = uow.session.scalars(select(Store).where(Store.code == "0001")).one()
        uow.session.add(StaffApprovalStore(staff_id=cover.id, store_id=here.id))
        uow.commit()

    def process(doc: dict, approval: returns.Approval | None = None) -> None:
        reply = returns.process(returns.parse_request(doc), clerk, ctx, approval)
        assert reply.status == "completed", reply.body
        replies.append(reply.body)

    process({"receipt": samples["bogo"], "items": items(ctx, samples["bogo"], [1]), "idempotency_key": "r1"})
    process({"receipt": samples["split_tender"], "items": items(ctx, samples["split_tender"]),
             "idempotency_key": "r2"})
    process({"receipt": samples["coupon"], "items": items(ctx, samples["coupon"], [1]), "refund_to": "store_credit",
             "idempotency_key": "r3"})
    with ctx.uow() as uow:
        barcode = uow.session.scalar(select(Product.barcode).where(Product.category == "homeware",
                                                                   Product.barcode.is_not(None)).limit(1))
    process({"receipt": None, "items": [{"sku": barcode, "qty": 1}], "refund_to": "store_credit",
             "customer": {"id": "C42", "id_verified": True, "id_type": "passport"}, "idempotency_key": "r4"})
    manager = auth.authorize_manager(ctx, *MANAGER, requested_by=clerk.staff_id)
    process({"receipt": samples["expired"], "items": items(ctx, samples["expired"], [1]), "idempotency_key": "r5"},
            returns.Approval(manager, "loyal customer"))
    queued = overrides.request_override(ctx, returns.parse_request(
        {"receipt": samples["expired"], "items": items(ctx, samples["expired"], [2]) or [{"line": 1, "qty": 1}],
         "idempotency_key": "r6"}), clerk)
    overrides.decide(ctx, queued.id, *MANAGER2, approve=False, reason="too late")

    # The service desk: a walk-in solved on the spot, a phone call answered
    # and solved in time, an email left unanswered past its target.
    walk_in = cases.open_case(ctx, cases.OpenCase(type="inquiry", channel="walk_in", subject="Hours?", minutes=3,
                                                  contact_name="A", resolved_now=True), clerk)
    for score in (5, 4, 2):  # at the counter, that afternoon
        cases.give_feedback(ctx, clerk, score, case_id=walk_in.row.id)
    phone = cases.open_case(ctx, cases.OpenCase(type="technical_support", channel="phone", subject="Broken",
                                                customer_code="C42", minutes=6), clerk)
    email = cases.open_case(ctx, cases.OpenCase(type="complaint", channel="email", subject="Late",
                                                contact_email="x@example.com"), clerk)
    clock.advance(minutes=30)
    cases.log_contact(ctx, phone.row.id, clerk, "phone", "out", "called back", minutes=4)
    clock.advance(hours=21)  # DAY+1, 12:30
    cases.resolve(ctx, phone.row.id, clerk, "replaced")
    clock.advance(days=2)  # DAY+3: the email's first response (due DAY+2 15:00) is late
    cases.log_contact(ctx, email.row.id, clerk, "email", "out", "sorry for the wait")
    return {"replies": replies}


def query() -> reports.ReportQuery:
    return reports.ReportQuery(DAY, DAY, "0001")


def cents(text: str) -> int:
    return int(Decimal(text) * 100)


def test_returns_per_day_and_by_tender(ctx: Context, history: dict) -> None:
    replies = history["replies"]
    day = handle(ctx, reports.RunReport("returns-per-day", query()), manager(ctx))
    assert day.rows == ((DAY.isoformat(), 5, f"{sum(cents(r['refund_total']) for r in replies) / 100:.2f}"),)
    by_tender: dict[str, int] = {}
    for reply in replies:
        for tender in reply["tenders"]:
            by_tender[tender["type"].replace("_", " ")] = by_tender.get(tender["type"].replace("_", " "), 0) \
                + cents(tender["amount"])
    tenders = handle(ctx, reports.RunReport("refunds-by-tender", query()), manager(ctx))
    assert {row[0]: cents(row[2]) for row in tenders.rows} == by_tender
    cash = handle(ctx, reports.RunReport("cash-by-register", query()), manager(ctx))
    assert [(row[0], row[1], cents(row[3])) for row in cash.rows] == \
        ([(DAY.isoformat(), "01", by_tender["cash"])] if "cash" in by_tender else [])


def test_no_receipt_share_overrides_and_staff(ctx: Context, history: dict) -> None:
    assert handle(ctx, reports.RunReport("no-receipt", query()), manager(ctx)).rows[0][:3] == (5, 1, "20.0")
    report = handle(ctx, reports.RunReport("overrides", query()), manager(ctx))
    assert ("manager", "Morgan Lee (9001)", 1, 0) in report.rows
    assert any(row[0] == "manager" and row[1].endswith("(9002)") and row[3] == 1 for row in report.rows)
    assert ("clerk", "Alex Rivera (1001)", 2, "") in report.rows
    assert report.note.startswith("override rate 20.0% (1 of 5)")
    staff = handle(ctx, reports.RunReport("returns-by-staff", query()), manager(ctx))
    assert [(row[0], row[1]) for row in staff.rows] == [("Alex Rivera (1001)", 5)]


def test_service_kpis_worked_out_by_hand(ctx: Context, history: dict) -> None:
    rows = {row[0]: row[1] for row in handle(ctx, reports.RunReport("service-kpis", query()), manager(ctx)).rows}
    assert rows["satisfaction (CSAT) %"] == "66.7"  # 5 and 4 of 5, 4, 2
    assert rows["average satisfaction (1-5)"] == "3.67"  # (5 + 4 + 2) / 3
    # walk-in 0 h, phone 0.5 h, email: DAY 15:00 -> DAY+3 12:30 = 69.5 h; (0 + 0.5 + 69.5) / 3
    assert rows["average first-response time (h)"] == "23.33"
    assert rows["first-contact resolution %"] == "50.0"  # the walk-in, not the phone call
    assert rows["first response within target %"] == "66.7"  # walk-in and phone met, email missed
    assert rows["resolution within target %"] == "100.0"  # both resolved cases in time
    assert rows["average handling time (min)"] == "4.3"  # (3 + 6 + 4) / 3


def test_service_rates_per_channel_and_person_worked_out_by_hand(ctx: Context, history: dict) -> None:
    """The three cases of the history, all Alex's; the phone call's customer
    then scores the follow-up 1, which reopens it."""
    clerk = auth.sign_in(auth.SignIn(*CLERK), ctx)
    with ctx.uow() as uow:
        phone = uow.session.scalar(select(ServiceCase.id).where(ServiceCase.subject == "Broken"))
    cases.record_follow_up(ctx, phone, clerk, reached=True, score=1, comment="broke again")
    report = handle(ctx, reports.RunReport("service-rates", query()), manager(ctx))
    rows = {(row[0], row[1]): row[2:] for row in report.rows}
    # cases, first response in time %, resolved in time %, reopen rate %, reopened
    assert rows[("channel", "walk-in")] == (1, "100.0", "100.0", "0.0", 0)
    assert rows[("channel", "phone")] == (1, "100.0", "", "100.0", 1)  # reopened: no resolution yet, not late yet
    assert rows[("channel", "email")] == (1, "0.0", "", "", 0)  # answered after its target; never resolved
    assert rows[("person", "Alex Rivera (1001)")] == (3, "66.7", "100.0", "50.0", 1)
    assert len(rows) == 4
    # The scorecard counts first answers the same way: the email answered late is one of three missed.
    cards = handle(ctx, reports.RunReport("staff-scorecards", query()), manager(ctx))
    [alex] = [row for row in cards.rows if row[0] == "Alex Rivera (1001)"]
    assert alex[6] == "2/3"


def test_a_range_without_activity_and_bad_queries(ctx: Context, history: dict) -> None:
    empty = reports.ReportQuery(DAY - dt.timedelta(days=400), DAY - dt.timedelta(days=399), "0001")
    assert handle(ctx, reports.RunReport("returns-per-day", empty), manager(ctx)).rows == ()
    with pytest.raises(Exception, match="ends before it starts"):
        backwards = reports.ReportQuery(DAY, DAY - dt.timedelta(days=1))
        handle(ctx, reports.RunReport("returns-per-day", backwards), manager(ctx))
    with pytest.raises(Exception, match="no store 9999"):
        handle(ctx, reports.RunReport("returns-per-day", reports.ReportQuery(DAY, DAY, "9999")), manager(ctx))


def test_fraud_thresholds_come_from_the_policy(ctx: Context, history: dict, tmp_path) -> None:  # type: ignore[no-untyped-def]
    strict = handle(ctx, reports.RunReport("fraud-signals", query()), manager(ctx))
    assert all(row[2] >= 3 for row in strict.rows if row[0] == "customer")
    install_policy(ctx, tmp_path, "[reports]\nfraud_min_returns = 1\nfraud_min_serial_returns = 1\n")
    listed = handle(ctx, reports.RunReport("fraud-signals", query()), manager(ctx))
    assert any(row[0] == "customer" and row[1].endswith("(C42)") for row in listed.rows)


def test_the_end_of_day_slip_gives_each_registers_cash_for_the_drawer_count(ctx: Context, history: dict) -> None:
    import pypdfium2
    import zxingcpp

    from desktop.printing import render_pdf
    from desktop.services import documents

    cash = [cents(t["amount"]) for r in history["replies"] for t in r["tenders"] if t["type"] == "cash"]
    assert cash, "the history refunds some cash"
    clerk = auth.sign_in(auth.SignIn(*CLERK), ctx)
    slip = documents.closing_slip(ctx, clerk, DAY)
    assert slip.doc_id == "" and slip.title == "END OF DAY: CASH REFUNDED" and slip.name == f"closing-0001-{DAY}"
    total = f"${sum(cash) / 100:,.2f}"
    assert [(line.description, line.amount, line.details) for line in slip.lines] == [
        ("Register 01", total, (f"{len(cash)} cash refunds",))]
    assert slip.totals == (("Cash refunded", total),)
    assert [note.split("#")[0] for note in slip.notes[1:]] == ["Audit checkpoint 0001", "Audit checkpoint 0001/01"]
    page = pypdfium2.PdfDocument(render_pdf(slip))[0]
    assert "Register 01" in page.get_textpage().get_text_range()
    assert "0001/01#" in page.get_textpage().get_text_range()  # each register's chain, printed whole
    assert zxingcpp.read_barcodes(page.render(scale=203 / 72).to_pil()) == []  # no ID, so no barcode
    quiet = documents.closing_slip(ctx, clerk, DAY - dt.timedelta(days=1))
    assert quiet.lines == () and quiet.notes[0] == "No cash was refunded on this day."
    assert quiet.notes[1].startswith("Audit checkpoint 0001#")  # the chain, taken off the database on paper
    assert quiet.totals == (("Cash refunded", "$0.00"),)


def test_reports_are_for_managers_only(ctx: Context) -> None:
    clerk = auth.sign_in(auth.SignIn(*CLERK), ctx)
    with pytest.raises(Exception, match="reports are for managers"):
        handle(ctx, reports.RunReport("returns-per-day", reports.ReportQuery(DAY, DAY)), clerk)


def test_an_unanswered_case_past_its_target_counts_as_breached(ctx: Context, clock: Clock) -> None:
    """Two overdue unanswered cases had shown 100 % (neither met nor missed):
    past its due time with no answer is a breach; one still inside its
    target is not counted yet, and a case waiting on the customer is paused."""
    clerk = auth.sign_in(auth.SignIn("1001", "2468"), ctx)
    late = [cases.open_case(ctx, cases.OpenCase(type="complaint", channel="email", subject=f"Late {i}",
                                                contact_email="x@example.com"), clerk) for i in range(2)]
    assert all(case.row.due_at is not None for case in late)
    day = clock.now.date()
    query = reports.ReportQuery(day, day + dt.timedelta(days=7), "0001")  # runs on past "now"
    with ctx.uow() as uow:  # judged the moment the cases were opened: nothing is due yet
        opened = dict((target, (met, missed)) for target, met, missed, _ in
                      response_compliance(uow.session, query, now=clock.now))
    assert opened == {"first response": (0, 0), "resolution": (0, 0)}
    with ctx.uow() as uow:  # three days on, nobody answered: both breached
        later = {target: (met, missed, share) for target, met, missed, share in
                 response_compliance(uow.session, query, now=clock.now + dt.timedelta(days=3))}
    assert later["first response"] == (0, 2, "0.0")


def test_repeat_and_one_time_customers_add_up_to_every_sale(ctx: Context) -> None:
    """Revenue and returns by repeat versus one-time customers: the three
    rows hold every sale of the range once, and the shares add up to 100."""
    with ctx.uow() as uow:
        first, last = uow.session.execute(select(func.min(Sale.local_date), func.max(Sale.local_date))).one()
        sales, revenue = uow.session.execute(select(func.count(Sale.id), func.sum(Sale.total_cents)).where(
            Sale.store_id == select(Store.id).where(Store.code == "0001").scalar_subquery())).one()
        repeat_buyers = uow.session.scalar(select(func.count()).select_from(
            select(Sale.customer_id).where(Sale.customer_id.is_not(None), Sale.store_id == select(Store.id).where(
                Store.code == "0001").scalar_subquery()).group_by(Sale.customer_id)
            .having(func.count(Sale.id) > 1).subquery()))
    report = handle(ctx, reports.RunReport("repeat-customers", reports.ReportQuery(first, last, "0001")),
                    manager(ctx))
    rows = {row[0]: row for row in report.rows}
    assert list(rows) == ["repeat customers", "one-time customers", "sales without a loyalty ID"]
    assert sum(row[2] for row in report.rows) == sales
    assert sum(cents(row[3]) for row in report.rows) == revenue
    assert rows["repeat customers"][1] == repeat_buyers and repeat_buyers > 0
    assert abs(sum(Decimal(row[4] or 0) for row in report.rows) - 100) < Decimal("0.2")
