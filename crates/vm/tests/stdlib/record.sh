#!/bin/sh
# Record what python3.12 prints (stderr: the log lines) for the scripts of stdlib_logging.rs,
# with what legitimately differs between runs masked as stdlib_logging.rs masks it:
#   the asctime prefix "YYYY-MM-DD HH:MM:SS,mmm " -> "<asctime> "
#   addresses 0x... -> 0x?, bucket numbers and counts of the notebook's alloc waves -> N.
set -u
cd "$(dirname "$0")"
PY="${PYTHON:-$(pyenv root 2>/dev/null)/versions/3.12.1/bin/python3}"
[ -x "$PY" ] || PY=python3.12
# seed_notebook_logging: examples/seed_notebook.py without its ctypes/os imports and its
# low-level cell, cut exactly as stdlib_logging.rs's `notebook_without_ctypes` cuts it.
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
awk '/^# --- Low-level structs/ { exit }
     $0 == "import ctypes" || $0 == "import os" || /^from ctypes import/ { next }
     { print }' ../../../../examples/seed_notebook.py > "$tmp/seed_notebook_logging.py"
for f in "$tmp/seed_notebook_logging.py"; do
    name="$(basename "${f%.py}")"
    "$PY" "$f" 2>&1 >/dev/null \
        | sed -E 's/^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2},[0-9]{3} /<asctime> /' \
        | sed -E 's/0x[0-9a-f]+/0x?/g' \
        | sed -E 's/objects, [0-9]+ buckets/objects, N buckets/' \
        | grep -v '^<asctime> \[INFO\]   bucket ' > "$name.expected_stderr"
    echo "recorded $name"
done
