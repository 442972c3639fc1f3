"""The counter's hot-path statements, compiled once and run on the driver.

A return is a dozen short statements. On SQLite each costs the driver a few
microseconds, and SQLAlchemy's execution around it (the execution context,
its events, the result object) another 20 to 30: most of a return's time
(docs/benchmarks.md). ``Prepared`` keeps what matters of Core and drops the
rest:

- the SQL is SQLAlchemy's own compilation of a Core statement over the
  models' tables, once per dialect and set of columns;
- every value passes through its column type's own bind and result
  processors, so a row is written and read exactly as Core writes and reads
  it (aware UTC timestamps, dates, JSON, booleans, decimals);
- it runs on the connection the session already holds, inside its
  transaction: atomicity is the session's, as before;
- driver errors come out as SQLAlchemy's exceptions (``IntegrityError``,
  ``OperationalError``), and a dropped connection is invalidated as Core
  would, so the callers' retry and disconnect handling still applies.

Given up: connection events and statement logging (``echo``) for these
statements, and Python-side column defaults (an INSERT must name every
column that has one; compiling it says so otherwise).

``send`` runs several of them together: on PostgreSQL in one round trip,
written to the server in one packet as named prepared statements
(desktop/db/pipeline.py), optionally with the transaction's COMMIT. A return
on a shared server is three such trips instead of a dozen, and the rows it
locks (the audit chain's head above all) are held for one trip, not three
(docs/benchmarks.md). On PostgreSQL every prepared statement goes that way,
one alone included.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import Table, bindparam, exc, insert
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.orm import Session
from sqlalchemy.sql.dml import Insert, Update
from sqlalchemy.sql.selectable import Select

Statement = Select[Any] | Insert | Update
T = TypeVar("T")
_PYFORMAT = re.compile(r"%%|%\(([^)]+)\)s")


class _Form:
    """A statement as one dialect runs it: SQL, parameter order, processors."""

    def __init__(self, statement: Statement, dialect: Dialect, keys: Sequence[str] | None):
        returned = list(statement.exported_columns)  # a SELECT's columns, or what RETURNING gives back
        writes_many = isinstance(statement, Insert) and not returned  # no implicit RETURNING of the key
        if keys is not None and isinstance(statement, Insert):  # the others are a value's own parameters (a subquery's)
            keys = [key for key in keys if key in statement.table.c]
        compiled = statement.compile(dialect=dialect, column_keys=list(keys) if keys is not None else None,
                                     for_executemany=writes_many)
        if compiled.insert_prefetch or compiled.update_prefetch:
            missing = ", ".join(c.name for c in [*compiled.insert_prefetch, *compiled.update_prefetch])
            raise TypeError(f"a prepared statement must give every column with a Python default: {missing}")
        if compiled.literal_execute_params or compiled.post_compile_params:
            raise TypeError("a prepared statement cannot expand parameters at execution (IN lists)")
        self.sql = compiled.string
        self.positional = compiled.positiontup is not None
        self.names: list[str] = list(compiled.positiontup or compiled.binds)
        # Literals in the statement (the 1 of "count + 1") are bound values too.
        given = set(keys or ())
        self.fixed = {name: bind.effective_value for name, bind in compiled.binds.items()
                      if name in self.names and not bind.required and bind.callable is None and name not in given}
        processors = [compiled.binds[name].type.dialect_impl(dialect).bind_processor(dialect) for name in self.names]
        self.bind_processors = [(i, process) for i, process in enumerate(processors) if process is not None]
        self._get = operator.itemgetter(*self.names) if self.names else (lambda values: ())
        self.result_types = [column.type.dialect_impl(dialect) for column in returned]
        self.result_processors: list[tuple[int, Callable[[Any], Any]]] | None = None
        self.dialect = dialect
        if not self.positional:  # libpq's own placeholders, for statements sent without a cursor (pipeline.py)
            order: dict[str, int] = {}

            def number(match: re.Match[str]) -> str:
                if match.group(1) is None:
                    return "%"  # a % of the SQL itself
                return f"${order.setdefault(match.group(1), len(order) + 1)}"

            self.numbered_sql = _PYFORMAT.sub(number, self.sql).encode()
            self._numbered = [self.names.index(name) for name in order]

    def parameters(self, values: Mapping[str, Any]) -> Sequence[Any] | dict[str, Any]:
        processed = self._processed(values)
        return processed if self.positional else dict(zip(self.names, processed, strict=False))

    def numbered(self, values: Mapping[str, Any]) -> list[Any]:
        """The parameters in the order of ``numbered_sql``'s $1, $2..."""
        processed = self._processed(values)
        return [processed[i] for i in self._numbered]

    def _processed(self, values: Mapping[str, Any]) -> list[Any]:
        if self.fixed:
            values = {**self.fixed, **values}
        given = self._get(values)
        processed = list(given) if len(self.names) != 1 else [given]
        for i, process in self.bind_processors:
            processed[i] = process(processed[i])
        return processed

    def rows(self, fetched: list[tuple[Any, ...]], types: Sequence[Any]) -> list[tuple[Any, ...]]:
        """Rows as the driver gave them (``types``: its type codes of the
        columns), through the columns' result processors."""
        if self.result_processors is None:  # the driver's column types are known after the first execution
            processors = [kind.result_processor(self.dialect, code)
                          for kind, code in zip(self.result_types, types, strict=False)]
            self.result_processors = [(i, process) for i, process in enumerate(processors) if process is not None]
        if not self.result_processors:
            return fetched  # the drivers give tuples
        rows = []
        for row in fetched:
            values = list(row)
            for i, process in self.result_processors:
                values[i] = process(values[i])
            rows.append(tuple(values))
        return rows


class Prepared:
    """A Core statement run straight on the DB-API cursor of a connection."""

    def __init__(self, statement: Statement):
        self.statement = statement
        self._by_columns = isinstance(statement, Insert)  # an INSERT's SQL depends on the columns given
        self._forms: dict[tuple[str, str, tuple[str, ...] | None], _Form] = {}

    def _form(self, dialect: Dialect, values: Mapping[str, Any]) -> _Form:
        key = (dialect.name, dialect.driver, tuple(values) if self._by_columns else None)
        form = self._forms.get(key)
        if form is None:  # (two threads may both compile it once: the same form either way)
            form = self._forms[key] = _Form(self.statement, dialect, key[2])
        return form

    def rows(self, connection: Connection, values: Mapping[str, Any]) -> list[tuple[Any, ...]]:
        """Execute once; the rows it returns (a SELECT, or RETURNING)."""
        rows: list[tuple[Any, ...]] = send(connection, [self.read(values)])[0]
        return rows

    def first(self, connection: Connection, values: Mapping[str, Any]) -> tuple[Any, ...] | None:
        rows = self.rows(connection, values)
        return rows[0] if rows else None

    def run(self, connection: Connection, many: Sequence[Mapping[str, Any]]) -> int:
        """Execute for each set of values; no rows back. How many rows it
        wrote or changed, in all."""
        count: int = send(connection, [self.write(many)])[0]
        return count

    def read(self, values: Mapping[str, Any]) -> Call:
        """This statement run once with ``values``, its rows wanted (``send``)."""
        return Call(self, (values,), rows=True)

    def write(self, many: Sequence[Mapping[str, Any]]) -> Call:
        """This statement run for each of ``many``, the rows it moved counted (``send``)."""
        return Call(self, many, rows=False)


@dataclass(frozen=True)
class Call:
    """A prepared statement with its values, to ``send`` with others."""

    statement: Prepared
    values: Sequence[Mapping[str, Any]]
    rows: bool  # the rows it returns; else how many rows it wrote or changed

    def on_cursor(self, connection: Connection) -> Any:
        """Run on a DB-API cursor (SQLite): its rows, or how many rows it wrote."""
        form = self.statement._form(connection.dialect, self.values[0])
        parameters = [form.parameters(values) for values in self.values]

        def execute(cursor: Any) -> Any:
            if self.rows:
                cursor.execute(form.sql, parameters[0])
                return form.rows(cursor.fetchall(), [d[1] for d in cursor.description or ()])
            if len(parameters) == 1:
                cursor.execute(form.sql, parameters[0])
            else:
                cursor.executemany(form.sql, parameters)
            return int(cursor.rowcount)

        return _on_driver(connection, form.sql, parameters, execute)


class InsertRows:
    """An INSERT of several rows as one statement (one multi-row VALUES), by
    the number of rows: the server executes it once, where executemany
    executes once per row. For the few rows a return writes at once."""

    def __init__(self, table: Table, columns: Sequence[str]):
        self.table, self.columns = table, list(columns)
        self._by_count: dict[int, Prepared] = {0: Prepared(insert(table))}  # (no rows: nothing is run)

    def write(self, rows: Sequence[Mapping[str, Any]]) -> Call:
        if not rows:
            return Call(self._by_count[0], (), rows=False)
        statement = self._by_count.get(len(rows))
        if statement is None:
            types = {name: self.table.c[name].type for name in self.columns}
            statement = self._by_count[len(rows)] = Prepared(insert(self.table).values([
                {name: bindparam(f"{name}_{i}", type_=types[name]) for name in self.columns}
                for i in range(len(rows))]))
        return Call(statement, ({f"{name}_{i}": row[name] for i, row in enumerate(rows) for name in self.columns},),
                    rows=False)


def send(connection: Connection, calls: Sequence[Call], commit: bool = False) -> list[Any]:
    """Run ``calls`` in order in the connection's transaction; each one's
    rows, or how many rows it wrote.

    On PostgreSQL they travel together and the server answers once (the
    BEGIN too, when this opens the transaction; desktop/db/pipeline.py);
    ``commit`` puts the COMMIT in the same round trip, and the caller's own
    commit afterwards finds nothing left to do. Elsewhere (SQLite, in the
    process) they run one by one and ``commit`` is the caller's. A failure
    anywhere rolls back nothing by itself: the transaction is left failed,
    for the caller to roll back.
    """
    if connection.dialect.driver != "psycopg":
        return [call.on_cursor(connection) if call.values else (0 if not call.rows else []) for call in calls]
    from desktop.db import pipeline  # (psycopg, imported by a store on PostgreSQL only)

    work = [(call, call.statement._form(connection.dialect, call.values[0])) for call in calls if call.values]
    queries = [pipeline.Query(form.numbered_sql, [form.numbered(values) for values in call.values])
               for call, form in work]

    def execute(driver: Any) -> list[Any]:
        answers = pipeline.run(driver, connection.connection.info, queries, commit)
        return [form.rows(given[0].rows, given[0].types) if call.rows else sum(a.count for a in given)
                for (call, form), given in zip(work, answers, strict=True)]

    sql = "; ".join(query.sql.decode() for query in queries) + ("; COMMIT" if commit else "")
    results = iter(_on_driver(connection, sql, [q.values for q in queries], execute, cursor=False))
    return [next(results) if call.values else (0 if not call.rows else []) for call in calls]


def connection_of(target: Session | Connection) -> Connection:
    """The connection a session works on (its transaction begun), or the connection itself."""
    return target if isinstance(target, Connection) else target.connection()


def run_on_driver(connection: Connection, sql: str) -> None:
    """One statement without parameters or rows (a BEGIN), on the driver."""
    _on_driver(connection, sql, (), lambda cursor: cursor.execute(sql), begin=False)


def _on_driver(connection: Connection, sql: str, parameters: Any, execute: Callable[[Any], T],
               begin: bool = True, cursor: bool = True) -> T:
    """``execute(cursor)`` on a cursor of the connection's DB-API connection
    (or on that connection itself, ``cursor`` False); the driver's errors
    come out as SQLAlchemy's (_wrapped)."""
    on = None
    try:
        if begin and not connection.in_transaction():
            connection.begin()
        driver = connection.connection.dbapi_connection
        on = driver.cursor() if cursor else driver  # type: ignore[union-attr]
        return execute(on)
    except connection.dialect.loaded_dbapi.Error as error:
        raise _wrapped(connection, on if cursor else None, sql, parameters, error) from error
    finally:
        if cursor and on is not None:
            on.close()


def _wrapped(connection: Connection, cursor: Any, sql: str, parameters: Any, error: Exception) -> BaseException:
    """The driver's error as SQLAlchemy raises it; a dropped connection is
    invalidated so the pool never hands it out again."""
    dialect = connection.dialect
    if connection.invalidated:
        dropped = True
    else:
        dropped = dialect.is_disconnect(error, connection.connection.dbapi_connection, cursor)  # type: ignore[arg-type]
        if dropped:
            connection.invalidate(error)
    return exc.DBAPIError.instance(sql, parameters, error, dialect.loaded_dbapi.Error,
                                   connection_invalidated=dropped, dialect=dialect)
