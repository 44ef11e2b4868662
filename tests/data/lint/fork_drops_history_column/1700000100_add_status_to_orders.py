"""add status to orders

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
    # Main table orders
    op.execute("""
        SET LOCAL lock_timeout = '5s';
        ALTER TABLE orders ADD COLUMN status VARCHAR(16);
    """)

    # History table orders_history
    op.execute("""
        ALTER TABLE orders_history ADD COLUMN status VARCHAR(16);
    """)

    # History trigger function orders_history_trigger()
    op.execute("""
        CREATE OR REPLACE FUNCTION orders_history_trigger()
        RETURNS TRIGGER AS $$
        BEGIN
            IF (TG_OP = 'DELETE') THEN
                INSERT INTO orders_history (
                    operation, changed_at, id, instrument, quantity, created_at, updated_at, status
                ) VALUES (
                    'DELETE', NOW(), OLD.id, OLD.instrument, OLD.quantity, OLD.created_at, OLD.updated_at, OLD.status
                );
                RETURN OLD;
            ELSIF (TG_OP = 'UPDATE') THEN
                INSERT INTO orders_history (
                    operation, changed_at, id, instrument, quantity, created_at, updated_at, status
                ) VALUES (
                    'UPDATE', NOW(), OLD.id, OLD.instrument, OLD.quantity, OLD.created_at, OLD.updated_at, OLD.status
                );
                RETURN NEW;
            ELSIF (TG_OP = 'INSERT') THEN
                INSERT INTO orders_history (
                    operation, changed_at, id, instrument, quantity, created_at, updated_at, status
                ) VALUES (
                    'INSERT', NOW(), NEW.id, NEW.instrument, NEW.quantity, NEW.created_at, NEW.updated_at, NEW.status
                );
                RETURN NEW;
            END IF;
            RETURN NULL;
        END;
        $$ LANGUAGE plpgsql;
    """)


def downgrade():
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

    # History table orders_history
    op.execute("""
        ALTER TABLE orders_history DROP COLUMN status;
    """)

    # Main table orders
    op.execute("""
        ALTER TABLE orders DROP COLUMN status;
    """)
