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

from desktop.messages import QT_TR_NOOP, Message, Term, Terms
from desktop.models import PolicyAcknowledgement, Staff, Store, StorePolicy
from desktop.services.auth import Actor
from desktop.services.context import Context
from desktop.services.errors import NotFound

# What a rule's key means to a clerk (the key path in the policy file), in the station's language on screen.
NAMES = {
    "default_window_days": QT_TR_NOOP("return window (days)"),
    "defective_window_days": QT_TR_NOOP("window for defective items (days)"),
    "window_days": QT_TR_NOOP("return window (days)"),
    "restocking_fee_pct": QT_TR_NOOP("restocking fee (%)"),
    "restocking_fee_when": QT_TR_NOOP("restocking fee charged"),
    "final_sale": QT_TR_NOOP("final sale"),
    "extra_days": QT_TR_NOOP("extra days"),
    "cash_refund_limit": QT_TR_NOOP("cash refund limit"),
    "max_returns_per_365_days": QT_TR_NOOP("returns without a receipt per year"),
    "max_value_per_365_days": QT_TR_NOOP("value without a receipt per year"),
    "requires_id": QT_TR_NOOP("photo ID required"),
    "refund_as": QT_TR_NOOP("refunded as"),
    "lookback_days": QT_TR_NOOP("price look-back (days)"),
    "cross_store_returns": QT_TR_NOOP("returns from other stores"),
    "allowed": QT_TR_NOOP("allowed"),
    "start": QT_TR_NOOP("from"),
    "end": QT_TR_NOOP("to"),
    "return_by": QT_TR_NOOP("returnable until"),
    "price_basis": QT_TR_NOOP("price without a receipt"),
    "reminder_minutes": QT_TR_NOOP("reminders every (minutes)"),
    "follow_up_days": QT_TR_NOOP("follow-up call after (days)"),
    "first_response_hours": QT_TR_NOOP("first answer within (business hours)"),
    "resolution_hours": QT_TR_NOOP("solved within (business hours)"),
    "attachments_days": QT_TR_NOOP("customers' files kept after closing (days)"),
    "notifications_days": QT_TR_NOOP("alerts kept after taken (days)"),
}
# The policy file's tables.
SECTIONS = {
    "categories": QT_TR_NOOP("category"),
    "tiers": QT_TR_NOOP("loyalty tier"),
    "holiday": QT_TR_NOOP("holiday returns"),
    "no_receipt": QT_TR_NOOP("without a receipt"),
    "tender": QT_TR_NOOP("refunds"),
    "override": QT_TR_NOOP("manager overrides"),
    "service": QT_TR_NOOP("service desk"),
    "reports": QT_TR_NOOP("reports"),
    "goodwill": QT_TR_NOOP("goodwill"),
}
SKIP = {"name", "receipt", "locale", "timezone", "currency"}  # words and settings, not rules


@dataclass(frozen=True)
class PolicyChange:
    policy_id: int
    store: str
    version: int
    installed_at: dt.datetime
    installed_by: str
    changes: tuple[Message, ...]  # one line per rule that changed


def _flat(document: Any, prefix: str = "") -> dict[str, Any]:
    if isinstance(document, dict):
        out: dict[str, Any] = {}
        for key, value in document.items():
            if not prefix and key in SKIP:
                continue
            out.update(_flat(value, f"{prefix}.{key}" if prefix else str(key)))
        return out
    return {prefix: document}


def _said(path: str) -> Term | Message:
    """The rule a key path names: "category tv: return window (days)"."""
    parts = path.split(".")
    rule = Term(NAMES[parts[-1]]) if parts[-1] in NAMES else parts[-1].replace("_", " ")
    if len(parts) == 1:
        return Term(rule)
    section = Term(SECTIONS[parts[0]]) if parts[0] in SECTIONS else parts[0].replace("_", " ")
    if len(parts) == 2:
        return Message(QT_TR_NOOP("{section}: {rule}"), section=section, rule=rule)
    return Message(QT_TR_NOOP("{section} {name}: {rule}"), section=section,
                   name=" ".join(part.replace("_", " ") for part in parts[1:-1]), rule=rule)


def _value(value: Any) -> str:
    if value is None:
        return Term(QT_TR_NOOP("none"))
    if isinstance(value, bool):
        return Term(QT_TR_NOOP("yes")) if value else Term(QT_TR_NOOP("no"))
    if isinstance(value, list):
        return Terms(str(item) for item in value) if value else Term(QT_TR_NOOP("none"))
    if isinstance(value, str) and value.isidentifier():  # a word of the file ("store_credit", "opened")
        return Term(value)
    return str(value)


def differences(old: dict[str, Any], new: dict[str, Any]) -> tuple[Message, ...]:
    """Every rule that differs, as "what: before -> after" (added or removed
    rules included), in the order of the new file; in English as text, in
    the station's language on a screen."""
    before, after = _flat(old), _flat(new)
    lines = []
    for path in list(after) + [p for p in before if p not in after]:
        was, now = before.get(path), after.get(path)
        if was != now:
            lines.append(Message(QT_TR_NOOP("{what}: {before} -> {after}"), what=_said(path), before=_value(was),
                                 after=_value(now)))
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
