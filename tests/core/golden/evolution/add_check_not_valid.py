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
    # New keys, indexes and checks of orders
    op.execute("""
        ALTER TABLE orders ADD CONSTRAINT ck_orders_amount_small CHECK (amount < 1000) NOT VALID;
    """)


def downgrade():
    # New keys, indexes and checks of orders
    op.execute("""
        ALTER TABLE orders DROP CONSTRAINT ck_orders_amount_small;
    """)
