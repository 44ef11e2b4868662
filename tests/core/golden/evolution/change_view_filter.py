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
    # View customer_totals (replaced)
    op.execute("""
        CREATE OR REPLACE VIEW public.customer_totals AS
        SELECT c.id, c.email, sum(o.amount) AS total FROM customers c LEFT JOIN orders o ON o.customer_id = c.id AND o.amount > 0 GROUP BY c.id, c.email;
    """)


def downgrade():
    # View customer_totals (replaced)
    op.execute("""
        CREATE OR REPLACE VIEW public.customer_totals AS
        SELECT c.id, c.email, sum(o.amount) AS total FROM customers c LEFT JOIN orders o ON o.customer_id = c.id GROUP BY c.id, c.email;
    """)
