"""The demo chain: deterministic, realistic, and fast enough for a million
receipts.

Two stores of "Harbor & Pine", registers, staff of every role (the contract's
clerk 1001/2468 and manager 9001/1357), a catalogue in departments with
serials and price history, loyalty customers, and N receipts over the past
120 days with split tenders, coupons and buy-one-get-one pairs. The same
seed and day always give the same data.

Receipts are written in bulk: plain DB-API ``executemany`` on SQLite and
``COPY`` on PostgreSQL, never one ORM object at a time.
"""

from __future__ import annotations

import datetime as dt
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from desktop.models import Chain, Store
from desktop.services.context import Context
from desktop.services.demo.bulk import PARALLEL_FROM, BulkWriter, Rows, generate_in_second_process
from desktop.services.demo.catalogue import DEMO_CHAIN, DEMO_TODAY_KEY, STAFF, STORES, DemoStaff, setup
from desktop.services.demo.receipts import write_receipts
from desktop.services.errors import RequestError

__all__ = ["DEMO_CHAIN", "DEMO_TODAY_KEY", "STAFF", "STORES", "DemoStaff", "SeedDemo", "seed_demo"]


@dataclass(frozen=True)
class SeedDemo:
    receipts: int = 1000
    seed: int = 7
    today: dt.date | None = None  # default: today in the first store's time zone
    history: bool = True  # a few weeks of returns made through the service, for the reports


# ---- Public API


def seed_demo(cmd: SeedDemo, ctx: Context, progress: Callable[[str], None] | None = None) -> dict[str, Any]:
    """Create the demo chain and its receipts; returns the JSON summary."""
    started = time.perf_counter()
    rng = random.Random(cmd.seed)
    with ctx.uow(write=True) as uow:
        session = uow.session
        if session.scalar(select(Chain.id).where(Chain.code == DEMO_CHAIN)) is not None:
            raise RequestError("this database already holds the demo chain; seed a new database")
        now = ctx.now()
        today = cmd.today or now.astimezone(ZoneInfo(STORES[0][2])).date()
        catalogue = setup(session, ctx, rng, today, now)
        uow.commit()
    with ctx.db.engine.begin() as connection:
        writer = BulkWriter(ctx.db.backend, connection)
        starts = writer.starts(catalogue)
        if cmd.receipts >= PARALLEL_FROM:
            samples = generate_in_second_process(writer, catalogue, cmd.receipts, rng, today, starts, progress)
        else:
            sink = Rows(ctx.db.backend, writer.write)
            samples = write_receipts(sink, catalogue, cmd.receipts, rng, today, starts, progress)
            sink.flush()
        writer.finish()
    made = _history_of_returns(ctx, random.Random(cmd.seed + 1), today, {code for _, code, _ in samples},
                               min(cmd.receipts // 25, 200)) if cmd.history else 0
    if progress and made:
        progress(f"{made} returns in the demo's history")
    elapsed = time.perf_counter() - started
    return {
        "chain": "Harbor & Pine",
        "stores": [s[0] for s in STORES],
        "receipts": cmd.receipts,
        "seed": cmd.seed,
        "today": today.isoformat(),
        "sample_receipts": [code for _, code, _ in samples],
        "samples": [{"key": key, "receipt": code, "what": what} for key, code, what in samples],
        "staff": [{"id": s.code, "pin": s.pin, "role": s.role, "name": s.name, "store": s.store} for s in STAFF],
        "clerk": {"id": "1001", "pin": "2468"},
        "manager": {"id": "9001", "pin": "1357"},
        "seconds": round(elapsed, 2),
    }


# ---- A history of returns, so the reports have something to show


def _history_of_returns(ctx: Context, rng: random.Random, today: dt.date, samples: set[str], count: int) -> int:
    """Returns made through the real service, each dated a few days after
    its sale (the scenario receipts are left untouched)."""
    import dataclasses

    from desktop.models import Register, Sale, Staff
    from desktop.services import returns as return_service
    from desktop.services.auth import Actor

    if count <= 0:
        return 0
    with ctx.uow() as uow:
        session = uow.session
        sales = session.execute(select(Sale.doc_id, Sale.store_id, Sale.purchased_at).order_by(Sale.id)
                                .limit(count * 3)).all()
        clerks: dict[int, list[Actor]] = {}
        for staff in session.scalars(select(Staff).where(Staff.role == "clerk")):
            register = session.scalars(select(Register).where(Register.store_id == staff.home_store_id)
                                       .order_by(Register.code)).first()
            store = session.get(Store, staff.home_store_id)
            if register is not None and store is not None:
                clerks.setdefault(staff.home_store_id, []).append(
                    Actor(staff.id, staff.code, staff.name, staff.role, store.id, store.code, register.id,
                          register.code))
    made = 0
    reasons = ["changed_mind", "changed_mind", "defective", "wrong_size", "not_as_described", "unwanted_gift"]
    for code, store_id, purchased_at in rng.sample(sales, min(len(sales), count * 2)):
        if made >= count or code in samples or store_id not in clerks:
            continue
        when = purchased_at + dt.timedelta(days=rng.randint(1, 12), hours=rng.randint(0, 5))
        if when.date() >= today:
            continue
        actor = rng.choice(clerks[store_id])
        at_that_time = dataclasses.replace(ctx, clock=partial(_fixed, when))
        with ctx.uow() as uow:
            found = uow.session.scalars(select(Sale).where(Sale.doc_id == code)).one()
            line = rng.choice(found.lines) if found.lines else None
            if line is None or line.serial or line.final_sale:
                continue
            item = {"line": line.line_no, "qty": 1, "reason": rng.choice(reasons),
                    "condition": rng.choice(["new", "new", "opened", "defective"])}
        request = return_service.parse_request({
            "receipt": code, "items": [item], "refund_to": rng.choice(["original"] * 4 + ["store_credit"]),
            "idempotency_key": f"demo-history-{code}"})
        reply = return_service.process(request, actor, at_that_time)
        made += reply.status == "completed"
    return made


def _fixed(moment: dt.datetime) -> dt.datetime:
    """A clock stopped at ``moment``: a return of the demo's history is dated then."""
    return moment
