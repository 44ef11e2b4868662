"""shorten instrument on orders

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
        ALTER TABLE orders ALTER COLUMN instrument TYPE VARCHAR(8);  -- expect: lossy-type-change
    """)
    # History table
    op.execute("""
        ALTER TABLE orders_history ALTER COLUMN instrument TYPE VARCHAR(8);
    """)


def downgrade():
    # History table
    op.execute("""
        ALTER TABLE orders_history ALTER COLUMN instrument TYPE VARCHAR(32);
    """)
    # Main table
    op.execute("""
        ALTER TABLE orders ALTER COLUMN instrument TYPE VARCHAR(32);
    """)
