"""index created at on orders

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
        CREATE INDEX ix_orders_created_at ON orders (created_at);  -- expect: index-blocks-writes
    """)


def downgrade():
    op.execute("""
        DROP INDEX ix_orders_created_at;
    """)
