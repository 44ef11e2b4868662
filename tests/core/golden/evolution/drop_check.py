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
    # Keys, indexes and checks of customers that change or go
    op.execute("""
        ALTER TABLE customers DROP CONSTRAINT ck_customers_email;
    """)


def downgrade():
    # Keys, indexes and checks of customers that change or go
    op.execute("""
        ALTER TABLE customers ADD CONSTRAINT ck_customers_email CHECK (email LIKE '%@%');
    """)
