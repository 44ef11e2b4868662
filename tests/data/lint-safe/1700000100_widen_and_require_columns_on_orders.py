"""widen and require columns on orders the safe way

Revision ID: 1700000100
Revises: 1700000000
Create Date: 2023-11-14 22:15:00
"""
from alembic import op

revision = "1700000100"
down_revision = "1700000000"
branch_labels = None
depends_on = None


def upgrade():
    op.execute("""
        SET LOCAL lock_timeout = '5s';
    """)
    # Catalog only: a wider varchar, more precision at the same scale.
    op.execute("""
        ALTER TABLE orders ALTER COLUMN instrument TYPE VARCHAR(64);
        ALTER TABLE orders_history ALTER COLUMN instrument TYPE VARCHAR(64);
        ALTER TABLE orders ALTER COLUMN quantity TYPE NUMERIC(24,8);
        ALTER TABLE orders_history ALTER COLUMN quantity TYPE NUMERIC(24,8);
    """)
    # NOT NULL proven by a validated check first: SET NOT NULL does not scan.
    op.execute("""
        ALTER TABLE orders_history ADD CONSTRAINT ck_orders_history_instrument CHECK (instrument IS NOT NULL) NOT VALID;
        ALTER TABLE orders_history VALIDATE CONSTRAINT ck_orders_history_instrument;
        ALTER TABLE orders_history ALTER COLUMN instrument SET NOT NULL;
        ALTER TABLE orders_history DROP CONSTRAINT ck_orders_history_instrument;
    """)
    # Keys and checks NOT VALID, validated apart.
    op.execute("""
        ALTER TABLE orders ADD CONSTRAINT fk_orders_parent FOREIGN KEY (id) REFERENCES orders (id) NOT VALID;
        ALTER TABLE orders VALIDATE CONSTRAINT fk_orders_parent;
        ALTER TABLE orders ADD CONSTRAINT ck_orders_quantity CHECK (quantity >= 0) NOT VALID;
        ALTER TABLE orders VALIDATE CONSTRAINT ck_orders_quantity;
        ALTER TABLE orders ADD COLUMN note TEXT DEFAULT 'none';
        ALTER TABLE orders_history ADD COLUMN note TEXT;
    """)


def downgrade():
    op.execute("""
        ALTER TABLE orders_history DROP COLUMN note;
        ALTER TABLE orders DROP COLUMN note;
        ALTER TABLE orders DROP CONSTRAINT ck_orders_quantity;
        ALTER TABLE orders DROP CONSTRAINT fk_orders_parent;
        ALTER TABLE orders_history ALTER COLUMN instrument DROP NOT NULL;
        ALTER TABLE orders_history ALTER COLUMN quantity TYPE NUMERIC(18,8);
        ALTER TABLE orders ALTER COLUMN quantity TYPE NUMERIC(18,8);
        ALTER TABLE orders_history ALTER COLUMN instrument TYPE VARCHAR(32);
        ALTER TABLE orders ALTER COLUMN instrument TYPE VARCHAR(32);
    """)
