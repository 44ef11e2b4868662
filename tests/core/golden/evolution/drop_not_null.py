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
    # orders.amount accepts NULL
    op.execute("""
        ALTER TABLE orders ALTER COLUMN amount DROP NOT NULL;
    """)


def downgrade():
    # orders.amount accepts NULL
    op.execute("""
        ALTER TABLE orders ALTER COLUMN amount SET NOT NULL;
    """)
