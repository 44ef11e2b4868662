"""golden long names

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
    # Main table readings_of_every_sensor_in_every_building_on_the_campusxx_a
    op.execute("""
        CREATE TABLE readings_of_every_sensor_in_every_building_on_the_campusxx_a (
            id BIGSERIAL NOT NULL,
            value_measured_by_the_sensor_in_the_building NUMERIC(12,3) NOT NULL,
            updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
            CONSTRAINT readings_of_every_sensor_in_every_building_on_the_9983316b_pkey PRIMARY KEY (id),
            CONSTRAINT ck_readings_of_every_sensor_in_every_building_on_the_c_8d9e8ed8 CHECK (value_measured_by_the_sensor_in_the_building >= 0)
        );
    """)

    # Indexes of readings_of_every_sensor_in_every_building_on_the_campusxx_a
    op.execute("""
        CREATE UNIQUE INDEX uq_readings_of_every_sensor_in_every_building_on_the_c_a958a664 ON readings_of_every_sensor_in_every_building_on_the_campusxx_a (value_measured_by_the_sensor_in_the_building);
    """)

    # History table readings_of_every_sensor_in_every_building_on__b1ba82a1_history
    op.execute("""
        CREATE TABLE readings_of_every_sensor_in_every_building_on__b1ba82a1_history (
            history_id BIGSERIAL PRIMARY KEY,
            operation VARCHAR(10) NOT NULL,
            changed_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
            id BIGINT,
            value_measured_by_the_sensor_in_the_building NUMERIC(12,3),
            updated_at TIMESTAMPTZ
        );
    """)

    # History trigger function readings_of_every_sensor_in_every_buil_0f8fcfa3_history_trigger()
    op.execute("""
        CREATE OR REPLACE FUNCTION readings_of_every_sensor_in_every_buil_0f8fcfa3_history_trigger()
        RETURNS TRIGGER AS $$
        BEGIN
            IF (TG_OP = 'DELETE') THEN
                INSERT INTO readings_of_every_sensor_in_every_building_on__b1ba82a1_history (
                    operation, changed_at, id, value_measured_by_the_sensor_in_the_building, updated_at
                ) VALUES (
                    'DELETE', NOW(), OLD.id, OLD.value_measured_by_the_sensor_in_the_building, OLD.updated_at
                );
                RETURN OLD;
            ELSIF (TG_OP = 'UPDATE') THEN
                INSERT INTO readings_of_every_sensor_in_every_building_on__b1ba82a1_history (
                    operation, changed_at, id, value_measured_by_the_sensor_in_the_building, updated_at
                ) VALUES (
                    'UPDATE', NOW(), OLD.id, OLD.value_measured_by_the_sensor_in_the_building, OLD.updated_at
                );
                RETURN NEW;
            ELSIF (TG_OP = 'INSERT') THEN
                INSERT INTO readings_of_every_sensor_in_every_building_on__b1ba82a1_history (
                    operation, changed_at, id, value_measured_by_the_sensor_in_the_building, updated_at
                ) VALUES (
                    'INSERT', NOW(), NEW.id, NEW.value_measured_by_the_sensor_in_the_building, NEW.updated_at
                );
                RETURN NEW;
            END IF;
            RETURN NULL;
        END;
        $$ LANGUAGE plpgsql;
    """)

    # History triggers on readings_of_every_sensor_in_every_building_on_the_campusxx_a
    op.execute("""
        CREATE TRIGGER readings_of_every_sensor_in_every_build_a47cb577_history_insert
            AFTER INSERT ON readings_of_every_sensor_in_every_building_on_the_campusxx_a
            FOR EACH ROW EXECUTE FUNCTION readings_of_every_sensor_in_every_buil_0f8fcfa3_history_trigger();
        CREATE TRIGGER readings_of_every_sensor_in_every_build_3fc809a4_history_update
            AFTER UPDATE ON readings_of_every_sensor_in_every_building_on_the_campusxx_a
            FOR EACH ROW EXECUTE FUNCTION readings_of_every_sensor_in_every_buil_0f8fcfa3_history_trigger();
        CREATE TRIGGER readings_of_every_sensor_in_every_build_f3704d24_history_delete
            AFTER DELETE ON readings_of_every_sensor_in_every_building_on_the_campusxx_a
            FOR EACH ROW EXECUTE FUNCTION readings_of_every_sensor_in_every_buil_0f8fcfa3_history_trigger();
    """)

    # updated_at trigger on readings_of_every_sensor_in_every_building_on_the_campusxx_a
    op.execute("""
        CREATE OR REPLACE FUNCTION readings_of_every_sensor_in_every_build_714e19f4_set_updated_at()
        RETURNS TRIGGER AS $$
        BEGIN
            NEW.updated_at = NOW();
            RETURN NEW;
        END;
        $$ LANGUAGE plpgsql;
        CREATE TRIGGER readings_of_every_sensor_in_every_build_714e19f4_set_updated_at
            BEFORE UPDATE ON readings_of_every_sensor_in_every_building_on_the_campusxx_a
            FOR EACH ROW EXECUTE FUNCTION readings_of_every_sensor_in_every_build_714e19f4_set_updated_at();
    """)

    # Comments on readings_of_every_sensor_in_every_building_on_the_campusxx_a
    op.execute("""
        COMMENT ON TABLE readings_of_every_sensor_in_every_building_on_the_campusxx_a IS 'a table name of 60 bytes: every derived name is shortened by one rule';
    """)

    # Main table readings_of_every_sensor_in_every_building_on_the_campusxx_b
    op.execute("""
        CREATE TABLE readings_of_every_sensor_in_every_building_on_the_campusxx_b (
            id BIGINT NOT NULL,
            reading_of_the_sensor_id BIGINT,
            updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
            CONSTRAINT readings_of_every_sensor_in_every_building_on_the_9e9db811_pkey PRIMARY KEY (id),
            CONSTRAINT fk_readings_of_every_sensor_in_every_building_on_the_c_a1556956 FOREIGN KEY (reading_of_the_sensor_id) REFERENCES readings_of_every_sensor_in_every_building_on_the_campusxx_a (id)
        );
    """)

    # Indexes of readings_of_every_sensor_in_every_building_on_the_campusxx_b
    op.execute("""
        CREATE INDEX ix_readings_of_every_sensor_in_every_building_on_the_c_fb552628 ON readings_of_every_sensor_in_every_building_on_the_campusxx_b (reading_of_the_sensor_id);
    """)

    # History table readings_of_every_sensor_in_every_building_on__37f5ba82_history
    op.execute("""
        CREATE TABLE readings_of_every_sensor_in_every_building_on__37f5ba82_history (
            history_id BIGSERIAL PRIMARY KEY,
            operation VARCHAR(10) NOT NULL,
            changed_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
            id BIGINT,
            reading_of_the_sensor_id BIGINT,
            updated_at TIMESTAMPTZ
        );
    """)

    # History trigger function readings_of_every_sensor_in_every_buil_5317226a_history_trigger()
    op.execute("""
        CREATE OR REPLACE FUNCTION readings_of_every_sensor_in_every_buil_5317226a_history_trigger()
        RETURNS TRIGGER AS $$
        BEGIN
            IF (TG_OP = 'DELETE') THEN
                INSERT INTO readings_of_every_sensor_in_every_building_on__37f5ba82_history (
                    operation, changed_at, id, reading_of_the_sensor_id, updated_at
                ) VALUES (
                    'DELETE', NOW(), OLD.id, OLD.reading_of_the_sensor_id, OLD.updated_at
                );
                RETURN OLD;
            ELSIF (TG_OP = 'UPDATE') THEN
                INSERT INTO readings_of_every_sensor_in_every_building_on__37f5ba82_history (
                    operation, changed_at, id, reading_of_the_sensor_id, updated_at
                ) VALUES (
                    'UPDATE', NOW(), OLD.id, OLD.reading_of_the_sensor_id, OLD.updated_at
                );
                RETURN NEW;
            ELSIF (TG_OP = 'INSERT') THEN
                INSERT INTO readings_of_every_sensor_in_every_building_on__37f5ba82_history (
                    operation, changed_at, id, reading_of_the_sensor_id, updated_at
                ) VALUES (
                    'INSERT', NOW(), NEW.id, NEW.reading_of_the_sensor_id, NEW.updated_at
                );
                RETURN NEW;
            END IF;
            RETURN NULL;
        END;
        $$ LANGUAGE plpgsql;
    """)

    # History triggers on readings_of_every_sensor_in_every_building_on_the_campusxx_b
    op.execute("""
        CREATE TRIGGER readings_of_every_sensor_in_every_build_21323a91_history_insert
            AFTER INSERT ON readings_of_every_sensor_in_every_building_on_the_campusxx_b
            FOR EACH ROW EXECUTE FUNCTION readings_of_every_sensor_in_every_buil_5317226a_history_trigger();
        CREATE TRIGGER readings_of_every_sensor_in_every_build_b5e1a27d_history_update
            AFTER UPDATE ON readings_of_every_sensor_in_every_building_on_the_campusxx_b
            FOR EACH ROW EXECUTE FUNCTION readings_of_every_sensor_in_every_buil_5317226a_history_trigger();
        CREATE TRIGGER readings_of_every_sensor_in_every_build_9a92c588_history_delete
            AFTER DELETE ON readings_of_every_sensor_in_every_building_on_the_campusxx_b
            FOR EACH ROW EXECUTE FUNCTION readings_of_every_sensor_in_every_buil_5317226a_history_trigger();
    """)

    # updated_at trigger on readings_of_every_sensor_in_every_building_on_the_campusxx_b
    op.execute("""
        CREATE OR REPLACE FUNCTION readings_of_every_sensor_in_every_build_6d4c79c6_set_updated_at()
        RETURNS TRIGGER AS $$
        BEGIN
            NEW.updated_at = NOW();
            RETURN NEW;
        END;
        $$ LANGUAGE plpgsql;
        CREATE TRIGGER readings_of_every_sensor_in_every_build_6d4c79c6_set_updated_at
            BEFORE UPDATE ON readings_of_every_sensor_in_every_building_on_the_campusxx_b
            FOR EACH ROW EXECUTE FUNCTION readings_of_every_sensor_in_every_build_6d4c79c6_set_updated_at();
    """)


def downgrade():
    # updated_at trigger on readings_of_every_sensor_in_every_building_on_the_campusxx_b
    op.execute("""
        DROP TRIGGER readings_of_every_sensor_in_every_build_6d4c79c6_set_updated_at ON readings_of_every_sensor_in_every_building_on_the_campusxx_b;
        DROP FUNCTION readings_of_every_sensor_in_every_build_6d4c79c6_set_updated_at();
    """)

    # History triggers on readings_of_every_sensor_in_every_building_on_the_campusxx_b
    op.execute("""
        DROP TRIGGER readings_of_every_sensor_in_every_build_9a92c588_history_delete ON readings_of_every_sensor_in_every_building_on_the_campusxx_b;
        DROP TRIGGER readings_of_every_sensor_in_every_build_b5e1a27d_history_update ON readings_of_every_sensor_in_every_building_on_the_campusxx_b;
        DROP TRIGGER readings_of_every_sensor_in_every_build_21323a91_history_insert ON readings_of_every_sensor_in_every_building_on_the_campusxx_b;
    """)

    # History trigger function readings_of_every_sensor_in_every_buil_5317226a_history_trigger()
    op.execute("""
        DROP FUNCTION readings_of_every_sensor_in_every_buil_5317226a_history_trigger();
    """)

    # History table readings_of_every_sensor_in_every_building_on__37f5ba82_history
    op.execute("""
        DROP TABLE readings_of_every_sensor_in_every_building_on__37f5ba82_history;
    """)

    # Indexes of readings_of_every_sensor_in_every_building_on_the_campusxx_b
    op.execute("""
        DROP INDEX ix_readings_of_every_sensor_in_every_building_on_the_c_fb552628;
    """)

    # Main table readings_of_every_sensor_in_every_building_on_the_campusxx_b
    op.execute("""
        DROP TABLE readings_of_every_sensor_in_every_building_on_the_campusxx_b;
    """)

    # updated_at trigger on readings_of_every_sensor_in_every_building_on_the_campusxx_a
    op.execute("""
        DROP TRIGGER readings_of_every_sensor_in_every_build_714e19f4_set_updated_at ON readings_of_every_sensor_in_every_building_on_the_campusxx_a;
        DROP FUNCTION readings_of_every_sensor_in_every_build_714e19f4_set_updated_at();
    """)

    # History triggers on readings_of_every_sensor_in_every_building_on_the_campusxx_a
    op.execute("""
        DROP TRIGGER readings_of_every_sensor_in_every_build_f3704d24_history_delete ON readings_of_every_sensor_in_every_building_on_the_campusxx_a;
        DROP TRIGGER readings_of_every_sensor_in_every_build_3fc809a4_history_update ON readings_of_every_sensor_in_every_building_on_the_campusxx_a;
        DROP TRIGGER readings_of_every_sensor_in_every_build_a47cb577_history_insert ON readings_of_every_sensor_in_every_building_on_the_campusxx_a;
    """)

    # History trigger function readings_of_every_sensor_in_every_buil_0f8fcfa3_history_trigger()
    op.execute("""
        DROP FUNCTION readings_of_every_sensor_in_every_buil_0f8fcfa3_history_trigger();
    """)

    # History table readings_of_every_sensor_in_every_building_on__b1ba82a1_history
    op.execute("""
        DROP TABLE readings_of_every_sensor_in_every_building_on__b1ba82a1_history;
    """)

    # Indexes of readings_of_every_sensor_in_every_building_on_the_campusxx_a
    op.execute("""
        DROP INDEX uq_readings_of_every_sensor_in_every_building_on_the_c_a958a664;
    """)

    # Main table readings_of_every_sensor_in_every_building_on_the_campusxx_a
    op.execute("""
        DROP TABLE readings_of_every_sensor_in_every_building_on_the_campusxx_a;
    """)
