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
    # Sequence parcel_labels
    op.execute("""
        CREATE SEQUENCE parcel_labels AS BIGINT START WITH 500;
    """)

    # Add columns to parcels
    op.execute("""
        ALTER TABLE parcels ADD COLUMN label_no BIGINT NOT NULL DEFAULT nextval('parcel_labels');
    """)

    # Add columns to parcels_history
    op.execute("""
        ALTER TABLE parcels_history ADD COLUMN label_no BIGINT;
    """)

    # History trigger function parcels_history_trigger(), rewritten whole
    op.execute("""
        CREATE OR REPLACE FUNCTION parcels_history_trigger()
        RETURNS TRIGGER AS $$
        BEGIN
            IF (TG_OP = 'DELETE') THEN
                INSERT INTO parcels_history (
                    operation, changed_at, id, status, trail, carrier, recipient, address, label_no
                ) VALUES (
                    'DELETE', NOW(), OLD.id, OLD.status, OLD.trail, OLD.carrier, OLD.recipient, OLD.address, OLD.label_no
                );
                RETURN OLD;
            ELSIF (TG_OP = 'UPDATE') THEN
                INSERT INTO parcels_history (
                    operation, changed_at, id, status, trail, carrier, recipient, address, label_no
                ) VALUES (
                    'UPDATE', NOW(), OLD.id, OLD.status, OLD.trail, OLD.carrier, OLD.recipient, OLD.address, OLD.label_no
                );
                RETURN NEW;
            ELSIF (TG_OP = 'INSERT') THEN
                INSERT INTO parcels_history (
                    operation, changed_at, id, status, trail, carrier, recipient, address, label_no
                ) VALUES (
                    'INSERT', NOW(), NEW.id, NEW.status, NEW.trail, NEW.carrier, NEW.recipient, NEW.address, NEW.label_no
                );
                RETURN NEW;
            END IF;
            RETURN NULL;
        END;
        $$ LANGUAGE plpgsql;
    """)

    # Sequence parcel_labels
    op.execute("""
        ALTER SEQUENCE parcel_labels OWNED BY parcels.label_no;
    """)


def downgrade():
    # Sequence parcel_labels
    op.execute("""
        ALTER SEQUENCE parcel_labels OWNED BY NONE;
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

    # Add columns to parcels_history
    op.execute("""
        ALTER TABLE parcels_history DROP COLUMN label_no;
    """)

    # Add columns to parcels
    op.execute("""
        ALTER TABLE parcels DROP COLUMN label_no;
    """)

    # Sequence parcel_labels
    op.execute("""
        DROP SEQUENCE parcel_labels;
    """)
