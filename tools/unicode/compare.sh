#!/bin/sh
# Checks every code point's str predicates and case mappings in pymem against CPython 3.12:
#   tools/unicode/compare.sh [path/to/pymem]   (default: target/release/pymem)
# Prints the differences (none when the tables agree) and exits non-zero if any.
set -eu
cd "$(dirname "$0")/../.."
PY="${PYTHON:-$(pyenv root 2>/dev/null)/versions/3.12.1/bin/python3}"
PYMEM="${1:-target/release/pymem}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
"$PY" tools/unicode/compare.py > "$tmp/cpython.txt"
"$PYMEM" tools/unicode/compare.py > "$tmp/pymem.txt"
if diff "$tmp/cpython.txt" "$tmp/pymem.txt"; then
    echo "pymem agrees with CPython 3.12 on all $(grep -c '' "$tmp/cpython.txt") lines (every code point but the surrogates)"
fi
