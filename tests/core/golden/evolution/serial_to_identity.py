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
    # Sequence of parcels.id, which becomes an identity
    op.execute("""
        ALTER TABLE parcels ALTER COLUMN id DROP DEFAULT;
        DROP SEQUENCE parcels_id_seq;
    """)

    # Identity of parcels.id
    op.execute("""
        ALTER TABLE parcels ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY;
        SELECT setval(pg_get_serial_sequence('parcels', 'id'), coalesce(max(id), 0) + 1, false) FROM parcels;
    """)


def downgrade():
    # Identity of parcels.id
    op.execute("""
        ALTER TABLE parcels ALTER COLUMN id DROP IDENTITY;
    """)

    # Sequence of parcels.id, which becomes an identity
    op.execute("""
        CREATE SEQUENCE parcels_id_seq AS INTEGER OWNED BY parcels.id;
        ALTER TABLE parcels ALTER COLUMN id SET DEFAULT nextval('parcels_id_seq');
        SELECT setval('parcels_id_seq', coalesce(max(id), 0) + 1, false) FROM parcels;
    """)
