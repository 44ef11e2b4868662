"""add note to orders

Revision ID: 1700000200
Revises: 1700000000
Create Date: 2023-11-14 22:15:00
"""
from alembic import op

revision = "1700000200"
down_revision = "1700000000"  # expect: forked-chain
branch_labels = None
depends_on = None


def upgrade():  # expect: fork-drops-history-column
    # Main table orders
    op.execute("""
        SET LOCAL lock_timeout = '5s';
        ALTER TABLE orders ADD COLUMN note TEXT;
    """)

    # History table orders_history
    op.execute("""
        ALTER TABLE orders_history ADD COLUMN note TEXT;
    """)

    # History trigger function orders_history_trigger()
    op.execute("""
        CREATE OR REPLACE FUNCTION orders_history_trigger()
        RETURNS TRIGGER AS $$
        BEGIN
            IF (TG_OP = 'DELETE') THEN
                INSERT INTO orders_history (
                    operation, changed_at, id, instrument, quantity, created_at, updated_at, note
                ) VALUES (
                    'DELETE', NOW(), OLD.id, OLD.instrument, OLD.quantity, OLD.created_at, OLD.updated_at, OLD.note
                );
                RETURN OLD;
            ELSIF (TG_OP = 'UPDATE') THEN
                INSERT INTO orders_history (
                    operation, changed_at, id, instrument, quantity, created_at, updated_at, note
                ) VALUES (
                    'UPDATE', NOW(), OLD.id, OLD.instrument, OLD.quantity, OLD.created_at, OLD.updated_at, OLD.note
                );
                RETURN NEW;
            ELSIF (TG_OP = 'INSERT') THEN
                INSERT INTO orders_history (
                    operation, changed_at, id, instrument, quantity, created_at, updated_at, note
                ) VALUES (
                    'INSERT', NOW(), NEW.id, NEW.instrument, NEW.quantity, NEW.created_at, NEW.updated_at, NEW.note
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
        ALTER TABLE orders_history DROP COLUMN note;
    """)

    # Main table orders
    op.execute("""
        ALTER TABLE orders DROP COLUMN note;
    """)
