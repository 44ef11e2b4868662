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
    # NOT NULL on customers.name
    op.execute("""
        ALTER TABLE customers DISABLE TRIGGER customers_history_update;
        ALTER TABLE customers DISABLE TRIGGER customers_set_updated_at;
        UPDATE customers SET name = 'unknown' WHERE name IS NULL;
        ALTER TABLE customers ENABLE TRIGGER customers_history_update;
        ALTER TABLE customers ENABLE TRIGGER customers_set_updated_at;
        ALTER TABLE customers ALTER COLUMN name SET NOT NULL;
    """)


def downgrade():
    # NOT NULL on customers.name
    op.execute("""
        ALTER TABLE customers ALTER COLUMN name DROP NOT NULL;
    """)
