#!/usr/bin/env bash
# Re-records CPython 3.12's sys._debugmallocstats() output, which tests/report_format.rs
# compares our report's format against. Needs python3.12 (pyenv's or on PATH).
set -euo pipefail
cd "$(dirname "$0")"
py="${PYMEM_PYTHON:-}"
if [ -z "$py" ] && command -v pyenv >/dev/null; then
  py=$(ls -d "$(pyenv root)"/versions/3.12*/bin/python3 2>/dev/null | head -n1 || true)
fi
[ -n "$py" ] || py=$(command -v python3.12)
"$py" -c "import sys; sys._debugmallocstats()" 2> debugmallocstats-3.12.txt
echo "recorded with $("$py" --version)"

# The debug hooks catching a one-byte overrun of a 16-byte PyMem_Malloc block.
( PYTHONMALLOC=debug "$py" -c '
import ctypes
api = ctypes.pythonapi
api.PyMem_Malloc.restype = ctypes.c_void_p
api.PyMem_Malloc.argtypes = [ctypes.c_size_t]
api.PyMem_Free.argtypes = [ctypes.c_void_p]
p = api.PyMem_Malloc(16); ctypes.memset(p, 0x41, 17); api.PyMem_Free(p)
' 2> debug-hooks-overflow-3.12.txt ) 2>/dev/null || true
echo "recorded debug-hooks-overflow-3.12.txt"
