"""Written contacts that come in by themselves: the store's mailbox read
into cases (each message once, its attachments kept), the Message-ID of
each reply sent (the customer's answer finds its case by it) with the
survey code it carried, a case about one line of a sale, and the index the
return screen's look for a receipt's open cases needs.

Revision ID: 0010
Revises: 0009
"""
from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('mailboxes',
    sa.Column('name', sa.String(length=250), nullable=False),
    sa.Column('uid_validity', sa.BigInteger(), nullable=False),
    sa.Column('last_uid', sa.BigInteger(), nullable=False),
    sa.Column('checked_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_mailboxes'))
    )
    op.create_table('inbound_mails',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('store_id', sa.Integer(), nullable=False),
    sa.Column('message_id', sa.String(length=250), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('from_address', sa.String(length=200), nullable=False),
    sa.Column('subject', sa.String(length=200), nullable=False),
    sa.Column('arrived_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('taken_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['service_cases.id'], name=op.f('fk_inbound_mails_case_id_service_cases')),
    sa.ForeignKeyConstraint(['store_id'], ['stores.id'], name=op.f('fk_inbound_mails_store_id_stores')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inbound_mails')),
    sa.UniqueConstraint('store_id', 'message_id', name=op.f('uq_inbound_mails_store_id_message_id'))
    )
    op.create_table('case_attachments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('mail_id', sa.Integer(), nullable=True),
    sa.Column('filename', sa.String(length=200), nullable=False),
    sa.Column('content_type', sa.String(length=100), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('removed_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['service_cases.id'],
                            name=op.f('fk_case_attachments_case_id_service_cases')),
    sa.ForeignKeyConstraint(['mail_id'], ['inbound_mails.id'], name=op.f('fk_case_attachments_mail_id_inbound_mails')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_attachments'))
    )
    op.create_index(op.f('ix_case_attachments_case_id'), 'case_attachments', ['case_id'], unique=False)
    with op.batch_alter_table('case_replies') as batch:
        batch.add_column(sa.Column('message_id', sa.String(length=250), nullable=True))
        batch.add_column(sa.Column('survey_code', sa.String(length=16), nullable=True))
        batch.create_index(batch.f('ix_case_replies_message_id'), ['message_id'], unique=False)
    with op.batch_alter_table('notifications') as batch:  # the owner told that the customer wrote
        batch.drop_constraint(op.f('ck_notifications_kind_known'), type_='check')
        batch.create_check_constraint(op.f('ck_notifications_kind_known'),
                                      "kind IN ('escalated', 'due_soon', 'overdue', 'follow_up', 'mail')")
    op.create_index('ix_service_cases_sale', 'service_cases', ['sale_id'], unique=False)
    with op.batch_alter_table('service_cases') as batch:
        batch.add_column(sa.Column('sale_line_id', sa.Integer(), nullable=True))
        batch.create_foreign_key(batch.f('fk_service_cases_sale_line_id_sale_lines'), 'sale_lines',
                                 ['sale_line_id'], ['id'])


def downgrade() -> None:
    op.execute("DELETE FROM notifications WHERE kind = 'mail'")
    with op.batch_alter_table('notifications') as batch:
        batch.drop_constraint(op.f('ck_notifications_kind_known'), type_='check')
        batch.create_check_constraint(op.f('ck_notifications_kind_known'),
                                      "kind IN ('escalated', 'due_soon', 'overdue', 'follow_up')")
    with op.batch_alter_table('service_cases') as batch:
        batch.drop_constraint(batch.f('fk_service_cases_sale_line_id_sale_lines'), type_='foreignkey')
        batch.drop_column('sale_line_id')
    op.drop_index('ix_service_cases_sale', table_name='service_cases')
    with op.batch_alter_table('case_replies') as batch:
        batch.drop_index(batch.f('ix_case_replies_message_id'))
        batch.drop_column('survey_code')
        batch.drop_column('message_id')
    op.drop_index(op.f('ix_case_attachments_case_id'), table_name='case_attachments')
    op.drop_table('case_attachments')
    op.drop_table('inbound_mails')
    op.drop_table('mailboxes')
