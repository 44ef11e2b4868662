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
    # Sequence of parcels.id
    op.execute("""
        ALTER SEQUENCE parcels_id_seq INCREMENT BY 5 START WITH 100;
    """)


def downgrade():
    # Sequence of parcels.id
    op.execute("""
        ALTER SEQUENCE parcels_id_seq INCREMENT BY 1 START WITH 1;
    """)
