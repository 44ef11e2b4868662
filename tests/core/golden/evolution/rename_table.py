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

    # View big_customers (it depends on customer_totals; made again below)
    op.execute("""
        DROP VIEW public.big_customers;
    """)

    # View customer_totals (its definition changes)
    op.execute("""
        DROP VIEW public.customer_totals;
    """)

    # History triggers and function of orders (made again below)
    op.execute("""
        DROP TRIGGER orders_history_delete ON orders;
        DROP TRIGGER orders_history_update ON orders;
        DROP TRIGGER orders_history_insert ON orders;
        DROP FUNCTION orders_history_trigger();
    """)

    # updated_at trigger of orders
    op.execute("""
        DROP TRIGGER orders_set_updated_at ON orders;
        DROP FUNCTION orders_set_updated_at();
    """)

    # Rename table orders to purchases
    op.execute("""
        ALTER TABLE orders RENAME TO purchases;
        ALTER TABLE purchases RENAME CONSTRAINT orders_pkey TO purchases_pkey;
        ALTER SEQUENCE orders_id_seq RENAME TO purchases_id_seq;
    """)

    # Rename history table orders_history
    op.execute("""
        ALTER TABLE orders_history RENAME TO purchases_history;
        ALTER TABLE purchases_history RENAME CONSTRAINT orders_history_pkey TO purchases_history_pkey;
        ALTER SEQUENCE orders_history_history_id_seq RENAME TO purchases_history_history_id_seq;
    """)

    # History trigger function and triggers of purchases
    op.execute("""
        CREATE OR REPLACE FUNCTION purchases_history_trigger()
        RETURNS TRIGGER AS $$
        BEGIN
            IF (TG_OP = 'DELETE') THEN
                INSERT INTO purchases_history (
                    operation, changed_at, id, customer_id, amount, created_at, updated_at, note
                ) VALUES (
                    'DELETE', NOW(), OLD.id, OLD.customer_id, OLD.amount, OLD.created_at, OLD.updated_at, OLD.note
                );
                RETURN OLD;
            ELSIF (TG_OP = 'UPDATE') THEN
                INSERT INTO purchases_history (
                    operation, changed_at, id, customer_id, amount, created_at, updated_at, note
                ) VALUES (
                    'UPDATE', NOW(), OLD.id, OLD.customer_id, OLD.amount, OLD.created_at, OLD.updated_at, OLD.note
                );
                RETURN NEW;
            ELSIF (TG_OP = 'INSERT') THEN
                INSERT INTO purchases_history (
                    operation, changed_at, id, customer_id, amount, created_at, updated_at, note
                ) VALUES (
                    'INSERT', NOW(), NEW.id, NEW.customer_id, NEW.amount, NEW.created_at, NEW.updated_at, NEW.note
                );
                RETURN NEW;
            END IF;
            RETURN NULL;
        END;
        $$ LANGUAGE plpgsql;
        CREATE TRIGGER purchases_history_insert
            AFTER INSERT ON purchases
            FOR EACH ROW EXECUTE FUNCTION purchases_history_trigger();
        CREATE TRIGGER purchases_history_update
            AFTER UPDATE ON purchases
            FOR EACH ROW EXECUTE FUNCTION purchases_history_trigger();
        CREATE TRIGGER purchases_history_delete
            AFTER DELETE ON purchases
            FOR EACH ROW EXECUTE FUNCTION purchases_history_trigger();
    """)

    # updated_at trigger on purchases
    op.execute("""
        CREATE OR REPLACE FUNCTION purchases_set_updated_at()
        RETURNS TRIGGER AS $$
        BEGIN
            NEW.updated_at = NOW();
            RETURN NEW;
        END;
        $$ LANGUAGE plpgsql;
        CREATE TRIGGER purchases_set_updated_at
            BEFORE UPDATE ON purchases
            FOR EACH ROW EXECUTE FUNCTION purchases_set_updated_at();
    """)

    # Rename keys, indexes and checks of purchases
    op.execute("""
        ALTER INDEX ix_orders_customer_id RENAME TO ix_purchases_customer_id;
    """)

    # View customer_totals
    op.execute("""
        CREATE VIEW public.customer_totals AS
        SELECT c.id, c.email, sum(o.amount) AS total FROM customers c LEFT JOIN purchases o ON o.customer_id = c.id GROUP BY c.id, c.email;
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
    SELECT coalesce(sum(amount), 0) FROM purchases WHERE customer_id = p_customer
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

    # Rename keys, indexes and checks of purchases
    op.execute("""
        ALTER INDEX ix_purchases_customer_id RENAME TO ix_orders_customer_id;
    """)

    # updated_at trigger on purchases
    op.execute("""
        DROP TRIGGER purchases_set_updated_at ON purchases;
        DROP FUNCTION purchases_set_updated_at();
    """)

    # History trigger function and triggers of purchases
    op.execute("""
        DROP TRIGGER purchases_history_delete ON purchases;
        DROP TRIGGER purchases_history_update ON purchases;
        DROP TRIGGER purchases_history_insert ON purchases;
        DROP FUNCTION purchases_history_trigger();
    """)

    # Rename history table orders_history
    op.execute("""
        ALTER TABLE purchases_history RENAME TO orders_history;
        ALTER TABLE orders_history RENAME CONSTRAINT purchases_history_pkey TO orders_history_pkey;
        ALTER SEQUENCE purchases_history_history_id_seq RENAME TO orders_history_history_id_seq;
    """)

    # Rename table orders to purchases
    op.execute("""
        ALTER TABLE purchases RENAME TO orders;
        ALTER TABLE orders RENAME CONSTRAINT purchases_pkey TO orders_pkey;
        ALTER SEQUENCE purchases_id_seq RENAME TO orders_id_seq;
    """)

    # updated_at trigger of orders
    op.execute("""
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

    # History triggers and function of orders (made again below)
    op.execute("""
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
