"""The store data model: chains to returns, overrides and the audit log.

Revision ID: 0001
Revises: 
Create Date: 2026-11-23 02:05:38.745462
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('chains',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_chains')),
    sa.UniqueConstraint('code', name=op.f('uq_chains_code'))
    )
    op.create_table('products',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sku', sa.String(length=32), nullable=False),
    sa.Column('barcode', sa.String(length=32), nullable=True),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('category', sa.String(length=40), nullable=False),
    sa.Column('serial_tracked', sa.Boolean(), nullable=False),
    sa.Column('price_cents', sa.BigInteger(), nullable=False),
    sa.Column('tax_rate', sa.Numeric(precision=7, scale=5), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.CheckConstraint('price_cents >= 0', name=op.f('ck_products_price_not_negative')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_products')),
    sa.UniqueConstraint('barcode', name=op.f('uq_products_barcode')),
    sa.UniqueConstraint('sku', name=op.f('uq_products_sku'))
    )
    with op.batch_alter_table('products', schema=None) as batch_op:
        batch_op.create_index('ix_products_name', ['name'], unique=False)

    op.create_table('system_settings',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_system_settings'))
    )
    op.create_table('customers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('chain_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=160), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('tier', sa.String(length=16), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['chain_id'], ['chains.id'], name=op.f('fk_customers_chain_id_chains')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_customers')),
    sa.UniqueConstraint('code', name=op.f('uq_customers_code'))
    )
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.create_index('ix_customers_name', ['name'], unique=False)
        batch_op.create_index('ix_customers_phone', ['phone'], unique=False)

    op.create_table('price_changes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('product_id', sa.Integer(), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=False),
    sa.Column('price_cents', sa.BigInteger(), nullable=False),
    sa.CheckConstraint('price_cents >= 0', name=op.f('ck_price_changes_price_not_negative')),
    sa.ForeignKeyConstraint(['product_id'], ['products.id'], name=op.f('fk_price_changes_product_id_products')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_price_changes'))
    )
    with op.batch_alter_table('price_changes', schema=None) as batch_op:
        batch_op.create_index('ix_price_changes_product_from', ['product_id', 'valid_from'], unique=False)

    op.create_table('stores',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('chain_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=4), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('timezone', sa.String(length=64), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('locale', sa.String(length=16), nullable=False),
    sa.Column('address', sa.String(length=240), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.CheckConstraint('length(code) = 4', name=op.f('ck_stores_code_4_digits')),
    sa.ForeignKeyConstraint(['chain_id'], ['chains.id'], name=op.f('fk_stores_chain_id_chains')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stores')),
    sa.UniqueConstraint('code', name=op.f('uq_stores_code'))
    )
    op.create_table('audit_heads',
    sa.Column('store_id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['store_id'], ['stores.id'], name=op.f('fk_audit_heads_store_id_stores')),
    sa.PrimaryKeyConstraint('store_id', name=op.f('pk_audit_heads'))
    )
    op.create_table('registers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('store_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=2), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.CheckConstraint('length(code) = 2', name=op.f('ck_registers_code_2_digits')),
    sa.ForeignKeyConstraint(['store_id'], ['stores.id'], name=op.f('fk_registers_store_id_stores')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_registers')),
    sa.UniqueConstraint('store_id', 'code', name=op.f('uq_registers_store_id_code'))
    )
    op.create_table('staff',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('home_store_id', sa.Integer(), nullable=False),
    sa.Column('pin_hash', sa.String(length=255), nullable=False),
    sa.Column('failed_pins', sa.Integer(), nullable=False),
    sa.Column('locked_until', sa.DateTime(timezone=True), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("role IN ('clerk', 'manager', 'admin')", name=op.f('ck_staff_role_known')),
    sa.CheckConstraint('failed_pins >= 0', name=op.f('ck_staff_failed_pins_not_negative')),
    sa.ForeignKeyConstraint(['home_store_id'], ['stores.id'], name=op.f('fk_staff_home_store_id_stores')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff')),
    sa.UniqueConstraint('code', name=op.f('uq_staff_code'))
    )
    with op.batch_alter_table('staff', schema=None) as batch_op:
        batch_op.create_index('ix_staff_home_store', ['home_store_id'], unique=False)

    op.create_table('store_policies',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('store_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('document', sa.JSON(), nullable=False),
    sa.Column('source', sa.Text(), nullable=False),
    sa.Column('installed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('installed_by', sa.String(length=120), nullable=False),
    sa.ForeignKeyConstraint(['store_id'], ['stores.id'], name=op.f('fk_store_policies_store_id_stores')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_store_policies')),
    sa.UniqueConstraint('store_id', 'version', name=op.f('uq_store_policies_store_id_version'))
    )
    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('store_id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('action', sa.String(length=48), nullable=False),
    sa.Column('entity', sa.String(length=32), nullable=False),
    sa.Column('entity_id', sa.String(length=64), nullable=False),
    sa.Column('payload', sa.JSON(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_audit_log_staff_id_staff')),
    sa.ForeignKeyConstraint(['store_id'], ['stores.id'], name=op.f('fk_audit_log_store_id_stores')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log')),
    sa.UniqueConstraint('store_id', 'seq', name=op.f('uq_audit_log_store_id_seq'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index('ix_audit_log_action_at', ['action', 'at'], unique=False)

    op.create_table('customer_id_checks',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('store_id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('id_type', sa.String(length=40), nullable=False),
    sa.Column('checked_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_customer_id_checks_customer_id_customers')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_customer_id_checks_staff_id_staff')),
    sa.ForeignKeyConstraint(['store_id'], ['stores.id'], name=op.f('fk_customer_id_checks_store_id_stores')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_customer_id_checks'))
    )
    with op.batch_alter_table('customer_id_checks', schema=None) as batch_op:
        batch_op.create_index('ix_customer_id_checks_customer', ['customer_id', 'checked_at'], unique=False)

    op.create_table('sales',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('doc_id', sa.String(length=16), nullable=False),
    sa.Column('store_id', sa.Integer(), nullable=False),
    sa.Column('register_id', sa.Integer(), nullable=False),
    sa.Column('purchased_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('local_date', sa.Date(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=True),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('order_discount_cents', sa.BigInteger(), nullable=False),
    sa.Column('total_cents', sa.BigInteger(), nullable=False),
    sa.CheckConstraint('length(doc_id) = 16', name=op.f('ck_sales_doc_id_16_digits')),
    sa.CheckConstraint('order_discount_cents >= 0', name=op.f('ck_sales_order_discount_not_negative')),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_sales_customer_id_customers')),
    sa.ForeignKeyConstraint(['register_id'], ['registers.id'], name=op.f('fk_sales_register_id_registers')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_sales_staff_id_staff')),
    sa.ForeignKeyConstraint(['store_id'], ['stores.id'], name=op.f('fk_sales_store_id_stores')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sales')),
    sa.UniqueConstraint('doc_id', name=op.f('uq_sales_doc_id'))
    )
    with op.batch_alter_table('sales', schema=None) as batch_op:
        batch_op.create_index('ix_sales_customer_purchased', ['customer_id', 'purchased_at'], unique=False)
        batch_op.create_index('ix_sales_store_date', ['store_id', 'local_date'], unique=False)

    op.create_table('gift_receipts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('doc_id', sa.String(length=16), nullable=False),
    sa.Column('sale_id', sa.Integer(), nullable=False),
    sa.Column('store_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['sale_id'], ['sales.id'], name=op.f('fk_gift_receipts_sale_id_sales')),
    sa.ForeignKeyConstraint(['store_id'], ['stores.id'], name=op.f('fk_gift_receipts_store_id_stores')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_gift_receipts')),
    sa.UniqueConstraint('doc_id', name=op.f('uq_gift_receipts_doc_id'))
    )
    with op.batch_alter_table('gift_receipts', schema=None) as batch_op:
        batch_op.create_index('ix_gift_receipts_sale', ['sale_id'], unique=False)

    op.create_table('returns',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('doc_id', sa.String(length=16), nullable=False),
    sa.Column('store_id', sa.Integer(), nullable=False),
    sa.Column('register_id', sa.Integer(), nullable=False),
    sa.Column('sale_id', sa.Integer(), nullable=True),
    sa.Column('gift', sa.Boolean(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=True),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('approved_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('local_date', sa.Date(), nullable=False),
    sa.Column('refund_to', sa.String(length=16), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('refund_total_cents', sa.BigInteger(), nullable=False),
    sa.Column('idempotency_key', sa.String(length=128), nullable=False),
    sa.Column('request_hash', sa.String(length=64), nullable=False),
    sa.Column('reply', sa.JSON(), nullable=False),
    sa.Column('messages', sa.JSON(), nullable=False),
    sa.CheckConstraint("refund_to IN ('original', 'store_credit')", name=op.f('ck_returns_refund_to_known')),
    sa.CheckConstraint('length(doc_id) = 16', name=op.f('ck_returns_doc_id_16_digits')),
    sa.CheckConstraint('refund_total_cents >= 0', name=op.f('ck_returns_refund_not_negative')),
    sa.ForeignKeyConstraint(['approved_by_id'], ['staff.id'], name=op.f('fk_returns_approved_by_id_staff')),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_returns_customer_id_customers')),
    sa.ForeignKeyConstraint(['register_id'], ['registers.id'], name=op.f('fk_returns_register_id_registers')),
    sa.ForeignKeyConstraint(['sale_id'], ['sales.id'], name=op.f('fk_returns_sale_id_sales')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_returns_staff_id_staff')),
    sa.ForeignKeyConstraint(['store_id'], ['stores.id'], name=op.f('fk_returns_store_id_stores')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_returns')),
    sa.UniqueConstraint('doc_id', name=op.f('uq_returns_doc_id')),
    sa.UniqueConstraint('idempotency_key', name=op.f('uq_returns_idempotency_key'))
    )
    with op.batch_alter_table('returns', schema=None) as batch_op:
        batch_op.create_index('ix_returns_customer_created', ['customer_id', 'created_at'], unique=False)
        batch_op.create_index('ix_returns_sale', ['sale_id'], unique=False)
        batch_op.create_index('ix_returns_store_created', ['store_id', 'created_at'], unique=False)

    op.create_table('sale_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sale_id', sa.Integer(), nullable=False),
    sa.Column('store_id', sa.Integer(), nullable=False),
    sa.Column('line_no', sa.Integer(), nullable=False),
    sa.Column('product_id', sa.Integer(), nullable=True),
    sa.Column('sku', sa.String(length=32), nullable=False),
    sa.Column('description', sa.String(length=200), nullable=False),
    sa.Column('category', sa.String(length=40), nullable=True),
    sa.Column('qty', sa.Integer(), nullable=False),
    sa.Column('unit_price_cents', sa.BigInteger(), nullable=False),
    sa.Column('discount_cents', sa.BigInteger(), nullable=False),
    sa.Column('promo_group', sa.String(length=32), nullable=True),
    sa.Column('tax_rate', sa.Numeric(precision=7, scale=5), nullable=False),
    sa.Column('tax_cents', sa.BigInteger(), nullable=True),
    sa.Column('serial', sa.String(length=64), nullable=True),
    sa.Column('final_sale', sa.Boolean(), nullable=False),
    sa.Column('returned_qty', sa.Integer(), nullable=False),
    sa.CheckConstraint('discount_cents >= 0', name=op.f('ck_sale_lines_discount_not_negative')),
    sa.CheckConstraint('qty > 0', name=op.f('ck_sale_lines_qty_positive')),
    sa.CheckConstraint('returned_qty <= qty', name=op.f('ck_sale_lines_returned_within_sold')),
    sa.CheckConstraint('returned_qty >= 0', name=op.f('ck_sale_lines_returned_not_negative')),
    sa.CheckConstraint('unit_price_cents >= 0', name=op.f('ck_sale_lines_price_not_negative')),
    sa.ForeignKeyConstraint(['product_id'], ['products.id'], name=op.f('fk_sale_lines_product_id_products')),
    sa.ForeignKeyConstraint(['sale_id'], ['sales.id'], name=op.f('fk_sale_lines_sale_id_sales')),
    sa.ForeignKeyConstraint(['store_id'], ['stores.id'], name=op.f('fk_sale_lines_store_id_stores')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sale_lines')),
    sa.UniqueConstraint('sale_id', 'line_no', name=op.f('uq_sale_lines_sale_id_line_no'))
    )
    with op.batch_alter_table('sale_lines', schema=None) as batch_op:
        batch_op.create_index('ix_sale_lines_serial', ['serial'], unique=False)

    op.create_table('sale_tenders',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sale_id', sa.Integer(), nullable=False),
    sa.Column('store_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('type', sa.String(length=16), nullable=False),
    sa.Column('amount_cents', sa.BigInteger(), nullable=False),
    sa.Column('last4', sa.String(length=4), nullable=True),
    sa.Column('refunded_cents', sa.BigInteger(), nullable=False),
    sa.CheckConstraint("type IN ('card', 'gift_card', 'store_credit', 'cash')", name=op.f('ck_sale_tenders_type_known')),
    sa.CheckConstraint('amount_cents >= 0', name=op.f('ck_sale_tenders_amount_not_negative')),
    sa.CheckConstraint('last4 IS NULL OR length(last4) = 4', name=op.f('ck_sale_tenders_last4_only')),
    sa.CheckConstraint('refunded_cents <= amount_cents', name=op.f('ck_sale_tenders_refunded_within_paid')),
    sa.CheckConstraint('refunded_cents >= 0', name=op.f('ck_sale_tenders_refunded_not_negative')),
    sa.ForeignKeyConstraint(['sale_id'], ['sales.id'], name=op.f('fk_sale_tenders_sale_id_sales')),
    sa.ForeignKeyConstraint(['store_id'], ['stores.id'], name=op.f('fk_sale_tenders_store_id_stores')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sale_tenders')),
    sa.UniqueConstraint('sale_id', 'position', name=op.f('uq_sale_tenders_sale_id_position'))
    )
    op.create_table('override_requests',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('store_id', sa.Integer(), nullable=False),
    sa.Column('register_id', sa.Integer(), nullable=False),
    sa.Column('sale_id', sa.Integer(), nullable=True),
    sa.Column('requested_by_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('codes', sa.String(length=200), nullable=False),
    sa.Column('request', sa.JSON(), nullable=False),
    sa.Column('decision', sa.JSON(), nullable=False),
    sa.Column('refund_cents', sa.BigInteger(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('decided_by_id', sa.Integer(), nullable=True),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('decision_reason', sa.Text(), nullable=False),
    sa.Column('return_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("status IN ('pending', 'approved', 'refused', 'cancelled', 'used')", name=op.f('ck_override_requests_status_known')),
    sa.ForeignKeyConstraint(['decided_by_id'], ['staff.id'], name=op.f('fk_override_requests_decided_by_id_staff')),
    sa.ForeignKeyConstraint(['register_id'], ['registers.id'], name=op.f('fk_override_requests_register_id_registers')),
    sa.ForeignKeyConstraint(['requested_by_id'], ['staff.id'], name=op.f('fk_override_requests_requested_by_id_staff')),
    sa.ForeignKeyConstraint(['return_id'], ['returns.id'], name=op.f('fk_override_requests_return_id_returns')),
    sa.ForeignKeyConstraint(['sale_id'], ['sales.id'], name=op.f('fk_override_requests_sale_id_sales')),
    sa.ForeignKeyConstraint(['store_id'], ['stores.id'], name=op.f('fk_override_requests_store_id_stores')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_override_requests'))
    )
    with op.batch_alter_table('override_requests', schema=None) as batch_op:
        batch_op.create_index('ix_override_requests_decided_by', ['decided_by_id', 'decided_at'], unique=False)
        batch_op.create_index('ix_override_requests_store_status', ['store_id', 'status', 'created_at'], unique=False)

    op.create_table('return_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('return_id', sa.Integer(), nullable=False),
    sa.Column('store_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('sale_line_id', sa.Integer(), nullable=True),
    sa.Column('product_id', sa.Integer(), nullable=True),
    sa.Column('sku', sa.String(length=32), nullable=False),
    sa.Column('category', sa.String(length=40), nullable=True),
    sa.Column('description', sa.String(length=200), nullable=False),
    sa.Column('qty', sa.Integer(), nullable=False),
    sa.Column('condition', sa.String(length=16), nullable=False),
    sa.Column('reason', sa.String(length=40), nullable=False),
    sa.Column('serial', sa.String(length=64), nullable=True),
    sa.Column('net_cents', sa.BigInteger(), nullable=False),
    sa.Column('tax_cents', sa.BigInteger(), nullable=False),
    sa.Column('fee_cents', sa.BigInteger(), nullable=False),
    sa.Column('total_cents', sa.BigInteger(), nullable=False),
    sa.Column('codes', sa.String(length=200), nullable=False),
    sa.Column('disposition', sa.String(length=24), nullable=False),
    sa.CheckConstraint("condition IN ('new', 'opened', 'defective', 'damaged')", name=op.f('ck_return_lines_condition_known')),
    sa.CheckConstraint("disposition IN ('restock', 'open_box', 'damaged', 'return_to_vendor')", name=op.f('ck_return_lines_disposition_known')),
    sa.CheckConstraint('fee_cents <= net_cents', name=op.f('ck_return_lines_fee_within_net')),
    sa.CheckConstraint('net_cents >= 0 AND tax_cents >= 0 AND fee_cents >= 0', name=op.f('ck_return_lines_amounts_not_negative')),
    sa.CheckConstraint('qty > 0', name=op.f('ck_return_lines_qty_positive')),
    sa.ForeignKeyConstraint(['product_id'], ['products.id'], name=op.f('fk_return_lines_product_id_products')),
    sa.ForeignKeyConstraint(['return_id'], ['returns.id'], name=op.f('fk_return_lines_return_id_returns')),
    sa.ForeignKeyConstraint(['sale_line_id'], ['sale_lines.id'], name=op.f('fk_return_lines_sale_line_id_sale_lines')),
    sa.ForeignKeyConstraint(['store_id'], ['stores.id'], name=op.f('fk_return_lines_store_id_stores')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_return_lines'))
    )
    with op.batch_alter_table('return_lines', schema=None) as batch_op:
        batch_op.create_index('ix_return_lines_return', ['return_id'], unique=False)
        batch_op.create_index('ix_return_lines_sale_line', ['sale_line_id'], unique=False)

    op.create_table('vouchers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('doc_id', sa.String(length=16), nullable=False),
    sa.Column('store_id', sa.Integer(), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('amount_cents', sa.BigInteger(), nullable=False),
    sa.Column('balance_cents', sa.BigInteger(), nullable=False),
    sa.Column('issued_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('return_id', sa.Integer(), nullable=True),
    sa.Column('customer_id', sa.Integer(), nullable=True),
    sa.Column('origin', sa.String(length=16), nullable=False),
    sa.CheckConstraint('amount_cents > 0', name=op.f('ck_vouchers_amount_positive')),
    sa.CheckConstraint('balance_cents >= 0 AND balance_cents <= amount_cents', name=op.f('ck_vouchers_balance_within_amount')),
    sa.CheckConstraint('length(doc_id) = 16', name=op.f('ck_vouchers_doc_id_16_digits')),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_vouchers_customer_id_customers')),
    sa.ForeignKeyConstraint(['return_id'], ['returns.id'], name=op.f('fk_vouchers_return_id_returns')),
    sa.ForeignKeyConstraint(['store_id'], ['stores.id'], name=op.f('fk_vouchers_store_id_stores')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_vouchers')),
    sa.UniqueConstraint('doc_id', name=op.f('uq_vouchers_doc_id'))
    )
    op.create_table('refund_tenders',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('return_id', sa.Integer(), nullable=False),
    sa.Column('store_id', sa.Integer(), nullable=False),
    sa.Column('register_id', sa.Integer(), nullable=False),
    sa.Column('type', sa.String(length=16), nullable=False),
    sa.Column('amount_cents', sa.BigInteger(), nullable=False),
    sa.Column('last4', sa.String(length=4), nullable=True),
    sa.Column('sale_tender_id', sa.Integer(), nullable=True),
    sa.Column('voucher_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("type IN ('card', 'gift_card', 'store_credit', 'cash')", name=op.f('ck_refund_tenders_type_known')),
    sa.CheckConstraint('amount_cents > 0', name=op.f('ck_refund_tenders_amount_positive')),
    sa.CheckConstraint('last4 IS NULL OR length(last4) = 4', name=op.f('ck_refund_tenders_last4_only')),
    sa.ForeignKeyConstraint(['register_id'], ['registers.id'], name=op.f('fk_refund_tenders_register_id_registers')),
    sa.ForeignKeyConstraint(['return_id'], ['returns.id'], name=op.f('fk_refund_tenders_return_id_returns')),
    sa.ForeignKeyConstraint(['sale_tender_id'], ['sale_tenders.id'], name=op.f('fk_refund_tenders_sale_tender_id_sale_tenders')),
    sa.ForeignKeyConstraint(['store_id'], ['stores.id'], name=op.f('fk_refund_tenders_store_id_stores')),
    sa.ForeignKeyConstraint(['voucher_id'], ['vouchers.id'], name=op.f('fk_refund_tenders_voucher_id_vouchers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_refund_tenders'))
    )
    with op.batch_alter_table('refund_tenders', schema=None) as batch_op:
        batch_op.create_index('ix_refund_tenders_register_created', ['register_id', 'created_at'], unique=False)
        batch_op.create_index('ix_refund_tenders_return', ['return_id'], unique=False)
    _audit_log_append_only()


def _audit_log_append_only() -> None:
    """The audit log refuses UPDATE and DELETE, whoever connects."""
    if op.get_context().dialect.name == "postgresql":
        op.execute("""
            CREATE FUNCTION audit_log_refuse_change() RETURNS trigger AS $$
            BEGIN
                RAISE EXCEPTION 'the audit log is append-only';
            END $$ LANGUAGE plpgsql
        """)
        op.execute("""
            CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
            FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change()
        """)
    else:
        for event in ("UPDATE", "DELETE"):
            op.execute(f"""
                CREATE TRIGGER audit_log_no_{event.lower()} BEFORE {event} ON audit_log
                BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END
            """)


def downgrade() -> None:
    if op.get_context().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log")
        op.execute("DROP FUNCTION IF EXISTS audit_log_refuse_change()")
    else:
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
    with op.batch_alter_table('refund_tenders', schema=None) as batch_op:
        batch_op.drop_index('ix_refund_tenders_return')
        batch_op.drop_index('ix_refund_tenders_register_created')

    op.drop_table('refund_tenders')
    op.drop_table('vouchers')
    with op.batch_alter_table('return_lines', schema=None) as batch_op:
        batch_op.drop_index('ix_return_lines_sale_line')
        batch_op.drop_index('ix_return_lines_return')

    op.drop_table('return_lines')
    with op.batch_alter_table('override_requests', schema=None) as batch_op:
        batch_op.drop_index('ix_override_requests_store_status')
        batch_op.drop_index('ix_override_requests_decided_by')

    op.drop_table('override_requests')
    op.drop_table('sale_tenders')
    with op.batch_alter_table('sale_lines', schema=None) as batch_op:
        batch_op.drop_index('ix_sale_lines_serial')

    op.drop_table('sale_lines')
    with op.batch_alter_table('returns', schema=None) as batch_op:
        batch_op.drop_index('ix_returns_store_created')
        batch_op.drop_index('ix_returns_sale')
        batch_op.drop_index('ix_returns_customer_created')

    op.drop_table('returns')
    with op.batch_alter_table('gift_receipts', schema=None) as batch_op:
        batch_op.drop_index('ix_gift_receipts_sale')

    op.drop_table('gift_receipts')
    with op.batch_alter_table('sales', schema=None) as batch_op:
        batch_op.drop_index('ix_sales_store_date')
        batch_op.drop_index('ix_sales_customer_purchased')

    op.drop_table('sales')
    with op.batch_alter_table('customer_id_checks', schema=None) as batch_op:
        batch_op.drop_index('ix_customer_id_checks_customer')

    op.drop_table('customer_id_checks')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_log_action_at')

    op.drop_table('audit_log')
    op.drop_table('store_policies')
    with op.batch_alter_table('staff', schema=None) as batch_op:
        batch_op.drop_index('ix_staff_home_store')

    op.drop_table('staff')
    op.drop_table('registers')
    op.drop_table('audit_heads')
    op.drop_table('stores')
    with op.batch_alter_table('price_changes', schema=None) as batch_op:
        batch_op.drop_index('ix_price_changes_product_from')

    op.drop_table('price_changes')
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.drop_index('ix_customers_phone')
        batch_op.drop_index('ix_customers_name')

    op.drop_table('customers')
    op.drop_table('system_settings')
    with op.batch_alter_table('products', schema=None) as batch_op:
        batch_op.drop_index('ix_products_name')

    op.drop_table('products')
    op.drop_table('chains')
