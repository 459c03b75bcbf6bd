#!/bin/sh
# Checks pymem's `unicodedata` against CPython 3.12 on every code point:
#   tools/unicode/compare_ucd.sh [path/to/pymem]   (default: target/release/pymem)
# Prints the differences (none when they agree) and exits non-zero if any.
set -eu
cd "$(dirname "$0")/../.."
PY="${PYTHON:-$(pyenv root 2>/dev/null)/versions/3.12.1/bin/python3}"
PYMEM="${1:-target/release/pymem}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
"$PY" tools/unicode/compare_ucd.py > "$tmp/cpython.txt"
"$PYMEM" tools/unicode/compare_ucd.py > "$tmp/pymem.txt"
if diff "$tmp/cpython.txt" "$tmp/pymem.txt"; then
    echo "pymem's unicodedata agrees with CPython 3.12 on all $(grep -c '' "$tmp/cpython.txt") lines"
fi
