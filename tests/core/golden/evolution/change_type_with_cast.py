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
    # WARNING: Changing customers.reference from VARCHAR(20) to INTEGER can lose or reject existing values.

    # Type of customers.reference
    op.execute("""
        ALTER TABLE customers ALTER COLUMN reference TYPE INTEGER USING reference::INTEGER;
    """)

    # Type of customers_history.reference
    op.execute("""
        ALTER TABLE customers_history ALTER COLUMN reference TYPE INTEGER USING reference::INTEGER;
    """)


def downgrade():
    # Type of customers_history.reference
    op.execute("""
        ALTER TABLE customers_history ALTER COLUMN reference TYPE VARCHAR(20);
    """)

    # Type of customers.reference
    op.execute("""
        ALTER TABLE customers ALTER COLUMN reference TYPE VARCHAR(20);
    """)
