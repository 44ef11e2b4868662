"""drop quantity from orders

Revision ID: 1700000100
Revises: 1700000000
Create Date: 2023-11-14 22:15:00
"""
from alembic import op

revision = "1700000100"
down_revision = "1700000000"
branch_labels = None
depends_on = None


def upgrade():
    op.execute("""
        ALTER TABLE orders DROP COLUMN quantity;  -- expect: drops-column -- expect: no-lock-timeout
    """)
    op.execute("""
        ALTER TABLE orders_history DROP COLUMN quantity;  -- expect: drops-column
    """)


def downgrade():
    op.execute("""
        ALTER TABLE orders_history ADD COLUMN quantity NUMERIC(18,8);
    """)
    op.execute("""
        ALTER TABLE orders ADD COLUMN quantity NUMERIC(18,8) NOT NULL DEFAULT 0;
    """)
