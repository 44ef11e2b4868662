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
    # Enum parcel_status
    op.execute("""
        ALTER TYPE parcel_status RENAME VALUE 'shipped' TO 'in_transit';
    """)


def downgrade():
    # Enum parcel_status
    op.execute("""
        ALTER TYPE parcel_status RENAME VALUE 'in_transit' TO 'shipped';
    """)
