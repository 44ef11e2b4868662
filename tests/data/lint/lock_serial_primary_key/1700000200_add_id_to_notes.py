"""add id to notes

Revision ID: 1700000200
Revises: 1700000100
Create Date: 2023-11-14 22:15:00
"""
from alembic import op

revision = "1700000200"
down_revision = "1700000100"
branch_labels = None
depends_on = None


def upgrade():
    op.execute("""
        ALTER TABLE notes ADD COLUMN id BIGSERIAL PRIMARY KEY;  -- expect: serial-primary-key-rewrites -- expect: no-lock-timeout
    """)


def downgrade():
    op.execute("""
        ALTER TABLE notes DROP COLUMN id;
    """)
