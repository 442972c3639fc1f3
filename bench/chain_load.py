"""A chain's peak hour on one central PostgreSQL: 2,000 stores x 5 counters
taking returns at a peak-hour rate each, as an open-loop load (returns
arrive when customers do, whether or not the server kept up), for the
latency a clerk sees (arrival to the return committed, queueing included)
and the most one server holds.

    python -m bench.chain_load [--stores 2000] [--counters 5] [--per-hour 30]
                               [--seconds 30] [--workers 8] [--steps 1,2,4]
                               [--partitions N]

The chain is made once and cached as the database rd_chain_STORES on
RETURNDESK_BENCH_PG_URL: the demo chain, then STORES stores more, each with
its registers, the demo's policy and recent sales copied from the demo's
store 0001 under the store's own receipt numbers. Each step offers the
chain's peak rate times the step's factor; a worker process plays a share of
the counters, each counter signed in as a clerk of its store. With
--partitions N the run's copy of the chain first has its sales and returns
tables partitioned by store (`returndesk db partition`, desktop/db/partitioning.py).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import random
import time
import uuid
from typing import Any

from sqlalchemy import insert, select, text

from bench.databases import PEPPER, _log, _pg_admin, _pg_url, _seed
from bench.stats import Timing

SALES_PER_STORE = 40


def _chain_db(stores: int) -> str:
    """The cached chain's database name, made (once) when missing."""
    name = f"rd_chain_{stores}"
    with _pg_admin() as admin:
        ready = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
    if ready:
        return name
    partial = f"{name}_partial"
    with _pg_admin() as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{partial}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{partial}"')
    _seed(_pg_url(partial), 3000)
    _log(f"adding {stores:,} stores")
    _add_stores(_pg_url(partial), stores)
    with _pg_admin() as admin:
        admin.execute(f'ALTER DATABASE "{partial}" RENAME TO "{name}"')
    return name


def _add_stores(url: str, stores: int) -> None:
    from desktop.db.engine import Database
    from desktop.models import Register, Sale, SaleLine, SaleTender, Staff, Store, StorePolicy, table_of
    from desktop.policy.docid import DocumentId, DocumentKind

    db = Database.connect(url)
    with db.engine.begin() as connection:
        first = connection.execute(select(table_of(Store)).where(Store.code == "0001")).mappings().one()
        policy = connection.execute(select(table_of(StorePolicy)).where(StorePolicy.store_id == first["id"])
                                    .order_by(StorePolicy.version.desc()).limit(1)).mappings().one()
        clerk = connection.execute(select(table_of(Staff)).where(Staff.code == "1001")).mappings().one()
        sales = connection.execute(select(table_of(Sale)).where(Sale.store_id == first["id"])
                                   .order_by(Sale.purchased_at.desc()).limit(SALES_PER_STORE)).mappings().all()
        ids = [sale["id"] for sale in sales]
        lines = connection.execute(select(table_of(SaleLine)).where(SaleLine.sale_id.in_(ids))).mappings().all()
        tenders = connection.execute(select(table_of(SaleTender)).where(SaleTender.sale_id.in_(ids))).mappings().all()
        for number in range(stores):
            code = f"{number + 3:04d}"  # after the demo's stores
            store_id = connection.execute(insert(table_of(Store)).values(
                {**{k: v for k, v in first.items() if k != "id"}, "code": code, "name": f"Store {code}"})
                .returning(table_of(Store).c.id)).scalar_one()
            connection.execute(insert(table_of(Register)), [{"store_id": store_id, "code": f"{r:02d}"}
                                                           for r in range(1, 6)])
            connection.execute(insert(table_of(StorePolicy)).values(
                {**{k: v for k, v in policy.items() if k != "id"}, "store_id": store_id}))
            connection.execute(insert(table_of(Staff)).values(
                {**{k: v for k, v in clerk.items() if k != "id"}, "code": f"9{number:05d}", "home_store_id": store_id}))
            for position, sale in enumerate(sales, start=1):
                doc = str(DocumentId(DocumentKind.SALE, code, "01", position))
                sale_id = connection.execute(insert(table_of(Sale)).values(
                    {**{k: v for k, v in sale.items() if k != "id"}, "store_id": store_id, "doc_id": doc,
                     "pos_ref": None}).returning(table_of(Sale).c.id)).scalar_one()
                connection.execute(insert(table_of(SaleLine)), [
                    {**{k: v for k, v in line.items() if k != "id"}, "sale_id": sale_id, "store_id": store_id}
                    for line in lines if line["sale_id"] == sale["id"]])
                connection.execute(insert(table_of(SaleTender)), [
                    {**{k: v for k, v in tender.items() if k != "id"}, "sale_id": sale_id, "store_id": store_id}
                    for tender in tenders if tender["sale_id"] == sale["id"]])
            if number % 200 == 199:
                _log(f"{number + 1:,} stores")
    db.dispose()


def _partition(url: str, partitions: int) -> None:
    from desktop.db import partitioning
    from desktop.db.engine import Database

    db = Database.connect(url)
    try:
        started = time.monotonic()
        done = partitioning.partition(db, partitions)
        _log(f"partitioned into {partitions} by store in {time.monotonic() - started:.1f} s: {done.rows}")
    finally:
        db.dispose()


def _counters(url: str, stores: int, counters: int) -> list[tuple[int, str, int, str, int, list[str]]]:
    """Each counter: (store id, store code, register id, register code, clerk id, its store's receipts)."""
    from desktop.db.engine import Database

    db = Database.connect(url)
    with db.engine.connect() as connection:
        rows = connection.execute(text(
            "SELECT s.id, s.code, r.id, r.code, (SELECT min(id) FROM staff WHERE home_store_id = s.id) "
            "FROM stores s JOIN registers r ON r.store_id = s.id WHERE s.code >= '0003' AND r.code <= :last "
            "ORDER BY s.code, r.code"), {"last": f"{counters:02d}"}).all()
        receipts: dict[int, list[str]] = {}
        for store_id, doc in connection.execute(text(
                "SELECT store_id, doc_id FROM sales WHERE store_id IN (SELECT id FROM stores WHERE code >= '0003')")):
            receipts.setdefault(store_id, []).append(doc)
    db.dispose()
    return [(store_id, code, register_id, register, clerk, receipts[store_id])
            for store_id, code, register_id, register, clerk in rows][: stores * counters]


def _worker(url: str, share: list[Any], rate: float, seconds: float, start_at: float, seed: int,
            results: Any) -> None:
    try:
        _play(url, share, rate, seconds, start_at, seed, results)
    except BaseException as error:  # the parent waits for every worker: it hears of a failure too
        results.put(error)
        raise


def _play(url: str, share: list[Any], rate: float, seconds: float, start_at: float, seed: int,
          results: Any) -> None:
    """Returns at the counters of ``share``, arriving at ``rate`` per second
    in all (exponential gaps); each arrival's latency is measured from the
    moment it arrived."""
    import datetime as dt
    from pathlib import Path
    from zoneinfo import ZoneInfo

    from bench.databases import CACHE, FixedClock
    from desktop.db.engine import Database
    from desktop.db.numbering import RegisterCounter
    from desktop.services import returns
    from desktop.services.auth import Actor
    from desktop.services.context import Context
    from desktop.services.demo import DEMO_TODAY_KEY

    rng = random.Random(seed)
    run = f"{uuid.uuid4().hex[:8]}-{seed}"  # each step's keys its own
    db = Database.connect(url)
    with db.engine.connect() as connection:
        today = dt.date.fromisoformat(connection.execute(text(
            "SELECT value FROM system_settings WHERE key = :key"), {"key": DEMO_TODAY_KEY}).scalar_one())
    now = dt.datetime.combine(today, dt.time(15), tzinfo=ZoneInfo("America/New_York"))
    counter = RegisterCounter(Path(CACHE / "data" / f"chain-{uuid.uuid4().hex[:6]}.sqlite3"))
    contexts = {}
    arrivals, t = [], 0.0
    while t < seconds:
        t += rng.expovariate(rate)
        arrivals.append(t)
    latencies, completed, refused = [], 0, 0
    from desktop.services.policies import active_policy

    with db.engine.connect() as connection:  # each counter read its store's policy when its clerk signed in
        for store_id, code, *_ in share:
            active_policy(connection, store_id, code)
    while time.time() < start_at:
        time.sleep(0.002)
    began = time.perf_counter()
    for i, at in enumerate(arrivals):
        store_id, code, register_id, register, clerk, receipts = share[rng.randrange(len(share))]
        ctx = contexts.get(code)
        if ctx is None:
            ctx = contexts[code] = Context(db=db, pepper=PEPPER, counter=counter, store_code=code,
                                           register_code=register, clock=FixedClock(now))
        actor = Actor(clerk, "bench", "Bench Clerk", "clerk", store_id, code, register_id, register)
        wait = began + at - time.perf_counter()
        if wait > 0:
            time.sleep(wait)
        request = returns.parse_request({"receipt": rng.choice(receipts), "idempotency_key": f"{run}-{i}",
                                         "items": [{"line": 1, "qty": 1, "condition": "new"}]})
        reply = returns.process(request, actor, ctx)
        completed += reply.status == "completed"
        refused += reply.status != "completed"
        latencies.append((time.perf_counter() - began - at) * 1000)
    results.put((latencies, completed, refused, time.perf_counter() - began))
    db.dispose()


def run_step(url: str, counters: list[Any], offered: float, seconds: float, workers: int) -> dict[str, Any]:
    spawn = multiprocessing.get_context("spawn")
    results = spawn.Queue()
    start_at = time.time() + 20.0  # every worker connected, its stores' policies read
    shares = [counters[n::workers] for n in range(workers)]
    processes = [spawn.Process(target=_worker, args=(url, share, offered / workers, seconds, start_at, n, results))
                 for n, share in enumerate(shares)]
    for process in processes:
        process.start()
    outcomes = [results.get(timeout=seconds * 20 + 120) for _ in processes]
    failed = [outcome for outcome in outcomes if isinstance(outcome, BaseException)]
    if failed:
        raise RuntimeError(f"a worker failed: {failed[0]!r}")
    for process in processes:
        process.join()
    latencies = [ms for outcome in outcomes for ms in outcome[0]]
    wall = max(outcome[3] for outcome in outcomes)
    timing = Timing("return, arrival to committed", latencies)
    return {"offered_per_s": round(offered, 1), "achieved_per_s": round(len(latencies) / wall, 1),
            "completed": sum(o[1] for o in outcomes), "not_completed": sum(o[2] for o in outcomes),
            "p50_ms": round(timing.p50, 1), "p99_ms": round(timing.p99, 1), "seconds": round(wall, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stores", type=int, default=2000)
    parser.add_argument("--counters", type=int, default=5)
    parser.add_argument("--per-hour", type=float, default=30.0, help="returns per counter in the peak hour")
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--workers", type=int, default=8)
    parser.add_argument("--steps", default="1,2,4", help="factors of the peak rate to offer, one run each")
    parser.add_argument("--partitions", type=int, default=0, help="the record tables partitioned by store (0: not)")
    args = parser.parse_args()
    name = _chain_db(args.stores)
    work = f"rd_chain_work_{uuid.uuid4().hex[:8]}"
    with _pg_admin() as admin:
        admin.execute(f'CREATE DATABASE "{work}" TEMPLATE "{name}"')
    try:
        url = _pg_url(work)
        if args.partitions:
            _partition(url, args.partitions)
        counters = _counters(url, args.stores, args.counters)
        peak = len(counters) * args.per_hour / 3600
        _log(f"{len(counters):,} counters, peak {peak:.1f} returns/s")
        held = 0.0
        for factor in (float(f) for f in args.steps.split(",")):
            step = run_step(url, counters, peak * factor, args.seconds, args.workers)
            step["factor"] = factor
            print(json.dumps(step), flush=True)
            if step["p99_ms"] <= 1000:  # kept up: an open load the server cannot take grows its queue without end
                held = max(held, step["achieved_per_s"])
        print(json.dumps({"stores": args.stores, "counters": len(counters), "partitions": args.partitions,
                          "peak_per_s": round(peak, 1), "one_server_holds_per_s": held}), flush=True)
    finally:
        with _pg_admin() as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{work}" WITH (FORCE)')


if __name__ == "__main__":
    main()
