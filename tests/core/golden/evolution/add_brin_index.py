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
    # New keys, indexes and checks of orders
    op.execute("""
        CREATE INDEX ix_orders_created_at ON orders USING brin (created_at);
    """)


def downgrade():
    # New keys, indexes and checks of orders
    op.execute("""
        DROP INDEX ix_orders_created_at;
    """)
