#!/usr/bin/env bash
# The layers are real: the CLI links QtCore and no widget library. ldd must
# work and list QtCore, or the check proves nothing and fails.
#   check-no-widgets.sh BINARY
set -euo pipefail
libraries=$(ldd "$1")
grep -q 'libQt6Core' <<<"$libraries" || { echo "ldd lists no libQt6Core for $1:" >&2; echo "$libraries" >&2; exit 1; }
if grep -i 'widgets' <<<"$libraries"; then
    echo "$1 links a widget library" >&2
    exit 1
fi
echo "$1 links QtCore and no widget library"
