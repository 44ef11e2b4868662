#!/usr/bin/env bash
# Rebuilds migrations/ (the bundled example's Alembic environment) with the
# tool itself, one migration per design step in migrations/designs/.
#   scripts/regenerate-example-migrations.sh CLI OUT_DIR
# tests/cli checks that the committed migrations/ is exactly what this writes.
set -euo pipefail
cli=${1:?usage: regenerate-example-migrations.sh CLI OUT_DIR}
out=${2:?usage: regenerate-example-migrations.sh CLI OUT_DIR}
here=$(cd "$(dirname "$0")/.." && pwd)
designs=$here/migrations/designs

"$cli" init "$out" >/dev/null
"$cli" generate --to "$designs/1_accounts.json" --message create_accounts_table \
    --out "$out" --revision 1764000000 >/dev/null
"$cli" generate --from "$designs/1_accounts.json" --to "$designs/2_orders.json" --message create_orders_table \
    --out "$out" --revision 1764000600 >/dev/null
"$cli" generate --from "$designs/2_orders.json" --to "$here/migrations/trading.json" --message create_fills_table \
    --out "$out" --revision 1764001200 >/dev/null
