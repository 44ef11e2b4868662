"""create fills table

Revision ID: 1764001200
Revises: 1764000600
Create Date: 2025-11-24 16:20:00
"""
from alembic import op

revision = "1764001200"
down_revision = "1764000600"
branch_labels = None
depends_on = None


def upgrade():
    # Main table fills
    op.execute("""
        CREATE TABLE fills (
            id BIGSERIAL NOT NULL,
            order_id BIGINT NOT NULL,
            quantity NUMERIC(18,8) NOT NULL,
            price NUMERIC(18,8) NOT NULL,
            venue VARCHAR(16),
            executed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
            created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
            updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
            CONSTRAINT fills_pkey PRIMARY KEY (id),
            CONSTRAINT fk_fills_order_id FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE,
            CONSTRAINT ck_fills_quantity_positive CHECK (quantity > 0),
            CONSTRAINT ck_fills_price_positive CHECK (price > 0)
        );
    """)

    # Indexes of fills
    op.execute("""
        CREATE INDEX ix_fills_order_id ON fills (order_id);
    """)

    # History table fills_history
    op.execute("""
        CREATE TABLE fills_history (
            history_id BIGSERIAL PRIMARY KEY,
            operation VARCHAR(10) NOT NULL,
            changed_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
            id BIGINT,
            order_id BIGINT,
            quantity NUMERIC(18,8),
            price NUMERIC(18,8),
            venue VARCHAR(16),
            executed_at TIMESTAMPTZ,
            created_at TIMESTAMPTZ,
            updated_at TIMESTAMPTZ
        );
    """)

    # History trigger function fills_history_trigger()
    op.execute("""
        CREATE OR REPLACE FUNCTION fills_history_trigger()
        RETURNS TRIGGER AS $$
        BEGIN
            IF (TG_OP = 'DELETE') THEN
                INSERT INTO fills_history (
                    operation, changed_at, id, order_id, quantity, price, venue, executed_at, created_at, updated_at
                ) VALUES (
                    'DELETE', NOW(), OLD.id, OLD.order_id, OLD.quantity, OLD.price, OLD.venue, OLD.executed_at, OLD.created_at, OLD.updated_at
                );
                RETURN OLD;
            ELSIF (TG_OP = 'UPDATE') THEN
                INSERT INTO fills_history (
                    operation, changed_at, id, order_id, quantity, price, venue, executed_at, created_at, updated_at
                ) VALUES (
                    'UPDATE', NOW(), OLD.id, OLD.order_id, OLD.quantity, OLD.price, OLD.venue, OLD.executed_at, OLD.created_at, OLD.updated_at
                );
                RETURN NEW;
            ELSIF (TG_OP = 'INSERT') THEN
                INSERT INTO fills_history (
                    operation, changed_at, id, order_id, quantity, price, venue, executed_at, created_at, updated_at
                ) VALUES (
                    'INSERT', NOW(), NEW.id, NEW.order_id, NEW.quantity, NEW.price, NEW.venue, NEW.executed_at, NEW.created_at, NEW.updated_at
                );
                RETURN NEW;
            END IF;
            RETURN NULL;
        END;
        $$ LANGUAGE plpgsql;
    """)

    # History triggers on fills
    op.execute("""
        CREATE TRIGGER fills_history_insert
            AFTER INSERT ON fills
            FOR EACH ROW EXECUTE FUNCTION fills_history_trigger();
        CREATE TRIGGER fills_history_update
            AFTER UPDATE ON fills
            FOR EACH ROW EXECUTE FUNCTION fills_history_trigger();
        CREATE TRIGGER fills_history_delete
            AFTER DELETE ON fills
            FOR EACH ROW EXECUTE FUNCTION fills_history_trigger();
    """)

    # updated_at trigger on fills
    op.execute("""
        CREATE OR REPLACE FUNCTION fills_set_updated_at()
        RETURNS TRIGGER AS $$
        BEGIN
            NEW.updated_at = NOW();
            RETURN NEW;
        END;
        $$ LANGUAGE plpgsql;
        CREATE TRIGGER fills_set_updated_at
            BEFORE UPDATE ON fills
            FOR EACH ROW EXECUTE FUNCTION fills_set_updated_at();
    """)

    # Comments on fills
    op.execute("""
        COMMENT ON TABLE fills IS 'Executions of orders, one row per partial fill';
        COMMENT ON COLUMN fills.venue IS 'Where it executed; NULL when internal';
    """)


def downgrade():
    # updated_at trigger on fills
    op.execute("""
        DROP TRIGGER fills_set_updated_at ON fills;
        DROP FUNCTION fills_set_updated_at();
    """)

    # History triggers on fills
    op.execute("""
        DROP TRIGGER fills_history_delete ON fills;
        DROP TRIGGER fills_history_update ON fills;
        DROP TRIGGER fills_history_insert ON fills;
    """)

    # History trigger function fills_history_trigger()
    op.execute("""
        DROP FUNCTION fills_history_trigger();
    """)

    # History table fills_history
    op.execute("""
        DROP TABLE fills_history;
    """)

    # Indexes of fills
    op.execute("""
        DROP INDEX ix_fills_order_id;
    """)

    # Main table fills
    op.execute("""
        DROP TABLE fills;
    """)
