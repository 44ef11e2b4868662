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
    # Type of parcels.carrier
    op.execute("""
        ALTER TABLE parcels ALTER COLUMN carrier TYPE TEXT COLLATE "C";
    """)

    # Type of parcels_history.carrier
    op.execute("""
        ALTER TABLE parcels_history ALTER COLUMN carrier TYPE TEXT COLLATE "C";
    """)

    # Storage of parcels
    op.execute("""
        ALTER TABLE parcels SET UNLOGGED;
        ALTER TABLE parcels SET (fillfactor=70);
        ALTER TABLE parcels ALTER COLUMN trail SET COMPRESSION lz4;
        ALTER TABLE parcels ALTER COLUMN recipient SET STORAGE EXTERNAL;
    """)


def downgrade():
    # Storage of parcels
    op.execute("""
        ALTER TABLE parcels ALTER COLUMN recipient SET STORAGE EXTENDED;
        ALTER TABLE parcels ALTER COLUMN trail SET COMPRESSION DEFAULT;
        ALTER TABLE parcels RESET (fillfactor);
        ALTER TABLE parcels SET LOGGED;
    """)

    # Type of parcels_history.carrier
    op.execute("""
        ALTER TABLE parcels_history ALTER COLUMN carrier TYPE TEXT;
    """)

    # Type of parcels.carrier
    op.execute("""
        ALTER TABLE parcels ALTER COLUMN carrier TYPE TEXT;
    """)
