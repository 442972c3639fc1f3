"""Staff kept current on the return policy: when a store installs a new
version, each person of that store sees what changed (windows, fees,
limits, in words) at their next sign-in and acknowledges it; a manager's
report shows who has not yet.

The changes are read from the two installed documents (the merged policy,
``extends`` resolved), key by key: every rule that differs is one line, so
nothing a counter decides with can change unseen."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.messages import QT_TR_NOOP
from desktop.models import PolicyAcknowledgement, Staff, Store, StorePolicy
from desktop.services.auth import Actor
from desktop.services.context import Context
from desktop.services.errors import NotFound

# What a rule's key means to a clerk (the key path in the policy file).
NAMES = {
    "default_window_days": "return window (days)",
    "defective_window_days": "window for defective items (days)",
    "window_days": "return window (days)",
    "restocking_fee_pct": "restocking fee (%)",
    "restocking_fee_when": "restocking fee charged",
    "final_sale": "final sale",
    "extra_days": "extra days",
    "cash_refund_limit": "cash refund limit",
    "max_returns_per_365_days": "returns without a receipt per year",
    "max_value_per_365_days": "value without a receipt per year",
    "requires_id": "photo ID required",
    "refund_as": "refunded as",
    "lookback_days": "price look-back (days)",
    "cross_store_returns": "returns from other stores",
    "allowed": "allowed",
}
SKIP = {"name", "receipt", "locale", "timezone", "currency"}  # words and settings, not rules


@dataclass(frozen=True)
class PolicyChange:
    policy_id: int
    store: str
    version: int
    installed_at: dt.datetime
    installed_by: str
    changes: tuple[str, ...]  # one line per rule that changed, in English (the policy file's own words)


def _flat(document: Any, prefix: str = "") -> dict[str, Any]:
    if isinstance(document, dict):
        out: dict[str, Any] = {}
        for key, value in document.items():
            if not prefix and key in SKIP:
                continue
            out.update(_flat(value, f"{prefix}.{key}" if prefix else str(key)))
        return out
    return {prefix: document}


def _said(path: str) -> str:
    parts = path.split(".")
    leaf = NAMES.get(parts[-1], parts[-1].replace("_", " "))
    where = " ".join(part.replace("_", " ") for part in parts[:-1])
    return f"{where}: {leaf}" if where else leaf


def _value(value: Any) -> str:
    if value is None:
        return "none"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(str(item) for item in value) or "none"
    return str(value)


def differences(old: dict[str, Any], new: dict[str, Any]) -> tuple[str, ...]:
    """Every rule that differs, as "what: before -> after" (added or removed
    rules included), in the order of the new file."""
    before, after = _flat(old), _flat(new)
    lines = []
    for path in list(after) + [p for p in before if p not in after]:
        was, now = before.get(path), after.get(path)
        if was != now:
            lines.append(f"{_said(path)}: {_value(was)} -> {_value(now)}")
    return tuple(lines)


def newest_policy(session: Session, store_id: int) -> StorePolicy | None:
    """The store's active policy version (the newest installed)."""
    return session.scalars(select(StorePolicy).where(StorePolicy.store_id == store_id)
                           .order_by(StorePolicy.version.desc())).first()


def pending(ctx: Context, actor: Actor) -> PolicyChange | None:
    """The newest policy of this person's store, when it changed something
    since the version before and they have not acknowledged it yet."""
    with ctx.uow() as uow:
        session = uow.session
        staff = session.get(Staff, actor.staff_id)
        if staff is None:
            return None
        policy = newest_policy(session, staff.home_store_id)
        if policy is None or policy.version <= 1:
            return None
        if session.get(PolicyAcknowledgement, (actor.staff_id, policy.id)) is not None:
            return None
        previous = session.scalars(select(StorePolicy).where(
            StorePolicy.store_id == policy.store_id, StorePolicy.version < policy.version)
            .order_by(StorePolicy.version.desc())).first()
        changes = differences(previous.document if previous else {}, policy.document)
        if not changes:
            return None
        store = session.get(Store, policy.store_id)
        assert store is not None
        return PolicyChange(policy.id, store.code, policy.version, policy.installed_at, policy.installed_by, changes)


def acknowledge(ctx: Context, actor: Actor, policy_id: int) -> None:
    with ctx.uow(write=True) as uow:
        session = uow.session
        policy = session.get(StorePolicy, policy_id)
        if policy is None:
            raise NotFound(QT_TR_NOOP("no policy {id}"), id=policy_id)
        if session.get(PolicyAcknowledgement, (actor.staff_id, policy_id)) is None:
            session.add(PolicyAcknowledgement(staff_id=actor.staff_id, policy_id=policy_id, at=ctx.now()))
        uow.commit()
