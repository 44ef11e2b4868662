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
    # WARNING: Dropping address from parcels deletes their values; the downgrade adds them back empty, at the end of the table.

    # History trigger function parcels_history_trigger(), rewritten whole
    op.execute("""
        CREATE OR REPLACE FUNCTION parcels_history_trigger()
        RETURNS TRIGGER AS $$
        BEGIN
            IF (TG_OP = 'DELETE') THEN
                INSERT INTO parcels_history (
                    operation, changed_at, id, status, trail, carrier, recipient
                ) VALUES (
                    'DELETE', NOW(), OLD.id, OLD.status, OLD.trail, OLD.carrier, OLD.recipient
                );
                RETURN OLD;
            ELSIF (TG_OP = 'UPDATE') THEN
                INSERT INTO parcels_history (
                    operation, changed_at, id, status, trail, carrier, recipient
                ) VALUES (
                    'UPDATE', NOW(), OLD.id, OLD.status, OLD.trail, OLD.carrier, OLD.recipient
                );
                RETURN NEW;
            ELSIF (TG_OP = 'INSERT') THEN
                INSERT INTO parcels_history (
                    operation, changed_at, id, status, trail, carrier, recipient
                ) VALUES (
                    'INSERT', NOW(), NEW.id, NEW.status, NEW.trail, NEW.carrier, NEW.recipient
                );
                RETURN NEW;
            END IF;
            RETURN NULL;
        END;
        $$ LANGUAGE plpgsql;
    """)

    # Drop columns from parcels_history
    op.execute("""
        ALTER TABLE parcels_history DROP COLUMN address;
    """)

    # Drop columns from parcels
    op.execute("""
        ALTER TABLE parcels DROP COLUMN address;
    """)

    # Type address
    op.execute("""
        DROP TYPE places.address;
    """)


def downgrade():
    # Type address
    op.execute("""
        CREATE TYPE places.address AS (street TEXT, city VARCHAR(60));
    """)

    # Drop columns from parcels
    op.execute("""
        ALTER TABLE parcels ADD COLUMN address places.address;
    """)

    # Drop columns from parcels_history
    op.execute("""
        ALTER TABLE parcels_history ADD COLUMN address places.address;
    """)

    # History trigger function parcels_history_trigger(), rewritten whole
    op.execute("""
        CREATE OR REPLACE FUNCTION parcels_history_trigger()
        RETURNS TRIGGER AS $$
        BEGIN
            IF (TG_OP = 'DELETE') THEN
                INSERT INTO parcels_history (
                    operation, changed_at, id, status, trail, carrier, recipient, address
                ) VALUES (
                    'DELETE', NOW(), OLD.id, OLD.status, OLD.trail, OLD.carrier, OLD.recipient, OLD.address
                );
                RETURN OLD;
            ELSIF (TG_OP = 'UPDATE') THEN
                INSERT INTO parcels_history (
                    operation, changed_at, id, status, trail, carrier, recipient, address
                ) VALUES (
                    'UPDATE', NOW(), OLD.id, OLD.status, OLD.trail, OLD.carrier, OLD.recipient, OLD.address
                );
                RETURN NEW;
            ELSIF (TG_OP = 'INSERT') THEN
                INSERT INTO parcels_history (
                    operation, changed_at, id, status, trail, carrier, recipient, address
                ) VALUES (
                    'INSERT', NOW(), NEW.id, NEW.status, NEW.trail, NEW.carrier, NEW.recipient, NEW.address
                );
                RETURN NEW;
            END IF;
            RETURN NULL;
        END;
        $$ LANGUAGE plpgsql;
    """)
