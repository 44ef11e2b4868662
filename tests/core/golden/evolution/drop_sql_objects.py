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
    # View big_customers
    op.execute("""
        DROP VIEW public.big_customers;
    """)

    # Function order_total(p_customer bigint)
    op.execute("""
DROP FUNCTION public.order_total(p_customer bigint);
    """)


def downgrade():
    # Routine bodies are checked when they run, as pg_dump loads them
    op.execute("""
        SET LOCAL check_function_bodies = false;
    """)

    # Function order_total(p_customer bigint)
    op.execute("""
CREATE FUNCTION order_total(p_customer bigint) RETURNS numeric
LANGUAGE sql STABLE AS $$
    SELECT coalesce(sum(amount), 0) FROM orders WHERE customer_id = p_customer
$$;
    """)

    # View big_customers
    op.execute("""
        CREATE VIEW public.big_customers AS
        SELECT id, email FROM customer_totals WHERE total > 1000;
        COMMENT ON VIEW public.big_customers IS 'Worth a call';
    """)
