"""Registers that keep taking returns while the shared database is out of
reach: the refund value each may hand out offline (granted while online),
the hash-chained journal a register keeps in its own copy of the database,
the lines two offline registers both returned beyond what was sold, and a
return's mark that it was taken offline.

Revision ID: 0011
Revises: 0010
"""
from alembic import op
import sqlalchemy as sa


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('offline_allowances',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('store_id', sa.Integer(), nullable=False),
    sa.Column('register_id', sa.Integer(), nullable=False),
    sa.Column('granted_cents', sa.BigInteger(), nullable=False),
    sa.Column('granted_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('released_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('spent_cents', sa.BigInteger(), nullable=True),
    sa.CheckConstraint('granted_cents >= 0', name=op.f('ck_offline_allowances_granted_not_negative')),
    sa.ForeignKeyConstraint(['register_id'], ['registers.id'],
                            name=op.f('fk_offline_allowances_register_id_registers')),
    sa.ForeignKeyConstraint(['store_id'], ['stores.id'], name=op.f('fk_offline_allowances_store_id_stores')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_offline_allowances'))
    )
    op.create_index('ix_offline_allowances_open', 'offline_allowances', ['store_id', 'released_at'], unique=False)
    op.create_table('offline_journal',
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('allowance_id', sa.Integer(), nullable=False),
    sa.Column('idempotency_key', sa.String(length=128), nullable=False),
    sa.Column('return_doc_id', sa.String(length=16), nullable=False),
    sa.Column('refund_cents', sa.BigInteger(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('record', sa.JSON(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.Column('synced_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('synced_return_id', sa.Integer(), nullable=True),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_offline_journal')),
    sa.UniqueConstraint('idempotency_key', name=op.f('uq_offline_journal_idempotency_key'))
    )
    op.create_table('offline_conflicts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('store_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('sale_id', sa.Integer(), nullable=False),
    sa.Column('sale_line_id', sa.Integer(), nullable=True),
    sa.Column('sale_tender_id', sa.Integer(), nullable=True),
    sa.Column('return_id', sa.Integer(), nullable=False),
    sa.Column('others', sa.JSON(), nullable=False),
    sa.Column('over', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('resolved_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('resolved_by_id', sa.Integer(), nullable=True),
    sa.Column('resolution', sa.String(length=300), server_default='', nullable=False),
    sa.CheckConstraint("kind IN ('line', 'tender')", name=op.f('ck_offline_conflicts_kind_known')),
    sa.ForeignKeyConstraint(['resolved_by_id'], ['staff.id'], name=op.f('fk_offline_conflicts_resolved_by_id_staff')),
    sa.ForeignKeyConstraint(['return_id'], ['returns.id'], name=op.f('fk_offline_conflicts_return_id_returns')),
    sa.ForeignKeyConstraint(['sale_id'], ['sales.id'], name=op.f('fk_offline_conflicts_sale_id_sales')),
    sa.ForeignKeyConstraint(['sale_line_id'], ['sale_lines.id'],
                            name=op.f('fk_offline_conflicts_sale_line_id_sale_lines')),
    sa.ForeignKeyConstraint(['sale_tender_id'], ['sale_tenders.id'],
                            name=op.f('fk_offline_conflicts_sale_tender_id_sale_tenders')),
    sa.ForeignKeyConstraint(['store_id'], ['stores.id'], name=op.f('fk_offline_conflicts_store_id_stores')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_offline_conflicts'))
    )
    op.create_index('ix_offline_conflicts_open', 'offline_conflicts', ['store_id', 'resolved_at'], unique=False)
    with op.batch_alter_table('returns') as batch:
        batch.add_column(sa.Column('offline', sa.Boolean(), server_default='0', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('returns') as batch:
        batch.drop_column('offline')
    op.drop_index('ix_offline_conflicts_open', table_name='offline_conflicts')
    op.drop_table('offline_conflicts')
    op.drop_table('offline_journal')
    op.drop_index('ix_offline_allowances_open', table_name='offline_allowances')
    op.drop_table('offline_allowances')
