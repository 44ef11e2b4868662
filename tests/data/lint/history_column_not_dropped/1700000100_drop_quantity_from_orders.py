"""drop quantity from orders

Revision ID: 1700000100
Revises: 1700000000
Create Date: 2023-11-14 22:15:00
"""
from alembic import op

revision = "1700000100"
down_revision = "1700000000"
branch_labels = None
depends_on = None


def upgrade():
    # Trigger function
    op.execute("""
        CREATE OR REPLACE FUNCTION orders_history_trigger()
        RETURNS TRIGGER AS $$
        BEGIN
            IF (TG_OP = 'DELETE') THEN
                INSERT INTO orders_history (
                    operation, changed_at, id, instrument, created_at, updated_at
                ) VALUES (
                    'DELETE', NOW(), OLD.id, OLD.instrument, OLD.created_at, OLD.updated_at
                );
                RETURN OLD;
            ELSIF (TG_OP = 'UPDATE') THEN
                INSERT INTO orders_history (
                    operation, changed_at, id, instrument, created_at, updated_at
                ) VALUES (
                    'UPDATE', NOW(), OLD.id, OLD.instrument, OLD.created_at, OLD.updated_at
                );
                RETURN NEW;
            ELSIF (TG_OP = 'INSERT') THEN
                INSERT INTO orders_history (
                    operation, changed_at, id, instrument, created_at, updated_at
                ) VALUES (
                    'INSERT', NOW(), NEW.id, NEW.instrument, NEW.created_at, NEW.updated_at
                );
                RETURN NEW;
            END IF;
            RETURN NULL;
        END;
        $$ LANGUAGE plpgsql;
    """)
    # Main table
    op.execute("""
        ALTER TABLE orders DROP COLUMN quantity;  -- expect: history-column-not-dropped
    """)


def downgrade():
    # Put it back
    op.execute("""
        ALTER TABLE orders ADD COLUMN quantity NUMERIC(18,8) NOT NULL DEFAULT 0;
    """)
    # Function
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
