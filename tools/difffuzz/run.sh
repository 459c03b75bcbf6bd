#!/bin/sh
# Differential fuzzing of pymem against CPython 3.12.
#   tools/difffuzz/run.sh [COUNT] [SEED] [CASES] [SHAPE]
# Generates COUNT programs (gen.py, seed SEED, CASES cases each, shape SHAPE: expr, the
# default, or stmt, see gen.py --shape) into target/difffuzz/SEED/ (stmt: stmt-SEED/),
# runs each under pymem and CPython 3.12 with a timeout, and reports every program whose
# stdout, stderr or exit status differ, with the first differing case of each (compare.py),
# plus pymem crashes (exit 101, a signal, "panicked"). Environment:
#   PYMEM    the pymem binary (default target/release/pymem, else target/debug/pymem)
#   PYTHON   CPython 3.12 (default $(pyenv root)/versions/3.12.1/bin/python3)
#   TIMEOUT  seconds per program run (default 10)
#   JOBS     programs run in parallel (default 2)
set -u
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
COUNT="${1:-100}"
SEED="${2:-1}"
CASES="${3:-60}"
SHAPE="${4:-expr}"
PY="${PYTHON:-$(pyenv root 2>/dev/null)/versions/3.12.1/bin/python3}"
[ -x "$PY" ] || PY=python3.12
if [ -z "${PYMEM:-}" ]; then
    PYMEM="$ROOT/target/release/pymem"
    [ -x "$PYMEM" ] || PYMEM="$ROOT/target/debug/pymem"
fi
TIMEOUT="${TIMEOUT:-10}"
JOBS="${JOBS:-2}"
OUT="$ROOT/target/difffuzz/$SEED"
[ "$SHAPE" = expr ] || OUT="$ROOT/target/difffuzz/$SHAPE-$SEED"
rm -rf "$OUT"
mkdir -p "$OUT"
"$PY" "$ROOT/tools/difffuzz/gen.py" --seed "$SEED" --count "$COUNT" --cases "$CASES" --shape "$SHAPE" --out "$OUT" || exit 2

# One program: outputs in NAME.{py,pm}.{out,err,status}
export PY PYMEM TIMEOUT
ls "$OUT"/prog_*.py | xargs -P "$JOBS" -n 1 sh -c '
    f="$1"; b="${f%.py}"; d="$(dirname "$f")"
    (cd "$d" && timeout "$TIMEOUT" "$PY" "$f" > "$b.py.out" 2> "$b.py.err"; echo $? > "$b.py.status")
    (cd "$d" && timeout "$TIMEOUT" "$PYMEM" "$f" > "$b.pm.out" 2> "$b.pm.err"; echo $? > "$b.pm.status")
' sh

exec "$PY" "$ROOT/tools/difffuzz/compare.py" "$OUT"
