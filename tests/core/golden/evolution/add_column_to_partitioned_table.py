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
    # Add columns to readings
    op.execute("""
        ALTER TABLE readings ADD COLUMN unit VARCHAR(10) NOT NULL DEFAULT 'kWh';
    """)

    # Add columns to readings_history
    op.execute("""
        ALTER TABLE readings_history ADD COLUMN unit VARCHAR(10);
    """)

    # History trigger function readings_history_trigger(), rewritten whole
    op.execute("""
        CREATE OR REPLACE FUNCTION readings_history_trigger()
        RETURNS TRIGGER AS $$
        BEGIN
            IF (TG_OP = 'DELETE') THEN
                INSERT INTO readings_history (
                    operation, changed_at, id, taken_on, value, updated_at, unit
                ) VALUES (
                    'DELETE', NOW(), OLD.id, OLD.taken_on, OLD.value, OLD.updated_at, OLD.unit
                );
                RETURN OLD;
            ELSIF (TG_OP = 'UPDATE') THEN
                INSERT INTO readings_history (
                    operation, changed_at, id, taken_on, value, updated_at, unit
                ) VALUES (
                    'UPDATE', NOW(), OLD.id, OLD.taken_on, OLD.value, OLD.updated_at, OLD.unit
                );
                RETURN NEW;
            ELSIF (TG_OP = 'INSERT') THEN
                INSERT INTO readings_history (
                    operation, changed_at, id, taken_on, value, updated_at, unit
                ) VALUES (
                    'INSERT', NOW(), NEW.id, NEW.taken_on, NEW.value, NEW.updated_at, NEW.unit
                );
                RETURN NEW;
            END IF;
            RETURN NULL;
        END;
        $$ LANGUAGE plpgsql;
    """)


def downgrade():
    # History trigger function readings_history_trigger(), rewritten whole
    op.execute("""
        CREATE OR REPLACE FUNCTION readings_history_trigger()
        RETURNS TRIGGER AS $$
        BEGIN
            IF (TG_OP = 'DELETE') THEN
                INSERT INTO readings_history (
                    operation, changed_at, id, taken_on, value, updated_at
                ) VALUES (
                    'DELETE', NOW(), OLD.id, OLD.taken_on, OLD.value, OLD.updated_at
                );
                RETURN OLD;
            ELSIF (TG_OP = 'UPDATE') THEN
                INSERT INTO readings_history (
                    operation, changed_at, id, taken_on, value, updated_at
                ) VALUES (
                    'UPDATE', NOW(), OLD.id, OLD.taken_on, OLD.value, OLD.updated_at
                );
                RETURN NEW;
            ELSIF (TG_OP = 'INSERT') THEN
                INSERT INTO readings_history (
                    operation, changed_at, id, taken_on, value, updated_at
                ) VALUES (
                    'INSERT', NOW(), NEW.id, NEW.taken_on, NEW.value, NEW.updated_at
                );
                RETURN NEW;
            END IF;
            RETURN NULL;
        END;
        $$ LANGUAGE plpgsql;
    """)

    # Add columns to readings_history
    op.execute("""
        ALTER TABLE readings_history DROP COLUMN unit;
    """)

    # Add columns to readings
    op.execute("""
        ALTER TABLE readings DROP COLUMN unit;
    """)
