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
    # Foreign key fk_orders_customer_id of orders that changes or goes
    op.execute("""
        ALTER TABLE orders DROP CONSTRAINT fk_orders_customer_id;
    """)

    # Foreign key fk_orders_customer_id of orders
    op.execute("""
        ALTER TABLE orders
            ADD CONSTRAINT fk_orders_customer_id FOREIGN KEY (customer_id) REFERENCES customers (id) MATCH FULL ON DELETE RESTRICT DEFERRABLE INITIALLY DEFERRED;
    """)


def downgrade():
    # Foreign key fk_orders_customer_id of orders
    op.execute("""
        ALTER TABLE orders DROP CONSTRAINT fk_orders_customer_id;
    """)

    # Foreign key fk_orders_customer_id of orders that changes or goes
    op.execute("""
        ALTER TABLE orders
            ADD CONSTRAINT fk_orders_customer_id FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE RESTRICT;
    """)
