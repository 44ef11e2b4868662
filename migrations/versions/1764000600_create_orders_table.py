"""create orders table

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
    # Main table orders
    op.execute("""
        CREATE TABLE orders (
            id BIGSERIAL NOT NULL,
            instrument VARCHAR(32) NOT NULL,
            side VARCHAR(4) NOT NULL,
            quantity NUMERIC(18,8) NOT NULL DEFAULT 0,
            status VARCHAR(20) NOT NULL DEFAULT 'PENDING',
            account_id BIGINT NOT NULL,
            created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
            updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
            CONSTRAINT orders_pkey PRIMARY KEY (id),
            CONSTRAINT fk_orders_account_id FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE RESTRICT,
            CONSTRAINT ck_orders_quantity_positive CHECK (quantity > 0),
            CONSTRAINT ck_orders_side CHECK (side IN ('BUY', 'SELL'))
        );
    """)

    # Indexes of orders
    op.execute("""
        CREATE INDEX ix_orders_instrument ON orders (instrument);
        CREATE INDEX ix_orders_account_id ON orders (account_id);
    """)

    # History table orders_history
    op.execute("""
        CREATE TABLE orders_history (
            history_id BIGSERIAL PRIMARY KEY,
            operation VARCHAR(10) NOT NULL,
            changed_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
            id BIGINT,
            instrument VARCHAR(32),
            side VARCHAR(4),
            quantity NUMERIC(18,8),
            status VARCHAR(20),
            account_id BIGINT,
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
                    operation, changed_at, id, instrument, side, quantity, status, account_id, created_at, updated_at
                ) VALUES (
                    'DELETE', NOW(), OLD.id, OLD.instrument, OLD.side, OLD.quantity, OLD.status, OLD.account_id, OLD.created_at, OLD.updated_at
                );
                RETURN OLD;
            ELSIF (TG_OP = 'UPDATE') THEN
                INSERT INTO orders_history (
                    operation, changed_at, id, instrument, side, quantity, status, account_id, created_at, updated_at
                ) VALUES (
                    'UPDATE', NOW(), OLD.id, OLD.instrument, OLD.side, OLD.quantity, OLD.status, OLD.account_id, OLD.created_at, OLD.updated_at
                );
                RETURN NEW;
            ELSIF (TG_OP = 'INSERT') THEN
                INSERT INTO orders_history (
                    operation, changed_at, id, instrument, side, quantity, status, account_id, created_at, updated_at
                ) VALUES (
                    'INSERT', NOW(), NEW.id, NEW.instrument, NEW.side, NEW.quantity, NEW.status, NEW.account_id, NEW.created_at, NEW.updated_at
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

    # Comments on orders
    op.execute("""
        COMMENT ON TABLE orders IS 'Client orders';
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

    # Indexes of orders
    op.execute("""
        DROP INDEX ix_orders_account_id;
        DROP INDEX ix_orders_instrument;
    """)

    # Main table orders
    op.execute("""
        DROP TABLE orders;
    """)
