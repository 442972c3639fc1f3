"""The store's active return policy, kept in the database.

Every counter of a store must decide with the same rules, so the policy file
is installed into the (shared) database as a new version, and counters read
the newest one. Parsed policies are cached per (database, policy row); which
row is the newest is looked up again at most every ACTIVE_MAX_AGE_S seconds
(a scan at the counter should not pay a query for a file that changes a few
times a year), so a newly installed policy reaches every counter within
seconds, and at once in the process that installed it.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session

from desktop.messages import QT_TR_NOOP
from desktop.models import Product, Store, StorePolicy
from desktop.policy.loading import load_policy, policy_from_document
from desktop.policy.rules import Policy, PolicyError
from desktop.services.context import Context
from desktop.services.errors import NotFound

ACTIVE_MAX_AGE_S = 5.0


def _database(session: Session | Connection) -> str:
    bind = session if isinstance(session, Connection) else session.get_bind()  # an engine or a connection
    return str(bind.engine.url)


def active_policy(session: Session | Connection, store_id: int, store_code: str,
                  max_age: float = ACTIVE_MAX_AGE_S) -> Policy:
    key = (_database(session), store_id)
    now = time.monotonic()
    known = _ACTIVE.get(key)
    if known is not None and now - known[1] < max_age:
        return _parsed(session, known[0])
    row = session.execute(
        select(StorePolicy.id).where(StorePolicy.store_id == store_id)
        .order_by(StorePolicy.version.desc()).limit(1)
    ).first()
    if row is None:
        raise NotFound(QT_TR_NOOP("store {store_code} has no return policy installed: run `returndesk policy "
                                  "install FILE`"), store_code=store_code)
    _ACTIVE[key] = (row.id, now)
    return _parsed(session, row.id)


def _parsed(session: Session | Connection, policy_id: int) -> Policy:
    key = (_database(session), policy_id)
    cached = _CACHE.get(key)
    if cached is None:
        document = session.execute(select(StorePolicy.document).where(StorePolicy.id == policy_id)).scalar_one()
        cached = policy_from_document(document, file=f"stored policy #{policy_id}")
        if len(_CACHE) > CACHED_POLICIES:
            _CACHE.clear()
        _CACHE[key] = cached
    return cached


# A counter holds its store's policy; a store server or HQ's scheduler works for many stores (a chain's
# thousands: bench/chain_load.py), each parsed once rather than again after every 64.
CACHED_POLICIES = 4096
_CACHE: dict[tuple[str, int], Policy] = {}
_ACTIVE: dict[tuple[str, int], tuple[int, float]] = {}  # (database, store) -> (newest policy row, when looked up)


def install(session: Session, store: Store, path: Path, installed_by: str, now: dt.datetime) -> StorePolicy:
    """Check a policy file (with its ``extends``) and make it the store's
    active policy. Raises PolicyError with every problem. A store that has
    sold nothing yet takes the policy's currency (a new store set up in
    VND); one with sales keeps its own, and a policy in another is refused."""
    policy = load_policy(path)
    if policy.currency.code != store.currency:
        from desktop.models import Sale
        from desktop.policy.rules import Problem

        if session.scalar(select(Sale.id).where(Sale.store_id == store.id).limit(1)) is not None:
            raise PolicyError([Problem(str(path), 0, "currency", f"{policy.currency.code} differs from store "
                                                                  f"{store.code}'s {store.currency}")])
        store.currency = policy.currency.code
    # The store's language and time zone are the policy's from now on (and `store set` installs the
    # policy again with the store's): receipts and the sentences read to the customer agree.
    store.locale, store.timezone = policy.locale, policy.timezone
    return install_document(session, store, dict(policy.document), path.read_text(encoding="utf-8"), installed_by,
                            now)


def install_document(session: Session, store: Store, document: dict, source: str,  # type: ignore[type-arg]
                     installed_by: str, now: dt.datetime) -> StorePolicy:
    """A checked policy document as the store's newest version."""
    version = (session.scalar(select(func.max(StorePolicy.version)).where(StorePolicy.store_id == store.id)) or 0) + 1
    row = StorePolicy(store_id=store.id, version=version, document=document, source=source, installed_at=now,
                      installed_by=installed_by)
    session.add(row)
    session.flush()
    _ACTIVE.pop((_database(session), store.id), None)  # this process sees it at once
    return row


# ---- The command line's policy chores (returndesk policy check|evaluate|install)


def check_file(path: str) -> list[str]:
    """Every problem of a policy file, one line each; [] when it is valid."""
    from desktop.policy import check_policy

    return [str(problem) for problem in check_policy(path)]


def evaluate_file(policy_path: str, case: object) -> dict:  # type: ignore[type-arg]
    """The decision (its JSON) for a case document under a policy file;
    nothing is read from or written to a database."""
    from desktop.policy import evaluate, parse_case

    policy = load_policy(policy_path)
    return evaluate(policy, parse_case(case, policy.currency)).to_json()


@dataclass(frozen=True)
class Installed:
    store: str
    version: int


def install_for_store(ctx: Context, store_code: str, path: Path, installed_by: str) -> Installed:
    """The file as the active policy of ``store_code`` (or, without one, the
    station's store, else the first store): one unit of work."""
    with ctx.uow(write=True) as uow:
        code = store_code or ctx.store_code
        query = select(Store).where(Store.code == code) if code else select(Store).order_by(Store.code)
        store = uow.session.scalars(query).first()
        if store is None:
            raise NotFound(QT_TR_NOOP("no store {store}"), store=code or "")
        row = install(uow.session, store, path, installed_by, ctx.now())
        uow.commit()
        return Installed(store.code, row.version)


def unmapped_departments(ctx: Context, mapped: Collection[str]) -> list[str]:
    """The catalogue's departments that map to no category (their products
    get the policy's default rules)."""
    with ctx.uow() as uow:
        departments = uow.session.scalars(select(Product.department).distinct().where(
            Product.category == "", Product.department.is_not(None)))
        return sorted(d for d in departments if d and d not in mapped)
