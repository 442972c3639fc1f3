"""Writing and verifying the audit log's chains (one per store), tamper-evident
in the sense of Crosby and Wallach.

An entry's hash is an HMAC-SHA-256, keyed with a key derived from the
chain's PIN pepper (kept in the site's protected config, never in the
database), over the previous hash and a canonical JSON of the entry (sorted
keys, no spaces, UTF-8): someone with the database but not the key cannot
recompute the chain after an edit. (Entries written before the key was used
carry a plain SHA-256; they verify only as a prefix of the chain, never
after a keyed entry.) Checkpoints (a store's sequence number and hash, with
their MAC) leave the database on the end-of-day slip and through `returndesk
audit checkpoint`; `audit verify --checkpoints FILE` catches a chain cut
short or rewritten since. Verification also compares every return, refund,
voucher and override row with the entry that recorded it.

A store's log is several chains, its lanes: the store's own (lane "", for
sign-ins, case work, settings, ...) and one per register for its returns
(lane "01", ...; named "0001/01"). Writers lock the chain's head row
(SELECT ... FOR UPDATE on PostgreSQL; on SQLite the writing transaction
already holds the database's write lock), so two writers can never both
append entry n and fork a chain. With one chain a store, every return of
the store waited on one row held across a round trip to its counter: eight
counters of a store on one server spent most of their time queued there
(docs/benchmarks.md). A register's returns are its counter's alone, so its
chain's head is never waited on; the counter still locks it last and sends
the entries, the head's move and the COMMIT in one round trip
(``lock_head``, ``appending``). Checkpoints and ``audit verify`` take every
chain of every store. The tables
refuse UPDATE, DELETE and TRUNCATE (triggers, migrations 0001 and 0008).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import weakref
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, bindparam, insert, select, update
from sqlalchemy.orm import Session

from desktop.db.prepared import Call, InsertRows, Prepared, connection_of, send
from desktop.models import GENESIS_HASH, AuditEntry, AuditHead, Store, table_of

if TYPE_CHECKING:
    from desktop.services.context import Context


def canonical(entry: Mapping[str, Any]) -> str:
    return json.dumps(entry, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def chain_key(pepper: bytes) -> bytes:
    """The chain's MAC key, derived from the PIN pepper (another purpose, another key)."""
    return hmac.new(pepper, b"returndesk audit chain key v1", hashlib.sha256).digest()


_KEYS: dict[str, bytes] = {}  # by the database's URL: engines with options and disposed pools are the same database
_WHERE: weakref.WeakKeyDictionary[Engine, str] = weakref.WeakKeyDictionary()  # (an engine's URL never changes)


def _where(engine: Engine) -> str:
    where = _WHERE.get(engine)
    if where is None:
        where = _WHERE[engine] = engine.url.render_as_string(hide_password=True)
    return where


def use_key(engine: Engine, pepper: bytes) -> None:
    """Every entry written or verified through ``engine`` uses this station's key
    (the composition root and the service Context call this)."""
    _KEYS[_where(engine)] = chain_key(pepper)


def share_key(source: Engine, target: Engine) -> None:
    """``target`` (a staging copy of the same database) uses ``source``'s key."""
    if _where(source) in _KEYS:
        _KEYS[_where(target)] = _KEYS[_where(source)]


def _key(bind: Session | Connection) -> bytes:
    engine = connection_of(bind).engine if isinstance(bind, Session) else bind.engine
    key = _KEYS.get(_where(engine))
    if key is None:
        raise RuntimeError("the audit chain's key is not set for this database (audit.use_key)")
    return key


def _body(store_id: int, seq: int, at: dt.datetime, staff_id: int | None, action: str, entity: str,
          entity_id: str, payload: Mapping[str, Any], lane: str = "") -> str:
    return canonical({
        "store": store_id, "seq": seq, "at": at.astimezone(dt.UTC).isoformat(timespec="microseconds"),
        "staff": staff_id, "action": action, "entity": entity, "entity_id": entity_id, "payload": payload,
        **({"lane": lane} if lane else {}),  # (the store's own lane hashes as entries did before lanes)
    })


def entry_hash(key: bytes, prev_hash: str, store_id: int, seq: int, at: dt.datetime, staff_id: int | None,
               action: str, entity: str, entity_id: str, payload: Mapping[str, Any], lane: str = "") -> str:
    body = _body(store_id, seq, at, staff_id, action, entity, entity_id, payload, lane)
    return hmac.new(key, (prev_hash + body).encode("utf-8"), hashlib.sha256).hexdigest()


def chain_name(store_code: str, lane: str) -> str:
    """"0001" for a store's own chain, "0001/02" for its register 02's."""
    return f"{store_code}/{lane}" if lane else store_code


def parse_chain_name(name: str) -> tuple[str, str]:
    """(store code, lane) of a chain's name (chain_name)."""
    store, _, lane = name.partition("/")
    return store, lane


def _unkeyed_hash(prev_hash: str, *fields: Any) -> str:
    """The hash of entries written before the chain was keyed."""
    return hashlib.sha256((prev_hash + _body(*fields)).encode("utf-8")).hexdigest()


# ---- Public API


@dataclass(frozen=True)
class Event:
    """Something to write into the log."""

    action: str  # "return.completed", "signin.failed", ...
    staff_id: int | None = None
    entity: str = ""
    entity_id: str | int = ""
    payload: Mapping[str, Any] | None = None


def record(session: Session, store_id: int, action: str, *, at: dt.datetime, staff_id: int | None = None,
           entity: str = "", entity_id: str | int = "", payload: Mapping[str, Any] | None = None,
           lane: str = "") -> None:
    """Append an entry to the store's chain (or one of its lanes) in the
    caller's transaction (so it commits, or rolls back, with what it records)."""
    record_all(session, store_id, at, [Event(action, staff_id, entity, entity_id, payload)], lane)


# Built once and run on the driver (desktop/db/prepared.py): the chain's head
# is read and moved on every return.
_heads = table_of(AuditHead)
_HEAD_FOR_UPDATE = Prepared(select(_heads.c.seq, _heads.c.hash).where(_heads.c.store_id == bindparam("store"),
                                                                     _heads.c.lane == bindparam("lane"))
                            .with_for_update())
_NEW_HEAD = Prepared(insert(_heads))
_APPEND = InsertRows(table_of(AuditEntry), ["store_id", "lane", "seq", "at", "staff_id", "action", "entity",
                                             "entity_id", "payload", "prev_hash", "hash"])
_MOVE_HEAD = Prepared(update(_heads).where(_heads.c.store_id == bindparam("store"), _heads.c.lane == bindparam("lane"))
                      .values(seq=bindparam("new_seq"), hash=bindparam("new_hash")))


def record_all(session: Session | Connection, store_id: int, at: dt.datetime, events: list[Event],
               lane: str = "") -> None:
    """Append several entries under one lock of the chain's head."""
    connection = connection_of(session)  # prepared statements only: no ORM objects to flush
    (head,) = send(connection, [lock_head(store_id, lane)])
    send(connection, appending(connection, store_id, at, events, head, lane))


def lock_head(store_id: int, lane: str = "") -> Call:
    """Reading a chain's head (the store's, or one of its lanes) and locking
    it until the transaction ends: to ``send`` as late as possible, with the
    transaction's other statements (the counter's return,
    desktop/services/returns/writing.py)."""
    return _HEAD_FOR_UPDATE.read({"store": store_id, "lane": lane})


def appending(connection: Connection, store_id: int, at: dt.datetime, events: list[Event],
              head: list[tuple[Any, ...]], lane: str = "") -> list[Call]:
    """The statements that append ``events`` after ``head`` (the rows
    ``lock_head`` read) and move the head: to ``send``, best with the COMMIT,
    so the head is held for a single round trip."""
    key = _key(connection)
    if head:
        seq, previous = head[0]
    else:
        # A store's first entry; a concurrent first writer fails on the
        # primary key and its transaction is retried whole.
        seq, previous = 0, GENESIS_HASH
    at = at.astimezone(dt.UTC)
    rows = []
    for event in events:
        payload = dict(event.payload or {})
        seq += 1
        digest = entry_hash(key, previous, store_id, seq, at, event.staff_id, event.action, event.entity,
                            str(event.entity_id), payload, lane)
        rows.append({"store_id": store_id, "lane": lane, "seq": seq, "at": at, "staff_id": event.staff_id,
                     "action": event.action, "entity": event.entity, "entity_id": str(event.entity_id),
                     "payload": payload, "prev_hash": previous, "hash": digest})
        previous = digest
    if not head:
        return [_NEW_HEAD.write([{"store_id": store_id, "lane": lane, "seq": seq, "hash": previous}]),
                _APPEND.write(rows)]
    return [_APPEND.write(rows),
            _MOVE_HEAD.write([{"store": store_id, "lane": lane, "new_seq": seq, "new_hash": previous}])]


@dataclass(frozen=True)
class ChainReport:
    store: str
    entries: int
    broken_at: int | None = None  # seq of the first entry that does not verify
    problem: str = ""

    @property
    def ok(self) -> bool:
        return self.broken_at is None


def verify(session: Session, batch: int = 5000) -> list[ChainReport]:
    """Recompute every chain of every store (its own, and its lanes); name
    the first broken entry of each."""
    reports = []
    for store in session.scalars(select(Store).order_by(Store.code)):
        for lane in _lanes(session, store.id):
            reports.append(_verify_store(session, store, lane, batch))
    return reports


def _lanes(session: Session, store_id: int) -> list[str]:
    """A store's chains: its own (always), and each lane with a head or an entry."""
    found = set(session.scalars(select(AuditHead.lane).where(AuditHead.store_id == store_id)))
    found |= set(session.scalars(select(AuditEntry.lane).where(AuditEntry.store_id == store_id).distinct()))
    return sorted(found | {""})


def verify_all(ctx: Context) -> list[ChainReport]:
    """verify() in a read-only unit of work of its own."""
    with ctx.uow() as uow:
        return verify(uow.session)


@dataclass(frozen=True)
class Verification:
    chains: list[ChainReport]
    problems: list[str]  # rows that differ from their entries, checkpoints the chain no longer matches

    @property
    def ok(self) -> bool:
        return all(chain.ok for chain in self.chains) and not self.problems


def verify_everything(ctx: Context, taken: list[dict[str, Any]] | None = None) -> Verification:
    """The chains, the business rows against their entries, and (given)
    checkpoints taken earlier, in one read-only unit of work."""
    with ctx.uow() as uow:
        chains = verify(uow.session)
        problems = check_rows(uow.session)
        if taken:
            problems += check_checkpoints(uow.session, taken)
        return Verification(chains, problems)


def take_checkpoints(ctx: Context, store_code: str | None = None) -> list[Checkpoint]:
    with ctx.uow() as uow:
        return checkpoints(uow.session, ctx.now(), store_code)


def _verify_store(session: Session, store: Store, lane: str, batch: int) -> ChainReport:
    key = _key(session)
    name = chain_name(store.code, lane)
    prev_hash, expected_seq, count = GENESIS_HASH, 1, 0
    last_seq = 0
    keyed = False  # once an entry is keyed, every later one must be
    while True:
        rows = session.scalars(
            select(AuditEntry).where(AuditEntry.store_id == store.id, AuditEntry.lane == lane,
                                     AuditEntry.seq > last_seq)
            .order_by(AuditEntry.seq).limit(batch)
        ).all()
        if not rows:
            break
        for entry in rows:
            if entry.seq != expected_seq:
                return ChainReport(name, count, expected_seq, f"entry {expected_seq} is missing")
            if entry.prev_hash != prev_hash:
                return ChainReport(name, count, entry.seq, "its link to the previous entry is wrong")
            fields = (entry.store_id, entry.seq, entry.at, entry.staff_id, entry.action, entry.entity,
                      entry.entity_id, entry.payload, entry.lane)
            if hmac.compare_digest(entry_hash(key, prev_hash, *fields), entry.hash):
                keyed = True
            elif keyed or _unkeyed_hash(prev_hash, *fields) != entry.hash:
                return ChainReport(name, count, entry.seq, "its content was changed after it was written")
            prev_hash, expected_seq, count = entry.hash, expected_seq + 1, count + 1
            last_seq = entry.seq
        session.expunge_all()
    if count and not keyed:
        return ChainReport(name, count, count, "no entry carries the chain's key: it was rewritten without it")
    head = session.get(AuditHead, (store.id, lane))
    if head is None and count:
        return ChainReport(name, count, count, "the chain's head row is missing")
    if head is not None and (head.seq != count or head.hash != prev_hash):
        return ChainReport(name, count, count + 1, f"the chain head says {head.seq} entries, found {count}")
    return ChainReport(name, count)


# ---- Checkpoints: the chain's state, taken out of the database


@dataclass(frozen=True)
class Checkpoint:
    store: str
    seq: int
    hash: str
    at: str  # when it was taken, ISO UTC
    mac: str  # HMAC over store, seq, hash and at: a checkpoint cannot be made up without the key

    def to_json(self) -> dict[str, Any]:
        return {"store": self.store, "seq": self.seq, "hash": self.hash, "at": self.at, "mac": self.mac}

    def short(self) -> str:
        """As printed on the end-of-day slip."""
        return f"{self.store}#{self.seq} {self.hash[:16]} {self.mac[:16]}"


def _checkpoint_mac(key: bytes, store: str, seq: int, digest: str, at: str) -> str:
    return hmac.new(key, f"checkpoint|{store}|{seq}|{digest}|{at}".encode(), hashlib.sha256).hexdigest()


def checkpoints(session: Session, now: dt.datetime, store_code: str | None = None) -> list[Checkpoint]:
    """Each chain as it stands (or one store's chains): ``store`` names the
    chain, "0001" or "0001/02" (chain_name)."""
    key = _key(session)
    at = now.astimezone(dt.UTC).isoformat(timespec="seconds")
    query = select(Store.code, AuditHead.lane, AuditHead.seq, AuditHead.hash).join(AuditHead,
                                                                                  AuditHead.store_id == Store.id)
    if store_code is not None:
        query = query.where(Store.code == store_code)
    points = []
    for code, lane, seq, digest in session.execute(query.order_by(Store.code, AuditHead.lane)):
        name = chain_name(code, lane)
        points.append(Checkpoint(name, seq, digest, at, _checkpoint_mac(key, name, seq, digest, at)))
    return points


def check_checkpoints(session: Session, taken: list[dict[str, Any]]) -> list[str]:
    """Problems with checkpoints taken earlier: a forged one, a chain now
    shorter than it was (a cut tail), or a different hash at that entry (a
    rewritten chain)."""
    key = _key(session)
    problems = []
    for point in taken:
        try:
            store, seq, digest, at = str(point["store"]), int(point["seq"]), str(point["hash"]), str(point["at"])
            mac = str(point["mac"])
        except (KeyError, TypeError, ValueError):
            problems.append(f"checkpoint {point!r:.60}: not a checkpoint")
            continue
        if not hmac.compare_digest(_checkpoint_mac(key, store, seq, digest, at), mac):
            problems.append(f"store {store}: the checkpoint of entry {seq} taken {at} is not one this chain's key made")
            continue
        code, lane = parse_chain_name(store)
        store_id = session.scalar(select(Store.id).where(Store.code == code))
        entry = session.scalars(select(AuditEntry).where(AuditEntry.store_id == store_id, AuditEntry.lane == lane,
                                                         AuditEntry.seq == seq)).first()
        if entry is None:
            problems.append(f"store {store}: entry {seq}, recorded by the checkpoint taken {at}, is gone "
                            "(the chain was cut short)")
        elif entry.hash != digest:
            problems.append(f"store {store}: entry {seq} differs from the checkpoint taken {at} (the chain was "
                            "rewritten)")
    return problems


# ---- The business rows against the entries that recorded them


def check_rows(session: Session) -> list[str]:
    """Every return, refund, voucher and override compared with its entry:
    a row changed in its own table (a refund made bigger, a voucher topped
    up) no longer matches what the log says was done."""
    from desktop.models import OverrideRequest, RefundTender, Return, Voucher
    from desktop.policy.money import Currency

    problems: list[str] = []
    completed: dict[str, dict[str, Any]] = {}
    issued: dict[str, list[dict[str, Any]]] = {}
    decided: dict[str, str] = {}
    for action, entity_id, payload in session.execute(
            select(AuditEntry.action, AuditEntry.entity_id, AuditEntry.payload).where(AuditEntry.action.in_(
                ("return.completed", "refund.issued", "override.approved", "override.refused")))):
        if action == "return.completed":
            completed[entity_id] = payload
        elif action == "refund.issued":
            issued.setdefault(entity_id, []).append(payload)
        else:
            decided[entity_id] = action.split(".")[1]
    vouchers = {row.id: row for row in session.scalars(select(Voucher))}
    tenders: dict[int, list[RefundTender]] = {}
    for tender in session.scalars(select(RefundTender)):
        tenders.setdefault(tender.return_id, []).append(tender)
    for ret in session.scalars(select(Return).order_by(Return.id)):
        money = Currency.of(ret.currency).format
        entry = completed.get(ret.doc_id)
        if entry is None:
            problems.append(f"return {ret.doc_id} has no entry in the audit log")
            continue
        if entry.get("refund_total") != money(ret.refund_total_cents):
            problems.append(f"return {ret.doc_id}: refunded {money(ret.refund_total_cents)}, the log says "
                            f"{entry.get('refund_total')}")
        logged = sorted((str(t.get("type")), str(t.get("amount")), str(t.get("voucher_id") or ""))
                        for t in issued.get(ret.doc_id, []))
        rows = sorted((t.type, money(t.amount_cents), vouchers[t.voucher_id].doc_id if t.voucher_id else "")
                      for t in tenders.get(ret.id, []))
        if logged != rows:
            problems.append(f"return {ret.doc_id}: its refunds {rows} differ from the log's {logged}")
        for tender in tenders.get(ret.id, []):
            voucher = vouchers.get(tender.voucher_id) if tender.voucher_id else None
            if voucher is not None and voucher.amount_cents != tender.amount_cents:
                problems.append(f"voucher {voucher.doc_id}: issued for {money(voucher.amount_cents)}, the refund "
                                f"was {money(tender.amount_cents)}")
    for request in session.scalars(select(OverrideRequest).where(OverrideRequest.status.in_(("approved", "used",
                                                                                          "refused")))):
        said = decided.get(str(request.id))
        status = "refused" if request.status == "refused" else "approved"
        if said is not None and said != status:
            problems.append(f"override request {request.id} is {request.status}, the log says {said}")
        elif said is None and request.return_id is not None and status == "approved" and request.decided_by_id:
            problems.append(f"override request {request.id} is approved with no approval in the log")
    return problems


def key_chains(ctx: Context) -> list[str]:
    """A keyed entry at the end of every chain whose newest entry is not
    keyed yet (a database from before the chains were keyed): from then on
    its older entries verify only as a prefix of a keyed chain. The codes of
    the stores done (read first; written only when there is something to do)."""
    with ctx.uow() as uow:
        unkeyed = _unkeyed_heads(uow.session)
    if not unkeyed:
        return []
    with ctx.uow(write=True) as uow:
        for store_id, _code, lane, seq, digest in _unkeyed_heads(uow.session):
            record(uow.session, store_id, "audit.keyed", at=ctx.now(),
                   payload={"unkeyed_up_to": seq, "hash": digest}, lane=lane)
        uow.commit()
    return [chain_name(code, lane) for _, code, lane, _, _ in unkeyed]


def _unkeyed_heads(session: Session) -> list[tuple[int, str, str, int, str]]:
    key = _key(session)
    found = []
    heads = select(Store.id, Store.code, AuditHead.lane, AuditHead.seq, AuditHead.hash).join(
        AuditHead, AuditHead.store_id == Store.id)
    for store_id, code, lane, seq, digest in session.execute(heads).all():
        entry = session.scalars(select(AuditEntry).where(AuditEntry.store_id == store_id, AuditEntry.lane == lane,
                                                         AuditEntry.seq == seq)).first()
        if entry is None:
            continue
        fields = (entry.store_id, entry.seq, entry.at, entry.staff_id, entry.action, entry.entity, entry.entity_id,
                  entry.payload, entry.lane)
        if not hmac.compare_digest(entry_hash(key, entry.prev_hash, *fields), digest):
            found.append((store_id, code, lane, seq, digest))
    return found
