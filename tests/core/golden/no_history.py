"""golden no history

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
    # Main table rates
    op.execute("""
        CREATE TABLE rates (
            currency CHAR(3) NOT NULL,
            day DATE NOT NULL,
            rate DOUBLE PRECISION NOT NULL,
            spread REAL,
            source UUID,
            raw JSONB,
            meta JSON,
            blob BYTEA,
            valid_for INTERVAL,
            fixed_at TIME,
            seen_at TIMESTAMP,
            counter SMALLINT DEFAULT 0,
            updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
            CONSTRAINT rates_pkey PRIMARY KEY (currency, day)
        );
    """)

    # updated_at trigger on rates
    op.execute("""
        CREATE OR REPLACE FUNCTION rates_set_updated_at()
        RETURNS TRIGGER AS $$
        BEGIN
            NEW.updated_at = NOW();
            RETURN NEW;
        END;
        $$ LANGUAGE plpgsql;
        CREATE TRIGGER rates_set_updated_at
            BEFORE UPDATE ON rates
            FOR EACH ROW EXECUTE FUNCTION rates_set_updated_at();
    """)


def downgrade():
    # updated_at trigger on rates
    op.execute("""
        DROP TRIGGER rates_set_updated_at ON rates;
        DROP FUNCTION rates_set_updated_at();
    """)

    # Main table rates
    op.execute("""
        DROP TABLE rates;
    """)
