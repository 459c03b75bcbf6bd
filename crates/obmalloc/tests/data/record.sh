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
