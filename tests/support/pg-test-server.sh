#!/usr/bin/env bash
# Starts or stops the throwaway PostgreSQL 15 cluster the database tests use.
#   pg-test-server.sh start ENV_FILE   make a cluster in a temp dir, start it, write
#                                      PGHOST/PGPORT/PGUSER/SW_PG_DIR lines to ENV_FILE
#   pg-test-server.sh stop ENV_FILE    stop the cluster ENV_FILE names and delete it
#   pg-test-server.sh kill ENV_FILE    stop it at once, as a crash would (data kept)
#   pg-test-server.sh restart ENV_FILE start a killed cluster again on its port
# initdb refuses root, so as root the cluster belongs to the `postgres` user.
set -euo pipefail

action=${1:?usage: pg-test-server.sh start|stop ENV_FILE}
env_file=${2:?usage: pg-test-server.sh start|stop ENV_FILE}

pg_bin=$(ls -d /usr/lib/postgresql/15/bin 2>/dev/null || true)
[[ -n $pg_bin ]] || { echo "pg-test-server: PostgreSQL 15 is not installed (/usr/lib/postgresql/15/bin)" >&2; exit 1; }

as_owner() {
    if [[ $(id -u) -eq 0 ]]; then (cd /tmp && runuser -u postgres -- "$@"); else "$@"; fi
}

free_port() {
    /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

case $action in
start)
    dir=$(mktemp -d /tmp/sw-pg.XXXXXX)
    chmod 711 "$dir"
    [[ $(id -u) -eq 0 ]] && chown postgres: "$dir"
    as_owner "$pg_bin/initdb" -D "$dir/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    # A port can be taken between choosing and binding it: try a few.
    for _ in 1 2 3 4 5; do
        port=$(free_port)
        if as_owner "$pg_bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 start \
            -o "-k $dir -p $port -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200 -c max_locks_per_transaction=1024" >/dev/null; then
            printf 'PGHOST=%s\nPGPORT=%s\nPGUSER=postgres\nSW_PG_DIR=%s\n' "$dir" "$port" "$dir" >"$env_file"
            exit 0
        fi
    done
    cat "$dir/server.log" >&2
    exit 1
    ;;
stop)
    [[ -f $env_file ]] || exit 0
    dir=$(sed -n 's/^SW_PG_DIR=//p' "$env_file")
    [[ -n $dir && -d $dir ]] && as_owner "$pg_bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    [[ -n $dir ]] && rm -rf "$dir"
    rm -f "$env_file"
    ;;
kill)
    dir=$(sed -n 's/^SW_PG_DIR=//p' "$env_file")
    as_owner "$pg_bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null
    ;;
restart)
    dir=$(sed -n 's/^SW_PG_DIR=//p' "$env_file")
    port=$(sed -n 's/^PGPORT=//p' "$env_file")
    as_owner "$pg_bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 start \
        -o "-k $dir -p $port -c listen_addresses=127.0.0.1 -c fsync=off" >/dev/null
    ;;
*)
    echo "pg-test-server: unknown action $action" >&2; exit 2 ;;
esac
