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
        ALTER TYPE parcel_status RENAME TO parcel_status_before_sw;
        CREATE TYPE parcel_status AS ENUM ('delivered', 'shipped', 'packed');
        COMMENT ON TYPE parcel_status IS 'Where a parcel is';
        ALTER TABLE parcels ALTER COLUMN status DROP DEFAULT;
        ALTER TABLE parcels DROP CONSTRAINT ck_parcels_trail;
        DROP INDEX ix_parcels_open;
        ALTER TABLE parcels ALTER COLUMN status TYPE parcel_status USING status::text::parcel_status;
        ALTER TABLE parcels_history ALTER COLUMN status TYPE parcel_status USING status::text::parcel_status;
        ALTER TABLE parcels ALTER COLUMN trail TYPE parcel_status[] USING trail::text[]::parcel_status[];
        ALTER TABLE parcels_history ALTER COLUMN trail TYPE parcel_status[] USING trail::text[]::parcel_status[];
        ALTER TABLE parcels ALTER COLUMN status SET DEFAULT 'packed';
        ALTER TABLE parcels ADD CONSTRAINT ck_parcels_trail CHECK (status = 'packed' OR trail IS NOT NULL);
        CREATE INDEX ix_parcels_open ON parcels (id) WHERE status <> 'delivered';
        DROP TYPE parcel_status_before_sw;
    """)


def downgrade():
    # Enum parcel_status
    op.execute("""
        ALTER TYPE parcel_status RENAME TO parcel_status_before_sw;
        CREATE TYPE parcel_status AS ENUM ('packed', 'shipped', 'delivered');
        COMMENT ON TYPE parcel_status IS 'Where a parcel is';
        ALTER TABLE parcels ALTER COLUMN status DROP DEFAULT;
        ALTER TABLE parcels DROP CONSTRAINT ck_parcels_trail;
        DROP INDEX ix_parcels_open;
        ALTER TABLE parcels ALTER COLUMN status TYPE parcel_status USING status::text::parcel_status;
        ALTER TABLE parcels_history ALTER COLUMN status TYPE parcel_status USING status::text::parcel_status;
        ALTER TABLE parcels ALTER COLUMN trail TYPE parcel_status[] USING trail::text[]::parcel_status[];
        ALTER TABLE parcels_history ALTER COLUMN trail TYPE parcel_status[] USING trail::text[]::parcel_status[];
        ALTER TABLE parcels ALTER COLUMN status SET DEFAULT 'packed';
        ALTER TABLE parcels ADD CONSTRAINT ck_parcels_trail CHECK (status = 'packed' OR trail IS NOT NULL);
        CREATE INDEX ix_parcels_open ON parcels (id) WHERE status <> 'delivered';
        DROP TYPE parcel_status_before_sw;
    """)
