#!/usr/bin/env bash
# Code a newcomer reads at a glance: no function of src/ longer than 80 lines,
# no file longer than 700 (Universal Ctags finds the functions and where they
# end). A tree where ctags finds no function proves nothing and fails.
#   check-code-shape.sh CTAGS SOURCE_DIR
set -euo pipefail
ctags=$1 source=$2
cd "$source"
functions=$("$ctags" -R --languages=C++ --kinds-C++=f --fields=+ne -x --_xformat='%{line} %{end} %F %N' src)
[[ -n $functions ]] || { echo "ctags found no function under $source/src" >&2; exit 1; }
long_functions=$(awk '$2 - $1 + 1 > 80 { print "  " $3 ":" $1 ": " $4 " has " $2 - $1 + 1 " lines" }' <<<"$functions")
long_files=$(find src \( -name '*.cpp' -o -name '*.h' \) -exec wc -l {} + | awk '$2 != "total" && $1 > 700 { print "  " $2 " has " $1 " lines" }')
status=0
[[ -z $long_functions ]] || { echo "functions over 80 lines (split them where the code has a seam):" >&2; echo "$long_functions" >&2; status=1; }
[[ -z $long_files ]] || { echo "files over 700 lines:" >&2; echo "$long_files" >&2; status=1; }
[[ $status -eq 0 ]] && echo "$(wc -l <<<"$functions") functions, none over 80 lines; no file over 700"
exit $status
