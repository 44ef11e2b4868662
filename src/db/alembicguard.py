"""Runs alembic for Schemawright so that it can touch only the database named with --db.

A project's env.py decides where alembic connects: it may read alembic.ini's
sqlalchemy.url, DATABASE_URL, another variable, or a URL of its own. So the
URL is handed over every way env.py usually reads it (alembic.ini's
sqlalchemy.url, DATABASE_URL), and then every connection SQLAlchemy opens is
checked before alembic uses it: Schemawright's runner holds its advisory lock
on the named database while alembic runs, and a connection that cannot see
that lock in its own database is to another database. Then nothing runs.

Each connection also gets the runner's lock_timeout and statement_timeout,
and an application_name by which the runner can end it if alembic hangs.

Environment (set by src/db/alembicstep.cpp):
  SCHEMAWRIGHT_DATABASE_URL   the named database as an SQLAlchemy URL
  SCHEMAWRIGHT_RUNNER_PID     the backend pid of the runner holding the lock
  SCHEMAWRIGHT_APPLICATION    application_name for alembic's connections
  SCHEMAWRIGHT_LOCK_TIMEOUT, SCHEMAWRIGHT_STATEMENT_TIMEOUT   milliseconds
"""
import os
import sys

from alembic.config import CommandLine, Config
from sqlalchemy import event
from sqlalchemy.pool import Pool

WRONG_DATABASE_EXIT = 3

url = os.environ["SCHEMAWRIGHT_DATABASE_URL"]
runner_pid = int(os.environ["SCHEMAWRIGHT_RUNNER_PID"])
application = os.environ["SCHEMAWRIGHT_APPLICATION"]
lock_timeout = int(os.environ["SCHEMAWRIGHT_LOCK_TIMEOUT"])
statement_timeout = int(os.environ["SCHEMAWRIGHT_STATEMENT_TIMEOUT"])


def refuse(where):
    sys.stderr.write(
        "env.py connected alembic to %s, not to the database named with --db; nothing was run. "
        "Make env.py take its URL from alembic.ini's sqlalchemy.url or from DATABASE_URL, "
        "which Schemawright sets to the named database.\n" % where
    )
    sys.stderr.flush()
    os._exit(WRONG_DATABASE_EXIT)  # no exception env.py could catch


@event.listens_for(Pool, "connect")
def only_the_named_database(dbapi_connection, _record):
    try:
        cursor = dbapi_connection.cursor()
        cursor.execute(
            "SELECT current_database(), EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted "
            "AND pid = %d AND database = (SELECT oid FROM pg_database WHERE datname = current_database()))"
            % runner_pid
        )
        name, holds_our_lock = cursor.fetchone()
    except Exception as error:  # not PostgreSQL, or no such catalog: not ours either
        refuse("a database Schemawright cannot check (%s)" % str(error).strip().splitlines()[0])
    if not holds_our_lock:
        refuse('database "%s"' % name)
    cursor.execute("SET lock_timeout = %d" % lock_timeout)
    cursor.execute("SET statement_timeout = %d" % statement_timeout)
    cursor.execute("SET application_name = '%s'" % application.replace("'", "''"))
    cursor.close()
    dbapi_connection.commit()


def main(argv):
    command_line = CommandLine(prog="alembic")
    options = command_line.parser.parse_args(argv)
    config = Config(file_=options.config, ini_section=options.name, cmd_opts=options)
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    os.environ["DATABASE_URL"] = url
    command_line.run_cmd(config, options)


if __name__ == "__main__":
    main(sys.argv[1:])
