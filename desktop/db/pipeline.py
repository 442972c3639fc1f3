"""Statements sent to PostgreSQL in one packet and answered in one.

psycopg's pipeline mode writes each statement to the socket as it is
queued, so the server wakes, reads and waits once per statement; on a
shared server with a few cores and many counters, those wakes cost more
than the statements (docs/benchmarks.md). Here a trip is built in libpq's
output buffer (pipeline mode, nothing flushed) and written once, at the
Sync; the server runs it all and answers once.

Each statement is a named server-side prepared statement, made on the
connection the first time it is sent, so the server parses and plans it
once per connection. Values travel as text, and the server gives them the
types the SQL casts them to (SQLAlchemy writes ``$1::INTEGER``) or the
columns they go into: one statement, one plan, whatever Python type or
size a value has. Names are kept in the pool's record of the connection,
which SQLAlchemy clears when the connection is replaced. A prepared
statement is not undone by a rollback; one whose Parse never ran (the trip
failed before it) is not remembered, and is made again next time.

Values are dumped and rows loaded by psycopg's own adapters (its
``Transformer``), as a cursor would; errors are psycopg's own exceptions,
raised once the whole trip is answered, so the connection is left ready for
the caller's ROLLBACK. A trip cut off part-way closes its connection.
"""

from __future__ import annotations

import select
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from psycopg import Connection as DriverConnection
from psycopg import OperationalError, errors, pq
from psycopg.abc import Transformer as Adapting
from psycopg.adapt import PyFormat, Transformer

_STATEMENTS = "returndesk.prepared"  # key of the names made on a connection, in the pool's record of it
_TEXT = pq.Format.TEXT
_OK = (pq.ExecStatus.COMMAND_OK, pq.ExecStatus.TUPLES_OK)


@dataclass(frozen=True)
class Query:
    """One statement with ``$1 ... $n`` placeholders and its value sets (it
    runs once for each)."""

    sql: bytes
    values: Sequence[Sequence[Any]]


@dataclass
class Answer:
    """What one value set of a query gave back."""

    rows: list[tuple[Any, ...]]
    types: list[int]  # the columns' type OIDs
    count: int  # rows written, changed or returned


@dataclass
class _Names:
    """The prepared statements made on one connection (sql -> name), and
    its adapters."""

    transformer: Adapting
    made: dict[bytes, bytes] = field(default_factory=dict)
    issued: int = 0

    def new(self) -> bytes:
        self.issued += 1
        return b"_rd_%d" % self.issued


def run(driver: DriverConnection[Any], record_info: dict[str, Any], queries: Sequence[Query],
        commit: bool = False) -> list[list[Answer]]:
    """Run ``queries`` in order in one round trip, in the connection's
    transaction (begun here if none is open, as psycopg would), with the
    COMMIT last when ``commit``. Gives each query its answers, one per value
    set; raises the first error met, after the whole trip is answered."""
    names: _Names | None = record_info.get(_STATEMENTS)
    if names is None:
        names = record_info[_STATEMENTS] = _Names(Transformer.from_context(driver))
    transformer = names.transformer
    failure: Exception | None = None
    with driver.lock:
        pgconn = driver.pgconn
        pgconn.enter_pipeline_mode()
        answered = False
        try:
            expected: list[tuple[str, Any]] = []  # what each queued command's result is for
            if not driver.autocommit and pgconn.transaction_status == pq.TransactionStatus.IDLE:
                pgconn.send_query_params(_begin_command(driver), None)
                expected.append(("begin", None))
            making: dict[bytes, bytes] = {}
            for position, query in enumerate(queries):
                name = names.made.get(query.sql) or making.get(query.sql)
                if name is None:
                    name = making[query.sql] = names.new()
                    pgconn.send_prepare(name, query.sql)
                    expected.append(("prepare", query.sql))
                for values in query.values:
                    dumped = transformer.dump_sequence(values, [PyFormat.TEXT] * len(values))
                    pgconn.send_query_prepared(name, dumped, result_format=_TEXT)
                    expected.append(("query", position))
            if commit:
                pgconn.send_query_params(b"COMMIT", None)
                expected.append(("commit", None))
            pgconn.pipeline_sync()
            _flush(pgconn)
            answers: list[list[Answer]] = [[] for _ in queries]
            for kind, what in expected:
                results = _results_of_one(pgconn)
                for result in results:
                    if result.status == pq.ExecStatus.FATAL_ERROR and failure is None:
                        failure = errors.error_from_result(result, encoding=driver.info.encoding)
                if failure is not None or any(r.status not in _OK for r in results):
                    continue  # aborted after the failure: nothing of it ran
                if kind == "prepare":
                    names.made[what] = making[what]
                elif kind == "query":
                    answers[what].append(_answer(transformer, results[-1]))
            _until_sync(pgconn)
            answered = True
        finally:
            if answered:
                pgconn.exit_pipeline_mode()
            elif pgconn.status == pq.ConnStatus.OK:
                # Cut off part-way (answers out of step, a value that could not be sent): a connection in
                # an unknown state is closed, the server rolls its transaction back and the pool replaces it.
                pgconn.finish()
    if failure is not None:
        if isinstance(failure, errors.InvalidSqlStatementName):  # the server forgot them (DEALLOCATE ALL)
            names.made.clear()
        raise failure
    return answers


def _begin_command(driver: DriverConnection[Any]) -> bytes:
    """The BEGIN psycopg would send, with the connection's transaction settings."""
    parts = ["BEGIN"]
    if driver.isolation_level is not None:
        parts += ["ISOLATION LEVEL", driver.isolation_level.name.replace("_", " ")]
    if driver.read_only is not None:
        parts.append("READ ONLY" if driver.read_only else "READ WRITE")
    if driver.deferrable is not None:
        parts.append("DEFERRABLE" if driver.deferrable else "NOT DEFERRABLE")
    return " ".join(parts).encode()


def _answer(transformer: Adapting, result: pq.abc.PGresult) -> Answer:
    if result.status != pq.ExecStatus.TUPLES_OK or result.nfields == 0:
        return Answer([], [], result.command_tuples or 0)
    transformer.set_pgresult(result)
    rows = transformer.load_rows(0, result.ntuples, tuple)
    return Answer(rows, [result.ftype(i) for i in range(result.nfields)], result.ntuples)


def _flush(pgconn: pq.abc.PGconn) -> None:
    """Write the whole trip (the socket may take it in parts)."""
    while pgconn.flush():
        readable, _, _ = select.select([pgconn.socket], [pgconn.socket], [])
        if readable:  # the server answers while the rest is written: keep its answers moving
            pgconn.consume_input()


def _next(pgconn: pq.abc.PGconn) -> pq.abc.PGresult | None:
    while pgconn.is_busy():
        select.select([pgconn.socket], [], [])
        pgconn.consume_input()
    return pgconn.get_result()


def _results_of_one(pgconn: pq.abc.PGconn) -> list[pq.abc.PGresult]:
    """The results of the next queued command (libpq ends each with none)."""
    results = []
    while (result := _next(pgconn)) is not None:
        if result.status == pq.ExecStatus.PIPELINE_SYNC:
            raise OperationalError("the server's answers are out of step with the statements sent")
        results.append(result)
    return results


def _until_sync(pgconn: pq.abc.PGconn) -> None:
    """The Sync's own result, which ends the trip."""
    result = _next(pgconn)
    if result is None or result.status != pq.ExecStatus.PIPELINE_SYNC:
        raise OperationalError("the server's answers are out of step with the statements sent")
