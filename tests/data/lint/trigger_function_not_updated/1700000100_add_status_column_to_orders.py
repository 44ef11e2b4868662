"""add status column to orders

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
    # Main table
    op.execute("""
        ALTER TABLE orders ADD COLUMN status VARCHAR(20);  -- expect: trigger-function-not-updated
    """)
    # History table
    op.execute("""
        ALTER TABLE orders_history ADD COLUMN status VARCHAR(20);
    """)


def downgrade():
    op.execute("ALTER TABLE orders_history DROP COLUMN status")
    op.execute("ALTER TABLE orders DROP COLUMN status")
