"""Rows of one database written over another's with the same keys: the
register's offline copy (desktop/services/offline/copy.py) and a store's
database joining the chain (desktop/services/chain.py) both keep the source's
ids, so every reference between the copied rows holds."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Connection, Table, select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

CHUNK = 2000


def upsert_rows(source: Connection, target: Connection, table: Table, where: ColumnElement[bool]) -> int:
    """Rows of ``table`` matching ``where`` on ``source``, inserted into
    ``target`` or written over its rows with the same primary key; how many."""
    keys = [column.name for column in table.primary_key.columns]
    insert = postgresql_insert if target.dialect.name == "postgresql" else sqlite_insert
    result = source.execution_options(yield_per=CHUNK).execute(select(table).where(where))
    count = 0
    for part in result.mappings().partitions(CHUNK):
        rows: list[dict[str, Any]] = [dict(row) for row in part]
        statement = insert(table)
        changing = {column.name: statement.excluded[column.name] for column in table.columns
                    if column.name not in keys}
        statement = (statement.on_conflict_do_update(index_elements=keys, set_=changing) if changing
                     else statement.on_conflict_do_nothing(index_elements=keys))
        target.execute(statement, rows)
        count += len(rows)
    return count
