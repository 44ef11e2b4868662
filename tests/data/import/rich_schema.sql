-- A dev database as a team has it, written by hand, with every table-level
-- feature real databases use: import must hold it whole, and the design it
-- writes must build the same database again, statement for statement.
CREATE EXTENSION IF NOT EXISTS citext;
CREATE EXTENSION IF NOT EXISTS hstore;

CREATE TYPE ticket_status AS ENUM ('open', 'on hold', 'closed');
COMMENT ON TYPE ticket_status IS 'Where a ticket stands';
CREATE DOMAIN positive_amount AS numeric(12,2) CHECK (VALUE > 0);
CREATE DOMAIN us_zip AS text DEFAULT '00000' NOT NULL
    CONSTRAINT us_zip_format CHECK (VALUE ~ '^[0-9]{5}$');
CREATE TYPE contact AS (phone text, email citext);

CREATE TABLE customers (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL,
    ip inet,
    first_name text,
    last_name text,
    full_name text GENERATED ALWAYS AS (first_name || ' ' || last_name) STORED,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX customers_email_key ON customers (lower(email));
CREATE INDEX customers_recent ON customers (created_at DESC);
CREATE INDEX customers_with_ip ON customers (email) WHERE ip IS NOT NULL;
CREATE INDEX customers_email_incl ON customers (email) INCLUDE (first_name);

CREATE TABLE tickets (
    id serial PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customers (id) DEFERRABLE INITIALLY DEFERRED,
    status ticket_status NOT NULL DEFAULT 'open',
    amount positive_amount,
    subject varchar(200) NOT NULL
);
ALTER TABLE tickets ADD CONSTRAINT tickets_subject_not_blank CHECK (length(subject) > 0) NOT VALID;
CREATE INDEX tickets_status ON tickets (status);
CREATE INDEX tickets_subject_hash ON tickets USING hash (subject);

CREATE TABLE bookings (
    id bigserial PRIMARY KEY,
    ticket_id integer REFERENCES tickets (id) MATCH FULL,
    during tstzrange NOT NULL,
    EXCLUDE USING gist (during WITH &&)
);

CREATE TABLE measurements (
    id bigint NOT NULL,
    taken_on date NOT NULL,
    value numeric,
    PRIMARY KEY (id, taken_on)
) PARTITION BY RANGE (taken_on);
CREATE INDEX measurements_value ON measurements (value);
CREATE TABLE measurements_2026 PARTITION OF measurements FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE TABLE measurements_rest PARTITION OF measurements DEFAULT;
CREATE INDEX measurements_rest_recent ON measurements_rest (taken_on DESC);

CREATE TABLE events (kind text NOT NULL, at timestamptz NOT NULL) PARTITION BY LIST (kind);
CREATE TABLE events_login PARTITION OF events FOR VALUES IN ('login', 'logout');
CREATE TABLE events_by_hash (id int NOT NULL) PARTITION BY HASH (id);
CREATE TABLE events_by_hash_0 PARTITION OF events_by_hash FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE events_by_hash_1 PARTITION OF events_by_hash FOR VALUES WITH (MODULUS 2, REMAINDER 1);

CREATE TABLE notes (
    id serial PRIMARY KEY,
    ticket_id integer NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    body text NOT NULL,
    CONSTRAINT notes_body_short CHECK (length(body) < 10000)
);

CREATE TABLE addresses (
    id serial PRIMARY KEY,
    zip us_zip,
    reach contact,
    nick citext NOT NULL DEFAULT 'anon',
    attrs hstore,
    seen ticket_status[] NOT NULL DEFAULT '{open}'
);
CREATE INDEX addresses_attrs ON addresses USING gin (attrs);

CREATE UNLOGGED TABLE sessions (
    token text COLLATE "C" PRIMARY KEY,
    payload jsonb COMPRESSION lz4,
    note text
) WITH (fillfactor = 70);
ALTER TABLE sessions ALTER COLUMN note SET STORAGE EXTERNAL;
