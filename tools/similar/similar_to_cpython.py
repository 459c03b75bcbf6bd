#!/usr/bin/env python3
# Facts carry over from CPython, code does not: a run listed here is a place to rewrite in
# our own structure (constant tables and one-line API forms excepted).
"""List runs of >= 4 consecutive stripped lines (over 120 characters together) that a
frozen module under crates/vm/src/runtime/modules/py/ shares with CPython 3.12's Lib.
Usage (from the repository root): python3 tools/similar/similar_to_cpython.py [MODULE ...]   (default: every frozen module with a Lib twin)"""
import difflib, os, subprocess, sys
lib = subprocess.check_output(["bash", "-c", "echo $(pyenv root)/versions/3.12.1/lib/python3.12"], text=True).strip()
here = "crates/vm/src/runtime/modules/py"
names = sys.argv[1:] or sorted(f[:-3] for f in os.listdir(here) if f.endswith(".py"))
total = 0
for name in names:
    mine = os.path.join(here, name + ".py")
    ref = os.path.join(lib, name + ".py")
    if not os.path.exists(ref):
        ref = os.path.join(lib, name, "__init__.py")
    if not (os.path.exists(mine) and os.path.exists(ref)):
        continue
    a = [l.strip() for l in open(mine)]
    b = [l.strip() for l in open(ref)]
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    blocks = [m for m in sm.get_matching_blocks()
              if m.size >= 4 and sum(len(x) for x in a[m.a:m.a + m.size]) > 120]
    n = sum(m.size for m in blocks)
    total += n
    if blocks:
        print(f"{name}: {len(blocks)} runs, {n} lines")
        for m in blocks:
            print(f"   line {m.a + 1}: {m.size} lines: {a[m.a][:70]!r}")
print("total lines in shared runs:", total)
