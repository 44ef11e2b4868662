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
    # Comment on schema places
    op.execute("""
        COMMENT ON SCHEMA places IS 'Where parcels go';
    """)

    # Comment on schema public
    op.execute("""
        COMMENT ON SCHEMA public IS 'The shop';
    """)


def downgrade():
    # Comment on schema public
    op.execute("""
        COMMENT ON SCHEMA public IS 'standard public schema';
    """)

    # Comment on schema places
    op.execute("""
        COMMENT ON SCHEMA places IS NULL;
    """)
