"""create orders table

Revision ID: 1700000000
Revises:
Create Date: 2023-11-14 22:13:20
"""
from alembic import op

revision = "1700000000"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    # Main table orders
    op.execute("""
        CREATE TABLE orders (
            id BIGSERIAL NOT NULL,
            instrument VARCHAR(32) NOT NULL,
            quantity NUMERIC(18,8) NOT NULL DEFAULT 0,
            created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
            updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
            CONSTRAINT orders_pkey PRIMARY KEY (id)
        );
    """)

    # History table orders_history
    op.execute("""
        CREATE TABLE orders_history (
            history_id BIGSERIAL PRIMARY KEY,
            operation VARCHAR(10) NOT NULL,
            changed_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
            id BIGINT,
            instrument VARCHAR(32),
            quantity NUMERIC(18,8),
            created_at TIMESTAMPTZ,
            updated_at TIMESTAMPTZ
        );
    """)

    # History trigger function orders_history_trigger()
    op.execute("""
        CREATE OR REPLACE FUNCTION orders_history_trigger()
        RETURNS TRIGGER AS $$
        BEGIN
            IF (TG_OP = 'DELETE') THEN
                INSERT INTO orders_history (
                    operation, changed_at, id, instrument, quantity, created_at, updated_at
                ) VALUES (
                    'DELETE', NOW(), OLD.id, OLD.instrument, OLD.quantity, OLD.created_at, OLD.updated_at
                );
                RETURN OLD;
            ELSIF (TG_OP = 'UPDATE') THEN
                INSERT INTO orders_history (
                    operation, changed_at, id, instrument, quantity, created_at, updated_at
                ) VALUES (
                    'UPDATE', NOW(), OLD.id, OLD.instrument, OLD.quantity, OLD.created_at, OLD.updated_at
                );
                RETURN NEW;
            ELSIF (TG_OP = 'INSERT') THEN
                INSERT INTO orders_history (
                    operation, changed_at, id, instrument, quantity, created_at, updated_at
                ) VALUES (
                    'INSERT', NOW(), NEW.id, NEW.instrument, NEW.quantity, NEW.created_at, NEW.updated_at
                );
                RETURN NEW;
            END IF;
            RETURN NULL;
        END;
        $$ LANGUAGE plpgsql;
    """)

    # History triggers on orders
    op.execute("""
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

    # updated_at trigger on orders
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


def downgrade():
    # updated_at trigger on orders
    op.execute("""
        DROP TRIGGER orders_set_updated_at ON orders;
        DROP FUNCTION orders_set_updated_at();
    """)

    # History triggers on orders
    op.execute("""
        DROP TRIGGER orders_history_delete ON orders;
        DROP TRIGGER orders_history_update ON orders;
        DROP TRIGGER orders_history_insert ON orders;
    """)

    # History trigger function orders_history_trigger()
    op.execute("""
        DROP FUNCTION orders_history_trigger();
    """)

    # History table orders_history
    op.execute("""
        DROP TABLE orders_history;
    """)

    # Main table orders
    op.execute("""
        DROP TABLE orders;
    """)
