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
    # WARNING: Changing parcels.carrier from TEXT to carrier can lose or reject existing values.

    # Enum carrier
    op.execute("""
        CREATE TYPE carrier AS ENUM ('dhl', 'ups', 'post');
    """)

    # Type of parcels.carrier
    op.execute("""
        ALTER TABLE parcels ALTER COLUMN carrier DROP DEFAULT;
        ALTER TABLE parcels ALTER COLUMN carrier TYPE carrier USING carrier::carrier;
        ALTER TABLE parcels ALTER COLUMN carrier SET DEFAULT 'dhl';
    """)

    # Type of parcels_history.carrier
    op.execute("""
        ALTER TABLE parcels_history ALTER COLUMN carrier TYPE carrier USING carrier::carrier;
    """)


def downgrade():
    # Type of parcels_history.carrier
    op.execute("""
        ALTER TABLE parcels_history ALTER COLUMN carrier TYPE TEXT USING carrier::text::TEXT;
    """)

    # Type of parcels.carrier
    op.execute("""
        ALTER TABLE parcels ALTER COLUMN carrier DROP DEFAULT;
        ALTER TABLE parcels ALTER COLUMN carrier TYPE TEXT USING carrier::text::TEXT;
        ALTER TABLE parcels ALTER COLUMN carrier SET DEFAULT 'dhl';
    """)

    # Enum carrier
    op.execute("""
        DROP TYPE carrier;
    """)
