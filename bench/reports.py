"""Every report over 90 days of a 1,000,000-receipt database, with 100,000
returns in that period (bulk-written: the benchmark measures the reports,
not the counter)."""

from __future__ import annotations

import datetime as dt
import json
import random

from sqlalchemy import func, insert, select, text

from bench.databases import WorkingCopy
from bench.stats import Timing, measure
from desktop.models import RefundTender, Register, Return, ReturnLine, Staff, Store
from desktop.services import auth, reports
from desktop.services.commands import handle

CATEGORIES = ["electronics", "apparel", "homeware", "toys", "grocery", "appliances"]
REASONS = ["changed_mind", "defective", "wrong_size", "not_as_described", "unwanted_gift"]


def seed_returns(copy: WorkingCopy, count: int) -> None:
    ctx = copy.context(tag="reports")
    rng = random.Random(12)
    with ctx.uow(write=True) as uow:
        session = uow.session
        store_id = session.scalar(select(Store.id).where(Store.code == "0001"))
        registers = session.scalars(select(Register.id).where(Register.store_id == store_id)).all()
        staff = session.scalars(select(Staff.id)).all()
        first_id = (session.scalar(select(func.max(Return.id))) or 0) + 1
        returns_rows, lines, tenders = [], [], []
        for n in range(count):
            rid = first_id + n
            day = copy.today - dt.timedelta(days=rng.randint(0, 89))
            at = dt.datetime.combine(day, dt.time(rng.randint(14, 23)), tzinfo=dt.UTC)
            total = rng.randint(500, 40000)
            returns_rows.append({
                "id": rid, "doc_id": f"2{rid:015d}", "store_id": store_id, "register_id": rng.choice(registers),
                "sale_id": None, "gift": False, "customer_id": rng.choice([None, None, rng.randint(1, 5000)]),
                "staff_id": rng.choice(staff), "approved_by_id": rng.choice([None] * 9 + [staff[-1]]),
                "created_at": at, "local_date": day, "refund_to": "original", "currency": "USD",
                "refund_total_cents": total, "idempotency_key": f"bench-report-{rid}", "request_hash": "h",
                "reply": {}, "messages": [],
            })
            lines.append({"return_id": rid, "store_id": store_id, "position": 1,
                          "sku": f"SKU{rng.randint(100000, 100300)}",
                          "category": rng.choice(CATEGORIES), "description": "", "qty": 1, "condition": "new",
                          "reason": rng.choice(REASONS),
                          "serial": rng.choice([None] * 4 + [f"SN{rng.randint(1, 20000)}"]),
                          "net_cents": total, "tax_cents": 0, "fee_cents": 0, "total_cents": total, "codes": "",
                          "disposition": "restock"})
            tenders.append({"return_id": rid, "store_id": store_id, "register_id": returns_rows[-1]["register_id"],
                            "type": rng.choice(["card", "card", "cash", "store_credit"]), "amount_cents": total,
                            "created_at": at})
            if len(returns_rows) == 10_000:
                _write(session, returns_rows, lines, tenders)
                returns_rows, lines, tenders = [], [], []
        if returns_rows:
            _write(session, returns_rows, lines, tenders)
        if session.get_bind().dialect.name == "postgresql":
            for table in ("returns", "return_lines", "refund_tenders"):
                session.execute(text(f"ANALYZE {table}"))
        else:
            session.execute(text("ANALYZE"))
        uow.commit()
    ctx.db.dispose()


def _write(session, returns_rows, lines, tenders) -> None:  # type: ignore[no-untyped-def]
    if session.get_bind().dialect.name == "sqlite":
        for row in returns_rows:
            row["reply"], row["messages"] = json.dumps(row["reply"]), json.dumps(row["messages"])
        session.execute(insert(Return.__table__), returns_rows)
    else:
        session.execute(insert(Return.__table__), returns_rows)
    session.execute(insert(ReturnLine.__table__), lines)
    session.execute(insert(RefundTender.__table__), tenders)


def run_all(copy: WorkingCopy, runs: int) -> list[tuple[str, Timing]]:
    ctx = copy.context(tag="reports-q")
    query = reports.ReportQuery(copy.today - dt.timedelta(days=89), copy.today, "0001")
    manager = auth.sign_in(auth.SignIn("9001", "1357"), ctx)
    out = []
    for name in reports.REPORTS:
        out.append((name, measure(f"report {name}, 90 days ({copy.backend}, 1M receipts + 100k returns)",
                                  lambda _, n=name: handle(ctx, reports.RunReport(n, query), manager), runs, warmup=1)))
    ctx.db.dispose()
    return out
