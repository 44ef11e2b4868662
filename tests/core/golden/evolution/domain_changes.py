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
    # Domain email_address
    op.execute("""
        ALTER DOMAIN email_address SET DEFAULT 'nobody@x.io';
    """)

    # Domain email_address
    op.execute("""
        ALTER DOMAIN email_address ADD CONSTRAINT email_address_short CHECK (length(VALUE) <= 40);
    """)

    # Comment on domain email_address
    op.execute("""
        COMMENT ON DOMAIN email_address IS 'An address mail can reach';
    """)


def downgrade():
    # Comment on domain email_address
    op.execute("""
        COMMENT ON DOMAIN email_address IS NULL;
    """)

    # Domain email_address
    op.execute("""
        ALTER DOMAIN email_address DROP CONSTRAINT email_address_short;
    """)

    # Domain email_address
    op.execute("""
        ALTER DOMAIN email_address DROP DEFAULT;
    """)
