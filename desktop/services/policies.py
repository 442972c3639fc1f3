"""The store's active return policy, kept in the database.

Every counter of a store must decide with the same rules, so the policy file
is installed into the (shared) database as a new version, and counters read
the newest one. Parsed policies are cached per (store, version).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import Store, StorePolicy
from desktop.policy.rules import Policy, PolicyError, load_policy, policy_from_document
from desktop.services.errors import NotFound


def active_policy(session: Session, store_id: int, store_code: str) -> Policy:
    row = session.execute(
        select(StorePolicy.id).where(StorePolicy.store_id == store_id)
        .order_by(StorePolicy.version.desc()).limit(1)
    ).first()
    if row is None:
        raise NotFound(f"store {store_code} has no return policy installed: run `returndesk policy install FILE`")
    return _parsed(session, row.id)


def _parsed(session: Session, policy_id: int) -> Policy:
    cached = _CACHE.get(policy_id)
    if cached is None:
        document = session.get(StorePolicy, policy_id).document  # type: ignore[union-attr]
        cached = policy_from_document(document, file=f"stored policy #{policy_id}")
        if len(_CACHE) > 64:
            _CACHE.clear()
        _CACHE[policy_id] = cached
    return cached


_CACHE: dict[int, Policy] = {}


def install(session: Session, store: Store, path: Path, installed_by: str, now: dt.datetime) -> StorePolicy:
    """Check a policy file (with its ``extends``) and make it the store's
    active policy. Raises PolicyError with every problem."""
    policy = load_policy(path)
    if policy.currency.code != store.currency:
        from desktop.policy.rules import Problem

        raise PolicyError([Problem(str(path), 0, "currency",
                                   f"{policy.currency.code} differs from store {store.code}'s {store.currency}")])
    version = (session.scalar(select(func.max(StorePolicy.version)).where(StorePolicy.store_id == store.id)) or 0) + 1
    row = StorePolicy(store_id=store.id, version=version, document=dict(policy.document),
                      source=path.read_text(encoding="utf-8"), installed_at=now, installed_by=installed_by)
    session.add(row)
    session.flush()
    return row


