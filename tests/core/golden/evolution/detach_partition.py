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
    # Detach readings_2025 from readings
    op.execute("""
        ALTER TABLE readings DETACH PARTITION readings_2025;
    """)

    # History table readings_2025_history
    op.execute("""
        CREATE TABLE readings_2025_history (
            history_id BIGSERIAL PRIMARY KEY,
            operation VARCHAR(10) NOT NULL,
            changed_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
            id BIGINT,
            taken_on DATE,
            value NUMERIC(8,2),
            updated_at TIMESTAMPTZ
        );
    """)

    # History trigger function and triggers of readings_2025
    op.execute("""
        CREATE OR REPLACE FUNCTION readings_2025_history_trigger()
        RETURNS TRIGGER AS $$
        BEGIN
            IF (TG_OP = 'DELETE') THEN
                INSERT INTO readings_2025_history (
                    operation, changed_at, id, taken_on, value, updated_at
                ) VALUES (
                    'DELETE', NOW(), OLD.id, OLD.taken_on, OLD.value, OLD.updated_at
                );
                RETURN OLD;
            ELSIF (TG_OP = 'UPDATE') THEN
                INSERT INTO readings_2025_history (
                    operation, changed_at, id, taken_on, value, updated_at
                ) VALUES (
                    'UPDATE', NOW(), OLD.id, OLD.taken_on, OLD.value, OLD.updated_at
                );
                RETURN NEW;
            ELSIF (TG_OP = 'INSERT') THEN
                INSERT INTO readings_2025_history (
                    operation, changed_at, id, taken_on, value, updated_at
                ) VALUES (
                    'INSERT', NOW(), NEW.id, NEW.taken_on, NEW.value, NEW.updated_at
                );
                RETURN NEW;
            END IF;
            RETURN NULL;
        END;
        $$ LANGUAGE plpgsql;
        CREATE TRIGGER readings_2025_history_insert
            AFTER INSERT ON readings_2025
            FOR EACH ROW EXECUTE FUNCTION readings_2025_history_trigger();
        CREATE TRIGGER readings_2025_history_update
            AFTER UPDATE ON readings_2025
            FOR EACH ROW EXECUTE FUNCTION readings_2025_history_trigger();
        CREATE TRIGGER readings_2025_history_delete
            AFTER DELETE ON readings_2025
            FOR EACH ROW EXECUTE FUNCTION readings_2025_history_trigger();
    """)

    # updated_at trigger on readings_2025
    op.execute("""
        CREATE OR REPLACE FUNCTION readings_2025_set_updated_at()
        RETURNS TRIGGER AS $$
        BEGIN
            NEW.updated_at = NOW();
            RETURN NEW;
        END;
        $$ LANGUAGE plpgsql;
        CREATE TRIGGER readings_2025_set_updated_at
            BEFORE UPDATE ON readings_2025
            FOR EACH ROW EXECUTE FUNCTION readings_2025_set_updated_at();
    """)

    # Rename keys, indexes and checks of readings_2025
    op.execute("""
        ALTER INDEX readings_2025_value_idx RENAME TO ix_readings_2025_value;
    """)


def downgrade():
    # Rename keys, indexes and checks of readings_2025
    op.execute("""
        ALTER INDEX ix_readings_2025_value RENAME TO readings_2025_value_idx;
    """)

    # updated_at trigger on readings_2025
    op.execute("""
        DROP TRIGGER readings_2025_set_updated_at ON readings_2025;
        DROP FUNCTION readings_2025_set_updated_at();
    """)

    # History trigger function and triggers of readings_2025
    op.execute("""
        DROP TRIGGER readings_2025_history_delete ON readings_2025;
        DROP TRIGGER readings_2025_history_update ON readings_2025;
        DROP TRIGGER readings_2025_history_insert ON readings_2025;
        DROP FUNCTION readings_2025_history_trigger();
    """)

    # History table readings_2025_history
    op.execute("""
        DROP TABLE readings_2025_history;
    """)

    # Detach readings_2025 from readings
    op.execute("""
        ALTER TABLE readings ATTACH PARTITION readings_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
    """)
