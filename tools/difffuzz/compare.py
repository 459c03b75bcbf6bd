#!/usr/bin/env python3.12
"""Compare the pymem and CPython runs of difffuzz programs (written by run.sh).

For each DIR/prog_*.py with .py.* (CPython) and .pm.* (pymem) outputs, report crashes and
differences; for output differences, show the first differing case: its source (the
`# case N` block) and both output lines. Prints a summary; exit status 1 when anything differs.

Usage: compare.py DIR [--all]   (--all: every differing case, not only the first)
"""

import glob
import os
import re
import sys


def read(path):
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return f.read()
    except FileNotFoundError:
        return ""


def case_sources(src):
    """Map case number -> source block."""
    blocks = {}
    for block in re.split(r"(?m)^(?=# case \d+$)", src):
        m = re.match(r"# case (\d+)\n", block)
        if m:
            blocks[int(m.group(1))] = block.rstrip()
    return blocks


def by_case(out):
    cases = {}
    for line in out.splitlines():
        n = line.split(" ", 1)[0]
        if n.isdigit():
            cases.setdefault(int(n), []).append(line)
    return cases


def main():
    d = sys.argv[1]
    show_all = "--all" in sys.argv
    progs = sorted(glob.glob(os.path.join(d, "prog_*.py")))
    crashes, differing, ncases = [], [], 0
    for f in progs:
        b = f[:-3]
        py = {k: read(f"{b}.py.{k}") for k in ("out", "err", "status")}
        pm = {k: read(f"{b}.pm.{k}") for k in ("out", "err", "status")}
        status = pm["status"].strip()
        # (A signal status is a crash unless CPython ended the same way: KeyboardInterrupt.)
        signal = status.isdigit() and int(status) >= 128 and status != py["status"].strip()
        if status in ("101", "124") or signal or "panicked" in pm["err"]:
            kind = {"101": "panic", "124": "timeout"}.get(status, f"status {status}")
            crashes.append(f)
            print(f"CRASH ({kind}) {f}\n    {pm['err'].strip()[-600:]}")
        if py == pm:
            ncases += len(by_case(py["out"]))
            continue
        differing.append(f)
        print(f"DIFF {f}")
        if py["status"] != pm["status"]:
            print(f"    status: cpython {py['status'].strip()} pymem {status}")
        if py["err"] != pm["err"]:
            print(f"    stderr cpython: {py['err'].strip()[-400:]!r}\n    stderr pymem:   {pm['err'].strip()[-400:]!r}")
        a, b2 = by_case(py["out"]), by_case(pm["out"])
        srcs = case_sources(read(f))
        for n in sorted(set(a) | set(b2)):
            if a.get(n) != b2.get(n):
                print("    " + srcs.get(n, f"# case {n} (no source)").replace("\n", "\n    "))
                print(f"    cpython: {a.get(n)}\n    pymem:   {b2.get(n)}")
                if not show_all:
                    break
        ncases += len(a)
    print(f"\n{len(progs)} programs, {ncases} cases: {len(differing)} differ, {len(crashes)} crashed")
    return 1 if differing or crashes else 0


if __name__ == "__main__":
    sys.exit(main())
