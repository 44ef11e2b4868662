"""golden fk cycle

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
    # Main table employees
    op.execute("""
        CREATE TABLE employees (
            id BIGSERIAL NOT NULL,
            department_id BIGINT,
            manager_id BIGINT,
            CONSTRAINT employees_pkey PRIMARY KEY (id),
            CONSTRAINT fk_employees_manager_id FOREIGN KEY (manager_id) REFERENCES employees (id)
        );
    """)

    # Indexes of employees
    op.execute("""
        CREATE INDEX ix_employees_department_id ON employees (department_id);
        CREATE INDEX ix_employees_manager_id ON employees (manager_id);
    """)

    # History table employees_history
    op.execute("""
        CREATE TABLE employees_history (
            history_id BIGSERIAL PRIMARY KEY,
            operation VARCHAR(10) NOT NULL,
            changed_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
            id BIGINT,
            department_id BIGINT,
            manager_id BIGINT
        );
    """)

    # History trigger function employees_history_trigger()
    op.execute("""
        CREATE OR REPLACE FUNCTION employees_history_trigger()
        RETURNS TRIGGER AS $$
        BEGIN
            IF (TG_OP = 'DELETE') THEN
                INSERT INTO employees_history (
                    operation, changed_at, id, department_id, manager_id
                ) VALUES (
                    'DELETE', NOW(), OLD.id, OLD.department_id, OLD.manager_id
                );
                RETURN OLD;
            ELSIF (TG_OP = 'UPDATE') THEN
                INSERT INTO employees_history (
                    operation, changed_at, id, department_id, manager_id
                ) VALUES (
                    'UPDATE', NOW(), OLD.id, OLD.department_id, OLD.manager_id
                );
                RETURN NEW;
            ELSIF (TG_OP = 'INSERT') THEN
                INSERT INTO employees_history (
                    operation, changed_at, id, department_id, manager_id
                ) VALUES (
                    'INSERT', NOW(), NEW.id, NEW.department_id, NEW.manager_id
                );
                RETURN NEW;
            END IF;
            RETURN NULL;
        END;
        $$ LANGUAGE plpgsql;
    """)

    # History triggers on employees
    op.execute("""
        CREATE TRIGGER employees_history_insert
            AFTER INSERT ON employees
            FOR EACH ROW EXECUTE FUNCTION employees_history_trigger();
        CREATE TRIGGER employees_history_update
            AFTER UPDATE ON employees
            FOR EACH ROW EXECUTE FUNCTION employees_history_trigger();
        CREATE TRIGGER employees_history_delete
            AFTER DELETE ON employees
            FOR EACH ROW EXECUTE FUNCTION employees_history_trigger();
    """)

    # Main table departments
    op.execute("""
        CREATE TABLE departments (
            id BIGSERIAL NOT NULL,
            head_id BIGINT,
            CONSTRAINT departments_pkey PRIMARY KEY (id),
            CONSTRAINT fk_departments_head_id FOREIGN KEY (head_id) REFERENCES employees (id) ON UPDATE CASCADE
        );
    """)

    # Indexes of departments
    op.execute("""
        CREATE INDEX ix_departments_head_id ON departments (head_id);
    """)

    # History table departments_history
    op.execute("""
        CREATE TABLE departments_history (
            history_id BIGSERIAL PRIMARY KEY,
            operation VARCHAR(10) NOT NULL,
            changed_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
            id BIGINT,
            head_id BIGINT
        );
    """)

    # History trigger function departments_history_trigger()
    op.execute("""
        CREATE OR REPLACE FUNCTION departments_history_trigger()
        RETURNS TRIGGER AS $$
        BEGIN
            IF (TG_OP = 'DELETE') THEN
                INSERT INTO departments_history (
                    operation, changed_at, id, head_id
                ) VALUES (
                    'DELETE', NOW(), OLD.id, OLD.head_id
                );
                RETURN OLD;
            ELSIF (TG_OP = 'UPDATE') THEN
                INSERT INTO departments_history (
                    operation, changed_at, id, head_id
                ) VALUES (
                    'UPDATE', NOW(), OLD.id, OLD.head_id
                );
                RETURN NEW;
            ELSIF (TG_OP = 'INSERT') THEN
                INSERT INTO departments_history (
                    operation, changed_at, id, head_id
                ) VALUES (
                    'INSERT', NOW(), NEW.id, NEW.head_id
                );
                RETURN NEW;
            END IF;
            RETURN NULL;
        END;
        $$ LANGUAGE plpgsql;
    """)

    # History triggers on departments
    op.execute("""
        CREATE TRIGGER departments_history_insert
            AFTER INSERT ON departments
            FOR EACH ROW EXECUTE FUNCTION departments_history_trigger();
        CREATE TRIGGER departments_history_update
            AFTER UPDATE ON departments
            FOR EACH ROW EXECUTE FUNCTION departments_history_trigger();
        CREATE TRIGGER departments_history_delete
            AFTER DELETE ON departments
            FOR EACH ROW EXECUTE FUNCTION departments_history_trigger();
    """)

    # Foreign key fk_employees_department_id of employees (its tables reference each other)
    op.execute("""
        ALTER TABLE employees
            ADD CONSTRAINT fk_employees_department_id FOREIGN KEY (department_id) REFERENCES departments (id) ON DELETE SET NULL;
    """)


def downgrade():
    # Foreign key fk_employees_department_id of employees (its tables reference each other)
    op.execute("""
        ALTER TABLE employees DROP CONSTRAINT fk_employees_department_id;
    """)

    # History triggers on departments
    op.execute("""
        DROP TRIGGER departments_history_delete ON departments;
        DROP TRIGGER departments_history_update ON departments;
        DROP TRIGGER departments_history_insert ON departments;
    """)

    # History trigger function departments_history_trigger()
    op.execute("""
        DROP FUNCTION departments_history_trigger();
    """)

    # History table departments_history
    op.execute("""
        DROP TABLE departments_history;
    """)

    # Indexes of departments
    op.execute("""
        DROP INDEX ix_departments_head_id;
    """)

    # Main table departments
    op.execute("""
        DROP TABLE departments;
    """)

    # History triggers on employees
    op.execute("""
        DROP TRIGGER employees_history_delete ON employees;
        DROP TRIGGER employees_history_update ON employees;
        DROP TRIGGER employees_history_insert ON employees;
    """)

    # History trigger function employees_history_trigger()
    op.execute("""
        DROP FUNCTION employees_history_trigger();
    """)

    # History table employees_history
    op.execute("""
        DROP TABLE employees_history;
    """)

    # Indexes of employees
    op.execute("""
        DROP INDEX ix_employees_manager_id;
        DROP INDEX ix_employees_department_id;
    """)

    # Main table employees
    op.execute("""
        DROP TABLE employees;
    """)
