"""Sales from the store's POS: its reference, post-voids, weighed and
measured quantities (in thousandths), the till's extended amount, card
brands and cash back.

Revision ID: 0005
Revises: 0004
"""
from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('pos_voids',
    sa.Column('pos_key', sa.String(length=160), nullable=False),
    sa.Column('pos_ref', sa.String(length=160), nullable=False),
    sa.Column('voided_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('voided_by', sa.String(length=160), nullable=False),
    sa.PrimaryKeyConstraint('pos_key', name=op.f('pk_pos_voids'))
    )
    with op.batch_alter_table('return_lines', schema=None) as batch_op:
        batch_op.add_column(sa.Column('qty_scale', sa.Integer(), server_default='0', nullable=False))
        batch_op.create_check_constraint(op.f('ck_return_lines_qty_scale_known'), 'qty_scale IN (0, 3)')

    with op.batch_alter_table('sale_lines', schema=None) as batch_op:
        batch_op.add_column(sa.Column('qty_scale', sa.Integer(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('unit', sa.String(length=8), nullable=True))
        batch_op.add_column(sa.Column('gross_cents', sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column('pos_line', sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column('department', sa.String(length=40), nullable=True))
        batch_op.create_check_constraint(op.f('ck_sale_lines_qty_scale_known'), 'qty_scale IN (0, 3)')

    with op.batch_alter_table('sale_tenders', schema=None) as batch_op:
        batch_op.add_column(sa.Column('brand', sa.String(length=24), nullable=True))
        batch_op.add_column(sa.Column('pos_type', sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column('cashback_cents', sa.BigInteger(), server_default='0', nullable=False))
        batch_op.create_index('ix_sale_tenders_card', ['last4', 'brand'], unique=False)

    with op.batch_alter_table('sales', schema=None) as batch_op:
        batch_op.add_column(sa.Column('source', sa.String(length=16), server_default='returndesk', nullable=False))
        batch_op.add_column(sa.Column('pos_ref', sa.String(length=160), nullable=True))
        batch_op.add_column(sa.Column('pos_key', sa.String(length=160), nullable=True))
        batch_op.add_column(sa.Column('content_hash', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('voided_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('points_earned', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('tax_detail', sa.JSON(), nullable=True))
        batch_op.create_unique_constraint(batch_op.f('uq_sales_pos_key'), ['pos_key'])
        batch_op.create_check_constraint(
            op.f('ck_sales_source_known'), "source IN ('returndesk', 'poslog', 'jsonl', 'csv', 'shopify')")



def downgrade() -> None:
    with op.batch_alter_table("sales", schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_sales_source_known'), type_='check')
        batch_op.drop_constraint(batch_op.f('uq_sales_pos_key'), type_='unique')
        batch_op.drop_column('tax_detail')
        batch_op.drop_column('points_earned')
        batch_op.drop_column('voided_at')
        batch_op.drop_column('content_hash')
        batch_op.drop_column('pos_key')
        batch_op.drop_column('pos_ref')
        batch_op.drop_column('source')

    with op.batch_alter_table('sale_tenders', schema=None) as batch_op:
        batch_op.drop_index('ix_sale_tenders_card')
        batch_op.drop_column('cashback_cents')
        batch_op.drop_column('pos_type')
        batch_op.drop_column('brand')

    with op.batch_alter_table('sale_lines', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_sale_lines_qty_scale_known'), type_='check')
        batch_op.drop_column('department')
        batch_op.drop_column('pos_line')
        batch_op.drop_column('gross_cents')
        batch_op.drop_column('unit')
        batch_op.drop_column('qty_scale')

    with op.batch_alter_table('return_lines', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_return_lines_qty_scale_known'), type_='check')
        batch_op.drop_column('qty_scale')

    op.drop_table('pos_voids')
