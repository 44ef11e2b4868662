"""create order totals view

Revision ID: 1700000300
Revises: 1700000200
Create Date: 2023-11-15 09:00:00
"""
from alembic import op

revision = "1700000300"
down_revision = "1700000200"
branch_labels = None
depends_on = None


def upgrade():
    # Made here, so no one can read it before this commits: its index blocks no one.
    op.execute("SET lock_timeout = '5s'")
    op.execute("""
        CREATE MATERIALIZED VIEW order_totals AS SELECT instrument, count(*) AS orders FROM orders GROUP BY instrument;
    """)
    op.execute("""
        CREATE UNIQUE INDEX ix_order_totals_instrument ON order_totals (instrument);
    """)


def downgrade():
    op.execute("DROP MATERIALIZED VIEW order_totals")
