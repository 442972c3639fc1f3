"""The audit log's hash chain: intact after normal work, broken (and named)
when a row is edited behind the program's back."""

from __future__ import annotations

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
    assert reports["0001"].ok and reports["0001"].entries >= 5
    assert reports["0002"].ok


def test_an_edited_entry_is_named(ctx: Context, samples: dict[str, str], backend: str) -> None:
    _work(ctx, samples)
    with ctx.uow() as uow:
        target = uow.session.scalars(select(AuditEntry).where(AuditEntry.action == "return.completed")).one()
    _drop_append_only_guard(ctx, backend)
    with ctx.db.engine.begin() as connection:
        connection.execute(text("UPDATE audit_log SET payload = :p WHERE id = :id"),
                           {"p": '{"refund_total": "0.01"}', "id": target.id})
    report = _verify(ctx)["0001"]
    assert not report.ok
    assert report.broken_at == target.seq
    assert "changed after it was written" in report.problem


def test_a_deleted_entry_is_named(ctx: Context, samples: dict[str, str], backend: str) -> None:
    _work(ctx, samples)
    _drop_append_only_guard(ctx, backend)
    with ctx.db.engine.begin() as connection:
        connection.execute(text("DELETE FROM audit_log WHERE store_id = 1 AND seq = 3"))
    report = _verify(ctx)["0001"]
    assert (report.ok, report.broken_at) == (False, 3)
    assert "missing" in report.problem
