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
    # WARNING: Turning history off for orders drops orders_history and the history it holds; the downgrade recreates it empty.

    # History triggers and function of orders (made again below)
    op.execute("""
        DROP TRIGGER orders_history_delete ON orders;
        DROP TRIGGER orders_history_update ON orders;
        DROP TRIGGER orders_history_insert ON orders;
        DROP FUNCTION orders_history_trigger();
    """)

    # History table orders_history
    op.execute("""
        DROP TABLE orders_history;
    """)


def downgrade():
    # History table orders_history
    op.execute("""
        CREATE TABLE orders_history (
            history_id BIGSERIAL PRIMARY KEY,
            operation VARCHAR(10) NOT NULL,
            changed_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
            id BIGINT,
            customer_id BIGINT,
            amount NUMERIC(10,2),
            created_at TIMESTAMPTZ,
            updated_at TIMESTAMPTZ,
            note TEXT
        );
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
