-- A database a team brings, written by hand for Schemawright's corpus test: one
-- of each thing the real schemas of ../shared/realschemas taught the import to
-- keep exactly. Loaded with psql as pg_dump's output would be.
SET check_function_bodies = false;

CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public;
COMMENT ON EXTENSION citext IS 'case-insensitive e-mail addresses';

CREATE SCHEMA billing;
CREATE SCHEMA reporting;  -- nothing in it yet
COMMENT ON SCHEMA billing IS 'Invoices and what they are paid with';

CREATE DOMAIN public.uint AS bigint CHECK (VALUE >= 0);
CREATE TYPE public.floatrange AS RANGE (SUBTYPE = double precision, SUBTYPE_DIFF = float8mi);
CREATE TYPE billing.amount AS (value numeric(12,2), currency char(3));

-- A body that names a type only the search_path of its author finds.
CREATE FUNCTION billing.amount_value(billing.amount) RETURNS numeric
    LANGUAGE sql IMMUTABLE AS $$ SELECT ($1::amount).value $$;

CREATE TABLE public.customers (
    id integer NOT NULL,
    email public.citext NOT NULL,
    is_default boolean DEFAULT false NOT NULL,
    "  display name  " text,
    row_oid oid,
    notes text
);
CREATE SEQUENCE public.customers_id_seq AS integer START WITH 200000 MINVALUE 200000 NO MAXVALUE CACHE 1;
ALTER SEQUENCE public.customers_id_seq OWNED BY public.customers.id;
ALTER TABLE ONLY public.customers ALTER COLUMN id SET DEFAULT nextval('public.customers_id_seq'::regclass);
ALTER TABLE ONLY public.customers ADD CONSTRAINT customers_pkey1 PRIMARY KEY (id);
CREATE UNIQUE INDEX customers_one_default ON public.customers USING btree (email) WHERE is_default;
COMMENT ON COLUMN public.customers.notes IS 'What support knows about them.
    Indented on purpose: the second line keeps its four spaces.
';

CREATE SEQUENCE public.schema_version_id_seq;
CREATE TABLE public.schema_version (
    id public.uint DEFAULT nextval('public.schema_version_id_seq'::regclass) NOT NULL,
    measured public.floatrange
);
ALTER SEQUENCE public.schema_version_id_seq OWNED BY public.schema_version.id;
ALTER TABLE ONLY public.schema_version ADD CONSTRAINT pk_schema_version PRIMARY KEY (id);

CREATE TABLE public.placeholder ();

CREATE TABLE billing.invoices (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES public.customers (id),
    total billing.amount NOT NULL
);

-- An operator, an empty operator family, and a rule, as pg_dump writes them.
CREATE FUNCTION public.text_like_any(anynonarray, text) RETURNS boolean
    LANGUAGE sql IMMUTABLE AS $$ SELECT $1::text LIKE $2 $$;
CREATE OPERATOR public.~~ (
    FUNCTION = public.text_like_any,
    LEFTARG = anynonarray,
    RIGHTARG = text
);
COMMENT ON OPERATOR public.~~ (anynonarray, text) IS 'LIKE on anything printable';
CREATE OPERATOR FAMILY public.shop_ops USING gist;
CREATE RULE keep_invoices AS ON DELETE TO billing.invoices DO INSTEAD NOTHING;
