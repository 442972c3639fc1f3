"""A chain of stores on one system: the ids of sales, returns and what
hangs on them, and every reference to them, become 64-bit on PostgreSQL
(SQLite's INTEGER is 64 bits already). Each store of a chain numbers its own
rows from store id x 2^40 (desktop/services/chain.py), and a chain's years
of sale lines outgrow 2^31 in one central database.

Each table is rewritten once (all its columns in one ALTER TABLE): on a
large database, run it in a quiet hour (docs/deploying.md).

Revision ID: 0012
Revises: 0011
"""
from alembic import op


revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None

IDS = ("sales", "sale_lines", "sale_tenders", "gift_receipts", "returns", "return_lines", "vouchers",
       "refund_tenders", "override_requests", "audit_log")
COLUMNS = {
    "sales": ("id",),
    "sale_lines": ("id", "sale_id"),
    "sale_tenders": ("id", "sale_id"),
    "gift_receipts": ("id", "sale_id"),
    "pos_returns": ("sale_id",),
    "returns": ("id", "sale_id"),
    "return_lines": ("id", "return_id", "sale_line_id"),
    "vouchers": ("id", "return_id"),
    "refund_tenders": ("id", "return_id", "sale_tender_id", "voucher_id"),
    "voucher_redemptions": ("voucher_id",),
    "override_requests": ("id", "sale_id", "return_id"),
    "audit_log": ("id",),
    "offline_conflicts": ("sale_id", "sale_line_id", "sale_tender_id", "return_id"),
    "service_cases": ("sale_id", "return_id", "sale_line_id"),
    "feedback": ("return_id",),
    "goodwill_gestures": ("return_id", "voucher_id"),
}


def _alter(kind: str) -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, columns in COLUMNS.items():
        op.execute(f"ALTER TABLE {table} " + ", ".join(f"ALTER COLUMN {column} TYPE {kind}" for column in columns))
    for table in IDS:
        op.execute(f"ALTER SEQUENCE {table}_id_seq AS {kind}")


def upgrade() -> None:
    _alter("BIGINT")


def downgrade() -> None:
    _alter("INTEGER")
