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
    # Rename keys, indexes and checks of customers
    op.execute("""
        ALTER TABLE customers RENAME CONSTRAINT ck_customers_email TO ck_customers_has_at;
    """)


def downgrade():
    # Rename keys, indexes and checks of customers
    op.execute("""
        ALTER TABLE customers RENAME CONSTRAINT ck_customers_has_at TO ck_customers_email;
    """)
