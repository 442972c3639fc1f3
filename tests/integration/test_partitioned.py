"""A chain's central PostgreSQL with its record tables partitioned by store
(desktop/db/partitioning.py): the rows kept, a store's queries reading its
own partition, the counter unchanged, and every key and reference still
holding."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy.exc
from sqlalchemy import func, select, text

from desktop.db import partitioning
from desktop.db.engine import Database
from desktop.models import RefundTender, Return, ReturnLine
from desktop.services import audit, returns
from desktop.services.context import Context
from tests.conftest import NOW, Clock, make_context
from tests.integration.test_race import COUNTERS, _race
from tests.integration.test_returns import count, request, sale_line, sign_in

pytestmark = pytest.mark.parametrize("backend", [pytest.param("postgresql", marks=pytest.mark.postgres)])
PARTITIONS = 4


@pytest.fixture
def partitioned_ctx(seeded_url: str, tmp_path: Path) -> Iterator[Context]:
    db = Database.connect(seeded_url)
    try:
        with db.engine.connect() as connection:
            before = {table: connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
                      for table in partitioning.TABLES}
        done = partitioning.partition(db, PARTITIONS)
        assert done.rows == before and before["sales"] > 0
        assert partitioning.partitioned(db) == PARTITIONS
    finally:
        db.dispose()
    ctx = make_context(seeded_url, tmp_path, Clock(NOW))
    yield ctx
    ctx.db.dispose()


def plan(ctx: Context, sql: str) -> str:
    with ctx.db.engine.connect() as connection:
        return "\n".join(row[0] for row in connection.execute(text(f"EXPLAIN {sql}")))


def test_a_stores_rows_are_in_one_partition_and_its_queries_read_only_that(partitioned_ctx: Context) -> None:
    ctx = partitioned_ctx
    with ctx.db.engine.connect() as connection:
        stores = connection.execute(text("SELECT DISTINCT store_id FROM sales")).scalars().all()
        for store in stores:
            holding = connection.execute(text("SELECT count(DISTINCT tableoid) FROM sales WHERE store_id = :s"),
                                         {"s": store}).scalar_one()
            assert holding == 1
    store_plan = plan(ctx, f"SELECT count(*) FROM returns WHERE store_id = {stores[0]}")
    assert store_plan.count("returns_p") == 1, store_plan
    assert plan(ctx, "SELECT count(*) FROM returns").count("returns_p") == PARTITIONS


def test_the_counter_returns_on_partitioned_tables_once_per_key(partitioned_ctx: Context,
                                                                samples: dict[str, str]) -> None:
    ctx = partitioned_ctx
    actor = sign_in(ctx)
    req = request(samples["split_tender"], [{"line": 1, "qty": 1, "condition": "new"}], key="part-1")
    first = returns.process(req, actor, ctx)
    assert first.status == "completed", first.body
    again = returns.process(req, actor, ctx)
    assert again.replayed and again.body == first.body
    assert count(ctx, Return) == 1 and sale_line(ctx, samples["split_tender"], 1).returned_qty == 1
    with ctx.uow() as uow:
        refunded = uow.session.scalar(select(func.sum(RefundTender.amount_cents)))
        assert refunded == uow.session.scalar(select(func.sum(Return.refund_total_cents))) > 0
        assert all(report.ok for report in audit.verify(uow.session))


def test_eight_counters_racing_return_exactly_what_was_sold(partitioned_ctx: Context, seeded_url: str,
                                                            tmp_path: Path, samples: dict[str, str]) -> None:
    code = samples["split_tender"]  # line 2: two units sold
    outcomes = _race(seeded_url, tmp_path, code, 2, [f"race-{n}" for n in range(COUNTERS)])
    statuses = [status for _, status, _ in outcomes]
    assert statuses.count("completed") == 2 and statuses.count("denied") == COUNTERS - 2, outcomes
    ctx = partitioned_ctx
    assert sale_line(ctx, code, 2).returned_qty == 2 and count(ctx, ReturnLine) == 2


def test_keys_and_references_still_hold(partitioned_ctx: Context, samples: dict[str, str]) -> None:
    ctx = partitioned_ctx
    actor = sign_in(ctx)
    reply = returns.process(request(samples["coupon"], [{"line": 1, "qty": 1}], key="part-2"), actor, ctx)
    assert reply.status == "completed"
    with ctx.db.engine.connect() as connection:
        ret = connection.execute(text("SELECT * FROM returns")).mappings().one()
        line = connection.execute(text("SELECT * FROM return_lines")).mappings().one()

    def refused(sql: str, params: dict[str, object], match: str, twin: str = "idempotency_key = 'other'") -> None:
        with ctx.db.engine.connect() as connection, pytest.raises(sqlalchemy.exc.DBAPIError, match=match):
            connection.execute(text("CREATE TEMP TABLE twin AS SELECT * FROM returns"))  # the return again, but...
            connection.execute(text(f"UPDATE twin SET id = id + 1000, {twin}"), params)
            connection.execute(text(sql), params)

    # A second return with the same document id, or the same idempotency key at the same store.
    refused("INSERT INTO returns SELECT * FROM twin", {}, r"Key \(store_id, doc_id\)")
    refused("INSERT INTO returns SELECT * FROM twin", {}, r"Key \(store_id, idempotency_key\)",
            twin="doc_id = '2000100000999998'")
    # A line of a return or a sale that does not exist, from a partitioned table and from a plain one.
    refused("UPDATE return_lines SET sale_line_id = :bad WHERE id = :id", {"bad": 10**15, "id": line["id"]},
            "refers to no row of sale_lines")
    refused("UPDATE return_lines SET return_id = :bad WHERE id = :id", {"bad": 10**15, "id": line["id"]},
            "fk_return_lines_return_id_returns")  # within a store: a foreign key on (store_id, return_id)
    refused("UPDATE return_lines SET store_id = store_id + 1 WHERE id = :id", {"id": line["id"]},
            "fk_return_lines_return_id_returns|keeps its id and its store")
    refused("INSERT INTO feedback (store_id, return_id, score, comment, at) VALUES (:store, :bad, 5, '', now())",
            {"store": ret["store_id"], "bad": 10**15}, "refers to no row of returns")
    # Records stay: not deleted, not moved to another store.
    refused("DELETE FROM sales WHERE id = (SELECT sale_id FROM returns LIMIT 1)", {}, "cannot be deleted")
    refused("UPDATE returns SET store_id = store_id + 1", {}, "keeps its id and its store")


def test_partitioning_is_refused_twice_and_on_the_embedded_database(partitioned_ctx: Context,
                                                                     tmp_path: Path) -> None:
    with pytest.raises(partitioning.PartitionError, match="partitioned already"):
        partitioning.partition(partitioned_ctx.db, PARTITIONS)
    embedded = Database.connect(f"sqlite:///{tmp_path / 'embedded.sqlite3'}")
    try:
        with pytest.raises(partitioning.PartitionError, match="embedded database has none"):
            partitioning.partition(embedded, PARTITIONS)
    finally:
        embedded.dispose()
