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
    # WARNING: Turning history off for readings_archive drops readings_archive_history and the history it holds; the downgrade recreates it empty.

    # History triggers and function of readings_archive (made again below)
    op.execute("""
        DROP TRIGGER readings_archive_history_delete ON readings_archive;
        DROP TRIGGER readings_archive_history_update ON readings_archive;
        DROP TRIGGER readings_archive_history_insert ON readings_archive;
        DROP FUNCTION readings_archive_history_trigger();
    """)

    # updated_at trigger of readings_archive
    op.execute("""
        DROP TRIGGER readings_archive_set_updated_at ON readings_archive;
        DROP FUNCTION readings_archive_set_updated_at();
    """)

    # History table readings_archive_history
    op.execute("""
        DROP TABLE readings_archive_history;
    """)

    # Rename keys, indexes and checks of readings_archive
    op.execute("""
        ALTER INDEX ix_readings_archive_value RENAME TO readings_archive_value_idx;
    """)

    # New keys, indexes and checks of readings_archive
    op.execute("""
        CREATE INDEX ix_readings_archive_recent ON readings_archive (taken_on DESC);
    """)

    # Attach readings_archive to readings
    op.execute("""
        ALTER TABLE readings ATTACH PARTITION readings_archive FOR VALUES FROM ('2000-01-01') TO ('2025-01-01');
    """)


def downgrade():
    # Attach readings_archive to readings
    op.execute("""
        ALTER TABLE readings DETACH PARTITION readings_archive;
    """)

    # New keys, indexes and checks of readings_archive
    op.execute("""
        DROP INDEX ix_readings_archive_recent;
    """)

    # Rename keys, indexes and checks of readings_archive
    op.execute("""
        ALTER INDEX readings_archive_value_idx RENAME TO ix_readings_archive_value;
    """)

    # History table readings_archive_history
    op.execute("""
        CREATE TABLE readings_archive_history (
            history_id BIGSERIAL PRIMARY KEY,
            operation VARCHAR(10) NOT NULL,
            changed_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
            id BIGINT,
            taken_on DATE,
            value NUMERIC(8,2),
            updated_at TIMESTAMPTZ
        );
    """)

    # updated_at trigger of readings_archive
    op.execute("""
        CREATE OR REPLACE FUNCTION readings_archive_set_updated_at()
        RETURNS TRIGGER AS $$
        BEGIN
            NEW.updated_at = NOW();
            RETURN NEW;
        END;
        $$ LANGUAGE plpgsql;
        CREATE TRIGGER readings_archive_set_updated_at
            BEFORE UPDATE ON readings_archive
            FOR EACH ROW EXECUTE FUNCTION readings_archive_set_updated_at();
    """)

    # History triggers and function of readings_archive (made again below)
    op.execute("""
        CREATE OR REPLACE FUNCTION readings_archive_history_trigger()
        RETURNS TRIGGER AS $$
        BEGIN
            IF (TG_OP = 'DELETE') THEN
                INSERT INTO readings_archive_history (
                    operation, changed_at, id, taken_on, value, updated_at
                ) VALUES (
                    'DELETE', NOW(), OLD.id, OLD.taken_on, OLD.value, OLD.updated_at
                );
                RETURN OLD;
            ELSIF (TG_OP = 'UPDATE') THEN
                INSERT INTO readings_archive_history (
                    operation, changed_at, id, taken_on, value, updated_at
                ) VALUES (
                    'UPDATE', NOW(), OLD.id, OLD.taken_on, OLD.value, OLD.updated_at
                );
                RETURN NEW;
            ELSIF (TG_OP = 'INSERT') THEN
                INSERT INTO readings_archive_history (
                    operation, changed_at, id, taken_on, value, updated_at
                ) VALUES (
                    'INSERT', NOW(), NEW.id, NEW.taken_on, NEW.value, NEW.updated_at
                );
                RETURN NEW;
            END IF;
            RETURN NULL;
        END;
        $$ LANGUAGE plpgsql;
        CREATE TRIGGER readings_archive_history_insert
            AFTER INSERT ON readings_archive
            FOR EACH ROW EXECUTE FUNCTION readings_archive_history_trigger();
        CREATE TRIGGER readings_archive_history_update
            AFTER UPDATE ON readings_archive
            FOR EACH ROW EXECUTE FUNCTION readings_archive_history_trigger();
        CREATE TRIGGER readings_archive_history_delete
            AFTER DELETE ON readings_archive
            FOR EACH ROW EXECUTE FUNCTION readings_archive_history_trigger();
    """)
