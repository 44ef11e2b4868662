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
    # WARNING: Dropping updated_at from customers deletes their values; the downgrade adds them back empty, at the end of the table.

    # updated_at trigger of customers
    op.execute("""
        DROP TRIGGER customers_set_updated_at ON customers;
        DROP FUNCTION customers_set_updated_at();
    """)

    # History trigger function customers_history_trigger(), rewritten whole
    op.execute("""
        CREATE OR REPLACE FUNCTION customers_history_trigger()
        RETURNS TRIGGER AS $$
        BEGIN
            IF (TG_OP = 'DELETE') THEN
                INSERT INTO customers_history (
                    operation, changed_at, id, email, name, reference, created_at
                ) VALUES (
                    'DELETE', NOW(), OLD.id, OLD.email, OLD.name, OLD.reference, OLD.created_at
                );
                RETURN OLD;
            ELSIF (TG_OP = 'UPDATE') THEN
                INSERT INTO customers_history (
                    operation, changed_at, id, email, name, reference, created_at
                ) VALUES (
                    'UPDATE', NOW(), OLD.id, OLD.email, OLD.name, OLD.reference, OLD.created_at
                );
                RETURN NEW;
            ELSIF (TG_OP = 'INSERT') THEN
                INSERT INTO customers_history (
                    operation, changed_at, id, email, name, reference, created_at
                ) VALUES (
                    'INSERT', NOW(), NEW.id, NEW.email, NEW.name, NEW.reference, NEW.created_at
                );
                RETURN NEW;
            END IF;
            RETURN NULL;
        END;
        $$ LANGUAGE plpgsql;
    """)

    # Drop columns from customers_history
    op.execute("""
        ALTER TABLE customers_history DROP COLUMN updated_at;
    """)

    # Drop columns from customers
    op.execute("""
        ALTER TABLE customers DROP COLUMN updated_at;
    """)


def downgrade():
    # Drop columns from customers
    op.execute("""
        ALTER TABLE customers ADD COLUMN updated_at TIMESTAMPTZ DEFAULT now();
        ALTER TABLE customers ALTER COLUMN updated_at SET NOT NULL;
    """)

    # Drop columns from customers_history
    op.execute("""
        ALTER TABLE customers_history ADD COLUMN updated_at TIMESTAMPTZ;
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

    # updated_at trigger of customers
    op.execute("""
        CREATE OR REPLACE FUNCTION customers_set_updated_at()
        RETURNS TRIGGER AS $$
        BEGIN
            NEW.updated_at = NOW();
            RETURN NEW;
        END;
        $$ LANGUAGE plpgsql;
        CREATE TRIGGER customers_set_updated_at
            BEFORE UPDATE ON customers
            FOR EACH ROW EXECUTE FUNCTION customers_set_updated_at();
    """)
