"""add index on quantity

Revision ID: 1700000200
Revises: 1700000000
Create Date: 2023-11-14 22:15:00
"""
from alembic import op

revision = "1700000200"
down_revision = "1700000000"  # expect: forked-chain
branch_labels = None
depends_on = None


def upgrade():
    # Index
    op.execute("""
        CREATE INDEX ix_orders_quantity ON orders (quantity);
    """)


def downgrade():
    op.execute("DROP INDEX ix_orders_quantity")
