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
    # Rename columns of customers
    op.execute("""
        ALTER TABLE customers RENAME COLUMN name TO full_name;
    """)

    # Rename columns of customers_history
    op.execute("""
        ALTER TABLE customers_history RENAME COLUMN name TO full_name;
    """)

    # History trigger function customers_history_trigger(), rewritten whole
    op.execute("""
        CREATE OR REPLACE FUNCTION customers_history_trigger()
        RETURNS TRIGGER AS $$
        BEGIN
            IF (TG_OP = 'DELETE') THEN
                INSERT INTO customers_history (
                    operation, changed_at, id, email, full_name, reference, created_at, updated_at
                ) VALUES (
                    'DELETE', NOW(), OLD.id, OLD.email, OLD.full_name, OLD.reference, OLD.created_at, OLD.updated_at
                );
                RETURN OLD;
            ELSIF (TG_OP = 'UPDATE') THEN
                INSERT INTO customers_history (
                    operation, changed_at, id, email, full_name, reference, created_at, updated_at
                ) VALUES (
                    'UPDATE', NOW(), OLD.id, OLD.email, OLD.full_name, OLD.reference, OLD.created_at, OLD.updated_at
                );
                RETURN NEW;
            ELSIF (TG_OP = 'INSERT') THEN
                INSERT INTO customers_history (
                    operation, changed_at, id, email, full_name, reference, created_at, updated_at
                ) VALUES (
                    'INSERT', NOW(), NEW.id, NEW.email, NEW.full_name, NEW.reference, NEW.created_at, NEW.updated_at
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

    # Rename columns of customers_history
    op.execute("""
        ALTER TABLE customers_history RENAME COLUMN full_name TO name;
    """)

    # Rename columns of customers
    op.execute("""
        ALTER TABLE customers RENAME COLUMN full_name TO name;
    """)
