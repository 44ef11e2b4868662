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
    # Comments on customers
    op.execute("""
        COMMENT ON TABLE customers IS 'People who buy from us';
        COMMENT ON COLUMN customers.email IS 'Where receipts go';
    """)


def downgrade():
    # Comments on customers
    op.execute("""
        COMMENT ON TABLE customers IS 'People who buy';
        COMMENT ON COLUMN customers.email IS NULL;
    """)
