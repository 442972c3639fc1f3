"""A chain's single central PostgreSQL, its record tables partitioned by store.

`returndesk db partition --partitions N` rebuilds the tables that grow with
every sale and return (sales, their lines and tenders; returns, their lines
and refunds) as tables partitioned by HASH (store_id): a store's rows live
in one of N partitions, a store's reports and its night's vacuum read that
partition only, and no index grows with the whole chain's years.

PostgreSQL's rule is that every unique key of a partitioned table holds the
partition key, so on these tables:

- the primary key is (store_id, id), and an index on id alone serves the
  lookups by id (ids still come from one sequence per table: they stay
  unique chain-wide);
- each unique key gains store_id in front: (store_id, doc_id),
  (store_id, pos_key), ... (a return's (store_id, idempotency_key) is
  one already, migration 0014). The chain-wide uniqueness they had is kept
  by what they hold: a document id carries its store's code
  (desktop/policy/docid.py) and a POS key its store. An index
  on the same columns without store_id serves the counter's lookups
  (a receipt is scanned by its document id alone);
- a reference within a store (a sale's lines to their sale, a return's
  lines and refunds to their return) is a foreign key on
  (store_id, ..._id); one across stores (a return of another store's sale,
  a service case about a sale line) cannot be declared to PostgreSQL, whose
  referring row does not hold the other store's id, so it becomes a
  constraint trigger that looks the row up and locks it FOR KEY SHARE, as
  PostgreSQL's own check does; and since a row referred to must stay, rows
  of these tables cannot be deleted, nor their id or store moved (they
  never are: they are records).

The counter's own statements name the store where they know it (a sale's
code carries its store's code; its lines and tenders are its store's), so
the planner looks into one partition: a statement that names no store
plans every partition, which costs milliseconds at 32.

The application does not change: its SQL names neither partitions nor
store ids where it did not before. What it costs is measured by
bench/chain_load.py (docs/benchmarks.md) and weighed in docs/deploying.md.
Migrations after this one alter the partitioned tables as they would the
plain ones (PostgreSQL carries ADD COLUMN and CREATE INDEX to each
partition).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Connection, text

from desktop.db.engine import Database

# The tables that grow with the chain's sales and returns, parents first.
TABLES = ("sales", "sale_lines", "sale_tenders", "returns", "return_lines", "refund_tenders")
KEY = "store_id"
MAX_PARTITIONS = 1024

# References that never leave their store (a sale's lines are the sale's store's): kept as foreign keys on
# (store_id, ...), which PostgreSQL checks in the one partition.
SAME_STORE = {("sale_lines", "sale_id"), ("sale_tenders", "sale_id"), ("return_lines", "return_id"),
              ("refund_tenders", "return_id")}


def check_function(target: str) -> str:
    """The check of a reference into ``target`` whose store the referring row
    does not hold: the row looked up by id in every partition and locked as
    PostgreSQL's own check locks it. Static SQL, so each session plans it once."""
    return f"""
CREATE OR REPLACE FUNCTION returndesk_refers_to_{target}() RETURNS trigger AS $$
DECLARE
    value bigint := (to_jsonb(NEW) ->> TG_ARGV[0])::bigint;
BEGIN
    IF value IS NOT NULL THEN
        PERFORM 1 FROM {target} WHERE id = value FOR KEY SHARE;
        IF NOT FOUND THEN
            RAISE EXCEPTION USING ERRCODE = 'foreign_key_violation', CONSTRAINT = TG_NAME,
                MESSAGE = format('%s.%s = %s refers to no row of {target}', TG_TABLE_NAME, TG_ARGV[0], value);
        END IF;
    END IF;
    RETURN NULL;
END $$ LANGUAGE plpgsql
"""


KEEP_FUNCTION = """
CREATE OR REPLACE FUNCTION returndesk_record_kept() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION USING ERRCODE = 'restrict_violation',
            MESSAGE = format('a row of %s is a record: it cannot be deleted', TG_TABLE_NAME);
    END IF;
    IF NEW.id <> OLD.id OR NEW.store_id <> OLD.store_id THEN
        RAISE EXCEPTION USING ERRCODE = 'restrict_violation',
            MESSAGE = format('a row of %s keeps its id and its store', TG_TABLE_NAME);
    END IF;
    RETURN NEW;
END $$ LANGUAGE plpgsql
"""


class PartitionError(ValueError):
    """The database cannot be partitioned as asked (and was left as it was)."""


@dataclass(frozen=True)
class Reference:
    """A foreign key into one of TABLES: kept as a foreign key on (store_id, ...)
    within a store (SAME_STORE), else as a constraint trigger."""

    table: str
    name: str
    column: str
    target: str


@dataclass(frozen=True)
class Partitioned:
    partitions: int
    rows: dict[str, int]
    references: list[Reference]

    @property
    def same_store(self) -> int:
        """How many references stayed foreign keys (the rest are triggers)."""
        return sum((reference.table, reference.column) in SAME_STORE for reference in self.references)


# ---- Public API


def partitioned(db: Database) -> int:
    """How many partitions the record tables have (0: not partitioned)."""
    if db.backend != "postgresql":
        return 0
    with db.engine.connect() as connection:
        return _partition_count(connection)


def partition(db: Database, partitions: int) -> Partitioned:
    """Rebuild TABLES partitioned by store, in one transaction: rows,
    indexes, constraints, references and grants kept."""
    if db.backend != "postgresql":
        raise PartitionError("partitioning is for a shared PostgreSQL database; the embedded database has none")
    if not 2 <= partitions <= MAX_PARTITIONS:
        raise PartitionError(f"partitions: from 2 to {MAX_PARTITIONS}, not {partitions}")
    from desktop.db import schema

    if (revision := schema.current(db.engine)) != schema.head():
        raise PartitionError(f"the database is at {revision}, not {schema.head()}: run `returndesk db upgrade` first")
    with db.engine.begin() as connection:
        if (current := _partition_count(connection)):
            raise PartitionError(f"the record tables are partitioned already ({current} partitions)")
        connection.execute(text("SET LOCAL lock_timeout = '10s'"))  # stations still on it: say so, do not hang
        for table in TABLES:
            connection.execute(text(f"LOCK TABLE {table} IN ACCESS EXCLUSIVE MODE"))
        references = _references(connection)
        for reference in references:
            connection.execute(text(f'ALTER TABLE {reference.table} DROP CONSTRAINT "{reference.name}"'))
        rows = {table: _rebuild(connection, table, partitions) for table in TABLES}
        connection.execute(text(KEEP_FUNCTION))
        for target in sorted({reference.target for reference in references}):
            connection.execute(text(check_function(target)))
        for reference in references:
            if (reference.table, reference.column) in SAME_STORE:
                connection.execute(text(
                    f'ALTER TABLE {reference.table} ADD CONSTRAINT "{reference.name}" FOREIGN KEY '
                    f"({KEY}, {reference.column}) REFERENCES {reference.target} ({KEY}, id)"))
                continue
            connection.execute(text(
                f'CREATE CONSTRAINT TRIGGER "{reference.name}" AFTER INSERT OR UPDATE OF {reference.column} '
                f"ON {reference.table} DEFERRABLE INITIALLY IMMEDIATE FOR EACH ROW "
                f"EXECUTE FUNCTION returndesk_refers_to_{reference.target}('{reference.column}')"))
        for table in TABLES:
            connection.execute(text(f"CREATE TRIGGER {table}_kept BEFORE UPDATE OF id, store_id OR DELETE "
                                    f"ON {table} FOR EACH ROW EXECUTE FUNCTION returndesk_record_kept()"))
    with db.engine.connect() as connection:  # the planner's figures for the new tables
        connection.execution_options(isolation_level="AUTOCOMMIT")
        for table in TABLES:
            connection.execute(text(f"ANALYZE {table}"))
    return Partitioned(partitions, rows, references)


# ---- Internals


def _partition_count(connection: Connection) -> int:
    return int(connection.execute(text(
        "SELECT count(*) FROM pg_inherits JOIN pg_partitioned_table p ON p.partrelid = inhparent "
        "WHERE inhparent = 'sales'::regclass")).scalar_one())


def _references(connection: Connection) -> list[Reference]:
    """Every foreign key into TABLES (from them too: a sale line to its sale)."""
    found = connection.execute(text("""
        SELECT c.conrelid::regclass::text, c.conname, a.attname, c.confrelid::regclass::text
        FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
        WHERE c.contype = 'f' AND c.confrelid::regclass::text = ANY(:tables) AND cardinality(c.conkey) = 1
        ORDER BY 1, 2"""), {"tables": list(TABLES)}).all()
    return [Reference(*row) for row in found]


def _rebuild(connection: Connection, table: str, partitions: int) -> int:
    """``table`` again, partitioned: its rows, checks, defaults, indexes, foreign keys to other tables and grants."""
    def all_of(sql: str) -> list[tuple[str, ...]]:
        return [tuple(row) for row in connection.execute(text(sql), {"t": table}).all()]

    uniques = all_of("SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint "
                     "WHERE conrelid = CAST(:t AS regclass) AND contype = 'u' ORDER BY conname")
    foreign = all_of("SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint "
                     "WHERE conrelid = CAST(:t AS regclass) AND contype = 'f' ORDER BY conname")
    indexes = all_of("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = :t AND indexname NOT IN "
                     "(SELECT conname FROM pg_constraint WHERE conrelid = CAST(:t AS regclass)) ORDER BY 1")
    grants = all_of("SELECT grantee, string_agg(privilege_type, ', ') FROM information_schema.role_table_grants "
                    "WHERE table_schema = 'public' AND table_name = :t AND grantee <> current_user GROUP BY 1")
    sequence = connection.execute(text("SELECT pg_get_serial_sequence(:t, 'id')"), {"t": table}).scalar_one()
    new = f"{table}_partitioned"
    statements = [
        f"CREATE TABLE {new} (LIKE {table} INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING STORAGE) "
        f"PARTITION BY HASH ({KEY})",
        *(f"CREATE TABLE {table}_p{n:02d} PARTITION OF {new} FOR VALUES WITH (MODULUS {partitions}, REMAINDER {n})"
          for n in range(partitions)),
        f"INSERT INTO {new} SELECT * FROM {table}",
    ]
    if sequence:
        statements.append(f"ALTER SEQUENCE {sequence} OWNED BY NONE")  # dropping the old table keeps it
    statements += [
        f"DROP TABLE {table}",
        f"ALTER TABLE {new} RENAME TO {table}",
        f"ALTER TABLE {table} ADD CONSTRAINT pk_{table} PRIMARY KEY ({KEY}, id)",
        f"CREATE INDEX ix_{table}_id ON {table} (id)",
    ]
    if sequence:
        statements.append(f"ALTER SEQUENCE {sequence} OWNED BY {table}.id")
    for name, definition in uniques:
        columns = _columns(definition)
        if columns.split(", ")[0] == KEY:  # a store's already: (store_id, idempotency_key)
            statements.append(f'ALTER TABLE {table} ADD CONSTRAINT "{name}" {definition}')
            continue
        statements += [f'ALTER TABLE {table} ADD CONSTRAINT "{name}" UNIQUE ({KEY}, {columns})',
                       f'CREATE INDEX "{_lookup_name(name)}" ON {table} ({columns})']
    # To stores, staff, products...: PostgreSQL checks those as before (the ones into TABLES were dropped first).
    statements += [f'ALTER TABLE {table} ADD CONSTRAINT "{name}" {definition}' for name, definition in foreign]
    statements += [definition for _, definition in indexes]
    statements += [f'GRANT {privileges} ON {table} TO "{grantee}"' for grantee, privileges in grants]
    for statement in statements:
        connection.execute(text(statement))
    return int(connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())


def _columns(definition: str) -> str:
    """'UNIQUE (sale_id, line_no)' -> 'sale_id, line_no'."""
    found = re.fullmatch(r"UNIQUE \((.+)\)", definition)
    if found is None:
        raise PartitionError(f"an unexpected unique key: {definition}")
    return found.group(1)


def _lookup_name(unique: str) -> str:
    return "ix_" + unique.removeprefix("uq_")
