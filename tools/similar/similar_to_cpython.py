#!/usr/bin/env python3
# Facts carry over from CPython, code does not: a run listed here is a place to rewrite in
# our own structure (constant tables and one-line API forms excepted).
"""List runs of >= 4 consecutive stripped lines (over 120 characters together) that a
frozen module under crates/vm/src/runtime/modules/py/ shares with CPython 3.12's Lib.
A module is compared with every Lib file that may have been its source: NAME.py, the
package NAME/*.py, the accelerated-module twins _NAME.py and _pyNAME.py, and for a
`NAME_prelude` module the same files of NAME.
Usage (from the repository root): python3 tools/similar/similar_to_cpython.py [MODULE ...]   (default: every frozen module with a Lib twin)"""
import difflib, glob, os, subprocess, sys
lib = subprocess.check_output(["bash", "-c", "echo $(pyenv root)/versions/3.12.1/lib/python3.12"], text=True).strip()
here = "crates/vm/src/runtime/modules/py"
names = sys.argv[1:] or sorted(f[:-3] for f in os.listdir(here) if f.endswith(".py"))


def references(name):
    stem = name[:-len("_prelude")] if name.endswith("_prelude") else name
    stem = stem.lstrip("_") or stem
    found = [os.path.join(lib, f) for f in (stem + ".py", "_" + stem + ".py", "_py" + stem + ".py")]
    found += sorted(glob.glob(os.path.join(lib, stem, "*.py")))
    return [p for p in found if os.path.exists(p)]


total = 0
for name in names:
    mine = os.path.join(here, name + ".py")
    if not os.path.exists(mine):
        continue
    a = [l.strip() for l in open(mine)]
    report = []
    for ref in references(name):
        b = [l.strip() for l in open(ref)]
        sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
        for m in sm.get_matching_blocks():
            if m.size >= 4 and sum(len(x) for x in a[m.a:m.a + m.size]) > 120:
                report.append((m.a, m.size, os.path.relpath(ref, lib)))
    if report:
        n = sum(size for _, size, _ in report)
        total += n
        print(f"{name}: {len(report)} runs, {n} lines")
        for at, size, ref in sorted(report):
            print(f"   line {at + 1}: {size} lines ({ref}): {a[at][:60]!r}")
print("total lines in shared runs:", total)
