#!/usr/bin/env python3.12
"""Shrink a difffuzz program to a minimal one that still shows a pymem/CPython difference.

Usage: reduce.py PROGRAM.py [--pymem PATH] [--python PATH] [--out OUT.py]

Cases are independent (each is a `# case N` block over the prelude's classes), so the
reducer first keeps the single first case whose output differs, then drops the prelude's
classes one at a time, then the case's statements one at a time, keeping each deletion
only while the two interpreters still disagree (on stdout, stderr or exit status).
Prints the reduced program (and writes it to --out if given).
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def run(exe, src, timeout=10):
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(src)
        path = f.name
    try:
        p = subprocess.run([exe, path], capture_output=True, text=True, timeout=timeout)
        return (p.stdout, p.stderr.replace(path, "PROG"), p.returncode)
    except subprocess.TimeoutExpired:
        return ("", "timeout", -1)
    finally:
        os.unlink(path)


def split(src):
    """(header, prelude class blocks, case blocks)."""
    first = re.search(r"(?m)^# case \d+$", src)
    head, body = (src[: first.start()], src[first.start():]) if first else (src, "")
    cases = [c for c in re.split(r"(?m)^(?=# case \d+$)", body) if c.strip()]
    parts = re.split(r"(?m)^(?=class )", head)
    return parts[0], parts[1:], cases


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("program")
    ap.add_argument("--pymem", default=os.environ.get("PYMEM") or next(
        (p for p in (os.path.join(ROOT, "target/release/pymem"), os.path.join(ROOT, "target/debug/pymem"))
         if os.path.exists(p)), "pymem"))
    ap.add_argument("--python", default=os.environ.get("PYTHON") or os.path.expanduser(
        subprocess.run(["pyenv", "root"], capture_output=True, text=True).stdout.strip() + "/versions/3.12.1/bin/python3"))
    ap.add_argument("--out")
    args = ap.parse_args()
    src = open(args.program).read()

    def differs(s):
        # A deletion that breaks the syntax (an emptied block) is no reduction: both fail,
        # with different parser messages.
        py = run(args.python, s)
        if "SyntaxError" in py[1] or "IndentationError" in py[1]:
            return False
        return run(args.pymem, s) != py

    if not differs(src):
        print("no difference", file=sys.stderr)
        return 1
    top, classes, cases = split(src)
    # The first case that differs on its own.
    prelude = top + "".join(classes)
    for c in cases:
        if differs(prelude + c):
            cases = [c]
            break
    # Drop prelude classes nobody needs (again after each success: a base class goes
    # only after its subclasses).
    changed = True
    while changed:
        changed = False
        for i in range(len(classes)):
            trial = classes[:i] + classes[i + 1:]
            if differs(top + "".join(trial) + "".join(cases)):
                classes = trial
                changed = True
                break
    # Drop statements of the case body (never the try/except frame).
    lines = "".join(cases).splitlines(keepends=True)
    i = 0
    while i < len(lines):
        ln = lines[i]
        if ln.startswith("    ") and not ln.startswith("    print(") or ln.strip().startswith("print(") and "'!'" not in ln:
            trial = lines[:i] + lines[i + 1:]
            if differs(top + "".join(classes) + "".join(trial)):
                lines = trial
                continue
        i += 1
    out = top + "".join(classes) + "".join(lines)
    if args.out:
        open(args.out, "w").write(out)
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
