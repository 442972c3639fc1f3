"""A chain on three PostgreSQL servers: HQ and two stores, each store's
database joined to HQ's (`returndesk chain join`) and HQ subscribed to each
store's publication (`returndesk chain subscribe`), as docs/deploying.md
sets it up. A return at one store reaches HQ; the other store takes a
return from the first store's receipt by looking it up at HQ, counting what
was already returned there; HQ ends with both returns, each store's rows
in its own id range, and an audit log that verifies. With HQ out of reach,
a receipt already brought is still served and a new one is refused with
the reason."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.db.engine import Database
from desktop.db.numbering import RegisterCounter
from desktop.models import Customer, Return, Sale, SaleLine, Store
from desktop.services import audit, auth, cases, chain, counter, returns
from desktop.services.context import Context
from desktop.services.errors import RequestError
from tests.conftest import PEPPER
from tests.pg_clusters import Cluster, need_clusters

pytestmark = pytest.mark.postgres
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def servers() -> Iterator[dict[str, Cluster]]:
    need_clusters()
    made: dict[str, Cluster] = {}
    try:
        for name in ("hq", "0001", "0002"):
            made[name] = Cluster.create("wal_level=logical")
            made[name].sql("CREATE DATABASE rd")
        yield made
    finally:
        for cluster in made.values():
            cluster.drop()


def _cli(url: str, tmp_path: Path, *args: str) -> str:
    env = {**os.environ, "RETURNDESK_DB_URL": url, "RETURNDESK_DATA_DIR": str(tmp_path / "data"),
           "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "desktop", *args], env=env, capture_output=True, text=True,
                          timeout=300, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _context(url: str, tmp_path: Path, store: str, hq: str | None = None) -> Context:
    return Context(db=Database.connect(url), pepper=PEPPER, counter=RegisterCounter(tmp_path / f"counter-{store}"),
                   store_code=store, register_code="01", hq=Database.connect(hq) if hq else None)


def _arrives(hq: Context, doc_id: str) -> Return:
    """The return as HQ has it, once replication has brought it (a few seconds at most)."""
    until = time.monotonic() + 60
    while time.monotonic() < until:
        with hq.uow() as uow:
            row = uow.session.scalars(select(Return).where(Return.doc_id == doc_id)).one_or_none()
            if row is not None:
                uow.session.expunge(row)
                return row
        time.sleep(0.2)
    raise AssertionError(f"return {doc_id} did not reach HQ")


def _two_line_receipts(hq: Context, store: str) -> list[str]:
    """Recent receipts of ``store`` whose first two lines can simply come back."""
    with hq.uow() as uow:
        session = uow.session
        simple = select(SaleLine.sale_id).where(SaleLine.line_no.in_((1, 2)), SaleLine.qty == 1,
                                                SaleLine.qty_scale == 0, SaleLine.final_sale.is_(False),
                                                SaleLine.serial.is_(None), SaleLine.returned_qty == 0,
                                                SaleLine.category.not_in(("appliances", "clearance")))
        rows = session.execute(select(Sale.doc_id, Sale.id).join(Store).where(Store.code == store)
                               .order_by(Sale.purchased_at.desc()).limit(60)).all()
        counts: dict[int, int] = {}
        for sale_id in session.scalars(simple.where(SaleLine.sale_id.in_([r.id for r in rows]))):
            counts[sale_id] = counts.get(sale_id, 0) + 1
        return [doc for doc, sale_id in rows if counts.get(sale_id) == 2]


def _return(ctx: Context, actor: auth.Actor, receipt: str, line: int, key: str) -> returns.ReturnReply:
    return returns.process(returns.parse_request({
        "receipt": receipt, "idempotency_key": key, "refund_to": "store_credit",
        "items": [{"line": line, "qty": 1, "condition": "new", "reason": "changed_mind"}]}), actor, ctx)


def test_two_stores_and_hq_on_three_servers(servers: dict[str, Cluster], tmp_path: Path) -> None:
    hq_url = servers["hq"].url("rd")
    _cli(hq_url, tmp_path, "db", "upgrade")
    _cli(hq_url, tmp_path, "demo", "seed", "--receipts", "200", "--no-history")
    for store in ("0001", "0002"):
        url = servers[store].url("rd")
        _cli(url, tmp_path, "db", "upgrade")
        _cli(url, tmp_path, "chain", "join", "--hq", hq_url, "--store", store)
        _cli(hq_url, tmp_path, "chain", "subscribe", "--store", store, "--publisher", servers[store].dsn("rd"))
    hq = _context(hq_url, tmp_path, "")
    first = _context(servers["0001"].url("rd"), tmp_path, "0001", hq=hq_url)
    second = _context(servers["0002"].url("rd"), tmp_path, "0002", hq=hq_url)
    try:
        receipt, other, raced = _two_line_receipts(hq, "0001")[:3]
        # Store 0001 takes back line 1 of its own receipt; HQ gets it.
        at_first = _return(first, auth.sign_in(auth.SignIn("1001", "2468"), first), receipt, 1, "first-1")
        assert at_first.status == "completed", at_first.body
        _arrives(hq, at_first.return_id)
        # Store 0002 has never seen the receipt: it is brought from HQ, line 1 already returned.
        clerk = auth.sign_in(auth.SignIn("2001", "2233"), second)
        opened = counter.open_receipt(second, receipt)
        lines = {line.line: line for line in opened.lines}
        assert lines[1].returned == lines[1].sold and lines[2].returned == 0  # store 0001's return, counted
        again = _return(second, clerk, receipt, 1, "second-1")  # nothing left on line 1, chain-wide
        assert again.status == "denied" and again.return_id is None, again.body
        at_second = _return(second, clerk, receipt, 2, "second-2")
        assert at_second.status == "completed", at_second.body
        row = _arrives(hq, at_second.return_id)
        with second.uow() as uow:
            store_two = uow.session.scalar(select(Store.id).where(Store.code == "0002"))
            sale_id = uow.session.scalar(select(Sale.id).where(Sale.doc_id == receipt))
        assert row.store_id == store_two and row.sale_id == sale_id  # pointing at the sale store 0001 sent
        assert row.id >= store_two * chain.ID_RANGE  # its own id range: never meets another store's rows
        # Back at store 0001, its own receipt counts what store 0002 took back.
        mine = {line.line: line for line in counter.open_receipt(first, receipt).lines}
        assert mine[2].returned == mine[2].sold
        twice = _return(first, auth.sign_in(auth.SignIn("1001", "2468"), first), receipt, 2, "first-2")
        assert twice.status == "denied", twice.body
        with hq.uow() as uow:
            at_hq = list(uow.session.scalars(select(Return.doc_id).where(Return.sale_id == sale_id)))
        assert sorted(at_hq) == sorted([at_first.return_id, at_second.return_id])
        verification = audit.verify_everything(hq)
        assert verification.ok, (verification.chains, verification.problems[:5])
        links = chain.status(hq.db)
        assert [(link.name, link.state) for link in links] == [("returndesk_store_0001", "streaming"),
                                                               ("returndesk_store_0002", "streaming")], links
        assert chain.over_returned(hq.db) == []
        # Both stores take back the same line while HQ does not hear from store 0001: HQ flags it.
        servers["hq"].sql("ALTER SUBSCRIPTION returndesk_store_0001 DISABLE", "rd")
        here = _return(first, auth.sign_in(auth.SignIn("1001", "2468"), first), raced, 1, "first-raced")
        there = _return(second, clerk, raced, 1, "second-raced")
        assert here.status == there.status == "completed", (here.body, there.body)
        servers["hq"].sql("ALTER SUBSCRIPTION returndesk_store_0001 ENABLE", "rd")
        _arrives(hq, here.return_id)
        assert chain.over_returned(hq.db) == [{"receipt": raced, "line": 1, "sold": 1, "returned": 2,
                                               "returns": sorted([here.return_id, there.return_id])}]
        # A customer signed up at store 0002 takes an id of store 0002's range.
        cases.open_case(second, cases.OpenCase(type="inquiry", channel="phone", subject="Loyalty card",
                                               contact_name="Ana Reyes", contact_phone="555-0199",
                                               new_customer=True), clerk)
        with second.uow() as uow:
            signed_up = uow.session.scalars(select(Customer).where(Customer.phone == "555-0199")).one()
        assert store_two * chain.ID_RANGE <= signed_up.id < (store_two + 1) * chain.ID_RANGE
        # HQ goes down: the receipt brought before is still served; one never seen is refused, saying why.
        servers["hq"].stop()
        assert counter.open_receipt(second, receipt).receipt_id == receipt
        with pytest.raises(RequestError, match="HQ's database.*cannot be reached"):
            counter.open_receipt(second, other)
    finally:
        for ctx in (hq, first, second):
            ctx.db.dispose()
            if ctx.hq is not None:
                ctx.hq.dispose()

