#!/usr/bin/env bash
# Builds the Debian package: a Release build of the designer and the CLI,
# installed under /usr, stripped by CPack. Prints the package's path.
#   packaging/build-deb.sh [BUILD_DIR]   (default: build-deb next to build/)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build-deb}
# Debian's hardening flags, as a package build gets them.
export DEB_BUILD_MAINT_OPTIONS=hardening=+all
CXXFLAGS=$(dpkg-buildflags --get CXXFLAGS) LDFLAGS=$(dpkg-buildflags --get LDFLAGS) \
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSW_BUILD_TESTS=OFF -DCMAKE_INSTALL_PREFIX=/usr \
          -DCMAKE_STRIP="$root/packaging/strip.sh" >/dev/null
cmake --build "$build" >/dev/null
(cd "$build" && cpack -G DEB >/dev/null)
ls "$build"/schemawright_*.deb
