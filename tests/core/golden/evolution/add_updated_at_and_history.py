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
    # Add columns to tags
    op.execute("""
        ALTER TABLE tags ADD COLUMN updated_at TIMESTAMPTZ NOT NULL DEFAULT now();
    """)

    # History table tags_history
    op.execute("""
        CREATE TABLE tags_history (
            history_id BIGSERIAL PRIMARY KEY,
            operation VARCHAR(10) NOT NULL,
            changed_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
            id INTEGER,
            label VARCHAR(30),
            updated_at TIMESTAMPTZ
        );
    """)

    # History trigger function and triggers of tags
    op.execute("""
        CREATE OR REPLACE FUNCTION tags_history_trigger()
        RETURNS TRIGGER AS $$
        BEGIN
            IF (TG_OP = 'DELETE') THEN
                INSERT INTO tags_history (
                    operation, changed_at, id, label, updated_at
                ) VALUES (
                    'DELETE', NOW(), OLD.id, OLD.label, OLD.updated_at
                );
                RETURN OLD;
            ELSIF (TG_OP = 'UPDATE') THEN
                INSERT INTO tags_history (
                    operation, changed_at, id, label, updated_at
                ) VALUES (
                    'UPDATE', NOW(), OLD.id, OLD.label, OLD.updated_at
                );
                RETURN NEW;
            ELSIF (TG_OP = 'INSERT') THEN
                INSERT INTO tags_history (
                    operation, changed_at, id, label, updated_at
                ) VALUES (
                    'INSERT', NOW(), NEW.id, NEW.label, NEW.updated_at
                );
                RETURN NEW;
            END IF;
            RETURN NULL;
        END;
        $$ LANGUAGE plpgsql;
        CREATE TRIGGER tags_history_insert
            AFTER INSERT ON tags
            FOR EACH ROW EXECUTE FUNCTION tags_history_trigger();
        CREATE TRIGGER tags_history_update
            AFTER UPDATE ON tags
            FOR EACH ROW EXECUTE FUNCTION tags_history_trigger();
        CREATE TRIGGER tags_history_delete
            AFTER DELETE ON tags
            FOR EACH ROW EXECUTE FUNCTION tags_history_trigger();
    """)

    # updated_at trigger on tags
    op.execute("""
        CREATE OR REPLACE FUNCTION tags_set_updated_at()
        RETURNS TRIGGER AS $$
        BEGIN
            NEW.updated_at = NOW();
            RETURN NEW;
        END;
        $$ LANGUAGE plpgsql;
        CREATE TRIGGER tags_set_updated_at
            BEFORE UPDATE ON tags
            FOR EACH ROW EXECUTE FUNCTION tags_set_updated_at();
    """)


def downgrade():
    # updated_at trigger on tags
    op.execute("""
        DROP TRIGGER tags_set_updated_at ON tags;
        DROP FUNCTION tags_set_updated_at();
    """)

    # History trigger function and triggers of tags
    op.execute("""
        DROP TRIGGER tags_history_delete ON tags;
        DROP TRIGGER tags_history_update ON tags;
        DROP TRIGGER tags_history_insert ON tags;
        DROP FUNCTION tags_history_trigger();
    """)

    # History table tags_history
    op.execute("""
        DROP TABLE tags_history;
    """)

    # Add columns to tags
    op.execute("""
        ALTER TABLE tags DROP COLUMN updated_at;
    """)
