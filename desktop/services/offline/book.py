"""The register's offline book: what may be refunded while cut off from
the shared database, and the hash-chained journal of what was.

A Context whose ``offline`` is an OfflineBook works on the register's own
copy of the database (desktop/services/offline/copy.py). The return is
decided and written by the same code as online (services/returns/); the
book is asked twice inside that one SQLite transaction: ``admit`` before
anything is written (the tenders the policy lets go offline, the value
left of the register's escrowed allowance, the sale being this store's),
and ``record`` after (the journal entry with every row the return wrote,
chained to the one before by an HMAC keyed like the audit log's). Both
commit with the return or neither does.
"""

from __future__ import annotations

import datetime as dt
import decimal
import hashlib
import hmac
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, RowMapping, func, insert, select

from desktop.messages import QT_TR_NOOP, Term
from desktop.models import (
    CustomerIdCheck,
    OfflineAllowance,
    OfflineEntry,
    OverrideRequest,
    RefundTender,
    Return,
    ReturnLine,
    Voucher,
    table_of,
)
from desktop.models.audit import GENESIS_HASH
from desktop.policy import Decision, Policy
from desktop.services.audit import canonical, chain_key
from desktop.services.errors import RequestError

# What a return writes, in the order the shared database needs them (a row's references first).
WRITTEN = (OverrideRequest, Return, ReturnLine, Voucher, RefundTender, CustomerIdCheck)


class OfflineRefused(RequestError):
    """The return cannot be taken while the register is offline."""


@dataclass(frozen=True)
class Allowance:
    id: int
    granted: int  # minor units
    spent: int

    @property
    def left(self) -> int:
        return max(0, self.granted - self.spent)


class OfflineBook:
    """The offline rules and journal of one register (its store and register ids)."""

    def __init__(self, pepper: bytes, store_id: int, register_id: int):
        self.key = hmac.new(chain_key(pepper), b"returndesk offline journal v1", hashlib.sha256).digest()
        self.store_id = store_id
        self.register_id = register_id

    # ---- Before the return is written

    def allowance(self, connection: Connection) -> Allowance | None:
        """The register's open grant and what its journal spent of it."""
        grant = connection.execute(
            select(OfflineAllowance.id, OfflineAllowance.granted_cents)
            .where(OfflineAllowance.register_id == self.register_id, OfflineAllowance.released_at.is_(None))
            .order_by(OfflineAllowance.id.desc())).first()
        if grant is None:
            return None
        spent = connection.scalar(select(func.coalesce(func.sum(OfflineEntry.refund_cents), 0))
                                  .where(OfflineEntry.allowance_id == grant.id)) or 0
        return Allowance(grant.id, int(grant.granted_cents), int(spent))

    def admit(self, connection: Connection, policy: Policy, decision: Decision, sale_store_id: int | None) -> None:
        """Refuse, before anything is written, a return the policy does not
        let a register take offline."""
        rule = policy.offline
        money = policy.currency.format
        if not rule.allowed:
            raise OfflineRefused(QT_TR_NOOP("the shared database cannot be reached and this store's policy takes no "
                                            "returns offline: nothing was refunded. Try again when the connection "
                                            "is back"))
        if sale_store_id is None:
            self.refuse_without_receipt()
        if sale_store_id != self.store_id:
            raise OfflineRefused(QT_TR_NOOP("a receipt from another store needs the shared database: nothing was "
                                            "refunded. Try again when the connection is back"))
        for tender in decision.tenders:
            if str(tender.type) not in rule.tenders:
                raise OfflineRefused(QT_TR_NOOP("a refund to {tender} needs the shared database: refund it as store "
                                                "credit, or try again when the connection is back"),
                                     tender=Term(str(tender.type)))
        allowance = self.allowance(connection)
        if allowance is None:
            raise OfflineRefused(QT_TR_NOOP("this register holds no offline allowance (it is granted while "
                                            "online): nothing was refunded. Try again when the connection is back"))
        if decision.refund_total > allowance.left:
            raise OfflineRefused(QT_TR_NOOP("{refund} is more than this register may refund offline ({left} left of "
                                            "{granted}): nothing was refunded. Try again when the connection is "
                                            "back"), refund=money(decision.refund_total), left=money(allowance.left),
                                 granted=money(allowance.granted))

    def refuse_without_receipt(self) -> None:
        raise OfflineRefused(QT_TR_NOOP("a return without a receipt needs the shared database (its limits count "
                                        "every store's returns): nothing was refunded. Try again when the "
                                        "connection is back"))

    # ---- After: the journal entry, in the same transaction

    def record(self, connection: Connection, return_id: int, now: dt.datetime) -> OfflineEntry:
        """Append the journal entry of the return just written: its rows as
        written, chained to the entry before."""
        ret = connection.execute(select(table_of(Return)).where(Return.id == return_id)).mappings().one()
        rows: dict[str, list[dict[str, Any]]] = {}
        for entity in WRITTEN:
            table = table_of(entity)
            if entity is Return:
                found = [ret]
            elif entity is CustomerIdCheck:
                found = list(connection.execute(select(table).where(
                    CustomerIdCheck.customer_id == ret["customer_id"], CustomerIdCheck.checked_at == ret["created_at"],
                    CustomerIdCheck.staff_id == ret["staff_id"])).mappings())
            else:
                found = list(connection.execute(select(table).where(table.c.return_id == return_id)).mappings())
            rows[table.name] = [_plain(row) for row in found]
        allowance = self.allowance(connection)
        if allowance is None:  # admit() saw one in this transaction
            raise AssertionError("the offline allowance went away inside its transaction")
        previous = connection.scalar(select(OfflineEntry.hash).order_by(OfflineEntry.seq.desc()).limit(1))
        seq = (connection.scalar(select(func.max(OfflineEntry.seq))) or 0) + 1
        entry = {"seq": seq, "allowance_id": allowance.id, "idempotency_key": ret["idempotency_key"],
                 "return_doc_id": ret["doc_id"], "refund_cents": int(ret["refund_total_cents"]),
                 "created_at": now.astimezone(dt.UTC), "record": rows, "prev_hash": previous or GENESIS_HASH}
        entry["hash"] = self.digest(entry)
        connection.execute(insert(table_of(OfflineEntry)), [entry])
        return OfflineEntry(**entry)

    def digest(self, entry: Mapping[str, Any] | RowMapping) -> str:
        body = canonical({key: _plain_value(entry[key]) for key in (
            "seq", "allowance_id", "idempotency_key", "return_doc_id", "refund_cents", "created_at", "record")})
        return hmac.new(self.key, (entry["prev_hash"] + body).encode("utf-8"), hashlib.sha256).hexdigest()

    def verify(self, connection: Connection) -> int | None:
        """The seq of the first journal entry that does not verify (changed,
        removed or inserted after it was written), or None."""
        previous, expected = GENESIS_HASH, 1
        for entry in connection.execute(select(table_of(OfflineEntry)).order_by(OfflineEntry.seq)).mappings():
            if entry["seq"] != expected or entry["prev_hash"] != previous \
                    or not hmac.compare_digest(self.digest(entry), entry["hash"]):
                return expected
            previous, expected = entry["hash"], expected + 1
        return None

    def waiting(self, connection: Connection) -> int:
        """Journal entries not yet in the shared database."""
        return int(connection.scalar(select(func.count()).select_from(OfflineEntry)
                                     .where(OfflineEntry.synced_at.is_(None))) or 0)


def _plain(row: Mapping[str, Any] | RowMapping) -> dict[str, Any]:
    return {key: _plain_value(value) for key, value in row.items()}


def _plain_value(value: Any) -> Any:
    """A row's value as JSON keeps it (and the hash reads it back the same)."""
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat(timespec="microseconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, decimal.Decimal | uuid.UUID):
        return str(value)
    if isinstance(value, Mapping):
        return {str(k): _plain_value(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain_value(v) for v in value]
    return value
