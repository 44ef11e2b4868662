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
    # Bound of partition readings_2025
    op.execute("""
        ALTER TABLE readings DETACH PARTITION readings_2025;
        ALTER TABLE readings ATTACH PARTITION readings_2025 FOR VALUES FROM ('2024-01-01') TO ('2026-01-01');
    """)


def downgrade():
    # Bound of partition readings_2025
    op.execute("""
        ALTER TABLE readings DETACH PARTITION readings_2025;
        ALTER TABLE readings ATTACH PARTITION readings_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
    """)
