-- A small shop's schema as its team wrote it by hand over the years: tables,
-- and around them the views, functions and triggers that real databases keep.

CREATE SEQUENCE order_numbers START 5000 INCREMENT 10;
CREATE SEQUENCE ticket_seq;
COMMENT ON SEQUENCE ticket_seq IS 'Support tickets, shared by two systems';

CREATE TABLE customers (
    id         bigserial PRIMARY KEY,
    name       text NOT NULL,
    email      text NOT NULL UNIQUE,
    country    char(2) NOT NULL DEFAULT 'DE',
    last_updated timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE products (
    id          serial PRIMARY KEY,
    title       varchar(200) NOT NULL,
    description text,
    price       numeric(10,2) NOT NULL CHECK (price >= 0),
    search      tsvector
);
CREATE INDEX products_search_idx ON products USING gin (search);

CREATE TABLE orders (
    id          bigint PRIMARY KEY DEFAULT nextval('order_numbers'),
    customer_id bigint NOT NULL REFERENCES customers (id),
    placed_at   timestamptz NOT NULL DEFAULT now(),
    status      text NOT NULL DEFAULT 'new'
);
CREATE INDEX ON orders (customer_id);

CREATE TABLE order_lines (
    order_id   bigint NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    product_id integer NOT NULL REFERENCES products (id),
    quantity   integer NOT NULL CHECK (quantity > 0),
    unit_price numeric(10,2) NOT NULL,
    PRIMARY KEY (order_id, product_id)
);
CREATE INDEX ON order_lines (product_id);

-- Keep last_updated current: the classic hand-written trigger.
CREATE FUNCTION set_last_updated() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.last_updated := now();
    RETURN NEW;
END;
$$;

CREATE TRIGGER customers_last_updated
    BEFORE UPDATE ON customers
    FOR EACH ROW EXECUTE FUNCTION set_last_updated();

-- Full-text search kept up by the built-in trigger function.
CREATE TRIGGER products_search_update
    BEFORE INSERT OR UPDATE ON products
    FOR EACH ROW EXECUTE FUNCTION tsvector_update_trigger(search, 'pg_catalog.english', title, description);

-- A SQL function with OUT parameters.
CREATE FUNCTION order_totals(p_order bigint, OUT items integer, OUT total numeric)
LANGUAGE sql STABLE AS $$
    SELECT count(*)::integer, coalesce(sum(quantity * unit_price), 0)
    FROM order_lines WHERE order_id = p_order
$$;
COMMENT ON FUNCTION order_totals(bigint) IS 'Lines and amount of one order';

-- A plpgsql function with a loop and an exception.
CREATE OR REPLACE FUNCTION cancel_order(p_order bigint) RETURNS boolean
LANGUAGE plpgsql AS $$
DECLARE
    done boolean;
BEGIN
    UPDATE orders SET status = 'cancelled' WHERE id = p_order AND status = 'new';
    GET DIAGNOSTICS done = ROW_COUNT;
    RETURN done;
EXCEPTION WHEN others THEN
    RAISE NOTICE 'cannot cancel %: %', p_order, SQLERRM;
    RETURN false;
END;
$$;

CREATE PROCEDURE archive_cancelled(older_than interval)
LANGUAGE sql AS $$
    DELETE FROM orders WHERE status = 'cancelled' AND placed_at < now() - older_than
$$;

-- An aggregate: the product of numbers.
CREATE FUNCTION numeric_mul(numeric, numeric) RETURNS numeric LANGUAGE sql IMMUTABLE STRICT AS 'SELECT $1 * $2';
CREATE AGGREGATE product(numeric) (SFUNC = numeric_mul, STYPE = numeric, INITCOND = '1');

-- Views that read each other.
CREATE VIEW order_summary AS
    SELECT o.id, o.customer_id, o.placed_at, o.status, sum(l.quantity * l.unit_price) AS amount
    FROM orders o JOIN order_lines l ON l.order_id = o.id
    GROUP BY o.id;
COMMENT ON VIEW order_summary IS 'One row per order with its amount';

CREATE VIEW customer_revenue AS
    SELECT c.id, c.name, c.country, coalesce(sum(s.amount), 0) AS revenue
    FROM customers c LEFT JOIN order_summary s ON s.customer_id = c.id AND s.status <> 'cancelled'
    GROUP BY c.id, c.name, c.country;

CREATE VIEW german_customers AS
    SELECT * FROM customer_revenue WHERE country = 'DE';

-- A materialized view with its own index.
CREATE MATERIALIZED VIEW product_sales AS
    SELECT p.id, p.title, sum(l.quantity) AS sold
    FROM products p JOIN order_lines l ON l.product_id = p.id
    GROUP BY p.id, p.title;
CREATE UNIQUE INDEX product_sales_id ON product_sales (id);
COMMENT ON MATERIALIZED VIEW product_sales IS 'Refreshed nightly';
