"""add token to orders

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
        ALTER TABLE orders ADD COLUMN token UUID DEFAULT gen_random_uuid();  -- expect: default-rewrites-table -- expect: no-lock-timeout
    """)
    op.execute("""
        ALTER TABLE orders_history ADD COLUMN token UUID;
    """)


def downgrade():
    op.execute("""
        ALTER TABLE orders_history DROP COLUMN token;
    """)
    op.execute("""
        ALTER TABLE orders DROP COLUMN token;
    """)
