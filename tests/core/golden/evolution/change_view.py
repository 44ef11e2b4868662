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
    # View big_customers (it depends on customer_totals; made again below)
    op.execute("""
        DROP VIEW public.big_customers;
    """)

    # View customer_totals (its definition changes)
    op.execute("""
        DROP VIEW public.customer_totals;
    """)

    # View customer_totals
    op.execute("""
        CREATE VIEW public.customer_totals AS
        SELECT c.id, c.email, sum(o.amount) AS total, count(o.id) AS orders FROM customers c LEFT JOIN orders o ON o.customer_id = c.id GROUP BY c.id, c.email;
    """)

    # View big_customers
    op.execute("""
        CREATE VIEW public.big_customers AS
        SELECT id, email FROM customer_totals WHERE total > 1000;
        COMMENT ON VIEW public.big_customers IS 'Worth a call';
    """)


def downgrade():
    # View big_customers
    op.execute("""
        DROP VIEW public.big_customers;
    """)

    # View customer_totals
    op.execute("""
        DROP VIEW public.customer_totals;
    """)

    # View customer_totals (its definition changes)
    op.execute("""
        CREATE VIEW public.customer_totals AS
        SELECT c.id, c.email, sum(o.amount) AS total FROM customers c LEFT JOIN orders o ON o.customer_id = c.id GROUP BY c.id, c.email;
    """)

    # View big_customers (it depends on customer_totals; made again below)
    op.execute("""
        CREATE VIEW public.big_customers AS
        SELECT id, email FROM customer_totals WHERE total > 1000;
        COMMENT ON VIEW public.big_customers IS 'Worth a call';
    """)
