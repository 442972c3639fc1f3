"""The service desk keeps its promises with no screen open: the scheduler
runs the due checks by itself (a fake clock moves time), each due action
happens once with three app instances on one database, a job missed while
everything was off runs at the next start, and alerts reach the right
people on their station and through a real SMTP server until taken."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

from aiosmtpd.controller import Controller
from sqlalchemy import func, select, text

from desktop.config import Settings
from desktop.models import CaseInteraction, Notification, ScheduledJob
from desktop.services import auth, cases, notifications, scheduler
from desktop.services.context import Context
from tests.conftest import Clock, make_context
from tests.integration.test_cases import Inbox, clerk, free_port


def urgent_case(ctx: Context, actor: auth.Actor) -> cases.CaseDetail:
    """An urgent phone complaint: first response due within 1 business hour."""
    return cases.open_case(ctx, cases.OpenCase(type="complaint", channel="phone", subject="Rude delivery driver",
                                               priority="urgent", customer_code="C42"), actor)


def escalations(ctx: Context, case_id: int) -> list[str]:
    with ctx.uow() as uow:
        return list(uow.session.scalars(select(CaseInteraction.summary).where(
            CaseInteraction.case_id == case_id, CaseInteraction.kind == "escalation").order_by(CaseInteraction.id)))


def manager(ctx: Context) -> auth.Actor:
    return auth.sign_in(auth.SignIn("9001", "1357"), ctx)


def test_escalations_happen_with_no_screen_open_and_tell_the_next_level(ctx: Context, clock: Clock) -> None:
    actor = clerk(ctx)
    opened = urgent_case(ctx, actor)
    due = opened.row.due_at
    assert due is not None
    clock.now = due - dt.timedelta(minutes=30)  # about to miss its target: the owner is told
    ran = {r.job: r for r in scheduler.run_due(ctx, owner="store-server")}
    assert set(ran) == {"cases.due", "cases.follow_ups", "notifications.mail", "retention"}
    assert not any(r.failed for r in ran.values())
    [soon] = notifications.pending(ctx, actor)
    assert soon.kind == "due_soon" and soon.case_number == opened.row.number and soon.tier == 0
    assert notifications.pending(ctx, manager(ctx)) == []  # not the managers' yet
    clock.now = due + dt.timedelta(hours=2, minutes=5)  # two business hours late: to senior staff
    ran = {r.job: r for r in scheduler.run_due(ctx, owner="store-server")}
    assert f"case {opened.row.number} escalated to senior staff" in ran["cases.due"].done
    assert escalations(ctx, opened.row.id)[0].startswith("escalated to senior staff")
    kinds = {(n.kind, n.tier) for n in notifications.pending(ctx, manager(ctx))}
    assert ("escalated", 1) in kinds
    # A person acting on the case answers its alerts.
    cases.log_contact(ctx, opened.row.id, actor, "phone", "out", "Called back and apologised")
    assert notifications.pending(ctx, manager(ctx)) == [] and notifications.pending(ctx, actor) == []


def test_three_instances_on_one_database_escalate_exactly_once(seeded_url: str, tmp_path: Path,
                                                               clock: Clock) -> None:
    """Three counters (three connections, three threads) run the scheduler
    at the same moment, again and again: each job runs once per period and
    the case escalates once per level."""
    contexts = [make_context(seeded_url, tmp_path / f"station{i}", clock) for i in range(3)]
    try:
        actor = clerk(contexts[0])
        opened = urgent_case(contexts[0], actor)
        due = opened.row.due_at
        assert due is not None
        results: list[list[scheduler.Ran]] = []
        for minutes in (125, 125.5, 245, 245.5):  # two business hours late, then four; twice within each minute
            clock.now = due + dt.timedelta(minutes=minutes)
            start = threading.Barrier(3)

            def station(i: int, start: threading.Barrier = start) -> None:
                start.wait()
                results.append(scheduler.run_due(contexts[i], owner=f"counter-{i}"))

            threads = [threading.Thread(target=station, args=(i,)) for i in range(3)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(60)
        assert [e.split(":")[0] for e in escalations(contexts[0], opened.row.id)] == \
            ["escalated to senior staff", "escalated to manager"]
        runs = [r.job for batch in results for r in batch if r.job == "cases.due"]
        assert len(runs) == 2  # once at +125 and once at +245, by one of the three; never again within the minute
        with contexts[0].uow() as uow:
            assert uow.session.scalar(select(ScheduledJob.runs).where(ScheduledJob.name == "cases.due")) == 2
            assert uow.session.scalar(select(func.count()).select_from(Notification).where(
                Notification.case_id == opened.row.id, Notification.kind == "escalated")) == 2
    finally:
        for context in contexts:
            context.db.dispose()


def test_a_job_missed_while_everything_was_off_runs_at_the_next_start(ctx: Context, clock: Clock) -> None:
    actor = clerk(ctx)
    opened = urgent_case(ctx, actor)
    scheduler.run_due(ctx, owner="counter-1")  # the last run before closing time
    with ctx.uow() as uow:
        before = uow.session.get(ScheduledJob, "cases.due")
        assert before is not None and before.runs == 1
    assert opened.row.due_at is not None
    clock.now = opened.row.due_at + dt.timedelta(hours=5)  # the night: every station off
    ran = [r.job for r in scheduler.run_due(ctx, owner="counter-1")]  # the first start in the morning
    assert "cases.due" in ran
    assert [e.split(":")[0] for e in escalations(ctx, opened.row.id)] == \
        ["escalated to manager"]  # straight to the level it is late for, once
    assert scheduler.run_due(ctx, owner="counter-2") == []  # nothing more is due this minute


def test_a_station_that_died_mid_run_frees_its_lease(ctx: Context, clock: Clock) -> None:
    scheduler.run_due(ctx, owner="counter-1")
    clock.advance(minutes=1)
    with ctx.uow(write=True) as uow:  # counter-1 took the lease and was switched off
        uow.session.execute(text("UPDATE scheduled_jobs SET lease_owner = 'counter-1', lease_until = :until"),
                            {"until": clock.now + scheduler.LEASE})
        uow.commit()
    assert scheduler.run_due(ctx, owner="counter-2") == []
    clock.advance(minutes=11)
    assert {r.job for r in scheduler.run_due(ctx, owner="counter-2")} == {"cases.due", "notifications.mail"}


def test_an_alert_is_mailed_to_the_managers_until_someone_takes_it(seeded_url: str, tmp_path: Path,
                                                                   clock: Clock) -> None:
    inbox = Inbox()
    server = Controller(inbox, hostname="127.0.0.1", port=free_port())
    server.start()
    ctx = make_context(seeded_url, tmp_path, clock)
    ctx.settings = Settings(smtp_host="127.0.0.1", smtp_port=server.port, smtp_sender="desk@store.example")
    try:
        with ctx.uow(write=True) as uow:
            uow.session.execute(text("UPDATE staff SET email = 'morgan@store.example' WHERE code = '9001'"))
            uow.commit()
        actor = clerk(ctx)
        opened = urgent_case(ctx, actor)
        assert opened.row.due_at is not None
        clock.now = opened.row.due_at + dt.timedelta(hours=2, minutes=5)
        scheduler.run_due(ctx)
        mailed = [m for m in inbox.messages if b"morgan@store.example" in m]
        assert len(mailed) == 1 and b"escalated to senior staff" in mailed[0]
        clock.advance(minutes=30)
        scheduler.run_due(ctx)
        assert len([m for m in inbox.messages if b"morgan@store.example" in m]) == 1  # not before the interval
        clock.advance(minutes=31)  # the policy's reminder_minutes (60) passed: mailed again
        scheduler.run_due(ctx)
        assert len([m for m in inbox.messages if b"morgan@store.example" in m]) == 2, [m[-400:] for m in inbox.messages]
        boss = manager(ctx)
        for notice in notifications.pending(ctx, boss):
            notifications.take(ctx, boss, notice.id)
        clock.advance(minutes=61)  # four business hours late now: the next level is a new alert
        scheduler.run_due(ctx)
        senior = [m for m in inbox.messages if b"escalated to senior staff" in m]
        assert len(senior) == 2  # taken: not mailed again
        assert len([m for m in inbox.messages if b"escalated to manager" in m]) == 1
    finally:
        server.stop()
        ctx.db.dispose()


def test_retention_empties_old_mailed_files_and_forgets_old_alerts(ctx: Context, clock: Clock) -> None:
    """The policy keeps customers' files 365 days after their case closed and
    taken alerts 90 days: the scheduler's retention job does the rest, audited."""
    from email.message import EmailMessage

    from desktop.models import AuditEntry, CaseAttachment
    from desktop.services import mailbox

    message = EmailMessage()
    message["From"], message["Subject"], message["Message-ID"] = "pat@example.net", "Scratched", "<s@x.example>"
    message.set_content("Photo attached.")
    message.add_attachment(b"photo-bytes", maintype="image", subtype="jpeg", filename="scratch.jpg")
    taken = mailbox.take(ctx, bytes(message), clock.now, "0001")
    boss = manager(ctx)  # the store's first manager owns what comes by mail, and is told
    [alert] = [n for n in notifications.pending(ctx, boss) if n.case_id == taken.case_id]
    cases.resolve(ctx, taken.case_id, boss, "replaced")  # acting on the case takes its alert
    clock.advance(days=91)
    ran = {r.job: r for r in scheduler.run_due(ctx, owner="store-server")}
    assert ran["retention"].done == ("store 0001: 0 attachments emptied, 1 alerts deleted",)
    with ctx.uow() as uow:
        assert uow.session.get(Notification, alert.id) is None
        assert uow.session.scalars(select(CaseAttachment)).one().data == b"photo-bytes"  # still within its year
    clock.advance(days=275)  # 366 days after the case was resolved
    ran = {r.job: r for r in scheduler.run_due(ctx, owner="store-server")}
    assert ran["retention"].done == ("store 0001: 1 attachments emptied, 0 alerts deleted",)
    with ctx.uow() as uow:
        kept = uow.session.scalars(select(CaseAttachment)).one()
        assert kept.data == b"" and kept.removed_at == clock.now and kept.filename == "scratch.jpg"
        assert uow.session.scalar(select(func.count()).select_from(AuditEntry)
                                  .where(AuditEntry.action == "retention.applied")) == 2
    [file] = cases.get(ctx, taken.case_id, boss).attachments
    assert file.removed and file.filename == "scratch.jpg"


def test_the_exports_run_from_the_scheduler_once_per_record(ctx: Context, clock: Clock, tmp_path: Path,
                                                            samples: dict[str, str]) -> None:
    """A station whose settings name an export folder writes a file of what
    is new every 5 minutes, and nothing when nothing is new."""
    from tests.integration.test_cases import returns_done

    folder = tmp_path / "exports"
    ctx.settings = Settings(export_dir=str(folder))
    ran = {r.job: r for r in scheduler.run_due(ctx, owner="store-server")}
    assert not ran["exports"].failed and ran["exports"].done[0].startswith("exported ")
    [first] = folder.iterdir()
    assert first.read_text().strip()
    clock.advance(minutes=5)
    ran = {r.job: r for r in scheduler.run_due(ctx, owner="store-server")}
    assert ran["exports"].done == () and len(list(folder.iterdir())) == 1  # nothing new: no file
    done = returns_done(ctx, clerk(ctx), samples["coupon"])
    clock.advance(minutes=5)
    ran = {r.job: r for r in scheduler.run_due(ctx, owner="store-server")}
    assert ran["exports"].done[0].startswith("exported 1 returns, 0 sales")
    [second] = sorted(set(folder.iterdir()) - {first})
    assert done in second.read_text()
