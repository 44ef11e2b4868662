"""add index on instrument

Revision ID: 1700000100
Revises: 1699999999
Create Date: 2023-11-14 22:15:00
"""
from alembic import op

revision = "1700000100"
down_revision = "1699999999"  # expect: missing-revision
branch_labels = None
depends_on = None


def upgrade():
    # Index
    op.execute("""
        CREATE INDEX ix_orders_instrument ON orders (instrument);
    """)


def downgrade():
    op.execute("DROP INDEX ix_orders_instrument")
