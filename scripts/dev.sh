#!/usr/bin/env bash
# One entry point for a fresh Debian 12 machine:
#   scripts/dev.sh run    install what is missing, build, open the app on the bundled example
#   scripts/dev.sh test   install what is missing, build, run every test, make and check the .deb from the same build (what CI runs)
#   scripts/dev.sh deps | build
# Everything comes from Debian 12 packages; nothing is downloaded from elsewhere.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=${SW_BUILD_DIR:-$root/build}

packages=(
    cmake ninja-build ccache g++ pkg-config
    universal-ctags  # the test code_shape measures functions with it
    qt6-base-dev qt6-tools-dev qt6-l10n-tools linguist-qt6 libqt6svg6 qt6-svg-dev libgl-dev fonts-dejavu-core
    libgraphviz-dev  # Graphviz's dot lays out the diagram
    libpqxx-dev postgresql alembic python3-psycopg2
    postgresql-15-postgis-3  # the corpus test's schemas use PostGIS (../shared/realschemas)
    # the Debian package and its checks
    dpkg-dev file help2man lintian appstream desktop-file-utils
)

apt_install() {
    echo "Installing: $*"
    local sudo=()
    [[ $(id -u) -eq 0 ]] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "$@"
}

install_missing_packages() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    [[ ${#missing[@]} -eq 0 ]] || apt_install "${missing[@]}"
}

# One build for everything: the tests run on it and the .deb is made from it.
build() {
    "$root/packaging/configure.sh" "$build"
    cmake --build "$build"
}

# squawk (npm's squawk-cli 2), for the test that cross-checks lint's lock
# findings; a test, never the product, uses it. npm is Debian's package unless
# the machine has one already (a Node.js install of its own brings npm, and
# conflicts with Debian's). In CI (CI=true) the cross-check must run: without
# squawk the test fails, never skips.
install_squawk() {
    [[ -x $build/squawk/node_modules/.bin/squawk ]] && return 0
    command -v npm >/dev/null || apt_install npm
    npm install --silent --no-audit --no-fund --prefix "$build/squawk" squawk-cli@2 >/dev/null 2>&1 \
        || echo "squawk-cli could not be installed: the squawk cross-check cannot run (and fails under CI=true)"
}

run_tests() {
    install_squawk
    # GUI tests need no display; database tests start their own PostgreSQL.
    (cd "$build" && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" "$@")
    # The Debian package: built, checked with lintian, and (as root) installed, run, removed.
    "$root/packaging/check-deb.sh" "$("$root/packaging/build-deb.sh" "$build")"
}

run_app() {
    if [[ -z ${DISPLAY:-}${WAYLAND_DISPLAY:-} ]]; then
        echo "No display: rendering the main window to $build/schemawright.png instead."
        QT_QPA_PLATFORM=offscreen "$build/src/app/schemawright" --screenshot "$build/schemawright.png" "$@"
    else
        exec "$build/src/app/schemawright" "$@"
    fi
}

case ${1:-} in
    deps) install_missing_packages ;;
    build) install_missing_packages; build ;;
    test) shift; install_missing_packages; build; run_tests "$@" ;;
    run) shift; install_missing_packages; build; run_app "$@" ;;
    *) echo "usage: scripts/dev.sh run|test|build|deps" >&2; exit 2 ;;
esac
