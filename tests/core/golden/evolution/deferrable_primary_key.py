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
    # Keys, indexes and checks of tags that change or go
    op.execute("""
        ALTER TABLE tags DROP CONSTRAINT tags_pkey;
    """)

    # New keys, indexes and checks of tags
    op.execute("""
        ALTER TABLE tags ADD CONSTRAINT tags_pkey PRIMARY KEY (id) DEFERRABLE INITIALLY DEFERRED;
    """)


def downgrade():
    # New keys, indexes and checks of tags
    op.execute("""
        ALTER TABLE tags DROP CONSTRAINT tags_pkey;
    """)

    # Keys, indexes and checks of tags that change or go
    op.execute("""
        ALTER TABLE tags ADD CONSTRAINT tags_pkey PRIMARY KEY (id);
    """)
