"""rename orders history to order events

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
        ALTER TABLE orders_history RENAME TO order_events;  -- expect: renames-table -- expect: no-lock-timeout
    """)


def downgrade():
    op.execute("""
        ALTER TABLE order_events RENAME TO orders_history;
    """)
