"""drop orders history

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
        DROP TABLE orders_history;  -- expect: drops-table -- expect: no-lock-timeout
    """)


def downgrade():
    op.execute("""
        CREATE TABLE orders_history (history_id BIGSERIAL PRIMARY KEY, operation VARCHAR(10) NOT NULL, changed_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
            id BIGINT, instrument VARCHAR(32), quantity NUMERIC(18,8), created_at TIMESTAMPTZ, updated_at TIMESTAMPTZ);
    """)
