"""Records nobody can bend: the audit chain's heads cannot be deleted or
moved back, and on PostgreSQL neither table can be emptied with TRUNCATE
(a statement the row triggers of 0001 do not see).

Revision ID: 0008
Revises: 0007
"""
from alembic import op


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_context().dialect.name == "postgresql":
        op.execute("""
            CREATE FUNCTION audit_refuse_truncate() RETURNS trigger AS $$
            BEGIN
                RAISE EXCEPTION 'the audit log cannot be emptied';
            END $$ LANGUAGE plpgsql
        """)
        for table in ("audit_log", "audit_heads"):
            op.execute(f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
                       "FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_truncate()")
        op.execute("""
            CREATE FUNCTION audit_heads_only_forward() RETURNS trigger AS $$
            BEGIN
                IF TG_OP = 'DELETE' THEN
                    RAISE EXCEPTION 'an audit chain''s head cannot be deleted';
                END IF;
                IF NEW.seq < OLD.seq OR NEW.store_id <> OLD.store_id THEN
                    RAISE EXCEPTION 'an audit chain''s head only moves forward';
                END IF;
                RETURN NEW;
            END $$ LANGUAGE plpgsql
        """)
        op.execute("CREATE TRIGGER audit_heads_forward BEFORE UPDATE OR DELETE ON audit_heads "
                   "FOR EACH ROW EXECUTE FUNCTION audit_heads_only_forward()")
    else:
        op.execute("""
            CREATE TRIGGER audit_heads_no_delete BEFORE DELETE ON audit_heads
            BEGIN SELECT RAISE(ABORT, 'an audit chain''s head cannot be deleted'); END
        """)
        op.execute("""
            CREATE TRIGGER audit_heads_forward BEFORE UPDATE ON audit_heads
            WHEN NEW.seq < OLD.seq OR NEW.store_id <> OLD.store_id
            BEGIN SELECT RAISE(ABORT, 'an audit chain''s head only moves forward'); END
        """)


def downgrade() -> None:
    if op.get_context().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_heads_forward ON audit_heads")
        op.execute("DROP FUNCTION IF EXISTS audit_heads_only_forward()")
        for table in ("audit_log", "audit_heads"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_truncate ON {table}")
        op.execute("DROP FUNCTION IF EXISTS audit_refuse_truncate()")
    else:
        op.execute("DROP TRIGGER IF EXISTS audit_heads_no_delete")
        op.execute("DROP TRIGGER IF EXISTS audit_heads_forward")
