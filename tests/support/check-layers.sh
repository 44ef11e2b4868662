#!/usr/bin/env bash
# The layers are real, as the compiler saw them (ninja's log of the headers
# each object included) and as the CLI links:
#   core  QtCore only: no widget, GUI, SVG or SQL module, no libpqxx
#   db    no widget, GUI or SVG module (libpqxx is its own)
#   cli   no widget, GUI or SVG module, no libpqxx (db's API only)
#   app   no libpqxx (db's API only)
# A layer with no object in the log, or an ldd that lists no QtCore, proves
# nothing and fails.
#   check-layers.sh NINJA BUILD_DIR CLI_BINARY LAYER...
set -euo pipefail
ninja=$1 build=$2 cli=$3
shift 3

included=$("$ninja" -C "$build" -t deps | awk '/^[^ ]/ { object = $1 } /^    / { print object, $1 }')
qt_beyond_core='/qt6/Qt(Widgets|Gui|Svg|Sql)[A-Za-z]*/'
status=0
check() {  # LAYER FORBIDDEN-HEADER-PATTERN WHAT
    local objects offending
    objects=$(grep -c "^src/$1/" <<<"$included" || true)
    if [[ $objects -eq 0 ]]; then
        echo "ninja's log lists no header of any src/$1 object: build first" >&2
        status=1
        return
    fi
    offending=$(grep "^src/$1/" <<<"$included" | grep -E "$2" | sort -u | head -20 || true)
    if [[ -n $offending ]]; then
        echo "src/$1 includes $3:" >&2
        echo "$offending" >&2
        status=1
    fi
}
for layer in "$@"; do
    case $layer in
        core) check core "$qt_beyond_core|/pqxx/" "more than QtCore" ;;
        db) check db "/qt6/Qt(Widgets|Gui|Svg)/" "a widget, GUI or SVG header" ;;
        cli) check cli "$qt_beyond_core|/pqxx/" "a widget, GUI, SVG, SQL or libpqxx header" ;;
        app) check app "/pqxx/" "libpqxx (db's API is the way to the database)" ;;
        *) echo "no such layer: $layer" >&2; exit 2 ;;
    esac
done

libraries=$(ldd "$cli")
grep -q 'libQt6Core' <<<"$libraries" || { echo "ldd lists no libQt6Core for $cli:" >&2; echo "$libraries" >&2; exit 1; }
if grep -iE 'widgets|gui' <<<"$libraries"; then
    echo "$cli links a widget or GUI library" >&2
    status=1
fi
[[ $status -eq 0 ]] && echo "$* include only what their layer may; $cli links QtCore and no widget library"
exit $status
