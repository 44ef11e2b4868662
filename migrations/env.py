"""Alembic environment written by `schemawright-cli init`.

- The database URL comes from the environment variable DATABASE_URL
  (e.g. postgresql://app@localhost/app); passwords belong in ~/.pgpass.
- Every new revision id is the current Unix time in seconds, raised above the
  newest revision already here, so files named <revision>_<slug>.py sort in
  chain order.
- Each migration runs in its own transaction together with its
  alembic_version update, as schemawright-cli does.
"""
import io
import os
import time

from alembic import context
from sqlalchemy import create_engine, pool

config = context.config


def unix_time_revision_id(migration_context, revision, directives):
    newest = 0
    for script in migration_context.script.walk_revisions():
        if script.revision.isdigit():
            newest = max(newest, int(script.revision))
    for directive in directives:
        directive.rev_id = str(max(int(time.time()), newest + 1))


def database_url():
    url = os.environ.get("DATABASE_URL") or config.get_main_option("sqlalchemy.url")
    if not url:
        raise SystemExit(
            "Set DATABASE_URL to the database to migrate, e.g. "
            "postgresql://app@localhost:5432/app (passwords go in ~/.pgpass)."
        )
    return url


def making_a_revision():
    command = getattr(config.cmd_opts, "cmd", None)
    return bool(command) and command[0].__name__ == "revision"


def run_without_database():
    """`alembic revision` and `--sql` need no live database."""
    context.configure(
        url=os.environ.get("DATABASE_URL") or "postgresql://",
        literal_binds=True,
        as_sql=True,
        output_buffer=io.StringIO() if making_a_revision() else None,
        process_revision_directives=unix_time_revision_id,
        transaction_per_migration=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_on_database():
    engine = create_engine(database_url(), poolclass=pool.NullPool)
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            process_revision_directives=unix_time_revision_id,
            transaction_per_migration=True,
        )
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode() or making_a_revision():
    run_without_database()
else:
    run_on_database()
