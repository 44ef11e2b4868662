"""add venue to orders

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
        ALTER TABLE orders ADD COLUMN venue TEXT NOT NULL;  -- expect: not-null-without-default -- expect: no-lock-timeout
    """)
    op.execute("""
        ALTER TABLE orders_history ADD COLUMN venue TEXT;
    """)


def downgrade():
    op.execute("""
        ALTER TABLE orders_history DROP COLUMN venue;
    """)
    op.execute("""
        ALTER TABLE orders DROP COLUMN venue;
    """)
