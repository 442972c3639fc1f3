"""Running a real store: its receipt settings (tax ID, header, footer,
logo), one-time PINs, products' departments and final sale, loyalty points
taken back by a return, and exports of returns to each target exactly once.

Revision ID: 0006
Revises: 0005
"""
from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('voucher_redemptions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('voucher_id', sa.Integer(), nullable=False),
    sa.Column('reference', sa.String(length=160), nullable=False),
    sa.Column('amount_cents', sa.BigInteger(), nullable=False),
    sa.Column('redeemed_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('amount_cents > 0', name=op.f('ck_voucher_redemptions_amount_positive')),
    sa.ForeignKeyConstraint(['voucher_id'], ['vouchers.id'], name=op.f('fk_voucher_redemptions_voucher_id_vouchers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_voucher_redemptions')),
    sa.UniqueConstraint('reference', name=op.f('uq_voucher_redemptions_reference'))
    )
    op.create_table('pos_returns',
    sa.Column('pos_key', sa.String(length=160), nullable=False),
    sa.Column('pos_ref', sa.String(length=160), nullable=False),
    sa.Column('sale_id', sa.Integer(), nullable=False),
    sa.Column('imported_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('detail', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['sale_id'], ['sales.id'], name=op.f('fk_pos_returns_sale_id_sales')),
    sa.PrimaryKeyConstraint('pos_key', name=op.f('pk_pos_returns'))
    )
    op.create_table('export_batches',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('target', sa.String(length=64), nullable=False),
    sa.Column('format', sa.String(length=16), nullable=False),
    sa.Column('path', sa.Text(), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('done_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('records', sa.Integer(), nullable=False),
    sa.CheckConstraint("state IN ('writing', 'done')", name=op.f('ck_export_batches_state_known')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_export_batches'))
    )
    op.create_table('exported_records',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('target', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('record_id', sa.Integer(), nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['batch_id'], ['export_batches.id'], name=op.f('fk_exported_records_batch_id_export_batches')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_exported_records')),
    sa.UniqueConstraint('target', 'kind', 'record_id', name=op.f('uq_exported_records_target_kind_record_id'))
    )
    with op.batch_alter_table('exported_records', schema=None) as batch_op:
        batch_op.create_index('ix_exported_records_batch', ['batch_id'], unique=False)

    with op.batch_alter_table('products', schema=None) as batch_op:
        batch_op.add_column(sa.Column('department', sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column('final_sale', sa.Boolean(), server_default='0', nullable=False))

    with op.batch_alter_table('returns', schema=None) as batch_op:
        batch_op.add_column(sa.Column('points_reversed', sa.Integer(), server_default='0', nullable=False))

    with op.batch_alter_table('staff', schema=None) as batch_op:
        batch_op.add_column(sa.Column('pin_must_change', sa.Boolean(), server_default='0', nullable=False))

    with op.batch_alter_table('stores', schema=None) as batch_op:
        batch_op.add_column(sa.Column('tax_id', sa.String(length=40), server_default='', nullable=False))
        batch_op.add_column(sa.Column('receipt_header', sa.Text(), server_default='', nullable=False))
        batch_op.add_column(sa.Column('receipt_footer', sa.Text(), server_default='', nullable=False))
        batch_op.add_column(sa.Column('logo', sa.LargeBinary(), nullable=True))



def downgrade() -> None:
    with op.batch_alter_table('stores', schema=None) as batch_op:
        batch_op.drop_column('logo')
        batch_op.drop_column('receipt_footer')
        batch_op.drop_column('receipt_header')
        batch_op.drop_column('tax_id')

    with op.batch_alter_table('staff', schema=None) as batch_op:
        batch_op.drop_column('pin_must_change')

    with op.batch_alter_table('returns', schema=None) as batch_op:
        batch_op.drop_column('points_reversed')

    with op.batch_alter_table('products', schema=None) as batch_op:
        batch_op.drop_column('final_sale')
        batch_op.drop_column('department')

    with op.batch_alter_table('exported_records', schema=None) as batch_op:
        batch_op.drop_index('ix_exported_records_batch')

    op.drop_table('exported_records')
    op.drop_table('export_batches')
    op.drop_table('pos_returns')
    op.drop_table('voucher_redemptions')
