"""Prepared statements write and read a row exactly as SQLAlchemy Core does,
and fail as Core fails; a unit of work that starts on its connection and
asks for a session later commits or rolls back both as one. On a real SQLite
file and a real PostgreSQL server."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

import pytest
from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    Integer,
    MetaData,
    Numeric,
    String,
    Table,
    bindparam,
    create_engine,
    exc,
    insert,
    select,
    update,
)
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.pool import NullPool

from desktop.db import engine as engine_module
from desktop.db.engine import Database
from desktop.db.prepared import Prepared, send
from desktop.db.uow import UnitOfWork
from desktop.models.base import UTCDateTime

metadata = MetaData()
things = Table(
    "things", metadata,
    Column("id", Integer, primary_key=True),
    Column("code", String(20), nullable=False, unique=True),
    Column("at", UTCDateTime, nullable=False),
    Column("day", Date, nullable=False),
    Column("rate", Numeric(6, 4), nullable=False),
    Column("flag", Boolean, nullable=False),
    Column("doc", JSON, nullable=False),
    Column("note", String(20), nullable=True),
    Column("count", Integer, nullable=False, default=0),
)
ROW = {"at": dt.datetime(2026, 12, 1, 20, 15, 3, 120_001, tzinfo=dt.timezone(dt.timedelta(hours=7))),
       "day": dt.date(2026, 12, 1), "rate": Decimal("0.0825"), "flag": True,
       "doc": {"b": [1, "đồng"], "a": None}, "note": None, "count": 3}
COLUMNS = ["code", "at", "day", "rate", "flag", "doc", "note", "count"]
RAW = "SELECT " + ", ".join(f"CAST({c} AS TEXT)" for c in COLUMNS) + " FROM things WHERE code = '{code}'"


class _Base(DeclarativeBase):
    metadata = metadata


class Thing(_Base):
    __table__ = things


INSERT = Prepared(insert(things))
INSERT_RETURNING = Prepared(insert(things).returning(things.c.id, things.c.at))
BY_CODE = Prepared(select(*[things.c[c] for c in COLUMNS]).where(things.c.code == bindparam("code")))
COUNT_UP = Prepared(update(things).where(things.c.code == bindparam("key")).values(count=things.c.count + 1))


@pytest.fixture
def db(empty_db_url: str) -> Iterator[Database]:
    database = Database.connect(empty_db_url)
    metadata.create_all(database.engine)
    yield database
    database.dispose()


def test_a_row_is_stored_and_read_back_as_core_stores_and_reads_it(db: Database) -> None:
    with db.session(write=True) as session:
        connection = session.connection()
        connection.execute(insert(things), {**ROW, "code": "core"})
        INSERT.run(connection, [{**ROW, "code": "prepared"}])
        session.commit()
    with db.engine.connect() as connection:
        stored = {code: connection.exec_driver_sql(RAW.format(code=code)).one()[1:] for code in ("core", "prepared")}
        assert stored["prepared"] == stored["core"]  # the same text in the file, the same values on the server
        through_core = connection.execute(select(*[things.c[c] for c in COLUMNS]).where(things.c.code == "prepared")
                                          ).one()
        through_prepared = BY_CODE.first(connection, {"code": "core"})
    assert through_prepared is not None
    assert through_prepared[1:] == tuple(through_core)[1:]
    code, at, day, rate, flag, doc, note, count = through_prepared
    assert at == ROW["at"] and at.tzinfo is not None and at.utcoffset() == dt.timedelta(0)
    assert (day, rate, flag, doc, note, count) == (ROW["day"], Decimal("0.0825"), True, ROW["doc"], None, 3)
    assert isinstance(rate, Decimal) and isinstance(flag, bool)


def test_many_rows_returning_and_an_update_in_one_transaction(db: Database) -> None:
    with db.session(write=True) as session:
        connection = session.connection()
        INSERT.run(connection, [{**ROW, "code": f"row-{n}"} for n in range(3)])
        returned = INSERT_RETURNING.rows(connection, {**ROW, "code": "returned"})
        COUNT_UP.run(connection, [{"key": "row-1"}, {"key": "row-2"}, {"key": "row-2"}])
        session.commit()
    assert len(returned) == 1 and returned[0][1] == ROW["at"]
    with db.engine.connect() as connection:
        counts = dict(connection.execute(select(things.c.code, things.c.count)).all())
        assert returned[0][0] == connection.execute(select(things.c.id).where(things.c.code == "returned")).scalar()
    assert counts == {"row-0": 3, "row-1": 4, "row-2": 5, "returned": 3}


def test_nothing_is_kept_when_the_transaction_rolls_back(db: Database) -> None:
    with db.session(write=True) as session:
        INSERT.run(session.connection(), [{**ROW, "code": "never"}])
        session.rollback()
    with db.engine.connect() as connection:
        assert connection.execute(select(things.c.id)).all() == []


def test_a_driver_error_is_sqlalchemys_error(db: Database) -> None:
    with db.session(write=True) as session:
        connection = session.connection()
        INSERT.run(connection, [{**ROW, "code": "twice"}])
        with pytest.raises(exc.IntegrityError, match="twice"):
            INSERT.run(connection, [{**ROW, "code": "twice"}])


def test_a_closed_connection_is_invalidated_and_said_so(db: Database, backend: str) -> None:
    with db.session(write=True) as session:
        connection = session.connection()
        if backend == "postgresql":
            pid = connection.exec_driver_sql("SELECT pg_backend_pid()").scalar()
            with db.engine.connect() as admin:
                admin.exec_driver_sql(f"SELECT pg_terminate_backend({pid})")
        else:
            connection.connection.dbapi_connection.close()  # type: ignore[union-attr]
        with pytest.raises(exc.DBAPIError) as raised:
            INSERT.run(connection, [{**ROW, "code": "lost"}])
        assert raised.value.connection_invalidated
        assert connection.invalidated
    with db.engine.connect() as connection:  # the pool hands out a working connection again
        assert connection.execute(select(things.c.id)).all() == []


def test_a_column_with_a_python_default_must_be_given(db: Database) -> None:
    row = {k: v for k, v in ROW.items() if k != "count"}
    with db.session(write=True) as session, pytest.raises(TypeError, match="count"):
        INSERT.run(session.connection(), [{**row, "code": "no-count"}])


def codes(db: Database) -> list[str]:
    with db.engine.connect() as connection:
        return sorted(connection.execute(select(things.c.code)).scalars())


@pytest.mark.parametrize("commit", [True, False])
def test_a_session_asked_for_after_the_connection_shares_its_transaction(db: Database, commit: bool) -> None:
    with UnitOfWork(db, write=True) as uow:
        INSERT.run(uow.connection, [{**ROW, "code": "prepared"}])
        uow.session.add(Thing(**{**ROW, "code": "orm"}))
        uow.session.flush()
        assert uow.session.connection() is uow.connection
        if commit:
            uow.commit()
    assert codes(db) == (["orm", "prepared"] if commit else [])


def test_a_rolled_back_unit_of_work_can_go_on(db: Database) -> None:
    with UnitOfWork(db, write=True) as uow:
        INSERT.run(uow.connection, [{**ROW, "code": "undone"}])
        uow.rollback()
        assert uow.session.scalars(select(Thing)).all() == []
        INSERT.run(uow.connection, [{**ROW, "code": "kept"}])
        uow.commit()
    assert codes(db) == ["kept"]


@pytest.mark.parametrize("first_use", ["connection", "session"])
def test_a_writing_unit_of_work_holds_the_sqlite_write_lock_from_its_start(tmp_path, first_use: str) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    path = tmp_path / "locks.sqlite3"
    db = Database.connect(f"sqlite:///{path}")
    metadata.create_all(db.engine)

    def another_writer_can_start() -> bool:
        other = sqlite3.connect(path, timeout=0.1, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
            return True
        except sqlite3.OperationalError as error:
            assert "locked" in str(error)
            return False
        finally:
            other.close()

    with UnitOfWork(db, write=True) as uow:
        getattr(uow, first_use).execute(select(things.c.id)).all()  # a read only, yet the lock is taken
        assert not another_writer_can_start()
    with UnitOfWork(db) as reader:  # PostgreSQL locks rows instead; a reading unit of work takes no lock
        reader.connection.execute(select(things.c.id)).all()
        assert another_writer_can_start()
    db.dispose()


def test_statements_sent_together_give_each_its_result_and_commit_as_one(db: Database) -> None:
    with UnitOfWork(db, write=True) as uow:
        connection = uow.connection
        counted, returned, rows = send(connection, [
            INSERT.write([{**ROW, "code": "a"}, {**ROW, "code": "b"}]),
            INSERT_RETURNING.read({**ROW, "code": "c"}),
            BY_CODE.read({"code": "a"}),
        ])
        assert counted == 2 and len(returned) == 1 and rows[0][0] == "a"
        counting = COUNT_UP.write([{"key": "a"}, {"key": "b"}, {"key": "none"}])
        assert send(connection, [INSERT.write([]), counting]) == [0, 2]
        uow.commit(last=[COUNT_UP.write([{"key": "c"}])])
    with db.engine.connect() as connection:
        counts = {code: count for code, count in connection.execute(select(things.c.code, things.c.count))}
    assert counts == {"a": 4, "b": 4, "c": 4}


def test_statements_sent_together_fail_as_one(db: Database) -> None:
    """An error part-way rolls back every statement of the batch, the ones
    before it too, and comes out as SQLAlchemy's error."""
    with UnitOfWork(db, write=True) as uow:
        send(uow.connection, [INSERT.write([{**ROW, "code": "kept"}])])
        uow.commit()
    with UnitOfWork(db, write=True) as uow, pytest.raises(exc.IntegrityError, match="kept"):
        uow.commit(last=[INSERT.write([{**ROW, "code": "new"}]), INSERT.write([{**ROW, "code": "kept"}]),
                         INSERT.write([{**ROW, "code": "after"}])])
    with UnitOfWork(db, write=True) as uow:  # the unit of work's connection is usable again
        assert [row[0] for row in send(uow.connection, [BY_CODE.read({"code": "new"})])[0]] == []
    with db.engine.connect() as connection:
        assert [row.code for row in connection.execute(select(things.c.code))] == ["kept"]


@pytest.mark.parametrize("backend", [pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_a_connection_idle_in_the_pool_is_pinged_and_replaced_if_lost(
        db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """Only a connection that sat in the pool is pinged (a counter's back to
    back returns skip the trip); a lost one is replaced, never handed out."""
    with db.engine.connect() as connection:
        pid = connection.exec_driver_sql("SELECT pg_backend_pid()").scalar()
    admin = create_engine(db.engine.url, poolclass=NullPool)  # (not a connection of the pool)
    with admin.connect() as connection:
        connection.exec_driver_sql(f"SELECT pg_terminate_backend({pid})")
    admin.dispose()
    monkeypatch.setattr(engine_module, "PING_AFTER_IDLE_S", 0.0)  # every connection counts as idle
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT pg_backend_pid()").scalar() != pid


# ---- On PostgreSQL, a trip is one packet of named prepared statements (desktop/db/pipeline.py)

ON_POSTGRESQL = pytest.mark.parametrize("backend", [pytest.param("postgresql", marks=pytest.mark.postgres)])
COUNT_BY = Prepared(update(things).where(things.c.code == bindparam("key")).values(
    count=things.c.count + bindparam("by")))


def prepared_here(connection) -> list[str]:  # type: ignore[no-untyped-def]
    """The statements prepared on this connection's server session."""
    return list(connection.exec_driver_sql("SELECT statement FROM pg_prepared_statements").scalars())


@ON_POSTGRESQL
def test_a_statement_is_prepared_once_per_connection_whatever_its_values(db: Database) -> None:
    """Values travel as text and take the SQL's types: a count of 1 and one
    of 100,000 (a smallint and an integer to Python's adapters) and a NULL
    note run on the same prepared statement."""
    with db.engine.connect() as connection:
        send(connection, [INSERT.write([{**ROW, "code": "a"}, {**ROW, "code": "b", "note": "x"}])])
        for by in (1, 100_000, -7):
            assert send(connection, [COUNT_BY.write([{"key": "a", "by": by}]), BY_CODE.read({"code": "a"})])[0] == 1
        statements = prepared_here(connection)
        assert sum("UPDATE things" in s for s in statements) == 1
        assert sum("INSERT INTO things" in s for s in statements) == 1
        assert BY_CODE.first(connection, {"code": "a"})[COLUMNS.index("count")] == 3 + 1 + 100_000 - 7  # type: ignore[index]
        assert BY_CODE.first(connection, {"code": "b"})[COLUMNS.index("note")] == "x"  # type: ignore[index]


@ON_POSTGRESQL
def test_prepared_statements_outlive_rollbacks_and_the_orms_own_queries(db: Database) -> None:
    """psycopg would DEALLOCATE ALL at a ROLLBACK after preparing queries of
    its own: it is told to prepare none, so ours stay."""
    with db.engine.connect() as connection:
        send(connection, [INSERT.write([{**ROW, "code": "kept"}]), BY_CODE.read({"code": "kept"})])
        connection.commit()
        for _ in range(8):  # more than psycopg's threshold for preparing a query by itself
            connection.execute(select(things.c.code).where(things.c.code == "kept")).all()
        connection.rollback()
        assert send(connection, [BY_CODE.read({"code": "kept"})])[0][0][0] == "kept"
        assert any("SELECT things.code" in s for s in prepared_here(connection))


@ON_POSTGRESQL
def test_a_failed_trip_remembers_no_statement_it_did_not_prepare(db: Database) -> None:
    """The statements queued after a failure never reach the server's
    Parse: the next trip prepares them again."""
    with db.engine.connect() as connection:
        send(connection, [INSERT.write([{**ROW, "code": "twice"}])])
        connection.commit()
        with pytest.raises(exc.IntegrityError):
            send(connection, [INSERT.write([{**ROW, "code": "twice"}]), COUNT_BY.write([{"key": "twice", "by": 2}])])
        connection.rollback()
        assert send(connection, [COUNT_BY.write([{"key": "twice", "by": 2}])]) == [1]


@ON_POSTGRESQL
def test_statements_the_server_forgot_fail_once_as_retryable_then_are_made_again(db: Database) -> None:
    """A DEALLOCATE ALL (or a pooler's DISCARD ALL) drops the server's
    statements: the transaction fails with an error the callers retry, and
    the next one prepares them again."""
    from desktop.db.errors import is_retryable

    with db.engine.connect() as connection:
        send(connection, [INSERT.write([{**ROW, "code": "a"}]), BY_CODE.read({"code": "a"})])
        connection.commit()
        connection.exec_driver_sql("DEALLOCATE ALL")
        connection.commit()
        with pytest.raises(exc.DBAPIError) as raised:
            send(connection, [BY_CODE.read({"code": "a"})])
        assert is_retryable(raised.value)
        connection.rollback()
        assert send(connection, [BY_CODE.read({"code": "a"})])[0][0][0] == "a"


@ON_POSTGRESQL
def test_a_trip_cut_off_before_it_is_sent_drops_the_connection_not_the_data(db: Database) -> None:
    """A value the driver cannot send stops the trip half-built: the
    connection, in a state no one knows, is closed (its transaction rolled
    back by the server) and the pool hands out a working one."""
    with db.engine.connect() as connection:
        send(connection, [INSERT.write([{**ROW, "code": "kept"}])])
        connection.commit()
        send(connection, [INSERT.write([{**ROW, "code": "undone"}])])  # in the transaction that is cut off
        with pytest.raises(exc.DBAPIError) as raised:
            send(connection, [COUNT_BY.write([{"key": "kept", "by": object()}])])
        assert raised.value.connection_invalidated
    assert codes(db) == ["kept"]
    with db.engine.connect() as connection:
        assert send(connection, [COUNT_BY.write([{"key": "kept", "by": 1}])]) == [1]


def test_a_unit_of_work_that_only_reads_leaves_no_transaction_to_end(db: Database, backend: str) -> None:
    """On PostgreSQL it reads outside any transaction of its own (no BEGIN,
    no ROLLBACK: a scan is one round trip); its connection goes back to the
    pool as it came. It commits nothing, anywhere."""
    with UnitOfWork(db, write=True) as uow:
        send(uow.connection, [INSERT.write([{**ROW, "code": "seen"}])])
        uow.commit()
    with UnitOfWork(db, reads_only=True) as uow:
        assert send(uow.connection, [BY_CODE.read({"code": "seen"})])[0][0][0] == "seen"
        assert uow.session.scalars(select(Thing.code)).all() == ["seen"]
        driver = uow.connection.connection.dbapi_connection
        if backend == "postgresql":
            import psycopg

            assert driver.info.transaction_status == psycopg.pq.TransactionStatus.IDLE  # type: ignore[union-attr]
        with pytest.raises(RuntimeError, match="commits nothing"):
            uow.commit()
    with pytest.raises(ValueError):
        UnitOfWork(db, write=True, reads_only=True)
    with UnitOfWork(db) as uow:  # the next unit of work on that connection is in a transaction again
        send(uow.connection, [BY_CODE.read({"code": "seen"})])
        if backend == "postgresql":
            driver = uow.connection.connection.dbapi_connection
            assert not driver.autocommit  # type: ignore[union-attr]
            assert driver.info.transaction_status == psycopg.pq.TransactionStatus.INTRANS  # type: ignore[union-attr]
