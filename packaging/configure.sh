#!/usr/bin/env bash
# Configures the one build that the tests run on and the Debian package is
# made from: Debian's compiler and linker flags with all hardening, as a
# package build gets them, an install prefix of /usr, and dh_strip's strip.
# Debug information is line tables only (-g1): a backtrace still names file
# and line, and a cold build takes a fifth less time than with -g (CI's
# budget); configure a Debug build of your own to step through code.
#   packaging/configure.sh BUILD_DIR [CMAKE_ARGS...]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$1
shift
cd "$root"  # dpkg-buildflags maps this folder to "." in debug information
export DEB_BUILD_MAINT_OPTIONS=hardening=+all
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_INSTALL_PREFIX=/usr \
      -DCMAKE_CXX_FLAGS="$(dpkg-buildflags --get CXXFLAGS | sed 's/\(^\| \)-g\( \|$\)/\1-g1\2/')" -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG" \
      -DCMAKE_EXE_LINKER_FLAGS="$(dpkg-buildflags --get LDFLAGS)" \
      -DCMAKE_STRIP="$root/packaging/strip.sh" "$@" >/dev/null
