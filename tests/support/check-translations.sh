#!/usr/bin/env bash
# Every user-visible string has its German translation. lupdate reads the
# sources now, into a copy of the committed .ts, so a string added since the
# .ts was last refreshed shows up here as unfinished.
#   check-translations.sh LUPDATE SOURCE_DIR TS_FILE
set -euo pipefail
lupdate=$1 source=$2 ts=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$ts" "$work/check.ts"
"$lupdate" -silent -extensions cpp,h,ui "$source/src/app" "$source/ui" -ts "$work/check.ts" >/dev/null
if grep -q 'type="unfinished"' "$work/check.ts"; then
    echo "untranslated strings: build the schemawright-app_lupdate target, add them to scripts/translate_de.py and run it:" >&2
    grep -A1 -B4 'type="unfinished"' "$work/check.ts" | grep '<source>' | sed 's/^ */  /' >&2
    exit 1
fi
echo "every string of $(grep -c '<message' "$work/check.ts") is translated"
