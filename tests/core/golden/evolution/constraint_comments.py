"""evolve design

Revision ID: 1764000600
Revises: 1764000000
Create Date: 2025-11-24 16:10:00
"""
from alembic import op

revision = "1764000600"
down_revision = "1764000000"
branch_labels = None
depends_on = None


def upgrade():
    # Comments on customers
    op.execute("""
        COMMENT ON INDEX uq_customers_email IS 'One account per address';
        COMMENT ON CONSTRAINT ck_customers_email ON customers IS 'Only a rough check';
    """)

    # New keys, indexes and checks of orders
    op.execute("""
        ALTER TABLE orders ADD CONSTRAINT ck_orders_amount_positive CHECK (amount >= 0);
    """)

    # Comments on orders
    op.execute("""
        COMMENT ON CONSTRAINT orders_pkey ON orders IS 'Numbered by the shop';
        COMMENT ON CONSTRAINT ck_orders_amount_positive ON orders IS 'Refunds are orders of their own';
        COMMENT ON CONSTRAINT fk_orders_customer_id ON orders IS 'Customers with orders stay';
    """)


def downgrade():
    # Comments on orders
    op.execute("""
        COMMENT ON CONSTRAINT orders_pkey ON orders IS NULL;
        COMMENT ON CONSTRAINT fk_orders_customer_id ON orders IS NULL;
    """)

    # New keys, indexes and checks of orders
    op.execute("""
        ALTER TABLE orders DROP CONSTRAINT ck_orders_amount_positive;
    """)

    # Comments on customers
    op.execute("""
        COMMENT ON INDEX uq_customers_email IS NULL;
        COMMENT ON CONSTRAINT ck_customers_email ON customers IS NULL;
    """)
