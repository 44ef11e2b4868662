"""golden quoting

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
    # Main table Order Items
    op.execute("""
        CREATE TABLE "Order Items" (
            "ID" SERIAL NOT NULL,
            "user" TEXT NOT NULL,
            "select" BOOLEAN DEFAULT false,
            email VARCHAR(120),
            note TEXT DEFAULT '\\:not_a_parameter',
            tags TEXT[] DEFAULT '{}',
            CONSTRAINT "Order Items_pkey" PRIMARY KEY ("ID"),
            CONSTRAINT "ck_Order Items_1" CHECK (email LIKE '%@%'),
            CONSTRAINT ck_items_note CHECK (note IS NULL OR note ~ '^\\S')
        );
    """)

    # Indexes of Order Items
    op.execute("""
        CREATE UNIQUE INDEX "uq_Order Items_user_select" ON "Order Items" ("user", "select");
    """)

    # History table Order Items_history
    op.execute("""
        CREATE TABLE "Order Items_history" (
            history_id BIGSERIAL PRIMARY KEY,
            operation VARCHAR(10) NOT NULL,
            changed_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
            "ID" INTEGER,
            "user" TEXT,
            "select" BOOLEAN,
            email VARCHAR(120),
            note TEXT,
            tags TEXT[]
        );
    """)

    # History trigger function Order Items_history_trigger()
    op.execute("""
        CREATE OR REPLACE FUNCTION "Order Items_history_trigger"()
        RETURNS TRIGGER AS $$
        BEGIN
            IF (TG_OP = 'DELETE') THEN
                INSERT INTO "Order Items_history" (
                    operation, changed_at, "ID", "user", "select", email, note, tags
                ) VALUES (
                    'DELETE', NOW(), OLD."ID", OLD."user", OLD."select", OLD.email, OLD.note, OLD.tags
                );
                RETURN OLD;
            ELSIF (TG_OP = 'UPDATE') THEN
                INSERT INTO "Order Items_history" (
                    operation, changed_at, "ID", "user", "select", email, note, tags
                ) VALUES (
                    'UPDATE', NOW(), OLD."ID", OLD."user", OLD."select", OLD.email, OLD.note, OLD.tags
                );
                RETURN NEW;
            ELSIF (TG_OP = 'INSERT') THEN
                INSERT INTO "Order Items_history" (
                    operation, changed_at, "ID", "user", "select", email, note, tags
                ) VALUES (
                    'INSERT', NOW(), NEW."ID", NEW."user", NEW."select", NEW.email, NEW.note, NEW.tags
                );
                RETURN NEW;
            END IF;
            RETURN NULL;
        END;
        $$ LANGUAGE plpgsql;
    """)

    # History triggers on Order Items
    op.execute("""
        CREATE TRIGGER "Order Items_history_insert"
            AFTER INSERT ON "Order Items"
            FOR EACH ROW EXECUTE FUNCTION "Order Items_history_trigger"();
        CREATE TRIGGER "Order Items_history_update"
            AFTER UPDATE ON "Order Items"
            FOR EACH ROW EXECUTE FUNCTION "Order Items_history_trigger"();
        CREATE TRIGGER "Order Items_history_delete"
            AFTER DELETE ON "Order Items"
            FOR EACH ROW EXECUTE FUNCTION "Order Items_history_trigger"();
    """)

    # Comments on Order Items
    op.execute("""
        COMMENT ON TABLE "Order Items" IS 'Rows of an order; the name needs quotes';
        COMMENT ON COLUMN "Order Items"."user" IS 'Who''s buying';
    """)


def downgrade():
    # History triggers on Order Items
    op.execute("""
        DROP TRIGGER "Order Items_history_delete" ON "Order Items";
        DROP TRIGGER "Order Items_history_update" ON "Order Items";
        DROP TRIGGER "Order Items_history_insert" ON "Order Items";
    """)

    # History trigger function Order Items_history_trigger()
    op.execute("""
        DROP FUNCTION "Order Items_history_trigger"();
    """)

    # History table Order Items_history
    op.execute("""
        DROP TABLE "Order Items_history";
    """)

    # Indexes of Order Items
    op.execute("""
        DROP INDEX "uq_Order Items_user_select";
    """)

    # Main table Order Items
    op.execute("""
        DROP TABLE "Order Items";
    """)
