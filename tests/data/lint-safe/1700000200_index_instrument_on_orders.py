"""index instrument on orders

Revision ID: 1700000200
Revises: 1700000100
Create Date: 2023-11-14 22:30:00
"""
from alembic import op

revision = "1700000200"
down_revision = "1700000100"
branch_labels = None
depends_on = None


def upgrade():
    # Built while writes go on: outside the transaction, alone in its migration.
    with op.get_context().autocommit_block():
        op.execute("SET lock_timeout = '5s'")
        op.execute("""
            CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_orders_instrument ON orders (instrument);
        """)
        op.execute("RESET lock_timeout")


def downgrade():
    with op.get_context().autocommit_block():
        op.execute("DROP INDEX CONCURRENTLY ix_orders_instrument")
