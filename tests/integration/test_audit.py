"""The audit log's hash chain: intact after normal work, broken (and named)
when a row is edited behind the program's back."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select, text

from desktop.models import AuditEntry
from desktop.services import audit, returns
from desktop.services.auth import AuthError
from desktop.services.context import Context
from tests.integration.test_returns import request, sign_in


def _verify(ctx: Context) -> dict[str, audit.ChainReport]:
    with ctx.uow() as uow:
        return {report.store: report for report in audit.verify(uow.session)}


def _drop_append_only_guard(ctx: Context, backend: str) -> None:
    """What an attacker with database rights would do first."""
    with ctx.db.engine.begin() as connection:
        if backend == "postgresql":
            connection.execute(text("DROP TRIGGER audit_log_append_only ON audit_log"))
        else:
            connection.execute(text("DROP TRIGGER audit_log_no_update"))
            connection.execute(text("DROP TRIGGER audit_log_no_delete"))


def _work(ctx: Context, samples: dict[str, str]) -> None:
    actor = sign_in(ctx)
    returns.process(request(samples["coupon"], [{"line": 1, "qty": 1}], key="a1"), actor, ctx)
    with pytest.raises(AuthError):
        sign_in(ctx, ("1002", "9999"))


def test_normal_history_verifies(ctx: Context, samples: dict[str, str]) -> None:
    _work(ctx, samples)
    reports = _verify(ctx)
    assert reports["0001"].ok and reports["0001"].entries >= 3  # the sign-ins: the store's own chain
    assert reports["0001/01"].ok and reports["0001/01"].entries == 2  # the return and its refund: register 01's
    assert reports["0002"].ok


def test_an_edited_entry_is_named(ctx: Context, samples: dict[str, str], backend: str) -> None:
    _work(ctx, samples)
    with ctx.uow() as uow:
        target = uow.session.scalars(select(AuditEntry).where(AuditEntry.action == "return.completed")).one()
    _drop_append_only_guard(ctx, backend)
    with ctx.db.engine.begin() as connection:
        connection.execute(text("UPDATE audit_log SET payload = :p WHERE id = :id"),
                           {"p": '{"refund_total": "0.01"}', "id": target.id})
    report = _verify(ctx)["0001/01"]
    assert not report.ok
    assert report.broken_at == target.seq
    assert "changed after it was written" in report.problem


def test_a_deleted_entry_is_named(ctx: Context, samples: dict[str, str], backend: str) -> None:
    _work(ctx, samples)
    _drop_append_only_guard(ctx, backend)
    with ctx.db.engine.begin() as connection:
        connection.execute(text("DELETE FROM audit_log WHERE store_id = 1 AND lane = '01' AND seq = 1"))
    assert _verify(ctx)["0001"].ok  # another chain
    report = _verify(ctx)["0001/01"]
    assert (report.ok, report.broken_at) == (False, 1)
    assert "missing" in report.problem


def _drop_every_guard(ctx: Context, backend: str) -> None:
    """An attacker with the database's owner rights drops the triggers too."""
    _drop_append_only_guard(ctx, backend)
    with ctx.db.engine.begin() as connection:
        if backend == "postgresql":
            for statement in ("DROP TRIGGER audit_heads_forward ON audit_heads",
                              "DROP TRIGGER audit_log_no_truncate ON audit_log",
                              "DROP TRIGGER audit_heads_no_truncate ON audit_heads"):
                connection.execute(text(statement))
        else:
            connection.execute(text("DROP TRIGGER audit_heads_no_delete"))
            connection.execute(text("DROP TRIGGER audit_heads_forward"))


def _everything(ctx: Context, taken: list[dict] | None = None) -> audit.Verification:
    return audit.verify_everything(ctx, taken)


def test_a_cut_tail_with_the_head_lowered_is_caught_by_a_checkpoint(ctx: Context, samples: dict[str, str],
                                                                   backend: str) -> None:
    _work(ctx, samples)
    taken = [point.to_json() for point in audit.take_checkpoints(ctx)]
    head = next(point for point in taken if point["store"] == "0001")
    _drop_every_guard(ctx, backend)
    with ctx.db.engine.begin() as connection:  # the newest entries gone, the head moved back to match
        keep = head["seq"] - 2
        kept_hash = connection.execute(text("SELECT hash FROM audit_log WHERE store_id = 1 AND lane = '' "
                                            "AND seq = :s"), {"s": keep}).scalar()
        connection.execute(text("DELETE FROM audit_log WHERE store_id = 1 AND lane = '' AND seq > :s"), {"s": keep})
        connection.execute(text("UPDATE audit_heads SET seq = :s, hash = :h WHERE store_id = 1 AND lane = ''"),
                           {"s": keep, "h": kept_hash})
    result = _everything(ctx, taken)
    assert all(chain.ok for chain in result.chains)  # consistent inside: only something outside can tell
    assert any(f"entry {head['seq']}" in problem and "cut short" in problem for problem in result.problems)


def test_a_chain_recomputed_after_an_edit_is_caught_without_the_key(ctx: Context, samples: dict[str, str],
                                                                   backend: str) -> None:
    import hashlib
    import json

    _work(ctx, samples)
    _drop_every_guard(ctx, backend)
    with ctx.uow() as uow:
        entries = [(e.id, e.seq, e.at, e.staff_id, e.action, e.entity, e.entity_id, dict(e.payload))
                   for e in uow.session.scalars(select(AuditEntry).where(AuditEntry.store_id == 1,
                                                                         AuditEntry.lane == "01")
                                                .order_by(AuditEntry.seq))]
    with ctx.db.engine.begin() as connection:  # the refund made smaller in the log, every hash recomputed
        previous = "0" * 64
        for entry_id, seq, at, staff_id, action, entity, entity_id, payload in entries:
            if action == "return.completed":
                payload = {**payload, "refund_total": "0.01"}
            body = audit._body(1, seq, at, staff_id, action, entity, entity_id, payload, "01")
            digest = hashlib.sha256((previous + body).encode()).hexdigest()
            connection.execute(text("UPDATE audit_log SET payload = :p, prev_hash = :v, hash = :h WHERE id = :i"),
                               {"p": json.dumps(payload), "v": previous, "h": digest, "i": entry_id})
            previous = digest
        connection.execute(text("UPDATE audit_heads SET hash = :h WHERE store_id = 1 AND lane = '01'"),
                           {"h": previous})
    report = _verify(ctx)["0001/01"]
    assert not report.ok and ("changed after it was written" in report.problem or "key" in report.problem)


def test_a_deleted_head_and_an_emptied_log_are_caught(ctx: Context, samples: dict[str, str], backend: str) -> None:
    _work(ctx, samples)
    with pytest.raises(Exception, match="head cannot be deleted"), ctx.db.engine.begin() as connection:
        connection.execute(text("DELETE FROM audit_heads"))
    if backend == "postgresql":
        with pytest.raises(Exception, match="cannot be emptied"), ctx.db.engine.begin() as connection:
            connection.execute(text("TRUNCATE audit_log"))
    _drop_every_guard(ctx, backend)
    with ctx.db.engine.begin() as connection:
        connection.execute(text("DELETE FROM audit_heads WHERE store_id = 1"))
    assert "head row is missing" in _verify(ctx)["0001"].problem
    with ctx.db.engine.begin() as connection:
        connection.execute(text("TRUNCATE audit_log" if backend == "postgresql" else "DELETE FROM audit_log"))
    result = _everything(ctx)
    assert any("has no entry in the audit log" in problem for problem in result.problems)  # the return remains


def test_a_refund_changed_in_its_own_table_is_caught(ctx: Context, samples: dict[str, str]) -> None:
    _work(ctx, samples)
    assert _everything(ctx).ok
    with ctx.db.engine.begin() as connection:
        connection.execute(text("UPDATE refund_tenders SET amount_cents = amount_cents + 5000"))
        connection.execute(text("UPDATE returns SET refund_total_cents = refund_total_cents + 5000"))
    problems = _everything(ctx).problems
    assert any("refunded" in problem and "the log says" in problem for problem in problems)
    assert any("its refunds" in problem for problem in problems)


def test_a_forged_checkpoint_is_refused(ctx: Context, samples: dict[str, str]) -> None:
    _work(ctx, samples)
    point = audit.take_checkpoints(ctx, "0001")[0].to_json()
    assert _everything(ctx, [point]).ok
    forged = {**point, "seq": point["seq"] - 1}
    assert any("not one this chain's key made" in problem for problem in _everything(ctx, [forged]).problems)


@pytest.mark.parametrize("backend", [pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_the_stations_role_may_add_to_the_log_but_not_change_or_empty_it(ctx: Context, samples: dict[str, str],
                                                                         backend: str, seeded_url: str,
                                                                         tmp_path: Path) -> None:
    from sqlalchemy.engine import make_url

    from desktop.db.engine import Database
    from desktop.services import maintenance
    from tests.conftest import make_context

    role = f"rd_app_{abs(hash(seeded_url)) % 10**8}"
    maintenance.create_app_role(ctx.db, role, "correct horse battery staple")
    url = make_url(seeded_url).set(username=role, password="correct horse battery staple")
    app_db = Database.connect(url.render_as_string(hide_password=False))
    try:
        app = make_context(url.render_as_string(hide_password=False), tmp_path, ctx.clock)
        actor = sign_in(app)
        assert returns.process(request(samples["coupon"], [{"line": 1, "qty": 1}], key="role"), actor, app).status
        for statement in ("DELETE FROM audit_log", "TRUNCATE audit_log", "UPDATE audit_log SET action = 'x'",
                          "DROP TRIGGER audit_log_append_only ON audit_log", "DELETE FROM audit_heads"):
            with pytest.raises(Exception, match="permission denied|must be owner"), \
                    app_db.engine.begin() as connection:
                connection.execute(text(statement))
        assert _verify(ctx)["0001"].ok and _verify(ctx)["0001/01"].ok
        app.db.dispose()
    finally:
        app_db.dispose()
        with ctx.db.engine.begin() as connection:
            connection.execute(text(f"REASSIGN OWNED BY {role} TO CURRENT_USER"))
            connection.execute(text(f"DROP OWNED BY {role}"))
            connection.execute(text(f"DROP ROLE {role}"))


def test_a_checkpoint_names_each_chain_of_a_store(ctx: Context, samples: dict[str, str], backend: str) -> None:
    """The store's own chain and each register's: a register's chain cut
    short (its head moved back to match) is caught by its checkpoint."""
    _work(ctx, samples)
    reply = returns.process(request(samples["split_tender"], [{"line": 2, "qty": 1}], key="a2"), sign_in(ctx), ctx)
    assert reply.status == "completed"
    taken = [point.to_json() for point in audit.take_checkpoints(ctx, "0001")]
    assert [point["store"] for point in taken] == ["0001", "0001/01"]
    assert taken[1]["seq"] == 4 and _everything(ctx, taken).ok
    _drop_every_guard(ctx, backend)
    with ctx.db.engine.begin() as connection:
        kept_hash = connection.execute(text("SELECT hash FROM audit_log WHERE store_id = 1 AND lane = '01' "
                                            "AND seq = 2")).scalar()
        connection.execute(text("DELETE FROM audit_log WHERE store_id = 1 AND lane = '01' AND seq > 2"))
        connection.execute(text("UPDATE audit_heads SET seq = 2, hash = :h WHERE store_id = 1 AND lane = '01'"),
                           {"h": kept_hash})
    result = _everything(ctx, taken)
    assert any("0001/01: entry 4" in problem and "cut short" in problem for problem in result.problems)


def test_an_entry_moved_to_another_chain_is_caught(ctx: Context, samples: dict[str, str], backend: str) -> None:
    _work(ctx, samples)
    _drop_every_guard(ctx, backend)
    with ctx.db.engine.begin() as connection:  # the refund's entry moved to the store's own chain, as its next
        connection.execute(text("UPDATE audit_log SET lane = '', seq = 100 WHERE store_id = 1 AND lane = '01' "
                                "AND seq = 2"))
    reports = _verify(ctx)
    assert not reports["0001/01"].ok and not reports["0001"].ok


@pytest.mark.parametrize("backend", [pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_a_return_never_waits_on_the_stores_chain_or_another_registers(ctx: Context, samples: dict[str, str],
                                                                      backend: str) -> None:
    """Each register appends to its own chain: with the store's own chain
    and register 02's locked by open transactions, register 01's return
    completes."""
    import threading

    actor = sign_in(ctx)
    assert returns.process(request(samples["split_tender"], [{"line": 2, "qty": 1}], key="warm"), actor,
                           ctx).status == "completed"
    with ctx.db.engine.begin() as connection:
        connection.execute(text("INSERT INTO audit_heads (store_id, lane, seq, hash) VALUES (1, '02', 0, :h)"),
                           {"h": "0" * 64})
    holder = ctx.db.engine.connect()
    holder.begin()
    holder.execute(text("SELECT seq FROM audit_heads WHERE store_id = 1 AND lane IN ('', '02') FOR UPDATE"))
    done: list[str] = []
    worker = threading.Thread(target=lambda: done.append(returns.process(
        request(samples["split_tender"], [{"line": 2, "qty": 1}], key="while-held"), actor, ctx).status))
    try:
        worker.start()
        worker.join(timeout=20)
        assert done == ["completed"]
    finally:
        holder.rollback()
        holder.close()
        worker.join()
