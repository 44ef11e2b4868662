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
    # Add columns to orders
    op.execute("""
        ALTER TABLE orders ADD COLUMN seq_no BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY;
    """)

    # Add columns to orders_history
    op.execute("""
        ALTER TABLE orders_history ADD COLUMN seq_no BIGINT;
    """)

    # History trigger function orders_history_trigger(), rewritten whole
    op.execute("""
        CREATE OR REPLACE FUNCTION orders_history_trigger()
        RETURNS TRIGGER AS $$
        BEGIN
            IF (TG_OP = 'DELETE') THEN
                INSERT INTO orders_history (
                    operation, changed_at, id, customer_id, amount, created_at, updated_at, note, seq_no
                ) VALUES (
                    'DELETE', NOW(), OLD.id, OLD.customer_id, OLD.amount, OLD.created_at, OLD.updated_at, OLD.note, OLD.seq_no
                );
                RETURN OLD;
            ELSIF (TG_OP = 'UPDATE') THEN
                INSERT INTO orders_history (
                    operation, changed_at, id, customer_id, amount, created_at, updated_at, note, seq_no
                ) VALUES (
                    'UPDATE', NOW(), OLD.id, OLD.customer_id, OLD.amount, OLD.created_at, OLD.updated_at, OLD.note, OLD.seq_no
                );
                RETURN NEW;
            ELSIF (TG_OP = 'INSERT') THEN
                INSERT INTO orders_history (
                    operation, changed_at, id, customer_id, amount, created_at, updated_at, note, seq_no
                ) VALUES (
                    'INSERT', NOW(), NEW.id, NEW.customer_id, NEW.amount, NEW.created_at, NEW.updated_at, NEW.note, NEW.seq_no
                );
                RETURN NEW;
            END IF;
            RETURN NULL;
        END;
        $$ LANGUAGE plpgsql;
    """)


def downgrade():
    # History trigger function orders_history_trigger(), rewritten whole
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
    """)

    # Add columns to orders_history
    op.execute("""
        ALTER TABLE orders_history DROP COLUMN seq_no;
    """)

    # Add columns to orders
    op.execute("""
        ALTER TABLE orders DROP COLUMN seq_no;
    """)
