"""index instrument on orders concurrently

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
    # Alembic runs upgrade() in a transaction: PostgreSQL refuses this there.
    op.execute("""
        CREATE INDEX CONCURRENTLY ix_orders_instrument ON orders (instrument);  -- expect: concurrently-in-transaction
    """)


def downgrade():
    op.execute("""
        DROP INDEX ix_orders_instrument;
    """)
