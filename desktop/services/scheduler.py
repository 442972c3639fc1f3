"""Work that must happen whether or not anyone has a screen open: the
service desk's due checks (escalations, reminders, cases about to miss
their target), follow-up calls falling due, and the alerts' mails.

One function, `run_due`, runs whatever is due. The desktop app calls it on a
worker every minute whatever screen is open; `returndesk serve` calls it on
the store's server. With many counters on one database each job runs once
per period: a station takes the job's lease with one conditional UPDATE that
only one transaction can win (on SQLite and PostgreSQL alike), runs it, and
sets the next time. A job whose time passed while every station was off is
due at once, so it runs at the next start; a station that died mid-run frees
its lease after `LEASE`."""

from __future__ import annotations

import datetime as dt
import logging
import os
import socket
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError

from desktop.models import ScheduledJob, ServiceCase, Store
from desktop.services.context import Context

log = logging.getLogger(__name__)
LEASE = dt.timedelta(minutes=10)


@dataclass(frozen=True)
class Job:
    name: str
    every: dt.timedelta
    run: Callable[[Context], list[str]]


@dataclass(frozen=True)
class Ran:
    job: str
    done: tuple[str, ...]
    failed: str = ""


def _cases_due(ctx: Context) -> list[str]:
    from desktop.services.cases.due import check_due

    with ctx.uow() as uow:
        stores = list(uow.session.scalars(select(Store.id).order_by(Store.id)))
    done: list[str] = []
    for store_id in stores:
        done += check_due(ctx, store_id)
    return done


def _follow_ups(ctx: Context) -> list[str]:
    """A resolved case's follow-up call fell due: its owner is told."""
    from desktop.services.cases.alerts import raise_once

    now = ctx.now()
    done: list[str] = []
    with ctx.uow(write=True) as uow:
        due = uow.session.scalars(select(ServiceCase).where(
            ServiceCase.follow_up_at.is_not(None), ServiceCase.follow_up_at <= now).order_by(ServiceCase.id)).all()
        for case in due:
            if raise_once(uow.session, case, "follow_up", 0,
                          f"Case {case.number}: the follow-up call to the customer is due.", now):
                done.append(f"case {case.number}: follow-up call due")
        uow.commit()
    return done


def _mail(ctx: Context) -> list[str]:
    from desktop.services import notifications

    return notifications.mail_due(ctx)


def _retention(ctx: Context) -> list[str]:
    """What the store's policy keeps no longer: the files customers mailed,
    ``attachments_days`` after their case was closed (or resolved), emptied
    (the case keeps their names); alerts taken more than
    ``notifications_days`` ago, deleted. Each store's clean-up is audited."""
    from desktop.models import CaseAttachment, Notification
    from desktop.services import audit
    from desktop.services.cases.views import case_policy

    now = ctx.now()
    done: list[str] = []
    with ctx.uow(write=True) as uow:
        session = uow.session
        for store in session.scalars(select(Store).order_by(Store.id)).all():
            rule = case_policy(session, store.id).service
            ended = func.coalesce(ServiceCase.closed_at, ServiceCase.resolved_at)
            old_cases = select(ServiceCase.id).where(
                ServiceCase.store_id == store.id, ServiceCase.status.in_(("resolved", "closed")),
                ended < now - dt.timedelta(days=rule.attachments_days))
            files = session.execute(
                update(CaseAttachment)
                .where(CaseAttachment.case_id.in_(old_cases), CaseAttachment.removed_at.is_(None))
                .values(data=b"", removed_at=now).execution_options(synchronize_session=False)).rowcount  # type: ignore[attr-defined]
            alerts = session.execute(
                delete(Notification)
                .where(Notification.store_id == store.id, Notification.taken_at.is_not(None),
                       Notification.taken_at < now - dt.timedelta(days=rule.notifications_days))
                .execution_options(synchronize_session=False)).rowcount  # type: ignore[attr-defined]
            if files or alerts:
                audit.record(session, store.id, "retention.applied", at=now, entity="store", entity_id=store.code,
                             payload={"attachments_emptied": files, "notifications_deleted": alerts,
                                      "attachments_days": rule.attachments_days,
                                      "notifications_days": rule.notifications_days})
                done.append(f"store {store.code}: {files} attachments emptied, {alerts} alerts deleted")
        uow.commit()
    return done


def _exports(ctx: Context) -> list[str]:
    """New returns, sales and vouchers into the station's export folder
    (``export_dir``), exactly once per target, as `returndesk export watch` does."""
    from pathlib import Path

    from desktop.services import exports

    assert ctx.settings is not None
    summary = exports.export_new(ctx, Path(ctx.settings.export_dir), ctx.settings.export_format,
                                 ctx.settings.export_target)
    if summary is None:
        return []
    return [f"exported {summary.returns} returns, {summary.sales} sales, {summary.vouchers} vouchers to "
            f"{summary.path}"]


def _inbound(ctx: Context) -> list[str]:
    from desktop.services import mailbox

    return mailbox.poll_configured(ctx)


JOBS: tuple[Job, ...] = (
    Job("cases.due", dt.timedelta(minutes=1), _cases_due),
    Job("cases.follow_ups", dt.timedelta(minutes=15), _follow_ups),
    Job("notifications.mail", dt.timedelta(minutes=1), _mail),
    Job("retention", dt.timedelta(hours=6), _retention),
)
INBOUND = Job("mail.inbound", dt.timedelta(minutes=1), _inbound)
EXPORTS = Job("exports", dt.timedelta(minutes=5), _exports)


def jobs_for(ctx: Context) -> tuple[Job, ...]:
    """What this station runs: every job, the mailbox's reading where its
    settings name a mailbox, the exports where they name a folder (a
    station without one never takes that lease from the station that has it)."""
    settings = ctx.settings
    return (*JOBS, *((INBOUND,) if settings is not None and settings.imap_host else ()),
            *((EXPORTS,) if settings is not None and settings.export_dir else ()))


def prepare(ctx: Context) -> None:
    """Import what this station's jobs use, on the calling thread (the
    window's): a job importing a package on a worker while a screen imports
    it on the UI thread trips Python's import locks ("deadlock detected by
    _ModuleLock"), and the job failed until its next period. A counter
    without a mailbox or an export folder never loads their modules."""
    import importlib

    jobs = jobs_for(ctx)
    for module in ("desktop.services.cases.due", "desktop.services.notifications",
                   *(("desktop.services.mailbox",) if INBOUND in jobs else ()),
                   *(("desktop.services.exports",) if EXPORTS in jobs else ())):
        importlib.import_module(module)


def station_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"[:80]


def _ensure(ctx: Context, job: Job, now: dt.datetime) -> None:
    """The job's row, created once (due now) by whichever station comes first."""
    with ctx.uow() as uow:
        if uow.session.get(ScheduledJob, job.name) is not None:
            return
    try:
        with ctx.uow(write=True) as uow:
            uow.session.add(ScheduledJob(name=job.name, next_run_at=now, last_result="", runs=0))
            uow.commit()
    except IntegrityError:
        pass  # another station created it at the same moment


def _take(ctx: Context, job: Job, owner: str, now: dt.datetime) -> bool:
    with ctx.uow(write=True) as uow:
        taken = uow.session.execute(
            update(ScheduledJob)
            .where(ScheduledJob.name == job.name, ScheduledJob.next_run_at <= now,
                   (ScheduledJob.lease_until.is_(None)) | (ScheduledJob.lease_until < now))
            .values(lease_owner=owner, lease_until=now + LEASE)
            .execution_options(synchronize_session=False))
        uow.commit()
        return bool(taken.rowcount == 1)  # type: ignore[attr-defined]  # a CursorResult


def _finish(ctx: Context, job: Job, owner: str, started: dt.datetime, result: str) -> None:
    with ctx.uow(write=True) as uow:
        uow.session.execute(
            update(ScheduledJob)
            .where(ScheduledJob.name == job.name, ScheduledJob.lease_owner == owner)
            .values(lease_owner=None, lease_until=None, last_run_at=started, next_run_at=started + job.every,
                    runs=ScheduledJob.runs + 1, last_result=result[:300])
            .execution_options(synchronize_session=False))
        uow.commit()


def run_due(ctx: Context, owner: str | None = None, jobs: tuple[Job, ...] | None = None) -> list[Ran]:
    """Run every job whose time has come and whose lease this station wins.
    A job that fails is logged and tried again at its next period; the others
    still run."""
    owner = owner or station_name()
    jobs = jobs_for(ctx) if jobs is None else jobs
    ran: list[Ran] = []
    for job in jobs:
        now = ctx.now()
        _ensure(ctx, job, now)
        if not _take(ctx, job, owner, now):
            continue
        failed = ""
        done: list[str] = []
        try:
            done = job.run(ctx)
        except Exception as error:  # noqa: BLE001 - one job's failure must not stop the others
            log.exception("scheduled job %s failed", job.name)
            failed = f"{type(error).__name__}: {error}"
        _finish(ctx, job, owner, now, failed or "; ".join(done) or "nothing due")
        ran.append(Ran(job.name, tuple(done), failed))
    return ran


def status(ctx: Context) -> list[dict[str, object]]:
    """Each job's last and next run, for `returndesk serve --status` and IT."""
    with ctx.uow() as uow:
        return [{"job": row.name, "last_run_at": row.last_run_at.isoformat() if row.last_run_at else None,
                 "next_run_at": row.next_run_at.isoformat(), "runs": row.runs, "last_result": row.last_result,
                 "running_on": row.lease_owner}
                for row in uow.session.scalars(select(ScheduledJob).order_by(ScheduledJob.name))]
