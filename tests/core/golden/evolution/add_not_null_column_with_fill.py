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
    # Add columns to customers
    op.execute("""
        ALTER TABLE customers ADD COLUMN status VARCHAR(20) NOT NULL DEFAULT 'ACTIVE';
        ALTER TABLE customers ALTER COLUMN status DROP DEFAULT;
    """)

    # Add columns to customers_history
    op.execute("""
        ALTER TABLE customers_history ADD COLUMN status VARCHAR(20);
    """)

    # History trigger function customers_history_trigger(), rewritten whole
    op.execute("""
        CREATE OR REPLACE FUNCTION customers_history_trigger()
        RETURNS TRIGGER AS $$
        BEGIN
            IF (TG_OP = 'DELETE') THEN
                INSERT INTO customers_history (
                    operation, changed_at, id, email, name, reference, created_at, updated_at, status
                ) VALUES (
                    'DELETE', NOW(), OLD.id, OLD.email, OLD.name, OLD.reference, OLD.created_at, OLD.updated_at, OLD.status
                );
                RETURN OLD;
            ELSIF (TG_OP = 'UPDATE') THEN
                INSERT INTO customers_history (
                    operation, changed_at, id, email, name, reference, created_at, updated_at, status
                ) VALUES (
                    'UPDATE', NOW(), OLD.id, OLD.email, OLD.name, OLD.reference, OLD.created_at, OLD.updated_at, OLD.status
                );
                RETURN NEW;
            ELSIF (TG_OP = 'INSERT') THEN
                INSERT INTO customers_history (
                    operation, changed_at, id, email, name, reference, created_at, updated_at, status
                ) VALUES (
                    'INSERT', NOW(), NEW.id, NEW.email, NEW.name, NEW.reference, NEW.created_at, NEW.updated_at, NEW.status
                );
                RETURN NEW;
            END IF;
            RETURN NULL;
        END;
        $$ LANGUAGE plpgsql;
    """)


def downgrade():
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
        ALTER TABLE customers_history DROP COLUMN status;
    """)

    # Add columns to customers
    op.execute("""
        ALTER TABLE customers DROP COLUMN status;
    """)
