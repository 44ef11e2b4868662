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
    # Default of orders.note
    op.execute("""
        ALTER TABLE orders ALTER COLUMN note DROP DEFAULT;
    """)


def downgrade():
    # Default of orders.note
    op.execute("""
        ALTER TABLE orders ALTER COLUMN note SET DEFAULT '';
    """)
