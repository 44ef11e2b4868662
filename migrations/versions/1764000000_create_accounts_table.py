"""create accounts table

Revision ID: 1764000000
Revises:
Create Date: 2025-11-24 16:00:00
"""
from alembic import op

revision = "1764000000"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    # Main table accounts
    op.execute("""
        CREATE TABLE accounts (
            id BIGSERIAL NOT NULL,
            code VARCHAR(16) NOT NULL,
            name TEXT NOT NULL,
            active BOOLEAN NOT NULL DEFAULT true,
            created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
            updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
            CONSTRAINT accounts_pkey PRIMARY KEY (id),
            CONSTRAINT ck_accounts_code_not_blank CHECK (length(trim(code)) > 0)
        );
    """)

    # Indexes of accounts
    op.execute("""
        CREATE UNIQUE INDEX uq_accounts_code ON accounts (code);
    """)

    # History table accounts_history
    op.execute("""
        CREATE TABLE accounts_history (
            history_id BIGSERIAL PRIMARY KEY,
            operation VARCHAR(10) NOT NULL,
            changed_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
            id BIGINT,
            code VARCHAR(16),
            name TEXT,
            active BOOLEAN,
            created_at TIMESTAMPTZ,
            updated_at TIMESTAMPTZ
        );
    """)

    # History trigger function accounts_history_trigger()
    op.execute("""
        CREATE OR REPLACE FUNCTION accounts_history_trigger()
        RETURNS TRIGGER AS $$
        BEGIN
            IF (TG_OP = 'DELETE') THEN
                INSERT INTO accounts_history (
                    operation, changed_at, id, code, name, active, created_at, updated_at
                ) VALUES (
                    'DELETE', NOW(), OLD.id, OLD.code, OLD.name, OLD.active, OLD.created_at, OLD.updated_at
                );
                RETURN OLD;
            ELSIF (TG_OP = 'UPDATE') THEN
                INSERT INTO accounts_history (
                    operation, changed_at, id, code, name, active, created_at, updated_at
                ) VALUES (
                    'UPDATE', NOW(), OLD.id, OLD.code, OLD.name, OLD.active, OLD.created_at, OLD.updated_at
                );
                RETURN NEW;
            ELSIF (TG_OP = 'INSERT') THEN
                INSERT INTO accounts_history (
                    operation, changed_at, id, code, name, active, created_at, updated_at
                ) VALUES (
                    'INSERT', NOW(), NEW.id, NEW.code, NEW.name, NEW.active, NEW.created_at, NEW.updated_at
                );
                RETURN NEW;
            END IF;
            RETURN NULL;
        END;
        $$ LANGUAGE plpgsql;
    """)

    # History triggers on accounts
    op.execute("""
        CREATE TRIGGER accounts_history_insert
            AFTER INSERT ON accounts
            FOR EACH ROW EXECUTE FUNCTION accounts_history_trigger();
        CREATE TRIGGER accounts_history_update
            AFTER UPDATE ON accounts
            FOR EACH ROW EXECUTE FUNCTION accounts_history_trigger();
        CREATE TRIGGER accounts_history_delete
            AFTER DELETE ON accounts
            FOR EACH ROW EXECUTE FUNCTION accounts_history_trigger();
    """)

    # updated_at trigger on accounts
    op.execute("""
        CREATE OR REPLACE FUNCTION accounts_set_updated_at()
        RETURNS TRIGGER AS $$
        BEGIN
            NEW.updated_at = NOW();
            RETURN NEW;
        END;
        $$ LANGUAGE plpgsql;
        CREATE TRIGGER accounts_set_updated_at
            BEFORE UPDATE ON accounts
            FOR EACH ROW EXECUTE FUNCTION accounts_set_updated_at();
    """)

    # Comments on accounts
    op.execute("""
        COMMENT ON TABLE accounts IS 'Trading accounts of clients';
        COMMENT ON COLUMN accounts.code IS 'Short code shown to traders';
    """)


def downgrade():
    # updated_at trigger on accounts
    op.execute("""
        DROP TRIGGER accounts_set_updated_at ON accounts;
        DROP FUNCTION accounts_set_updated_at();
    """)

    # History triggers on accounts
    op.execute("""
        DROP TRIGGER accounts_history_delete ON accounts;
        DROP TRIGGER accounts_history_update ON accounts;
        DROP TRIGGER accounts_history_insert ON accounts;
    """)

    # History trigger function accounts_history_trigger()
    op.execute("""
        DROP FUNCTION accounts_history_trigger();
    """)

    # History table accounts_history
    op.execute("""
        DROP TABLE accounts_history;
    """)

    # Indexes of accounts
    op.execute("""
        DROP INDEX uq_accounts_code;
    """)

    # Main table accounts
    op.execute("""
        DROP TABLE accounts;
    """)
