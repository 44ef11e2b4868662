#!/usr/bin/env bash
# Benchmarks (not tests): builds what it needs, starts its own throwaway
# PostgreSQL, and prints one table of medians. Not part of CI; the README
# quotes its last output and the machine it ran on.
#   scripts/bench.sh [RUNS] [SECTION,...]   (default 3 runs per measurement, every section)
# Sections: history, import, upgrade, verify, generate, designer.
#
# Measured: history overhead per mode (row, statement) against no history on
# 100k-row INSERT / UPDATE / DELETE; `import` against `pg_dump --schema-only`
# on 2,000 tables with their history tables; `upgrade` of a 100-migration
# chain against `alembic upgrade head` and the same SQL through one `psql`;
# `verify` of a 100- and a 500-migration chain against the guide's loop by hand
# with the real alembic (fresh database, upgrade head, check, downgrade -1,
# upgrade head), and `verify --since` of the last migration of the 100;
# `generate` of one change against a 2,000-table design;
# the designer's preview refresh at 100 / 500 / 2,000 tables and its open
# time to a painted window with peak RSS at 2,000; the diagram of 1,000.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-3}
sections=${2:-all}
want() { [[ $sections == all || ,$sections, == *,$1,* ]]; }
"$root/scripts/dev.sh" build >/dev/null
cli="$root/build/src/cli/schemawright-cli"
python=/usr/bin/python3   # Debian's, whatever comes first on PATH
work=$(mktemp -d)
env_file="$work/pg.env"
cleanup() { "$root/tests/support/pg-test-server.sh" stop "$env_file" >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT
"$root/tests/support/pg-test-server.sh" start "$env_file" >/dev/null
set -a; . "$env_file"; set +a
export PGDATABASE=postgres
conninfo() { echo "host=$PGHOST port=$PGPORT user=$PGUSER dbname=$1"; }

# Median of the numbers on stdin.
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
# Milliseconds `psql -c SQL` takes on database $1, as the server times it.
timed_sql() {
    psql -qAt -d "$1" -c '\timing on' -c "$2" | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | tail -1
}
# Milliseconds a command takes, wall clock. Started half a second after the
# last: the server is still ending the last run's connection for a while (a
# backend that read the whole catalog exits slowly on these VMs), which would
# otherwise land on this run; import, always timed right after pg_dump, ran
# ~50 ms slower for it.
timed_cmd() {
    local start end
    sleep 0.5
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    echo $(((end - start) / 1000000))
}

# A design whose tables are `items` shapes: $1 = number of tables, $2 = history ("none", "row", "statement").
design() {
    "$python" - "$1" "$2" <<'EOF'
import json, sys
count, mode = int(sys.argv[1]), sys.argv[2]
tables = []
for i in range(count):
    name = "items" if count == 1 else f"t{i + 1}"
    table = {"id": f"t-{name}", "name": name, "history": mode != "none", "primary_key": ["id"], "columns": [
        {"id": f"{name}-id", "name": "id", "type": "bigserial", "nullable": False},
        {"id": f"{name}-name", "name": "name", "type": "text", "nullable": False},
        {"id": f"{name}-qty", "name": "qty", "type": "integer", "default": "0"},
        {"id": f"{name}-at", "name": "updated_at", "type": "timestamptz", "nullable": False, "default": "now()"}]}
    if mode == "statement":
        table["history_mode"] = "statement"
    tables.append(table)
print(json.dumps({"schemawright": 1, "tables": tables}))
EOF
}

# A database built from a design by the product's own migrations.
build_database() {
    local db=$1 tables=$2 mode=$3 dir="$work/$1"
    createdb "$db"
    "$cli" init "$dir" >/dev/null
    design "$tables" "$mode" >"$dir/design.json"
    "$cli" generate --to "$dir/design.json" --message create_tables --out "$dir" --revision 1764000000 >/dev/null
    "$cli" upgrade --db "$(conninfo "$db")" --migrations "$dir" >/dev/null 2>&1
}

echo "| measurement | median | ratio |"
echo "|---|---|---|"

if want history; then
# History overhead: 100k rows inserted, updated, deleted; each run on an empty
# table. The three modes take turns run by run, so that a busy spell of the
# host slows all three rather than the one measured during it.
declare -A history samples
for mode in none row statement; do
    build_database "history_$mode" 1 "$mode"
done
for ((i = 0; i < runs; i++)); do
    for op in insert update delete; do
        for mode in none row statement; do
            psql -qAt -d "history_$mode" -c "TRUNCATE items RESTART IDENTITY" >/dev/null
            [[ $mode != none ]] && psql -qAt -d "history_$mode" -c "TRUNCATE items_history" >/dev/null
            [[ $op != insert ]] && psql -qAt -d "history_$mode" -c "INSERT INTO items (name, qty) SELECT 'n' || i, i FROM generate_series(1, 100000) i" >/dev/null
            case $op in
                insert) sql="INSERT INTO items (name, qty) SELECT 'n' || i, i FROM generate_series(1, 100000) i" ;;
                update) sql="UPDATE items SET qty = qty + 1" ;;
                delete) sql="DELETE FROM items" ;;
            esac
            samples[$mode,$op]+="$(timed_sql "history_$mode" "$sql") "
        done
    done
done
for key in "${!samples[@]}"; do
    history[$key]=$(printf '%s\n' ${samples[$key]} | median)
done
for op in insert update delete; do
    for mode in none row statement; do
        ratio=$(awk -v a="${history[$mode,$op]}" -v b="${history[none,$op]}" 'BEGIN { printf "%.2f× no history", a / b }')
        [[ $mode == statement ]] && ratio+=$(awk -v a="${history[statement,$op]}" -v b="${history[row,$op]}" 'BEGIN { printf ", %.2f× row", a / b }')
        echo "| 100k-row ${op^^}, history $mode | ${history[$mode,$op]} ms | $ratio |"
    done
done

fi

if want import; then
# Import of 2,000 tables with their history tables against pg_dump --schema-only,
# on a settled database: vacuumed (hint bits set, as autovacuum leaves a real one)
# and checkpointed, so that neither run pays for the 10,000 statements that built it.
build_database import_2000 2000 row
psql -q -d import_2000 -c 'VACUUM ANALYZE' -c 'CHECKPOINT'
# Import, a fifth of pg_dump's time, is timed three times per pg_dump run: one
# run moves by ±15% with the core its backend lands on, and pg_dump averages that out.
samples_import=() samples_dump=()
for ((i = 0; i < runs; i++)); do
    for ((j = 0; j < 3; j++)); do
        samples_import+=("$(timed_cmd "$cli" import --db "$(conninfo import_2000)" -o "$work/imported.json" --force)")
    done
    samples_dump+=("$(timed_cmd pg_dump --schema-only -d import_2000 -f "$work/dump.sql")")
done
import_ms=$(printf '%s\n' "${samples_import[@]}" | median)
dump_ms=$(printf '%s\n' "${samples_dump[@]}" | median)
echo "| import, 2,000 tables + history | $import_ms ms | $(awk -v a="$import_ms" -v b="$dump_ms" 'BEGIN { printf "%.2f× pg_dump", a / b }') |"
echo "| pg_dump --schema-only, same | $dump_ms ms | |"
fi

# A chain of $2 migrations written by the product in folder $1: a table, then three columns added to it, over and over.
make_chain() {
    local chain=$1 count=$2 step from
    "$cli" init "$chain" >/dev/null
    "$python" - "$chain" "$count" <<'EOF'
import json, sys
chain, count, tables = sys.argv[1], int(sys.argv[2]), []
for step in range(count):
    if step % 4 == 0:
        name = f"c{step // 4 + 1}"
        tables.append({"id": f"t-{name}", "name": name, "primary_key": ["id"], "columns": [
            {"id": f"{name}-id", "name": "id", "type": "bigserial", "nullable": False},
            {"id": f"{name}-at", "name": "updated_at", "type": "timestamptz", "nullable": False, "default": "now()"}]})
    else:
        tables[-1]["columns"].append({"id": f"{tables[-1]['name']}-f{step % 4}", "name": f"field_{step % 4}", "type": "text"})
    json.dump({"schemawright": 1, "tables": tables}, open(f"{chain}/design_{step + 1}.json", "w"))
EOF
    for ((step = 0; step < count; step++)); do
        from=()
        ((step > 0)) && from=(--from "$chain/design_$step.json")
        "$cli" generate "${from[@]}" --to "$chain/design_$((step + 1)).json" --message "change_number_$((step + 1))_of_the_chain" \
            --out "$chain" --revision $((1764000000 + step)) >/dev/null
    done
}

if want upgrade; then
chain="$work/chain"
make_chain "$chain" 100
"$cli" upgrade --db "$(conninfo postgres)" --migrations "$chain" --sql >"$work/chain.sql" 2>/dev/null
samples_ours=() samples_alembic=() samples_psql=()
for ((i = 0; i < runs; i++)); do
    for tool in ours alembic psql; do
        db="chain_${tool}_$i"
        createdb "$db"
        case $tool in
            ours) samples_ours+=("$(timed_cmd "$cli" upgrade --db "$(conninfo "$db")" --migrations "$chain")") ;;
            alembic) samples_alembic+=("$(cd "$chain" && DATABASE_URL="postgresql://$PGUSER@/$db?host=$PGHOST&port=$PGPORT" timed_cmd /usr/bin/alembic upgrade head)") ;;
            psql) samples_psql+=("$(timed_cmd psql -q -v ON_ERROR_STOP=1 -d "$db" -f "$work/chain.sql")") ;;
        esac
    done
done
ours_ms=$(printf '%s\n' "${samples_ours[@]}" | median)
alembic_ms=$(printf '%s\n' "${samples_alembic[@]}" | median)
psql_ms=$(printf '%s\n' "${samples_psql[@]}" | median)
echo "| upgrade, 100-migration chain | $ours_ms ms | $(awk -v a="$ours_ms" -v b="$alembic_ms" -v c="$psql_ms" 'BEGIN { printf "%.2f× alembic, %.2f× psql", a / b, a / c }') |"
echo "| alembic upgrade head, same | $alembic_ms ms | |"
echo "| the same SQL through one psql | $psql_ms ms | |"
fi

# verify against the guide's loop by hand (reset_db, alembic upgrade head,
# check_schema, alembic downgrade -1, alembic upgrade head) with the real
# alembic on the same chain; the two take turns run by run.
hand_loop() {
    local chain=$1 db=$2
    dropdb --if-exists "$db" && createdb "$db" &&
        (cd "$chain" && export DATABASE_URL="postgresql://$PGUSER@/$db?host=$PGHOST&port=$PGPORT" &&
             /usr/bin/alembic upgrade head && "$cli" check --db "$(conninfo "$db")" &&
             /usr/bin/alembic downgrade -1 && /usr/bin/alembic upgrade head)
}
if want verify; then
for count in 100 500; do
    make_chain "$work/verify_$count" "$count"
    last=$(ls "$work/verify_$count/versions" | sort | tail -2 | head -1 | cut -d_ -f1)
    samples_verify=() samples_hand=() samples_since=()
    for ((i = 0; i < runs; i++)); do
        samples_verify+=("$(timed_cmd "$cli" verify --migrations "$work/verify_$count")")
        samples_hand+=("$(timed_cmd hand_loop "$work/verify_$count" "hand_$count")")
        ((count == 100)) && samples_since+=("$(timed_cmd "$cli" verify --migrations "$work/verify_$count" --since "$last")")
    done
    verify_ms=$(printf '%s\n' "${samples_verify[@]}" | median)
    hand_ms=$(printf '%s\n' "${samples_hand[@]}" | median)
    echo "| verify, $count-migration chain | $verify_ms ms | $(awk -v a="$verify_ms" -v b="$hand_ms" 'BEGIN { printf "%.2f× the hand loop", a / b }') |"
    echo "| the hand loop with alembic, same chain | $hand_ms ms | |"
    if ((count == 100)); then echo "| verify --since, the last of the 100 | $(printf '%s\n' "${samples_since[@]}" | median) ms | |"; fi
done
fi

if want generate; then

# generate of one change (a column added to one table) against a 2,000-table design, end to end.
design 2000 row >"$work/generate_from.json"
"$python" - "$work/generate_from.json" "$work/generate_to.json" <<'EOF'
import json, sys
design = json.load(open(sys.argv[1]))
design["tables"][1000]["columns"].append({"id": "added", "name": "added", "type": "integer"})
json.dump(design, open(sys.argv[2], "w"))
EOF
samples_generate=()
for ((i = 0; i < runs; i++)); do
    rm -rf "$work/generated" && mkdir "$work/generated"
    samples_generate+=("$(timed_cmd "$cli" generate --from "$work/generate_from.json" --to "$work/generate_to.json" --message add_added_to_t1001 --out "$work/generated")")
done
echo "| generate, one change to a 2,000-table design | $(printf '%s\n' "${samples_generate[@]}" | median) ms | |"
fi

if want designer; then

# The designer: preview refresh after one edit, open to a painted window, the diagram.
for tables in 100 500 2000; do
    echo "| preview refresh, $tables tables | $("$root/build/tests/bench/bench_preview" "$tables" | sed -n 's/.*: \([0-9.]*\) ms per preview refresh/\1/p') ms | |"
done
design 2000 row >"$work/design_2000.json"
samples_open=() samples_rss=()
for ((i = 0; i < runs; i++)); do
    read -r seconds kilobytes < <(QT_QPA_PLATFORM=offscreen /usr/bin/time -f "%e %M" "$root/build/src/app/schemawright" \
        --screenshot "$work/open.png" "$work/design_2000.json" 2>&1 >/dev/null | tail -1)
    samples_open+=("$(awk -v s="$seconds" 'BEGIN { print s * 1000 }')")
    samples_rss+=("$((kilobytes / 1024))")
done
echo "| designer open to painted, 2,000 tables | $(printf '%s\n' "${samples_open[@]}" | median) ms | peak RSS $(printf '%s\n' "${samples_rss[@]}" | median) MB |"
diagram=$(QT_QPA_PLATFORM=offscreen "$root/build/tests/bench/bench_diagram" 1000 2>/dev/null)
echo "| diagram, 1,000 tables laid out + SVG | $(sed -n 's/.*(\([0-9]*\) ms laid out and exported as SVG).*/\1/p' <<<"$diagram") ms | |"
echo "| diagram frame at fit-to-view, panning | $(sed -n 's/.*pan frame median \([0-9.]*\) ms.*/\1/p' <<<"$diagram") ms | 60 fps: 16.7 ms |"
fi
echo
echo "$(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo), PostgreSQL $(postgres --version | awk '{ print $3 }'), $runs runs each"
