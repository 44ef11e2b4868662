"""widen instrument on orders

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
        ALTER TABLE orders ALTER COLUMN instrument TYPE VARCHAR(64);  -- expect: type-change-in-catalog -- expect: no-lock-timeout
    """)
    op.execute("""
        ALTER TABLE orders_history ALTER COLUMN instrument TYPE VARCHAR(64);  -- expect: type-change-in-catalog
    """)


def downgrade():
    op.execute("""
        ALTER TABLE orders_history ALTER COLUMN instrument TYPE VARCHAR(32);
    """)
    op.execute("""
        ALTER TABLE orders ALTER COLUMN instrument TYPE VARCHAR(32);
    """)
