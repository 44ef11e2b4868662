#!/usr/bin/env bash
# Builds the Debian package from the build the tests ran on (configured by
# packaging/configure.sh: Debian's hardening flags, /usr), stripped by CPack.
# Prints the package's path.
#   packaging/build-deb.sh [BUILD_DIR]   (default: build/)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
"$root/packaging/configure.sh" "$build"
cmake --build "$build" >/dev/null
(cd "$build" && cpack -G DEB >/dev/null)
ls "$build"/schemawright_*.deb
