"""A store's audit log in lanes: its own chain (lane "") and one per register
that writes returns. Every return of a store appended to the store's one
chain, and on a shared server its counters queued on that chain's head row
(docs/benchmarks.md); each register now appends to its own chain. Entries
and heads already written are the store's lane, and verify as before.

On SQLite the two tables are rebuilt (a primary key and a unique key
change), which drops their triggers: they are made again, the chain head's
now also refusing to change lanes.

Downgrading below 0015 cannot keep the registers' chains (the older schema
holds one chain a store): their entries and heads are deleted, and the
store's own chain stays. Take a backup first (`returndesk db backup`).

Revision ID: 0015
Revises: 0014
"""
import sqlalchemy as sa
from alembic import op


revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None

_FORWARD_PG = """
    CREATE OR REPLACE FUNCTION audit_heads_only_forward() RETURNS trigger AS $$
    BEGIN
        IF TG_OP = 'DELETE' THEN
            RAISE EXCEPTION 'an audit chain''s head cannot be deleted';
        END IF;
        IF NEW.seq < OLD.seq OR NEW.store_id <> OLD.store_id{lane} THEN
            RAISE EXCEPTION 'an audit chain''s head only moves forward';
        END IF;
        RETURN NEW;
    END $$ LANGUAGE plpgsql
"""


def _sqlite_triggers(lanes: bool) -> None:
    for event in ("UPDATE", "DELETE"):
        op.execute(f"""
            CREATE TRIGGER audit_log_no_{event.lower()} BEFORE {event} ON audit_log
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END
        """)
    op.execute("""
        CREATE TRIGGER audit_heads_no_delete BEFORE DELETE ON audit_heads
        BEGIN SELECT RAISE(ABORT, 'an audit chain''s head cannot be deleted'); END
    """)
    op.execute(f"""
        CREATE TRIGGER audit_heads_forward BEFORE UPDATE ON audit_heads
        WHEN NEW.seq < OLD.seq OR NEW.store_id <> OLD.store_id{" OR NEW.lane <> OLD.lane" if lanes else ""}
        BEGIN SELECT RAISE(ABORT, 'an audit chain''s head only moves forward'); END
    """)


def _drop_sqlite_triggers() -> None:
    for trigger in ("audit_log_no_update", "audit_log_no_delete", "audit_heads_no_delete", "audit_heads_forward"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")


def upgrade() -> None:
    sqlite = op.get_context().dialect.name == "sqlite"
    if sqlite:
        _drop_sqlite_triggers()
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.add_column(sa.Column('lane', sa.String(length=8), server_default='', nullable=False))
        batch_op.drop_constraint('uq_audit_log_store_id_seq', type_='unique')
        batch_op.create_unique_constraint(op.f('uq_audit_log_store_id_lane_seq'), ['store_id', 'lane', 'seq'])
    with op.batch_alter_table('audit_heads', schema=None) as batch_op:
        batch_op.add_column(sa.Column('lane', sa.String(length=8), server_default='', nullable=False))
        batch_op.drop_constraint('pk_audit_heads', type_='primary')
        batch_op.create_primary_key(op.f('pk_audit_heads'), ['store_id', 'lane'])
    if sqlite:
        _sqlite_triggers(lanes=True)
    else:
        op.execute(_FORWARD_PG.format(lane=" OR NEW.lane <> OLD.lane"))


def downgrade() -> None:
    sqlite = op.get_context().dialect.name == "sqlite"
    if sqlite:
        _drop_sqlite_triggers()
    else:
        op.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only")
        op.execute("ALTER TABLE audit_heads DISABLE TRIGGER audit_heads_forward")
    op.execute("DELETE FROM audit_log WHERE lane <> ''")
    op.execute("DELETE FROM audit_heads WHERE lane <> ''")
    if not sqlite:
        op.execute("ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only")
        op.execute("ALTER TABLE audit_heads ENABLE TRIGGER audit_heads_forward")
    with op.batch_alter_table('audit_heads', schema=None) as batch_op:
        batch_op.drop_constraint('pk_audit_heads', type_='primary')
        batch_op.create_primary_key(op.f('pk_audit_heads'), ['store_id'])
        batch_op.drop_column('lane')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_constraint('uq_audit_log_store_id_lane_seq', type_='unique')
        batch_op.create_unique_constraint(op.f('uq_audit_log_store_id_seq'), ['store_id', 'seq'])
        batch_op.drop_column('lane')
    if sqlite:
        _sqlite_triggers(lanes=False)
    else:
        op.execute(_FORWARD_PG.format(lane=""))
