"""Migrations on a real SQLite file and a real PostgreSQL database."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlalchemy.exc import DBAPIError

from desktop.db import schema
from desktop.db.engine import Database
from desktop.db.errors import DatabaseUnavailable, SchemaMismatch
from desktop.models import Base


def test_upgrade_twice_changes_nothing(empty_db_url: str) -> None:
    db = Database.connect(empty_db_url)
    assert schema.upgrade(db.engine) == (None, schema.head())
    tables = sorted(inspect(db.engine).get_table_names())
    assert schema.upgrade(db.engine) == (schema.head(), schema.head())
    assert sorted(inspect(db.engine).get_table_names()) == tables
    schema.check(db.engine)
    db.dispose()


def test_the_schema_is_known_without_alembic_as_alembic_knows_it(empty_db_url: str) -> None:
    """A start with a current schema reads the revisions from the migration
    files and alembic_version itself (Alembic takes 160 ms to import): the
    same head, revisions and current revision as Alembic's own."""
    import subprocess
    import sys

    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(schema._config())
    assert schema.head() == scripts.get_heads()[0]
    assert schema.known_revisions() == {script.revision for script in scripts.walk_revisions()}
    db = Database.connect(empty_db_url)
    try:
        assert schema.current(db.engine) is None
        schema.upgrade(db.engine, "0007")
        with db.engine.connect() as connection:
            assert schema.current(db.engine) == MigrationContext.configure(connection).get_current_revision() == "0007"
        schema.upgrade(db.engine)
        assert schema.current(db.engine) == schema.head()
    finally:
        db.dispose()
    checked = subprocess.run([sys.executable, "-c", (
        "import sys\nfrom desktop.db import schema\nfrom desktop.db.engine import Database\n"
        f"db = Database.connect({empty_db_url!r})\nschema.upgrade(db.engine)\nschema.check(db.engine)\n"
        "db.dispose()\nprint('alembic' in sys.modules)")], capture_output=True, text=True, check=True)
    assert checked.stdout.strip() == "False"  # a current schema: Alembic never imported


def test_downgrade_and_upgrade_round_trip(empty_db_url: str) -> None:
    db = Database.connect(empty_db_url)
    schema.upgrade(db.engine)
    schema.downgrade(db.engine, "base")
    assert schema.current(db.engine) is None
    assert set(inspect(db.engine).get_table_names()) <= {"alembic_version"}
    schema.upgrade(db.engine)
    assert schema.current(db.engine) == schema.head()
    db.dispose()


def test_migrations_match_the_models(empty_db_url: str) -> None:
    """A model change without its migration fails here."""
    db = Database.connect(empty_db_url)
    schema.upgrade(db.engine)
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []
    db.dispose()


def test_a_newer_schema_is_refused_clearly(empty_db_url: str) -> None:
    db = Database.connect(empty_db_url)
    schema.upgrade(db.engine)
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'f00dfeed9999'"))
    with pytest.raises(SchemaMismatch, match="newer than this program"):
        schema.check(db.engine)
    with pytest.raises(SchemaMismatch, match="newer than this program"):
        schema.upgrade(db.engine)
    db.dispose()


def test_an_empty_database_is_named_as_such(empty_db_url: str) -> None:
    db = Database.connect(empty_db_url)
    with pytest.raises(SchemaMismatch, match="no ReturnDesk schema yet"):
        schema.check(db.engine)
    db.dispose()


def test_the_audit_log_refuses_updates_and_deletes(empty_db_url: str) -> None:
    db = Database.connect(empty_db_url)
    schema.upgrade(db.engine)
    with db.engine.begin() as connection:
        connection.execute(text("INSERT INTO chains (code, name) VALUES ('C', 'Chain')"))
        connection.execute(text("INSERT INTO stores (chain_id, code, name, timezone, currency, locale, address, phone)"
                                " VALUES (1, '0001', 'S', 'UTC', 'USD', 'en_US', '', '')"))
        connection.execute(text("INSERT INTO audit_log (store_id, seq, at, action, entity, entity_id, payload,"
                                " prev_hash, hash) VALUES (1, 1, CURRENT_TIMESTAMP, 'x', '', '', '{}', 'a', 'b')"))
    for statement in ("UPDATE audit_log SET action = 'y'", "DELETE FROM audit_log"):
        with pytest.raises(DBAPIError, match="append-only"), db.engine.begin() as connection:
            connection.execute(text(statement))
    db.dispose()


def test_an_unreachable_server_is_one_clear_line() -> None:
    db = Database.connect("postgresql+psycopg://nobody@127.0.0.1:1/none")
    with pytest.raises(DatabaseUnavailable, match="cannot reach the database 127.0.0.1/none"):
        schema.current(db.engine)


def test_a_store_s_data_survives_0005_down_and_up(seeded_url: str) -> None:
    """0005 rebuilds sales, sale_lines and sale_tenders on SQLite (batch mode),
    which the lines and returns point at: a store upgrading keeps every row."""
    db = Database.connect(seeded_url)
    tables = ("sales", "sale_lines", "sale_tenders", "returns", "return_lines", "vouchers")

    def counts() -> dict[str, int]:
        with db.engine.connect() as connection:
            return {table: connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one() for table in tables}

    before = counts()
    assert before["sales"] > 0
    schema.downgrade(db.engine, "0004")
    assert counts() == before
    schema.upgrade(db.engine)
    assert counts() == before and schema.current(db.engine) == schema.head()
    with pytest.raises(DBAPIError), db.engine.begin() as connection:  # the new checks hold on old rows' tables
        connection.execute(text("UPDATE sale_lines SET qty_scale = 5"))
    db.dispose()
