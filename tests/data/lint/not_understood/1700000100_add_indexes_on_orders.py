"""add indexes on orders

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
    for column in ("instrument", "quantity"):  # expect: not-understood
        op.execute(f"CREATE INDEX ix_orders_{column} ON orders ({column})")


def downgrade():
    op.execute("DROP INDEX ix_orders_instrument")
    op.execute("DROP INDEX ix_orders_quantity")
