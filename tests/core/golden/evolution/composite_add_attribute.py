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
    # Type address
    op.execute("""
        ALTER TYPE places.address ADD ATTRIBUTE zip VARCHAR(10);
    """)


def downgrade():
    # Type address
    op.execute("""
        ALTER TYPE places.address DROP ATTRIBUTE zip;
    """)
