"""The register's own copy of what it needs to take returns offline, kept
current while the shared database answers: the store, its registers, staff
who may sign in or approve there (their PIN hashes), the active policy, and
the store's sales within the policy's longest window with their lines,
tenders, gift receipts, customers and products, as the shared database has
them (the same ids, so every reference holds). And the register's offline
allowance, granted here under the store's lock so the registers' grants
together stay within the store's budget.

A copy is refreshed only when the register's journal holds nothing waiting
to sync: what it returned offline is in the shared database first, so the
quantities left it copies back already count it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Connection, func, or_, select, true, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from desktop.db.copying import CHUNK, upsert_rows
from desktop.models import (
    Chain,
    Customer,
    GiftReceipt,
    OfflineAllowance,
    Product,
    Register,
    Return,
    Sale,
    SaleLine,
    SaleTender,
    Staff,
    StaffApprovalStore,
    Store,
    StorePolicy,
    SystemSetting,
    table_of,
)
from desktop.policy import Policy

_MARK_SALES, _MARK_RETURNS, _MARK_AT = "offline.sales_after", "offline.returns_after", "offline.copied_at"
COPIED_AT = _MARK_AT  # set once a refresh completed


@dataclass(frozen=True)
class Copied:
    sales: int  # sales copied (new or changed) this time
    allowance: int  # the register's open grant, minor units
    full: bool  # the whole window copied again (first time, or the marks were lost)


def grant(shared: Connection, store_id: int, register_id: int, policy: Policy, now: dt.datetime) -> int | None:
    """The register's open allowance on the shared database, granted now if
    it has none: at most the policy's register budget, and no more than the
    store's budget leaves after the other registers' open grants (the
    store's row is locked while this is decided, so two registers cannot
    both take the last of it). None when the policy takes no returns offline."""
    rule = policy.offline
    if not rule.allowed:
        return None
    allowances = table_of(OfflineAllowance)
    held = shared.execute(select(allowances.c.id, allowances.c.granted_cents).where(
        allowances.c.register_id == register_id, allowances.c.released_at.is_(None))).first()
    if held is not None:
        return int(held.granted_cents)
    shared.execute(select(Store.id).where(Store.id == store_id).with_for_update())
    amount = rule.register_budget
    if rule.store_budget is not None:
        others = shared.scalar(select(func.coalesce(func.sum(allowances.c.granted_cents), 0)).where(
            allowances.c.store_id == store_id, allowances.c.released_at.is_(None))) or 0
        amount = max(0, min(amount, rule.store_budget - int(others)))
    shared.execute(allowances.insert().values(store_id=store_id, register_id=register_id, granted_cents=amount,
                                              granted_at=now))
    return amount


def refresh(shared: Connection, local: Connection, store_id: int, register_id: int, policy: Policy,
            now: dt.datetime) -> Copied:
    """Bring the local copy up to the shared database (both in the caller's
    transactions: the local one commits after the shared one has granted)."""
    marks = dict(local.execute(select(SystemSetting.key, SystemSetting.value).where(
        SystemSetting.key.in_((_MARK_SALES, _MARK_RETURNS, _MARK_AT)))).all())
    full = _MARK_SALES not in marks
    days = policy.offline.sales_days if policy.offline.sales_days is not None else policy.longest_window()
    since = (now - dt.timedelta(days=days + 1)).date()
    # Who works here: the store, the chain, its registers, its people and whoever may approve for it.
    # (Every chain and store: a few rows each, and a person's home store or a customer's chain is among them.)
    upsert_rows(shared, local, table_of(Chain), true())
    upsert_rows(shared, local, table_of(Store), true())
    upsert_rows(shared, local, table_of(Register), Register.store_id == store_id)
    approvers = select(StaffApprovalStore.staff_id).where(StaffApprovalStore.store_id == store_id)
    sellers = select(Sale.staff_id).where(Sale.store_id == store_id, Sale.local_date >= since)
    people = or_(Staff.home_store_id == store_id, Staff.id.in_(approvers), Staff.role == "admin", Staff.id.in_(sellers))
    upsert_rows(shared, local, table_of(Staff), people)
    upsert_rows(shared, local, table_of(StaffApprovalStore), StaffApprovalStore.staff_id.in_(select(Staff.id).where(
        people)))
    upsert_rows(shared, local, table_of(StorePolicy), StorePolicy.id == select(func.max(StorePolicy.id)).where(
        StorePolicy.store_id == store_id).scalar_subquery())
    upsert_rows(shared, local, table_of(SystemSetting), SystemSetting.key.not_like("offline.%"))
    # The sales: new ones, and those whose lines moved (returned at another counter, voided on the POS).
    sales_after = 0 if full else int(marks[_MARK_SALES])
    returns_after = 0 if full else int(marks[_MARK_RETURNS])
    copied_at = now if full else dt.datetime.fromisoformat(marks[_MARK_AT])
    in_window = (Sale.store_id == store_id) & (Sale.local_date >= since)
    changed = Sale.id.in_(select(Return.sale_id).where(Return.id > returns_after, Return.sale_id.is_not(None)))
    voided = Sale.voided_at >= copied_at - dt.timedelta(minutes=10)
    wanted = in_window if full else in_window & or_(Sale.id > sales_after, changed, voided)
    ids = [row[0] for row in shared.execute(select(Sale.id).where(wanted))]
    for start in range(0, len(ids), CHUNK):
        part = ids[start:start + CHUNK]
        lines = select(SaleLine.product_id).where(SaleLine.sale_id.in_(part))
        upsert_rows(shared, local, table_of(Product), Product.id.in_(lines))
        buyers = select(Sale.customer_id).where(Sale.id.in_(part))
        upsert_rows(shared, local, table_of(Customer), Customer.id.in_(buyers))
        upsert_rows(shared, local, table_of(Sale), Sale.id.in_(part))
        upsert_rows(shared, local, table_of(SaleLine), SaleLine.sale_id.in_(part))
        upsert_rows(shared, local, table_of(SaleTender), SaleTender.sale_id.in_(part))
        upsert_rows(shared, local, table_of(GiftReceipt), GiftReceipt.sale_id.in_(part))
    highest_sale = shared.scalar(select(func.max(Sale.id))) or 0
    highest_return = shared.scalar(select(func.max(Return.id))) or 0
    # The register's allowance, as the shared database granted it (a released one is released here too).
    allowances = table_of(OfflineAllowance)
    local.execute(update(allowances).where(allowances.c.register_id == register_id,
                                           allowances.c.released_at.is_(None)).values(released_at=now))
    open_grant = (allowances.c.register_id == register_id) & allowances.c.released_at.is_(None)
    upsert_rows(shared, local, allowances, open_grant)
    granted = local.scalar(select(allowances.c.granted_cents).where(
        allowances.c.register_id == register_id, allowances.c.released_at.is_(None))) or 0
    _set_marks(local, {_MARK_SALES: str(highest_sale), _MARK_RETURNS: str(highest_return), _MARK_AT: now.isoformat()})
    return Copied(len(ids), int(granted), full)


def forget_marks(local: Connection) -> None:
    """The next refresh copies the whole window again."""
    local.execute(table_of(SystemSetting).delete().where(SystemSetting.key.like("offline.%")))


def _set_marks(local: Connection, marks: dict[str, str]) -> None:
    statement = sqlite_insert(table_of(SystemSetting))
    local.execute(statement.on_conflict_do_update(index_elements=["key"], set_={"value": statement.excluded.value}),
                  [{"key": key, "value": value} for key, value in marks.items()])
