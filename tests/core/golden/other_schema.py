"""golden other schema

Revision ID: 1764000000
Revises: 1763999999
Create Date: 2025-11-24 16:00:00
"""
from alembic import op

revision = "1764000000"
down_revision = "1763999999"
branch_labels = None
depends_on = None


def upgrade():
    # Schema billing
    op.execute("""
        CREATE SCHEMA IF NOT EXISTS billing;
    """)

    # Main table invoices
    op.execute("""
        CREATE TABLE billing.invoices (
            id BIGSERIAL NOT NULL,
            number VARCHAR(20) NOT NULL,
            created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
            updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
            CONSTRAINT invoices_pkey PRIMARY KEY (id)
        );
    """)

    # Indexes of invoices
    op.execute("""
        CREATE UNIQUE INDEX uq_invoices_number ON billing.invoices (number);
    """)

    # History table invoices_history
    op.execute("""
        CREATE TABLE billing.invoices_history (
            history_id BIGSERIAL PRIMARY KEY,
            operation VARCHAR(10) NOT NULL,
            changed_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
            id BIGINT,
            number VARCHAR(20),
            created_at TIMESTAMPTZ,
            updated_at TIMESTAMPTZ
        );
    """)

    # History trigger function invoices_history_trigger()
    op.execute("""
        CREATE OR REPLACE FUNCTION billing.invoices_history_trigger()
        RETURNS TRIGGER AS $$
        BEGIN
            IF (TG_OP = 'DELETE') THEN
                INSERT INTO billing.invoices_history (
                    operation, changed_at, id, number, created_at, updated_at
                ) VALUES (
                    'DELETE', NOW(), OLD.id, OLD.number, OLD.created_at, OLD.updated_at
                );
                RETURN OLD;
            ELSIF (TG_OP = 'UPDATE') THEN
                INSERT INTO billing.invoices_history (
                    operation, changed_at, id, number, created_at, updated_at
                ) VALUES (
                    'UPDATE', NOW(), OLD.id, OLD.number, OLD.created_at, OLD.updated_at
                );
                RETURN NEW;
            ELSIF (TG_OP = 'INSERT') THEN
                INSERT INTO billing.invoices_history (
                    operation, changed_at, id, number, created_at, updated_at
                ) VALUES (
                    'INSERT', NOW(), NEW.id, NEW.number, NEW.created_at, NEW.updated_at
                );
                RETURN NEW;
            END IF;
            RETURN NULL;
        END;
        $$ LANGUAGE plpgsql;
    """)

    # History triggers on invoices
    op.execute("""
        CREATE TRIGGER invoices_history_insert
            AFTER INSERT ON billing.invoices
            FOR EACH ROW EXECUTE FUNCTION billing.invoices_history_trigger();
        CREATE TRIGGER invoices_history_update
            AFTER UPDATE ON billing.invoices
            FOR EACH ROW EXECUTE FUNCTION billing.invoices_history_trigger();
        CREATE TRIGGER invoices_history_delete
            AFTER DELETE ON billing.invoices
            FOR EACH ROW EXECUTE FUNCTION billing.invoices_history_trigger();
    """)

    # updated_at trigger on invoices
    op.execute("""
        CREATE OR REPLACE FUNCTION billing.invoices_set_updated_at()
        RETURNS TRIGGER AS $$
        BEGIN
            NEW.updated_at = NOW();
            RETURN NEW;
        END;
        $$ LANGUAGE plpgsql;
        CREATE TRIGGER invoices_set_updated_at
            BEFORE UPDATE ON billing.invoices
            FOR EACH ROW EXECUTE FUNCTION billing.invoices_set_updated_at();
    """)

    # Main table invoice_lines
    op.execute("""
        CREATE TABLE billing.invoice_lines (
            id BIGSERIAL NOT NULL,
            invoice_id BIGINT NOT NULL,
            amount NUMERIC(12,2) NOT NULL,
            CONSTRAINT invoice_lines_pkey PRIMARY KEY (id),
            CONSTRAINT fk_invoice_lines_invoice_id FOREIGN KEY (invoice_id) REFERENCES billing.invoices (id) ON DELETE CASCADE
        );
    """)

    # Indexes of invoice_lines
    op.execute("""
        CREATE INDEX ix_invoice_lines_invoice_id ON billing.invoice_lines (invoice_id);
    """)

    # History table invoice_lines_history
    op.execute("""
        CREATE TABLE billing.invoice_lines_history (
            history_id BIGSERIAL PRIMARY KEY,
            operation VARCHAR(10) NOT NULL,
            changed_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
            id BIGINT,
            invoice_id BIGINT,
            amount NUMERIC(12,2)
        );
    """)

    # History trigger function invoice_lines_history_trigger()
    op.execute("""
        CREATE OR REPLACE FUNCTION billing.invoice_lines_history_trigger()
        RETURNS TRIGGER AS $$
        BEGIN
            IF (TG_OP = 'DELETE') THEN
                INSERT INTO billing.invoice_lines_history (
                    operation, changed_at, id, invoice_id, amount
                ) VALUES (
                    'DELETE', NOW(), OLD.id, OLD.invoice_id, OLD.amount
                );
                RETURN OLD;
            ELSIF (TG_OP = 'UPDATE') THEN
                INSERT INTO billing.invoice_lines_history (
                    operation, changed_at, id, invoice_id, amount
                ) VALUES (
                    'UPDATE', NOW(), OLD.id, OLD.invoice_id, OLD.amount
                );
                RETURN NEW;
            ELSIF (TG_OP = 'INSERT') THEN
                INSERT INTO billing.invoice_lines_history (
                    operation, changed_at, id, invoice_id, amount
                ) VALUES (
                    'INSERT', NOW(), NEW.id, NEW.invoice_id, NEW.amount
                );
                RETURN NEW;
            END IF;
            RETURN NULL;
        END;
        $$ LANGUAGE plpgsql;
    """)

    # History triggers on invoice_lines
    op.execute("""
        CREATE TRIGGER invoice_lines_history_insert
            AFTER INSERT ON billing.invoice_lines
            FOR EACH ROW EXECUTE FUNCTION billing.invoice_lines_history_trigger();
        CREATE TRIGGER invoice_lines_history_update
            AFTER UPDATE ON billing.invoice_lines
            FOR EACH ROW EXECUTE FUNCTION billing.invoice_lines_history_trigger();
        CREATE TRIGGER invoice_lines_history_delete
            AFTER DELETE ON billing.invoice_lines
            FOR EACH ROW EXECUTE FUNCTION billing.invoice_lines_history_trigger();
    """)


def downgrade():
    # History triggers on invoice_lines
    op.execute("""
        DROP TRIGGER invoice_lines_history_delete ON billing.invoice_lines;
        DROP TRIGGER invoice_lines_history_update ON billing.invoice_lines;
        DROP TRIGGER invoice_lines_history_insert ON billing.invoice_lines;
    """)

    # History trigger function invoice_lines_history_trigger()
    op.execute("""
        DROP FUNCTION billing.invoice_lines_history_trigger();
    """)

    # History table invoice_lines_history
    op.execute("""
        DROP TABLE billing.invoice_lines_history;
    """)

    # Indexes of invoice_lines
    op.execute("""
        DROP INDEX billing.ix_invoice_lines_invoice_id;
    """)

    # Main table invoice_lines
    op.execute("""
        DROP TABLE billing.invoice_lines;
    """)

    # updated_at trigger on invoices
    op.execute("""
        DROP TRIGGER invoices_set_updated_at ON billing.invoices;
        DROP FUNCTION billing.invoices_set_updated_at();
    """)

    # History triggers on invoices
    op.execute("""
        DROP TRIGGER invoices_history_delete ON billing.invoices;
        DROP TRIGGER invoices_history_update ON billing.invoices;
        DROP TRIGGER invoices_history_insert ON billing.invoices;
    """)

    # History trigger function invoices_history_trigger()
    op.execute("""
        DROP FUNCTION billing.invoices_history_trigger();
    """)

    # History table invoices_history
    op.execute("""
        DROP TABLE billing.invoices_history;
    """)

    # Indexes of invoices
    op.execute("""
        DROP INDEX billing.uq_invoices_number;
    """)

    # Main table invoices
    op.execute("""
        DROP TABLE billing.invoices;
    """)

    # Schema billing
    op.execute("""
        DROP SCHEMA IF EXISTS billing;
    """)
