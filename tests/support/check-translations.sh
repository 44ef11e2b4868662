#!/usr/bin/env bash
# The committed .ts is the translation source, and it is up to date: every
# user-visible string of the sources has its German translation, and it holds
# no string the sources no longer have. lupdate reads the sources now, into a
# copy of the committed .ts, so a string added since shows up as unfinished and
# one removed since as vanished.
#   check-translations.sh LUPDATE SOURCE_DIR TS_FILE
set -euo pipefail
lupdate=$1 source=$2 ts=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$ts" "$work/check.ts"
"$lupdate" -silent -extensions cpp,h,ui "$source/src/app" "$source/ui" -ts "$work/check.ts" >/dev/null
fix="build the schemawright-app_lupdate target, then translate in Linguist: linguist $ts"
status=0
if grep -q 'type="unfinished"' "$work/check.ts"; then
    echo "untranslated strings ($fix):" >&2
    grep -A1 -B4 'type="unfinished"' "$work/check.ts" | grep '<source>' | sed 's/^ */  /' >&2
    status=1
fi
if grep -q 'type="vanished"\|type="obsolete"' "$ts"; then
    echo "strings the sources no longer have are still in $ts (the schemawright-app_lupdate target drops them):" >&2
    grep -A1 -B4 'type="vanished"\|type="obsolete"' "$ts" | grep '<source>' | sed 's/^ */  /' >&2
    status=1
fi
[[ $status -eq 0 ]] && echo "every string of $(grep -c '<message' "$work/check.ts") is translated, and none is left over"
exit $status
