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

    # Schema sales
    op.execute("""
        CREATE SCHEMA IF NOT EXISTS sales;
    """)

    # View big_customers (it depends on customer_totals; made again below)
    op.execute("""
        DROP VIEW public.big_customers;
    """)

    # View customer_totals (its definition changes)
    op.execute("""
        DROP VIEW public.customer_totals;
    """)

    # Move orders from schema public to sales
    op.execute("""
        DROP TRIGGER orders_history_delete ON orders;
        DROP TRIGGER orders_history_update ON orders;
        DROP TRIGGER orders_history_insert ON orders;
        DROP FUNCTION orders_history_trigger();
        DROP TRIGGER orders_set_updated_at ON orders;
        DROP FUNCTION orders_set_updated_at();
        ALTER TABLE orders SET SCHEMA sales;
        ALTER TABLE orders_history SET SCHEMA sales;
    """)

    # History trigger function and triggers of orders
    op.execute("""
        CREATE OR REPLACE FUNCTION sales.orders_history_trigger()
        RETURNS TRIGGER AS $$
        BEGIN
            IF (TG_OP = 'DELETE') THEN
                INSERT INTO sales.orders_history (
                    operation, changed_at, id, customer_id, amount, created_at, updated_at, note
                ) VALUES (
                    'DELETE', NOW(), OLD.id, OLD.customer_id, OLD.amount, OLD.created_at, OLD.updated_at, OLD.note
                );
                RETURN OLD;
            ELSIF (TG_OP = 'UPDATE') THEN
                INSERT INTO sales.orders_history (
                    operation, changed_at, id, customer_id, amount, created_at, updated_at, note
                ) VALUES (
                    'UPDATE', NOW(), OLD.id, OLD.customer_id, OLD.amount, OLD.created_at, OLD.updated_at, OLD.note
                );
                RETURN NEW;
            ELSIF (TG_OP = 'INSERT') THEN
                INSERT INTO sales.orders_history (
                    operation, changed_at, id, customer_id, amount, created_at, updated_at, note
                ) VALUES (
                    'INSERT', NOW(), NEW.id, NEW.customer_id, NEW.amount, NEW.created_at, NEW.updated_at, NEW.note
                );
                RETURN NEW;
            END IF;
            RETURN NULL;
        END;
        $$ LANGUAGE plpgsql;
        CREATE TRIGGER orders_history_insert
            AFTER INSERT ON sales.orders
            FOR EACH ROW EXECUTE FUNCTION sales.orders_history_trigger();
        CREATE TRIGGER orders_history_update
            AFTER UPDATE ON sales.orders
            FOR EACH ROW EXECUTE FUNCTION sales.orders_history_trigger();
        CREATE TRIGGER orders_history_delete
            AFTER DELETE ON sales.orders
            FOR EACH ROW EXECUTE FUNCTION sales.orders_history_trigger();
    """)

    # updated_at trigger on orders
    op.execute("""
        CREATE OR REPLACE FUNCTION sales.orders_set_updated_at()
        RETURNS TRIGGER AS $$
        BEGIN
            NEW.updated_at = NOW();
            RETURN NEW;
        END;
        $$ LANGUAGE plpgsql;
        CREATE TRIGGER orders_set_updated_at
            BEFORE UPDATE ON sales.orders
            FOR EACH ROW EXECUTE FUNCTION sales.orders_set_updated_at();
    """)

    # View customer_totals
    op.execute("""
        CREATE VIEW public.customer_totals AS
        SELECT c.id, c.email, sum(o.amount) AS total FROM customers c LEFT JOIN sales.orders o ON o.customer_id = c.id GROUP BY c.id, c.email;
    """)

    # View big_customers
    op.execute("""
        CREATE VIEW public.big_customers AS
        SELECT id, email FROM customer_totals WHERE total > 1000;
        COMMENT ON VIEW public.big_customers IS 'Worth a call';
    """)

    # Function order_total(p_customer bigint) (replaced)
    op.execute("""
CREATE OR REPLACE FUNCTION order_total(p_customer bigint) RETURNS numeric
LANGUAGE sql STABLE AS $$
    SELECT coalesce(sum(amount), 0) FROM sales.orders WHERE customer_id = p_customer
$$;
    """)


def downgrade():
    # Routine bodies are checked when they run, as pg_dump loads them
    op.execute("""
        SET LOCAL check_function_bodies = false;
    """)

    # View big_customers
    op.execute("""
        DROP VIEW public.big_customers;
    """)

    # View customer_totals
    op.execute("""
        DROP VIEW public.customer_totals;
    """)

    # updated_at trigger on orders
    op.execute("""
        DROP TRIGGER orders_set_updated_at ON sales.orders;
        DROP FUNCTION sales.orders_set_updated_at();
    """)

    # History trigger function and triggers of orders
    op.execute("""
        DROP TRIGGER orders_history_delete ON sales.orders;
        DROP TRIGGER orders_history_update ON sales.orders;
        DROP TRIGGER orders_history_insert ON sales.orders;
        DROP FUNCTION sales.orders_history_trigger();
    """)

    # Move orders back to schema public
    op.execute("""
        ALTER TABLE sales.orders_history SET SCHEMA public;
        ALTER TABLE sales.orders SET SCHEMA public;
        CREATE OR REPLACE FUNCTION orders_history_trigger()
        RETURNS TRIGGER AS $$
        BEGIN
            IF (TG_OP = 'DELETE') THEN
                INSERT INTO orders_history (
                    operation, changed_at, id, customer_id, amount, created_at, updated_at, note
                ) VALUES (
                    'DELETE', NOW(), OLD.id, OLD.customer_id, OLD.amount, OLD.created_at, OLD.updated_at, OLD.note
                );
                RETURN OLD;
            ELSIF (TG_OP = 'UPDATE') THEN
                INSERT INTO orders_history (
                    operation, changed_at, id, customer_id, amount, created_at, updated_at, note
                ) VALUES (
                    'UPDATE', NOW(), OLD.id, OLD.customer_id, OLD.amount, OLD.created_at, OLD.updated_at, OLD.note
                );
                RETURN NEW;
            ELSIF (TG_OP = 'INSERT') THEN
                INSERT INTO orders_history (
                    operation, changed_at, id, customer_id, amount, created_at, updated_at, note
                ) VALUES (
                    'INSERT', NOW(), NEW.id, NEW.customer_id, NEW.amount, NEW.created_at, NEW.updated_at, NEW.note
                );
                RETURN NEW;
            END IF;
            RETURN NULL;
        END;
        $$ LANGUAGE plpgsql;
        CREATE TRIGGER orders_history_insert
            AFTER INSERT ON orders
            FOR EACH ROW EXECUTE FUNCTION orders_history_trigger();
        CREATE TRIGGER orders_history_update
            AFTER UPDATE ON orders
            FOR EACH ROW EXECUTE FUNCTION orders_history_trigger();
        CREATE TRIGGER orders_history_delete
            AFTER DELETE ON orders
            FOR EACH ROW EXECUTE FUNCTION orders_history_trigger();
        CREATE OR REPLACE FUNCTION orders_set_updated_at()
        RETURNS TRIGGER AS $$
        BEGIN
            NEW.updated_at = NOW();
            RETURN NEW;
        END;
        $$ LANGUAGE plpgsql;
        CREATE TRIGGER orders_set_updated_at
            BEFORE UPDATE ON orders
            FOR EACH ROW EXECUTE FUNCTION orders_set_updated_at();
    """)

    # Function order_total(p_customer bigint) (replaced)
    op.execute("""
CREATE OR REPLACE FUNCTION order_total(p_customer bigint) RETURNS numeric
LANGUAGE sql STABLE AS $$
    SELECT coalesce(sum(amount), 0) FROM orders WHERE customer_id = p_customer
$$;
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

    # Schema sales
    op.execute("""
        DROP SCHEMA IF EXISTS sales;
    """)
