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
    # Type of customers.email
    op.execute("""
        ALTER TABLE customers ALTER COLUMN email TYPE VARCHAR(200);
    """)

    # Type of customers_history.email
    op.execute("""
        ALTER TABLE customers_history ALTER COLUMN email TYPE VARCHAR(200);
    """)


def downgrade():
    # Type of customers_history.email
    op.execute("""
        ALTER TABLE customers_history ALTER COLUMN email TYPE VARCHAR(100);
    """)

    # Type of customers.email
    op.execute("""
        ALTER TABLE customers ALTER COLUMN email TYPE VARCHAR(100);
    """)
