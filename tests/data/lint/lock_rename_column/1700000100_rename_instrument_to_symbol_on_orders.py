"""rename instrument to symbol on orders

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
        ALTER TABLE orders RENAME COLUMN instrument TO symbol;  -- expect: renames-column -- expect: no-lock-timeout
    """)
    op.execute("""
        ALTER TABLE orders_history RENAME COLUMN instrument TO symbol;  -- expect: renames-column
    """)


def downgrade():
    op.execute("""
        ALTER TABLE orders_history RENAME COLUMN symbol TO instrument;
    """)
    op.execute("""
        ALTER TABLE orders RENAME COLUMN symbol TO instrument;
    """)
