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
    # WARNING: Dropping table tags deletes its rows; the downgrade recreates it empty.

    # Main table tags
    op.execute("""
        DROP TABLE tags;
    """)

    # Add columns to customers
    op.execute("""
        ALTER TABLE customers ADD COLUMN vip BOOLEAN NOT NULL DEFAULT false;
    """)

    # Add columns to customers_history
    op.execute("""
        ALTER TABLE customers_history ADD COLUMN vip BOOLEAN;
    """)

    # History trigger function customers_history_trigger(), rewritten whole
    op.execute("""
        CREATE OR REPLACE FUNCTION customers_history_trigger()
        RETURNS TRIGGER AS $$
        BEGIN
            IF (TG_OP = 'DELETE') THEN
                INSERT INTO customers_history (
                    operation, changed_at, id, email, name, reference, created_at, updated_at, vip
                ) VALUES (
                    'DELETE', NOW(), OLD.id, OLD.email, OLD.name, OLD.reference, OLD.created_at, OLD.updated_at, OLD.vip
                );
                RETURN OLD;
            ELSIF (TG_OP = 'UPDATE') THEN
                INSERT INTO customers_history (
                    operation, changed_at, id, email, name, reference, created_at, updated_at, vip
                ) VALUES (
                    'UPDATE', NOW(), OLD.id, OLD.email, OLD.name, OLD.reference, OLD.created_at, OLD.updated_at, OLD.vip
                );
                RETURN NEW;
            ELSIF (TG_OP = 'INSERT') THEN
                INSERT INTO customers_history (
                    operation, changed_at, id, email, name, reference, created_at, updated_at, vip
                ) VALUES (
                    'INSERT', NOW(), NEW.id, NEW.email, NEW.name, NEW.reference, NEW.created_at, NEW.updated_at, NEW.vip
                );
                RETURN NEW;
            END IF;
            RETURN NULL;
        END;
        $$ LANGUAGE plpgsql;
    """)

    # Main table payments
    op.execute("""
        CREATE TABLE payments (
            id BIGSERIAL NOT NULL,
            order_id BIGINT NOT NULL,
            paid NUMERIC(10,2) NOT NULL,
            CONSTRAINT payments_pkey PRIMARY KEY (id),
            CONSTRAINT fk_payments_order_id FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE
        );
    """)

    # Indexes of payments
    op.execute("""
        CREATE INDEX ix_payments_order_id ON payments (order_id);
    """)

    # History table payments_history
    op.execute("""
        CREATE TABLE payments_history (
            history_id BIGSERIAL PRIMARY KEY,
            operation VARCHAR(10) NOT NULL,
            changed_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
            id BIGINT,
            order_id BIGINT,
            paid NUMERIC(10,2)
        );
    """)

    # History trigger function payments_history_trigger()
    op.execute("""
        CREATE OR REPLACE FUNCTION payments_history_trigger()
        RETURNS TRIGGER AS $$
        BEGIN
            IF (TG_OP = 'DELETE') THEN
                INSERT INTO payments_history (
                    operation, changed_at, id, order_id, paid
                ) VALUES (
                    'DELETE', NOW(), OLD.id, OLD.order_id, OLD.paid
                );
                RETURN OLD;
            ELSIF (TG_OP = 'UPDATE') THEN
                INSERT INTO payments_history (
                    operation, changed_at, id, order_id, paid
                ) VALUES (
                    'UPDATE', NOW(), OLD.id, OLD.order_id, OLD.paid
                );
                RETURN NEW;
            ELSIF (TG_OP = 'INSERT') THEN
                INSERT INTO payments_history (
                    operation, changed_at, id, order_id, paid
                ) VALUES (
                    'INSERT', NOW(), NEW.id, NEW.order_id, NEW.paid
                );
                RETURN NEW;
            END IF;
            RETURN NULL;
        END;
        $$ LANGUAGE plpgsql;
    """)

    # History triggers on payments
    op.execute("""
        CREATE TRIGGER payments_history_insert
            AFTER INSERT ON payments
            FOR EACH ROW EXECUTE FUNCTION payments_history_trigger();
        CREATE TRIGGER payments_history_update
            AFTER UPDATE ON payments
            FOR EACH ROW EXECUTE FUNCTION payments_history_trigger();
        CREATE TRIGGER payments_history_delete
            AFTER DELETE ON payments
            FOR EACH ROW EXECUTE FUNCTION payments_history_trigger();
    """)


def downgrade():
    # History triggers on payments
    op.execute("""
        DROP TRIGGER payments_history_delete ON payments;
        DROP TRIGGER payments_history_update ON payments;
        DROP TRIGGER payments_history_insert ON payments;
    """)

    # History trigger function payments_history_trigger()
    op.execute("""
        DROP FUNCTION payments_history_trigger();
    """)

    # History table payments_history
    op.execute("""
        DROP TABLE payments_history;
    """)

    # Indexes of payments
    op.execute("""
        DROP INDEX ix_payments_order_id;
    """)

    # Main table payments
    op.execute("""
        DROP TABLE payments;
    """)

    # History trigger function customers_history_trigger(), rewritten whole
    op.execute("""
        CREATE OR REPLACE FUNCTION customers_history_trigger()
        RETURNS TRIGGER AS $$
        BEGIN
            IF (TG_OP = 'DELETE') THEN
                INSERT INTO customers_history (
                    operation, changed_at, id, email, name, reference, created_at, updated_at
                ) VALUES (
                    'DELETE', NOW(), OLD.id, OLD.email, OLD.name, OLD.reference, OLD.created_at, OLD.updated_at
                );
                RETURN OLD;
            ELSIF (TG_OP = 'UPDATE') THEN
                INSERT INTO customers_history (
                    operation, changed_at, id, email, name, reference, created_at, updated_at
                ) VALUES (
                    'UPDATE', NOW(), OLD.id, OLD.email, OLD.name, OLD.reference, OLD.created_at, OLD.updated_at
                );
                RETURN NEW;
            ELSIF (TG_OP = 'INSERT') THEN
                INSERT INTO customers_history (
                    operation, changed_at, id, email, name, reference, created_at, updated_at
                ) VALUES (
                    'INSERT', NOW(), NEW.id, NEW.email, NEW.name, NEW.reference, NEW.created_at, NEW.updated_at
                );
                RETURN NEW;
            END IF;
            RETURN NULL;
        END;
        $$ LANGUAGE plpgsql;
    """)

    # Add columns to customers_history
    op.execute("""
        ALTER TABLE customers_history DROP COLUMN vip;
    """)

    # Add columns to customers
    op.execute("""
        ALTER TABLE customers DROP COLUMN vip;
    """)

    # Main table tags
    op.execute("""
        CREATE TABLE tags (
            id SERIAL NOT NULL,
            label VARCHAR(30) NOT NULL,
            CONSTRAINT tags_pkey PRIMARY KEY (id)
        );
    """)
