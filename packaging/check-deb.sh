#!/usr/bin/env bash
# What a Debian maintainer checks before sponsoring the package, as CI runs
# it: lintian finds no error or warning (the few tags we keep are explained
# in packaging/lintian-overrides), the metadata validates, and the package
# installs, runs and goes away again.
#   packaging/check-deb.sh PACKAGE.deb
set -euo pipefail
deb=$1
root=$(cd "$(dirname "$0")/.." && pwd)

desktop-file-validate "$root/packaging/io.schemawright.schemawright.desktop"
appstreamcli validate --no-net --pedantic "$root/packaging/io.schemawright.schemawright.metainfo.xml"

report=$(lintian --tag-display-limit 0 --suppress-tags-from-file "$root/packaging/lintian-overrides" "$deb" || true)
if grep -qE '^[EW]: ' <<<"$report"; then
    echo "lintian: $report" >&2
    exit 1
fi
echo "lintian: no errors, no warnings${report:+ (${report//$'\n'/; })}"

if [[ $(id -u) -ne 0 ]]; then
    echo "not root: the package is checked but not installed"
    exit 0
fi
if dpkg-query -W -f='${Status}' schemawright 2>/dev/null | grep -q 'install ok installed'; then
    # A CI machine may keep one from an interrupted run; a developer's own install is left alone.
    [[ ${CI:-} == true ]] || { echo "schemawright is installed already; not touching it" >&2; exit 1; }
    dpkg -r schemawright >/dev/null
fi
dpkg -i "$deb" >/dev/null || { apt-get install -f -y -qq >/dev/null; dpkg -i "$deb" >/dev/null; }
trap 'dpkg -r schemawright >/dev/null' EXIT
expected=$(sed -n 's/^project(Schemawright VERSION \([0-9.]*\).*/\1/p' "$root/CMakeLists.txt")
[[ $(/usr/bin/schemawright-cli --version) == "schemawright-cli $expected" ]] || { echo "schemawright-cli --version is not $expected" >&2; exit 1; }
[[ $(env -u DISPLAY -u WAYLAND_DISPLAY /usr/bin/schemawright --version) == "Schemawright $expected" ]] || { echo "schemawright --version is not $expected" >&2; exit 1; }
[[ -s /usr/share/doc/schemawright/README.md && -s /usr/share/doc/schemawright/docs/cli.md ]] || { echo "the guide is not installed" >&2; exit 1; }
for page in schemawright schemawright-cli; do
    zcat "/usr/share/man/man1/$page.1.gz" | grep -q '^\.SH OPTIONS\|^\.SS "Commands:"' || { echo "man page of $page is empty" >&2; exit 1; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"; dpkg -r schemawright >/dev/null' EXIT
/usr/bin/schemawright-cli init "$work/env" >/dev/null
/usr/bin/schemawright-cli generate --to /usr/share/schemawright/examples/trading.json --message create_trading_tables \
    --out "$work/env" >/dev/null
/usr/bin/schemawright-cli lint --migrations /usr/share/schemawright/examples >/dev/null
# The installed designer opens the installed example (no display needed).
HOME=$work QT_QPA_PLATFORM=offscreen /usr/bin/schemawright --screenshot "$work/window.png"
[[ -s $work/window.png ]]
echo "installed; --version, man pages, generate and lint on the installed example, the designer on it; removed"
