"""A chain of stores on one system: customers get 64-bit ids on PostgreSQL,
as do the references to them. A store on a PostgreSQL of its own signs up
customers (a sales import, a service case) with ids from its own range
(store id x 2^40) and sends them to HQ with its sales
(desktop/services/chain.py), so a customer made at one store never takes
the id of one made at another.

Revision ID: 0013
Revises: 0012
"""
from alembic import op


revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None

COLUMNS = {
    "customers": ("id",),
    "customer_id_checks": ("customer_id",),
    "sales": ("customer_id",),
    "returns": ("customer_id",),
    "vouchers": ("customer_id",),
    "service_cases": ("customer_id",),
    "goodwill_gestures": ("customer_id",),
}


def _alter(kind: str) -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, columns in COLUMNS.items():
        op.execute(f"ALTER TABLE {table} " + ", ".join(f"ALTER COLUMN {column} TYPE {kind}" for column in columns))
    op.execute(f"ALTER SEQUENCE customers_id_seq AS {kind}")


def upgrade() -> None:
    _alter("BIGINT")


def downgrade() -> None:
    _alter("INTEGER")
