"""Counters racing: real processes, real connections, one receipt line."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.models import AuditEntry, RefundTender, Return, ReturnLine
from desktop.services import audit
from tests.conftest import NOW, make_context
from tests.integration.test_returns import count, sale_line

pytestmark = pytest.mark.slow
COUNTERS = 8


def _counter(url: str, tmp: str, number: int, code: str, line: int, key: str, barrier, results) -> None:  # type: ignore[no-untyped-def]
    """One counter in its own process: sign in, wait for the others, return."""
    from desktop.services import auth, returns
    from tests.conftest import Clock

    register = f"{number % 4 + 1:02d}"  # store 0001 has registers 01..04
    ctx = make_context(url, Path(tmp) / f"counter-{number}", Clock(NOW), register=register)
    try:
        actor = auth.sign_in(auth.SignIn("1001", "2468"), ctx)
        req = returns.parse_request({"receipt": code, "items": [{"line": line, "qty": 1}], "idempotency_key": key})
        barrier.wait(timeout=60)
        reply = returns.process(req, actor, ctx)
        results.put((number, reply.status, reply.body))
    except Exception as error:  # noqa: BLE001 - reported to the test
        results.put((number, "error", repr(error)))
    finally:
        ctx.db.dispose()


def _race(url: str, tmp_path: Path, code: str, line: int, keys: list[str]) -> list[tuple[int, str, object]]:
    spawn = multiprocessing.get_context("spawn")
    barrier, results = spawn.Barrier(len(keys)), spawn.Queue()
    workers = [spawn.Process(target=_counter, args=(url, str(tmp_path), n, code, line, key, barrier, results))
               for n, key in enumerate(keys)]
    for worker in workers:
        worker.start()
    outcomes = [results.get(timeout=180) for _ in workers]
    for worker in workers:
        worker.join(timeout=60)
    return sorted(outcomes)


def test_eight_counters_one_line_exactly_what_was_sold(seeded_url: str, tmp_path: Path, ctx,  # type: ignore[no-untyped-def]
                                                       samples: dict[str, str]) -> None:
    code = samples["split_tender"]  # line 2: two units sold
    outcomes = _race(seeded_url, tmp_path, code, 2, [f"race-{n}" for n in range(COUNTERS)])
    statuses = [status for _, status, _ in outcomes]
    assert "error" not in statuses, outcomes
    assert statuses.count("completed") == 2
    assert statuses.count("denied") == COUNTERS - 2
    for _, status, body in outcomes:
        if status == "denied":
            assert body["decision"]["lines"][0]["reasons"] == ["QTY_EXCEEDS_REMAINING"]
    assert sale_line(ctx, code, 2).returned_qty == 2
    assert count(ctx, Return) == 2 and count(ctx, ReturnLine) == 2
    with ctx.uow() as uow:
        refunded = uow.session.scalar(select(func.sum(RefundTender.amount_cents)))
        totals = uow.session.scalar(select(func.sum(Return.refund_total_cents)))
        assert all(report.ok for report in audit.verify(uow.session))
        assert uow.session.scalar(select(func.count()).where(AuditEntry.action == "return.completed")) == 2
    assert refunded == totals


def test_one_key_from_four_counters_refunds_once(seeded_url: str, tmp_path: Path, ctx,  # type: ignore[no-untyped-def]
                                                 samples: dict[str, str]) -> None:
    code = samples["coupon"]
    outcomes = _race(seeded_url, tmp_path, code, 1, ["same-key"] * 4)
    bodies = [body for _, status, body in outcomes]
    assert [status for _, status, _ in outcomes] == ["completed"] * 4, outcomes
    assert all(body == bodies[0] for body in bodies)
    assert count(ctx, Return) == 1
    assert sale_line(ctx, code, 1).returned_qty == 1


