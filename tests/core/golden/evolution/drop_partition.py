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
    # WARNING: Dropping table readings_rest deletes its rows; the downgrade recreates it empty.

    # Indexes of readings_rest
    op.execute("""
        DROP INDEX ix_readings_rest_recent;
    """)

    # Main table readings_rest
    op.execute("""
        DROP TABLE readings_rest;
    """)


def downgrade():
    # Main table readings_rest
    op.execute("""
        CREATE TABLE readings_rest PARTITION OF readings DEFAULT;
    """)

    # Indexes of readings_rest
    op.execute("""
        CREATE INDEX ix_readings_rest_recent ON readings_rest (taken_on DESC);
    """)
