#!/usr/bin/python3
"""Schema files through the whole loop a team adopting Schemawright runs.

    corpus_loop.py [-v] [--known-gaps FILE] [--rows-refused FILE] [FILE.sql[.gz] | FOLDER ...]

Each schema file (default: every one of ../shared/realschemas) is loaded into a
fresh database, imported (no warning), compared with `drift` against that import
(no finding), generated from empty, built by the real `alembic upgrade head` on a
second fresh database, compared as `pg_dump --schema-only` multisets (ownership,
privileges and column order aside, as ../shared/notes/debian12.md says). Then
every table is put under the house rules (history, the updated_at trigger) by a
second generated migration, proven by `verify --since` the first: check clean,
each downgrade exact, a made-up row in every table whose rules accept one,
inserted, updated and deleted, kept in its history with its values. Its
downgrade must give back the first dump, and `alembic downgrade base` nothing.
One line per schema: statements, rebuilt, missing, extra, tables that took a
row, seconds; with -v the statements that differ and the rows a schema's own
rules refused, and those also when a schema fails that is not one of the known
gaps (`schema: what it lacks` lines).

Exit 1 when a schema outside the known gaps is not rebuilt exactly, or one inside
is (the list only shrinks); and when a schema leaves more tables without a row than
its line of --rows-refused allows (none when it has no line), or fewer (that list
only shrinks too). Environment: SW_CLI (schemawright-cli), SW_PG_ENV_FILE
(the test cluster's PGHOST, PGPORT, PGUSER), SW_CORPUS_DIR. Debian's /usr/bin/python3,
standard library only.
"""

import concurrent.futures
import collections
import gzip
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE_DIR = os.environ.get("SW_SOURCE_DIR", os.path.dirname(os.path.dirname(HERE)))
CORPUS_DIR = os.environ.get("SW_CORPUS_DIR", os.path.join(os.path.dirname(SOURCE_DIR), "shared", "realschemas"))
CLI = os.environ.get("SW_CLI", "schemawright-cli")


def load_pg_env():
    env = dict(os.environ)
    path = os.environ.get("SW_PG_ENV_FILE")
    if path:
        with open(path, encoding="utf-8") as f:
            for line in f:
                key, _, value = line.strip().partition("=")
                if key:
                    env[key] = value
    return env


ENV = load_pg_env()


class StepFailed(Exception):
    def __init__(self, step, detail):
        super().__init__(f"{step}: {detail}")
        self.step = step


def run(step, args, **kwargs):
    result = subprocess.run(args, env=kwargs.pop("env", ENV), capture_output=True, text=True, **kwargs)
    if result.returncode != 0:
        detail = (result.stderr.strip() + "\n" + result.stdout.strip()).strip().splitlines()
        # Alembic's traceback: the database's own error is the line that names it; verify's, its failed step.
        named = [line for line in detail if re.match(r"^(psycopg2|sqlalchemy)\.\S*(Error|error)|^FAILED ", line)]
        raise StepFailed(step, named[0] if named else (" | ".join(detail[-3:]) if detail else f"exit {result.returncode}"))
    return result


def psql(database, step, sql=None, file_text=None):
    args = ["psql", "-X", "-v", "ON_ERROR_STOP=1", "-q", "-d", database]
    if sql is not None:
        args += ["-Atc", sql]
    return run(step, args, input=file_text).stdout


def fresh_database(name):
    psql("postgres", "createdb", f'DROP DATABASE IF EXISTS "{name}"')
    psql("postgres", "createdb", f'CREATE DATABASE "{name}"')


def drop_database(name):
    subprocess.run(["psql", "-X", "-q", "-d", "postgres", "-c", f'DROP DATABASE IF EXISTS "{name}"'], env=ENV, capture_output=True)


STATEMENT_END = re.compile(r";\n(?=\n|--|[A-Z])")


def dump_statements(database):
    """pg_dump --schema-only as a multiset of normalised statements."""
    text = run("pg_dump", ["pg_dump", "--schema-only", "--no-owner", "--no-privileges", "-d", database]).stdout
    statements = collections.Counter()
    for chunk in STATEMENT_END.split(text):
        lines = [line for line in chunk.splitlines()
                 if line.strip() and not line.startswith("--") and not line.startswith("\\restrict")
                 and not line.startswith("\\unrestrict")]
        if not lines or lines[0].startswith("SET ") or lines[0].startswith("SELECT pg_catalog.set_config"):
            continue
        statement = "\n".join(lines).rstrip(";")
        if "alembic_version" in statement:
            continue
        statements[sort_table_columns(statement)] += 1
    return statements


def sort_table_columns(statement):
    """A CREATE TABLE's column lines sorted: PostgreSQL appends a re-added column."""
    if not statement.startswith("CREATE TABLE") and not statement.startswith("CREATE UNLOGGED TABLE"):
        return statement
    lines = statement.splitlines()
    try:
        end = next(i for i in range(len(lines) - 1, 0, -1) if lines[i].startswith(")"))
    except StopIteration:
        return statement
    body = sorted(line.rstrip(",") for line in lines[1:end])
    return "\n".join([lines[0]] + body + lines[end:])


def alembic(environment, database, *arguments):
    env = dict(ENV)
    env["DATABASE_URL"] = "postgresql://{user}@/{db}?host={host}&port={port}".format(
        user=ENV.get("PGUSER", "postgres"), db=database, host=ENV["PGHOST"], port=ENV["PGPORT"])
    return run("alembic " + arguments[0], ["/usr/bin/alembic", "-c", os.path.join(environment, "alembic.ini")] + list(arguments),
               env=env, cwd=environment)


def house_rules(project, environment, database, ruled, built):
    """Every table put under the house rules, as the designer's Edit menu does it:
    history for each (a partition's is its parent's), the updated_at trigger where
    the column is. The migration is proven by verify from the one before it: check
    clean, each downgrade exact, a row inserted, updated and deleted in every table
    kept in its history. Its downgrade gives back the schema the first one built."""
    with open(project, encoding="utf-8") as f:
        design = json.load(f)
    names = {(t.get("schema", "public"), t["name"]) for t in design["tables"]}
    for table in design["tables"]:
        # Left out as the designer leaves them out (whyNoHistory): a column every history
        # table has of its own, or a table of its own already named as the history table.
        own_columns = any(c["name"] in ("history_id", "operation", "changed_at") for c in table["columns"])
        named = (table.get("schema", "public"), table["name"] + "_history") in names
        if "partition_of" not in table and not own_columns and not named:
            table["history"] = True
        if any(c["name"] == "updated_at" for c in table["columns"]):
            table.pop("updated_at_trigger", None)  # on by default
    with open(ruled, "w", encoding="utf-8") as f:
        json.dump(design, f, indent=2)
    first = [f for f in os.listdir(os.path.join(environment, "versions")) if f.endswith(".py")]
    run("generate house rules", [CLI, "generate", "--from", project, "--to", ruled, "--message", "house_rules",
                                 "--out", os.path.join(environment, "versions")])
    since = first[0].split("_")[0]
    verified = run("verify house rules", [CLI, "verify", "--migrations", environment, "--db", f"dbname={database}", "--yes-wipe", database,
                                          "--since", since])
    rows = next((line for line in verified.stdout.splitlines() if "rows in every table:" in line), "")
    alembic(environment, database, "downgrade", since)
    back = dump_statements(database)
    if back != built:
        raise StepFailed("downgrade house rules", "; ".join(["- " + s for s in (built - back)] + ["+ " + s for s in (back - built)])[:2000])
    # "one row in each of N table(s)…", or "a row in M of N table(s)…; the schema's own rules refused …"
    counts = re.search(r"one row in each of (\d+)|a row in (\d+) of (\d+)", rows)
    if not counts:
        return "?", rows
    return (f"{counts.group(1)}/{counts.group(1)}" if counts.group(1) else f"{counts.group(2)}/{counts.group(3)}"), rows


def loop(path, work, verbose):
    name = os.path.basename(path).split(".")[0]
    started = time.monotonic()
    source_db, built_db = f"corpus_{name}", f"corpus_{name}_built"
    line = {"schema": name, "statements": 0, "rebuilt": 0, "missing": 0, "extra": 0, "failed": "", "differences": [], "rows": "-", "rows_detail": ""}
    try:
        fresh_database(source_db)
        with (gzip.open(path, "rt", encoding="utf-8") if path.endswith(".gz") else open(path, encoding="utf-8")) as f:
            psql(source_db, "load", file_text=f.read())
        project = os.path.join(work, name + ".json")
        imported = run("import", [CLI, "import", "--db", f"dbname={source_db}", "-o", project])
        warnings = [w for w in imported.stderr.splitlines() if w.strip()]
        line["warnings"] = warnings
        drift = subprocess.run([CLI, "drift", "--db", f"dbname={source_db}", "--project", project],
                               env=ENV, capture_output=True, text=True)
        if drift.returncode != 0:
            raise StepFailed("drift", f"exit {drift.returncode}: " + " | ".join(drift.stdout.splitlines()[:3] + drift.stderr.splitlines()[:3]))
        environment = os.path.join(work, name + "-alembic")
        run("init", [CLI, "init", environment])
        run("generate", [CLI, "generate", "--to", project, "--message", "create_existing_schema", "--out", os.path.join(environment, "versions")])
        fresh_database(built_db)
        alembic(environment, built_db, "upgrade", "head")
        want, got = dump_statements(source_db), dump_statements(built_db)
        line["statements"] = sum(want.values())
        line["rebuilt"] = sum((want & got).values())
        line["missing"] = sum((want - got).values())
        line["extra"] = sum((got - want).values())
        line["differences"] = ["- " + s for s in (want - got)] + ["+ " + s for s in (got - want)]
        line["rows"], line["rows_detail"] = house_rules(project, environment, built_db, os.path.join(work, name + "-ruled.json"), got)
        alembic(environment, built_db, "downgrade", "base")
        left = dump_statements(built_db)
        if left:
            raise StepFailed("downgrade", f"{sum(left.values())} statements left after downgrade base")
    except StepFailed as e:
        line["failed"] = str(e)
    except (OSError, UnicodeDecodeError) as e:
        line["failed"] = f"{path}: {e}"
    finally:
        drop_database(source_db)
        drop_database(built_db)
    line["seconds"] = time.monotonic() - started
    return line


def corpus_files(paths):
    """The schema files named, those of the folders named, or the shared corpus."""
    files = []
    for path in paths or [CORPUS_DIR]:
        if not os.path.exists(path):
            sys.exit(f"corpus: {path} does not exist")
        if os.path.isdir(path):
            files += sorted(os.path.join(path, f) for f in os.listdir(path) if f.endswith((".sql", ".sql.gz")))
        else:
            files.append(path)
    return files


def read_known_gaps(path):
    """`schema: what it still lacks` lines: the schemas not yet rebuilt exactly, each with its reason."""
    gaps = {}
    if path:
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if line and not line.startswith("#"):
                    name, _, reason = line.partition(":")
                    gaps[name.strip()] = reason.strip()
    return gaps


def main():
    arguments = sys.argv[1:]
    verbose = "-v" in arguments
    gaps_file = arguments[arguments.index("--known-gaps") + 1] if "--known-gaps" in arguments else None
    refused_file = arguments[arguments.index("--rows-refused") + 1] if "--rows-refused" in arguments else None
    paths = [a for a in arguments if not a.startswith("-") and a not in (gaps_file, refused_file)]
    files = corpus_files(paths)
    if not files:
        print(f"corpus: no *.sql or *.sql.gz in {' '.join(paths or [CORPUS_DIR])}", file=sys.stderr)
        return 2
    gaps = read_known_gaps(gaps_file)
    allowed_refusals = {name: int(reason.split()[0]) for name, reason in read_known_gaps(refused_file).items()}
    work = tempfile.mkdtemp(prefix="sw-corpus.")
    failed = []
    try:
        with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
            for line in pool.map(lambda p: loop(p, work, verbose), files):
                exact = not line["failed"] and line["missing"] == 0 and line["extra"] == 0 and not line.get("warnings")
                verdict = "exact" if exact else (line["failed"] or ("warnings" if line.get("warnings") and not line["missing"] + line["extra"] else "differs"))
                if line["schema"] in gaps:
                    if exact:
                        failed.append(f"{line['schema']} is rebuilt exactly now: take it off the known gaps")
                    else:
                        verdict += f"  (known gap: {gaps[line['schema']]})"
                elif not exact:
                    failed.append(f"{line['schema']}: {verdict}")
                if "/" in line["rows"] and refused_file:
                    filled, tables = (int(n) for n in line["rows"].split("/"))
                    allowed = allowed_refusals.get(line["schema"], 0)
                    if tables - filled > allowed:
                        failed.append(f"{line['schema']}: {tables - filled} table(s) took no made-up row, {allowed} may: {line['rows_detail']}")
                    elif tables - filled < allowed:
                        failed.append(f"{line['schema']}: only {tables - filled} table(s) take no made-up row now: lower its count in {refused_file}")
                print("{schema:12} statements {statements:5}  rebuilt {rebuilt:5}  missing {missing:4}  extra {extra:4}  rows {rows:>9}  {seconds:5.1f} s  {verdict}".format(
                    verdict=verdict, **line), flush=True)
                if verbose and line["rows_detail"]:
                    print("    " + line["rows_detail"])
                if verbose or (not exact and line["schema"] not in gaps):
                    for w in line.get("warnings", []):
                        print("    warning: " + w)
                    for d in sorted(line["differences"]):
                        print("    " + d.replace("\n", "\n      "))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for f in failed:
        print("FAILED: " + f, file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
