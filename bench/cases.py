"""The service desk's queue with 100,000 cases on file: opened, counted and
sorted by what falls due first, one page at a time, from the indexes."""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import insert, select, text

from bench.databases import WorkingCopy
from bench.stats import Timing, measure
from desktop.models import CaseInteraction, ServiceCase, Staff, Store
from desktop.services import auth, cases

STATUSES = ["open"] * 3 + ["waiting_customer", "waiting_department", "resolved", "closed", "closed", "closed"]


def seed_cases(copy: WorkingCopy, count: int) -> None:
    ctx = copy.context(tag="cases")
    rng = random.Random(9)
    now = dt.datetime.combine(copy.today, dt.time(15), tzinfo=dt.UTC)
    with ctx.uow(write=True) as uow:
        session = uow.session
        store_id = session.scalar(select(Store.id).where(Store.code == "0001"))
        staff_ids = session.scalars(select(Staff.id)).all()
        rows, notes = [], []
        for number in range(1, count + 1):
            created = now - dt.timedelta(minutes=rng.randint(0, 60 * 24 * 365))
            status = rng.choice(STATUSES)
            rows.append({
                "id": number, "store_id": store_id, "number": number, "type": "technical_support", "status": status,
                "priority": rng.choice(["urgent", "high", "normal", "normal", "low"]),
                "channel": rng.choice(["walk_in", "phone", "email", "letter"]), "subject": f"Case {number}",
                "owner_id": rng.choice(staff_ids), "tier": 0, "created_at": created,
                "first_response_due": created + dt.timedelta(hours=rng.randint(1, 48)),
                "resolution_due": created + dt.timedelta(hours=rng.randint(24, 200)), "paused_seconds": 0,
                "first_contact_resolution": False, "updated_at": created, "contact_name": "", "contact_phone": "",
                "contact_email": "",
            })
            notes.append({"case_id": number, "store_id": store_id, "at": created, "kind": "contact", "minutes": 3,
                          "summary": "first contact", "notes": "", "channel": "phone", "direction": "in"})
            if len(rows) == 10_000:
                session.execute(insert(ServiceCase.__table__), rows)
                session.execute(insert(CaseInteraction.__table__), notes)
                rows, notes = [], []
        if rows:
            session.execute(insert(ServiceCase.__table__), rows)
            session.execute(insert(CaseInteraction.__table__), notes)
        if session.get_bind().dialect.name == "postgresql":
            for table in ("service_cases", "case_interactions"):
                session.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                     f"(SELECT max(id) FROM {table}))"))
                session.execute(text(f"ANALYZE {table}"))
        uow.commit()
    ctx.db.dispose()


def queue_open(copy: WorkingCopy, runs: int) -> Timing:
    ctx = copy.context(tag="cases-q")
    actor = auth.sign_in(auth.SignIn("1001", "2468"), ctx)

    def one(i: int) -> None:
        rows, total = cases.queue(ctx, actor, page=i % 3, page_size=50)
        assert len(rows) == 50 and total > 50_000

    timing = measure(f"case queue: first pages of 100,000 cases, sorted by due ({copy.backend})", one, runs)
    ctx.db.dispose()
    return timing
