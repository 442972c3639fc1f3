"""A service desk that keeps its promises: the scheduler's jobs with their
lease (each due action once, whichever station or server runs it), the
notifications that reach people, a mail address per person, and who has
read each version of their store's policy, and the scorecards a manager
signed off.

Revision ID: 0009
Revises: 0008
"""
from alembic import op
import sqlalchemy as sa


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('scheduled_jobs',
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('next_run_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('last_run_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_result', sa.String(length=300), nullable=False),
    sa.Column('runs', sa.Integer(), nullable=False),
    sa.Column('lease_owner', sa.String(length=80), nullable=True),
    sa.Column('lease_until', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_scheduled_jobs'))
    )
    op.create_table('notifications',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('store_id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('tier', sa.Integer(), nullable=False),
    sa.Column('text', sa.String(length=300), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('sends', sa.Integer(), nullable=False),
    sa.Column('taken_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('taken_by', sa.Integer(), nullable=True),
    sa.CheckConstraint("kind IN ('escalated', 'due_soon', 'overdue', 'follow_up')",
                       name=op.f('ck_notifications_kind_known')),
    sa.CheckConstraint('tier BETWEEN 0 AND 2', name=op.f('ck_notifications_tier_known')),
    sa.ForeignKeyConstraint(['case_id'], ['service_cases.id'], name=op.f('fk_notifications_case_id_service_cases')),
    sa.ForeignKeyConstraint(['store_id'], ['stores.id'], name=op.f('fk_notifications_store_id_stores')),
    sa.ForeignKeyConstraint(['taken_by'], ['staff.id'], name=op.f('fk_notifications_taken_by_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_notifications'))
    )
    op.create_index('ix_notifications_open', 'notifications', ['store_id', 'taken_at'], unique=False)
    op.create_table('policy_acknowledgements',
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('policy_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['policy_id'], ['store_policies.id'],
                            name=op.f('fk_policy_acknowledgements_policy_id_store_policies')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_policy_acknowledgements_staff_id_staff')),
    sa.PrimaryKeyConstraint('staff_id', 'policy_id', name=op.f('pk_policy_acknowledgements'))
    )
    op.create_table('scorecard_signoffs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('start', sa.Date(), nullable=False),
    sa.Column('end', sa.Date(), nullable=False),
    sa.Column('signed_by', sa.Integer(), nullable=False),
    sa.Column('signed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('note', sa.String(length=500), nullable=False),
    sa.ForeignKeyConstraint(['signed_by'], ['staff.id'], name=op.f('fk_scorecard_signoffs_signed_by_staff')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_scorecard_signoffs_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_scorecard_signoffs')),
    sa.UniqueConstraint('staff_id', 'start', 'end', name=op.f('uq_scorecard_signoffs_staff_id_start_end'))
    )
    with op.batch_alter_table('staff') as batch:
        batch.add_column(sa.Column('email', sa.String(length=200), server_default='', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('staff') as batch:
        batch.drop_column('email')
    op.drop_table('scorecard_signoffs')
    op.drop_table('policy_acknowledgements')
    op.drop_index('ix_notifications_open', table_name='notifications')
    op.drop_table('notifications')
    op.drop_table('scheduled_jobs')
