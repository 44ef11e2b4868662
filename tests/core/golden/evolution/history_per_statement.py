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
    # History triggers and function of orders (made again below)
    op.execute("""
        DROP TRIGGER orders_history_delete ON orders;
        DROP TRIGGER orders_history_update ON orders;
        DROP TRIGGER orders_history_insert ON orders;
        DROP FUNCTION orders_history_trigger();
    """)

    # History trigger function and triggers of orders
    op.execute("""
        CREATE OR REPLACE FUNCTION orders_history_trigger()
        RETURNS TRIGGER AS $$
        BEGIN
            IF (TG_OP = 'DELETE') THEN
                INSERT INTO orders_history (
                    operation, changed_at, id, customer_id, amount, created_at, updated_at, note
                ) SELECT
                    'DELETE', NOW(), old_rows.id, old_rows.customer_id, old_rows.amount, old_rows.created_at, old_rows.updated_at, old_rows.note
                FROM old_rows;
            ELSIF (TG_OP = 'UPDATE') THEN
                INSERT INTO orders_history (
                    operation, changed_at, id, customer_id, amount, created_at, updated_at, note
                ) SELECT
                    'UPDATE', NOW(), old_rows.id, old_rows.customer_id, old_rows.amount, old_rows.created_at, old_rows.updated_at, old_rows.note
                FROM old_rows;
            ELSIF (TG_OP = 'INSERT') THEN
                INSERT INTO orders_history (
                    operation, changed_at, id, customer_id, amount, created_at, updated_at, note
                ) SELECT
                    'INSERT', NOW(), new_rows.id, new_rows.customer_id, new_rows.amount, new_rows.created_at, new_rows.updated_at, new_rows.note
                FROM new_rows;
            END IF;
            RETURN NULL;
        END;
        $$ LANGUAGE plpgsql;
        CREATE TRIGGER orders_history_insert
            AFTER INSERT ON orders
            REFERENCING NEW TABLE AS new_rows
            FOR EACH STATEMENT EXECUTE FUNCTION orders_history_trigger();
        CREATE TRIGGER orders_history_update
            AFTER UPDATE ON orders
            REFERENCING OLD TABLE AS old_rows
            FOR EACH STATEMENT EXECUTE FUNCTION orders_history_trigger();
        CREATE TRIGGER orders_history_delete
            AFTER DELETE ON orders
            REFERENCING OLD TABLE AS old_rows
            FOR EACH STATEMENT EXECUTE FUNCTION orders_history_trigger();
    """)

    # History triggers and function of readings (made again below)
    op.execute("""
        DROP TRIGGER readings_history_delete ON readings;
        DROP TRIGGER readings_history_update ON readings;
        DROP TRIGGER readings_history_insert ON readings;
        DROP FUNCTION readings_history_trigger();
    """)

    # History trigger function and triggers of readings
    op.execute("""
        CREATE OR REPLACE FUNCTION readings_history_trigger()
        RETURNS TRIGGER AS $$
        BEGIN
            IF (TG_OP = 'DELETE') THEN
                INSERT INTO readings_history (
                    operation, changed_at, id, taken_on, value, updated_at
                ) SELECT
                    'DELETE', NOW(), old_rows.id, old_rows.taken_on, old_rows.value, old_rows.updated_at
                FROM old_rows;
            ELSIF (TG_OP = 'UPDATE') THEN
                INSERT INTO readings_history (
                    operation, changed_at, id, taken_on, value, updated_at
                ) SELECT
                    'UPDATE', NOW(), old_rows.id, old_rows.taken_on, old_rows.value, old_rows.updated_at
                FROM old_rows;
            ELSIF (TG_OP = 'INSERT') THEN
                INSERT INTO readings_history (
                    operation, changed_at, id, taken_on, value, updated_at
                ) SELECT
                    'INSERT', NOW(), new_rows.id, new_rows.taken_on, new_rows.value, new_rows.updated_at
                FROM new_rows;
            END IF;
            RETURN NULL;
        END;
        $$ LANGUAGE plpgsql;
        CREATE TRIGGER readings_history_insert
            AFTER INSERT ON readings
            REFERENCING NEW TABLE AS new_rows
            FOR EACH STATEMENT EXECUTE FUNCTION readings_history_trigger();
        CREATE TRIGGER readings_history_update
            AFTER UPDATE ON readings
            REFERENCING OLD TABLE AS old_rows
            FOR EACH STATEMENT EXECUTE FUNCTION readings_history_trigger();
        CREATE TRIGGER readings_history_delete
            AFTER DELETE ON readings
            REFERENCING OLD TABLE AS old_rows
            FOR EACH STATEMENT EXECUTE FUNCTION readings_history_trigger();
    """)


def downgrade():
    # History trigger function and triggers of readings
    op.execute("""
        DROP TRIGGER readings_history_delete ON readings;
        DROP TRIGGER readings_history_update ON readings;
        DROP TRIGGER readings_history_insert ON readings;
        DROP FUNCTION readings_history_trigger();
    """)

    # History triggers and function of readings (made again below)
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
        CREATE TRIGGER readings_history_insert
            AFTER INSERT ON readings
            FOR EACH ROW EXECUTE FUNCTION readings_history_trigger();
        CREATE TRIGGER readings_history_update
            AFTER UPDATE ON readings
            FOR EACH ROW EXECUTE FUNCTION readings_history_trigger();
        CREATE TRIGGER readings_history_delete
            AFTER DELETE ON readings
            FOR EACH ROW EXECUTE FUNCTION readings_history_trigger();
    """)

    # History trigger function and triggers of orders
    op.execute("""
        DROP TRIGGER orders_history_delete ON orders;
        DROP TRIGGER orders_history_update ON orders;
        DROP TRIGGER orders_history_insert ON orders;
        DROP FUNCTION orders_history_trigger();
    """)

    # History triggers and function of orders (made again below)
    op.execute("""
        CREATE OR REPLACE FUNCTION orders_history_trigger()
        RETURNS TRIGGER AS $$
        BEGIN
            IF (TG_OP = 'DELETE') THEN
                INSERT INTO orders_history (
                    operation, changed_at, id, customer_id, amount, created_at, updated_at, note
                ) VALUES (
                    'DELETE', NOW(), OLD.id, OLD.customer_id, OLD.amount, OLD.created_at, OLD.updated_at, OLD.note
                );
                RETURN OLD;
            ELSIF (TG_OP = 'UPDATE') THEN
                INSERT INTO orders_history (
                    operation, changed_at, id, customer_id, amount, created_at, updated_at, note
                ) VALUES (
                    'UPDATE', NOW(), OLD.id, OLD.customer_id, OLD.amount, OLD.created_at, OLD.updated_at, OLD.note
                );
                RETURN NEW;
            ELSIF (TG_OP = 'INSERT') THEN
                INSERT INTO orders_history (
                    operation, changed_at, id, customer_id, amount, created_at, updated_at, note
                ) VALUES (
                    'INSERT', NOW(), NEW.id, NEW.customer_id, NEW.amount, NEW.created_at, NEW.updated_at, NEW.note
                );
                RETURN NEW;
            END IF;
            RETURN NULL;
        END;
        $$ LANGUAGE plpgsql;
        CREATE TRIGGER orders_history_insert
            AFTER INSERT ON orders
            FOR EACH ROW EXECUTE FUNCTION orders_history_trigger();
        CREATE TRIGGER orders_history_update
            AFTER UPDATE ON orders
            FOR EACH ROW EXECUTE FUNCTION orders_history_trigger();
        CREATE TRIGGER orders_history_delete
            AFTER DELETE ON orders
            FOR EACH ROW EXECUTE FUNCTION orders_history_trigger();
    """)
