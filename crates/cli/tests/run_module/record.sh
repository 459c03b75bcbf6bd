#!/bin/sh
# Record what python3.12 prints for each case of cases.txt into expected/NAME.txt:
# stdout, stderr and the exit status, with this directory's path written <DIR> and the
# interpreter's name before its own messages written <PYTHON> (run_module.rs normalises
# pymem's output the same way). Usage: PYTHON=/path/to/python3.12 ./record.sh
set -eu
cd "$(dirname "$0")"
dir=$(pwd -P)
: "${PYTHON:=$(pyenv root)/versions/3.12.1/bin/python3}"
mkdir -p expected
grep -v '^#' cases.txt | while read -r name args; do
    set +e
    # shellcheck disable=SC2086
    PYTHONDONTWRITEBYTECODE=1 "$PYTHON" -m $args >/tmp/rm_out.$$ 2>/tmp/rm_err.$$ </dev/null
    status=$?
    set -e
    {
        echo "--- stdout"
        cat /tmp/rm_out.$$
        echo "--- stderr"
        cat /tmp/rm_err.$$
        echo "--- status $status"
    } | sed -e "s|$dir|<DIR>|g" -e "s|^$PYTHON: |<PYTHON>: |" >"expected/$name.txt"
done
rm -f /tmp/rm_out.$$ /tmp/rm_err.$$
