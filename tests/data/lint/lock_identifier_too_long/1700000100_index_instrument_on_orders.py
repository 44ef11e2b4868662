"""index instrument on orders

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
        SET LOCAL lock_timeout = '5s';
    """)
    op.execute("""
        CREATE INDEX CONCURRENTLY ix_orders_instrument_for_the_reports_the_trading_desk_reads_every_day ON orders (instrument);  -- expect: identifier-too-long
    """)


def downgrade():
    op.execute("""
        DROP INDEX CONCURRENTLY ix_orders_instrument_for_the_reports_the_trading_desk_reads_every_day;
    """)
