"""The counter against a real database: scan to decision, commit, counters
racing, and the same writes in hand-written SQL as the floor."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import multiprocessing
import random
import sqlite3
import time
from collections.abc import Callable
from typing import Any

from sqlalchemy import func, or_, select, text

from bench.databases import WorkingCopy
from bench.stats import Timing, measure, measure_in_turns
from desktop.models import RefundTender, ReturnLine, Sale, SaleLine, SaleTender
from desktop.services import auth, returns
from desktop.services.commands import handle


def _candidates(copy: WorkingCopy, ctx, count: int, seed: int) -> list[str]:  # type: ignore[no-untyped-def]
    """Recent receipts of store 0001 whose first line can simply come back."""
    since = copy.today - dt.timedelta(days=12)
    with ctx.uow() as uow:
        rows = uow.session.execute(text(
            "SELECT s.doc_id FROM sales s JOIN sale_lines l ON l.sale_id = s.id AND l.line_no = 1 "
            "WHERE s.store_id = 1 AND s.local_date >= :since AND l.final_sale = :no AND l.serial IS NULL "
            "AND l.returned_qty = 0 AND l.unit_price_cents < 15000 "
            "AND l.category NOT IN ('appliances', 'clearance') ORDER BY s.id"),
            {"since": since, "no": False}).scalars().all()
    rng = random.Random(seed)
    rng.shuffle(rows)
    return list(rows[:count])


def _random_receipts(ctx, count: int, seed: int) -> list[str]:  # type: ignore[no-untyped-def]
    with ctx.uow() as uow:
        highest = uow.session.execute(text("SELECT max(id) FROM sales")).scalar()
        rng = random.Random(seed)
        ids = [rng.randint(1, highest) for _ in range(count)]
        rows = uow.session.execute(text("SELECT doc_id FROM sales WHERE id IN ({})".format(",".join(map(str, ids)))))
        return list(rows.scalars())


def _request(code: str, key: str) -> returns.ReturnRequest:
    return returns.parse_request({"receipt": code, "items": [{"line": 1, "qty": 1, "condition": "new"}],
                                  "idempotency_key": key})


def scan_to_decision(copy: WorkingCopy, runs: int) -> Timing:
    scan, done = scanner(copy, runs)
    try:
        return measure(f"scan to decision ({copy.backend}, {copy.size:,} receipts)", scan, runs)
    finally:
        done()


def scanner(copy: WorkingCopy, runs: int) -> tuple[Callable[[int], object], Callable[[], None]]:
    """The i-th scan of a random receipt to its decision, and what closes the
    connections afterwards."""
    ctx = copy.context()
    actor = auth.sign_in(auth.SignIn("1001", "2468"), ctx)
    codes = _random_receipts(ctx, runs + 10, seed=copy.size)

    def scan(i: int) -> object:
        return handle(ctx, returns.PreviewReturn(_request(codes[i % len(codes)], "preview")), actor)

    return scan, ctx.db.dispose


def lookup_growth(small: WorkingCopy, big: WorkingCopy, runs: int) -> tuple[Timing, Timing]:
    """Scan to decision on a small and a big database in alternating blocks,
    so that the machine's slow spells fall on both alike."""
    (small_scan, small_done), (big_scan, big_done) = scanner(small, runs), scanner(big, runs)
    try:
        return measure_in_turns((f"scan to decision ({small.backend}, {small.size:,} receipts)", small_scan),
                                (f"scan to decision ({big.backend}, {big.size:,} receipts)", big_scan), runs)
    finally:
        small_done()
        big_done()


def commit_side_by_side(copy: WorkingCopy, runs: int) -> tuple[Timing, Timing]:
    """A return through the whole stack and the same writes in hand-written
    SQL, one after the other in turns: both see the same machine (a shared
    machine's neighbours slow a run by half at times), so their ratio is
    fair. Each writes its own receipts into the same database."""
    ctx = copy.context()
    actor = auth.sign_in(auth.SignIn("1001", "2468"), ctx)
    codes = _candidates(copy, ctx, 2 * (runs + 10), seed=1)
    stack_codes, floor_codes = codes[: runs + 10], codes[runs + 10:]
    runs = min(runs, len(stack_codes) - 10, len(floor_codes) - 10)

    def through_the_stack(i: int) -> None:
        request = _request(stack_codes[i % len(stack_codes)], f"bench-commit-{i}")
        reply = handle(ctx, returns.ProcessReturn(request), actor)
        assert reply.status == "completed", reply.body

    by_hand, done = hand_written_writer(copy, floor_codes)
    try:
        stack, floor = measure_in_turns(
            (f"commit a return ({copy.backend}, {copy.size:,} receipts)", through_the_stack),
            (f"same writes, hand-written SQL ({copy.backend})", by_hand), runs, warmup=5)
    finally:
        done()
        ctx.db.dispose()
    return stack, floor


# ---- Hand-written SQL: the floor


def hand_written_writer(copy: WorkingCopy, codes: list[str]) -> tuple[Callable[[int], None], Callable[[], None]]:
    """The same writes as the stack's return of one unit of line 1, with the
    DB-API driver and nothing else: the register's counter file, the return
    with its stored reply, its line, the running totals, the refund tender,
    and both audit entries with their hashes. No policy (the refund is worked
    out by hand for this simple case), no ORM, no SQLAlchemy. Gives the
    writer of the i-th return and what closes its connections."""
    ctx = copy.context(tag="sql")
    raw = ctx.db.engine.raw_connection()
    dbapi = raw.driver_connection
    counter_file = sqlite3.connect(ctx.counter.path.with_suffix(".sql.sqlite3"), isolation_level=None)
    counter_file.execute("PRAGMA journal_mode=WAL")
    counter_file.execute("PRAGMA synchronous=NORMAL")
    counter_file.execute("CREATE TABLE IF NOT EXISTS counters (kind INTEGER, store TEXT, register TEXT, "
                         "last INTEGER NOT NULL, PRIMARY KEY (kind, store, register))")
    sqlite = copy.backend == "sqlite"
    mark = "?" if sqlite else "%s"
    lock = "" if sqlite else " FOR UPDATE"

    def q(sql: str) -> str:
        return sql.replace("?", mark)

    def money(cents: int) -> str:
        return f"{cents // 100}.{cents % 100:02d}"

    def canonical(value: object) -> str:
        return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)

    def next_number() -> int:
        counter_file.execute("BEGIN IMMEDIATE")
        row = counter_file.execute("SELECT last FROM counters WHERE kind = 2 AND store = '0001' AND register = '09'"
                                   ).fetchone()
        number = (row[0] if row else 90_000_000) + 1
        counter_file.execute("INSERT INTO counters VALUES (2, '0001', '09', ?) ON CONFLICT (kind, store, register) "
                             "DO UPDATE SET last = excluded.last", (number,))
        counter_file.execute("COMMIT")
        return number

    def one(i: int) -> None:
        code = codes[i % len(codes)]
        request = {"receipt": code, "items": [{"line": 1, "qty": 1, "condition": "new"}]}
        fingerprint = hashlib.sha256(canonical(request).encode()).hexdigest()
        cursor = dbapi.cursor()
        if sqlite:
            cursor.execute("BEGIN IMMEDIATE")  # psycopg opens its transaction by itself
        cursor.execute(q("SELECT id, store_id, customer_id, doc_id FROM sales WHERE doc_id = ?" + lock), (code,))
        sale_id, store_id, customer_id, sale_doc = cursor.fetchone()
        cursor.execute(q("SELECT id, qty, returned_qty, unit_price_cents, discount_cents, tax_cents, tax_rate, sku, "
                         "category, description, product_id FROM sale_lines WHERE sale_id = ? AND line_no = 1"),
                       (sale_id,))
        line_id, qty, returned, price, discount, tax, rate, sku, category, description, product = cursor.fetchone()
        cursor.execute(q("SELECT id, type, amount_cents, refunded_cents, last4 FROM sale_tenders WHERE sale_id = ? "
                         "ORDER BY position"), (sale_id,))
        tender_id, kind, amount, refunded, last4 = cursor.fetchone()
        net = min((price * qty - discount) // qty, amount - refunded)
        line_tax = (tax if tax is not None else round(net * float(rate))) // qty
        total = min(net + line_tax, amount - refunded)
        doc = f"2000109{next_number():08d}"
        doc += "0"  # (the check digit is not what is measured)
        now = dt.datetime.now(dt.UTC)
        stamp = now.replace(tzinfo=None).isoformat(" ") if sqlite else now
        tender_out = {"type": kind, **({"last4": last4} if last4 else {}), "amount": money(total)}
        decision = {"outcome": "approve", "lines": [{"line": 1, "qty": 1, "outcome": "approve", "reasons": [],
                                                     "net": money(net), "tax": money(total - net), "fee": "0.00",
                                                     "total": money(total)}],
                    "refund_total": money(total), "tenders": [tender_out], "overrides_required": [], "messages": []}
        reply = {"status": "completed", "return_id": doc, "refund_total": money(total), "tenders": [tender_out],
                 "decision": decision}
        cursor.execute(q("INSERT INTO returns (doc_id, store_id, register_id, sale_id, gift, customer_id, staff_id, "
                         "created_at, local_date, refund_to, currency, refund_total_cents, idempotency_key, "
                         "request_hash, reply, messages) VALUES (?, ?, 1, ?, ?, ?, 1, ?, ?, 'original', 'USD', ?, ?, "
                         "?, ?, '[]') ON CONFLICT (store_id, idempotency_key) DO NOTHING RETURNING id"),
                       (doc, store_id, sale_id, False, customer_id, stamp,
                        copy.today.isoformat() if sqlite else copy.today, total, f"sql-{i}-{doc}", fingerprint,
                        json.dumps(reply)))
        return_id = cursor.fetchone()[0]
        cursor.execute(q("INSERT INTO return_lines (return_id, store_id, position, sale_line_id, product_id, sku, "
                         "category, description, qty, condition, reason, serial, net_cents, tax_cents, fee_cents, "
                         "total_cents, codes, disposition) "
                         "VALUES (?, ?, 1, ?, ?, ?, ?, ?, 1, 'new', '', NULL, ?, ?, 0, ?, '', 'restock')"),
                       (return_id, store_id, line_id, product, sku, category, description, net, total - net, total))
        cursor.execute(q("UPDATE sale_lines SET returned_qty = returned_qty + 1 WHERE id = ?"), (line_id,))
        cursor.execute(q("UPDATE sale_tenders SET refunded_cents = refunded_cents + ? WHERE id = ?"), (total,
                                                                                                       tender_id))
        cursor.execute(q("INSERT INTO refund_tenders (return_id, store_id, register_id, type, amount_cents, last4, "
                         "sale_tender_id, created_at) VALUES (?, ?, 1, ?, ?, ?, ?, ?)"),
                       (return_id, store_id, kind, total, last4, tender_id, stamp))
        cursor.execute(q("SELECT seq, hash FROM audit_heads WHERE store_id = ? AND lane = ''" + lock), (store_id,))
        seq, previous = cursor.fetchone()
        at = now.isoformat(timespec="microseconds")
        entries = [("return.completed", {"sale": sale_doc, "gift": False, "refund_total": money(total),
                                         "currency": "USD", "override": None,
                                         "lines": [{"line": 1, "qty": 1, "total": money(total), "reasons": []}]}),
                   ("refund.issued", {**tender_out, "register": "09"})]
        rows = []
        for action, payload in entries:
            seq += 1
            body = canonical({"store": store_id, "seq": seq, "at": at, "staff": 1, "action": action,
                              "entity": "return", "entity_id": doc, "payload": payload})
            digest = hashlib.sha256((previous + body).encode()).hexdigest()
            rows.append((store_id, seq, stamp, action, doc, json.dumps(payload), previous, digest))
            previous = digest
        cursor.executemany(q("INSERT INTO audit_log (store_id, seq, at, staff_id, action, entity, entity_id, payload, "
                             "prev_hash, hash) VALUES (?, ?, ?, 1, ?, 'return', ?, ?, ?, ?)"), rows)
        cursor.execute(q("UPDATE audit_heads SET seq = ?, hash = ? WHERE store_id = ? AND lane = ''"),
                       (seq, previous, store_id))
        if sqlite:
            cursor.execute("COMMIT")
        else:
            dbapi.commit()
        cursor.close()

    with ctx.uow(write=True) as uow:  # make sure the chain head exists
        uow.session.execute(text("SELECT 1"))

    def done() -> None:
        raw.close()
        counter_file.close()
        ctx.db.dispose()

    return one, done


# ---- Counters in parallel


def _counter_process(url: str, backend: str, size: int, today: dt.date, codes: list[str], register: str,  # type: ignore[no-untyped-def]
                     start_at: float, results) -> None:
    from bench.databases import WorkingCopy

    copy = WorkingCopy(url, backend, size, today)
    ctx = copy.context(register=register, tag=f"r{register}")
    actor = auth.sign_in(auth.SignIn("1001", "2468"), ctx)
    while time.time() < start_at:
        time.sleep(0.005)
    done = 0
    started = time.perf_counter()
    for i, code in enumerate(codes):
        reply = handle(ctx, returns.ProcessReturn(_request(code, f"par-{register}-{i}-{code}")), actor)
        done += reply.status == "completed"
    results.put((done, time.perf_counter() - started))
    ctx.db.dispose()


def returns_per_second(copy: WorkingCopy, counters: int, per_counter: int) -> dict[str, Any]:
    ctx = copy.context(tag="par")
    codes = _candidates(copy, ctx, counters * per_counter, seed=10 + counters)
    with ctx.uow(write=True) as uow:  # a register for each counter: two processes never share one's numbers
        for n in range(1, counters + 1):
            uow.session.execute(text("INSERT INTO registers (store_id, code, name) SELECT 1, CAST(:code AS VARCHAR), "
                                     "'' WHERE NOT EXISTS (SELECT 1 FROM registers WHERE store_id = 1 AND code = "
                                     "CAST(:code AS VARCHAR))"),
                                {"code": f"{n:02d}"})
        uow.commit()
    ctx.db.dispose()
    spawn = multiprocessing.get_context("spawn")
    results = spawn.Queue()
    start_at = time.time() + 4.0  # every process signed in and waiting
    workers = [spawn.Process(target=_counter_process, args=(
        copy.url, copy.backend, copy.size, copy.today, codes[n::counters], f"{n + 1:02d}", start_at, results))
        for n in range(counters)]
    for worker in workers:
        worker.start()
    outcomes = [results.get(timeout=600) for _ in workers]
    for worker in workers:
        worker.join()
    done = sum(d for d, _ in outcomes)
    wall = max(seconds for _, seconds in outcomes)
    return {"counters": counters, "returns": done, "seconds": round(wall, 2),
            "returns_per_second": round(done / wall, 1), "double_refunds": double_refunds(copy, codes)}


def double_refunds(copy: WorkingCopy, codes: list[str]) -> int:
    """After a run: the sale lines and tenders of ``codes`` whose running
    totals disagree with the returns and refunds written against them, or
    go past what was sold or paid. 0, or the run refunded something twice."""
    ctx = copy.context(tag="check")
    try:
        with ctx.uow() as uow:
            sales = select(Sale.id).where(Sale.doc_id.in_(codes))
            returned = (select(func.coalesce(func.sum(ReturnLine.qty), 0))
                        .where(ReturnLine.sale_line_id == SaleLine.id).scalar_subquery())
            refunded = (select(func.coalesce(func.sum(RefundTender.amount_cents), 0))
                        .where(RefundTender.sale_tender_id == SaleTender.id).scalar_subquery())
            lines = uow.session.scalar(select(func.count()).select_from(SaleLine).where(
                SaleLine.sale_id.in_(sales),
                or_(SaleLine.returned_qty != returned, SaleLine.returned_qty > SaleLine.qty)))
            tenders = uow.session.scalar(select(func.count()).select_from(SaleTender).where(
                SaleTender.sale_id.in_(sales), or_(SaleTender.refunded_cents != refunded,
                                                   SaleTender.refunded_cents > SaleTender.amount_cents)))
            return int(lines or 0) + int(tenders or 0)
    finally:
        ctx.db.dispose()
