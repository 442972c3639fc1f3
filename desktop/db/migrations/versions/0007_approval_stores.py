"""Records nobody can bend: the other stores a manager may approve for.

Revision ID: 0007
Revises: 0006
"""
from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('staff_approval_stores',
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('store_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_staff_approval_stores_staff_id_staff')),
    sa.ForeignKeyConstraint(['store_id'], ['stores.id'], name=op.f('fk_staff_approval_stores_store_id_stores')),
    sa.PrimaryKeyConstraint('staff_id', 'store_id', name=op.f('pk_staff_approval_stores'))
    )


def downgrade() -> None:
    op.drop_table('staff_approval_stores')
