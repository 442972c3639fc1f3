"""An idempotency key is unique at its store, not across the chain: a key
is made (or sent, by the CLI's callers) at one register, and a chain's HQ
or its one central database holds every store's returns, where two stores
may both have sent "k-1". The key (store_id, idempotency_key) is also one a
table partitioned by store can hold (desktop/db/partitioning.py).

Revision ID: 0014
Revises: 0013
"""
from alembic import op


revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('returns', schema=None) as batch_op:
        batch_op.drop_constraint('uq_returns_idempotency_key', type_='unique')
        batch_op.create_unique_constraint(op.f('uq_returns_store_id_idempotency_key'), ['store_id', 'idempotency_key'])


def downgrade() -> None:
    with op.batch_alter_table('returns', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('uq_returns_store_id_idempotency_key'), type_='unique')
        batch_op.create_unique_constraint('uq_returns_idempotency_key', ['idempotency_key'])
