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
    # Routine bodies are checked when they run, as pg_dump loads them
    op.execute("""
        SET LOCAL check_function_bodies = false;
    """)

    # Function lower_label()
    op.execute("""
CREATE FUNCTION lower_label() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.label := lower(NEW.label);
    RETURN NEW;
END
$$;
    """)

    # Materialized view customer_order_counts
    op.execute("""
        CREATE MATERIALIZED VIEW public.customer_order_counts AS
        SELECT customer_id, count(*) AS orders FROM orders GROUP BY customer_id
        WITH DATA;
    """)

    # Index customer_order_counts_customer on customer_order_counts
    op.execute("""
        CREATE UNIQUE INDEX customer_order_counts_customer ON customer_order_counts (customer_id);
        COMMENT ON INDEX public.customer_order_counts_customer IS 'For REFRESH … CONCURRENTLY';
    """)

    # Trigger tags_lower_label on tags
    op.execute("""
        CREATE TRIGGER tags_lower_label BEFORE INSERT OR UPDATE ON tags FOR EACH ROW EXECUTE FUNCTION lower_label();
    """)


def downgrade():
    # Trigger tags_lower_label on tags
    op.execute("""
        DROP TRIGGER tags_lower_label ON public.tags;
    """)

    # Index customer_order_counts_customer on customer_order_counts
    op.execute("""
        DROP INDEX public.customer_order_counts_customer;
    """)

    # Materialized view customer_order_counts
    op.execute("""
        DROP MATERIALIZED VIEW public.customer_order_counts;
    """)

    # Function lower_label()
    op.execute("""
DROP FUNCTION public.lower_label();
    """)
