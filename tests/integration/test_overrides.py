"""The override queue: a clerk's request, a manager's answer from another
station, and the approval used exactly once by the return it was made for."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from desktop.models import AuditEntry, OverrideRequest, Return
from desktop.services import auth, overrides, returns
from desktop.services.context import Context
from desktop.services.errors import AuthError, Forbidden, RequestError


def clerk(ctx: Context) -> auth.Actor:
    return auth.sign_in(auth.SignIn("1001", "2468"), ctx)


def expired_request(samples: dict[str, str], key: str = "q-1", request_id: int | None = None) -> returns.ReturnRequest:
    doc = {"receipt": samples["expired"], "items": [{"line": 1, "qty": 1, "condition": "new"}],
           "idempotency_key": key}
    if request_id is not None:
        doc["override"] = {"request_id": request_id}
    return returns.parse_request(doc)


def test_queue_round_trip(ctx: Context, samples: dict[str, str]) -> None:
    actor = clerk(ctx)
    view = overrides.request_override(ctx, expired_request(samples), actor)
    assert view.status == "pending" and view.codes == ("WINDOW_EXPIRED",)
    assert view.requested_by == "Alex Rivera (1001)" and view.receipt == samples["expired"]
    assert [v.id for v in overrides.pending(ctx, actor)] == [view.id]
    # A clerk cannot answer; a wrong PIN is refused; both audited.
    with pytest.raises(Forbidden, match="cannot approve"):
        overrides.decide(ctx, view.id, "1002", "1122", approve=True, reason="ok")
    with pytest.raises(AuthError, match="wrong staff ID or PIN"):
        overrides.decide(ctx, view.id, "9001", "0000", approve=True, reason="ok")
    with pytest.raises(RequestError, match="say why"):
        overrides.decide(ctx, view.id, "9001", "1357", approve=True, reason=" ")
    decided = overrides.decide(ctx, view.id, "9001", "1357", approve=True, reason="loyal customer")
    assert decided.status == "approved" and decided.decided_by.endswith("(9001)")
    assert overrides.pending(ctx, actor) == []
    with pytest.raises(RequestError, match="already approved"):
        overrides.decide(ctx, view.id, "9001", "1357", approve=False, reason="no")
    # Only the clerk who asked, at their counter, completes it; then once.
    other = auth.sign_in(auth.SignIn("1002", "1122"), ctx)
    with pytest.raises(Forbidden, match="only they complete it"):
        returns.process(expired_request(samples, request_id=view.id), other, ctx)
    assert overrides.get(ctx, view.id).status == "approved"
    reply = returns.process(expired_request(samples, request_id=view.id), actor, ctx)
    assert reply.status == "completed"
    assert overrides.get(ctx, view.id).status == "used"
    # Used up: a second return with the same approval is not approved again
    # (here the line is also fully returned, which the policy says first).
    again = returns.process(expired_request(samples, key="q-2", request_id=view.id), actor, ctx)
    assert again.status == "denied" and "QTY_EXCEEDS_REMAINING" in again.body["decision"]["lines"][0]["reasons"]
    with ctx.uow() as uow:
        actions = uow.session.scalars(select(AuditEntry.action).where(AuditEntry.entity == "override")).all()
        assert {"override.requested", "override.approved"} <= set(actions)
        assert uow.session.scalar(select(func.count()).select_from(Return)) >= 1


def test_refused_request_refunds_nothing(ctx: Context, samples: dict[str, str]) -> None:
    actor = clerk(ctx)
    view = overrides.request_override(ctx, expired_request(samples), actor)
    overrides.decide(ctx, view.id, "9001", "1357", approve=False, reason="bought 3 months ago")
    with pytest.raises(RequestError, match="refused, not approved"):
        returns.process(expired_request(samples, request_id=view.id), actor, ctx)
    with ctx.uow() as uow:
        row = uow.session.get(OverrideRequest, view.id)
        assert row.status == "refused" and row.decision_reason == "bought 3 months ago"


def test_a_return_that_needs_no_manager_is_not_queued(ctx: Context, samples: dict[str, str]) -> None:
    req = returns.parse_request({"receipt": samples["bogo"], "items": [{"line": 1, "qty": 1}],
                                 "idempotency_key": "q-3"})
    with pytest.raises(RequestError, match="does not need"):
        overrides.request_override(ctx, req, clerk(ctx))


def test_withdrawn_request_leaves_the_queue(ctx: Context, samples: dict[str, str]) -> None:
    actor = clerk(ctx)
    view = overrides.request_override(ctx, expired_request(samples), actor)
    overrides.withdraw(ctx, view.id, actor)
    assert overrides.pending(ctx, actor) == [] and overrides.get(ctx, view.id).status == "cancelled"
