#!/bin/sh
# Record the expected output of conformance scripts from CPython 3.12:
# every script, or only the NAMEs given (`./record.sh logging_basic collections_deque`).
# For each NAME.py (files starting with "_" are helpers, not tests):
#   NAME.expected         stdout
#   NAME.expected_stderr  stderr (only when non-empty)
#   NAME.status           exit status (only when non-zero)
# Output is recorded with this directory's absolute path removed (tracebacks, on stderr or
# printed by the traceback module).
# Scripts run from this directory with the relative path NAME.py, as the test does.
set -u
cd "$(dirname "$0")"
PY="${PYTHON:-$(pyenv root 2>/dev/null)/versions/3.12.1/bin/python3}"
[ -x "$PY" ] || PY=python3.12
# The standard streams as a plain run makes them (buffered: sys.stdout.buffer is a
# BufferedWriter), whatever the calling shell exports.
unset PYTHONUNBUFFERED
if [ "$#" -gt 0 ]; then set -- $(for n in "$@"; do printf "%s.py " "${n%.py}"; done); else set -- *.py; fi
for f in "$@"; do
    case "$f" in _*) continue ;; esac
    name="${f%.py}"
    "$PY" "$f" > "$name.expected.tmp" 2> "$name.expected_stderr.tmp"
    status=$?
    sed "s|$PWD/||g" "$name.expected.tmp" > "$name.expected"
    rm -f "$name.expected.tmp"
    # CPython prints the absolute path of the main script (so does the pymem binary; the
    # in-process test runs it by its relative name).
    sed "s|$PWD/||g" "$name.expected_stderr.tmp" > "$name.expected_stderr"
    rm -f "$name.expected_stderr.tmp"
    [ -s "$name.expected_stderr" ] || rm -f "$name.expected_stderr"
    if [ "$status" -ne 0 ]; then echo "$status" > "$name.status"; else rm -f "$name.status"; fi
    echo "recorded $name (status $status)"
done
