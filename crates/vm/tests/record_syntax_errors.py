#!/usr/bin/env python3.12
"""Re-records the expected SyntaxError output of every tests/syntax_errors/*.py case.

Run with CPython 3.12 (e.g. `$(pyenv root)/versions/3.12.1/bin/python3 record_syntax_errors.py`).
For each NAME.py it runs `python NAME.py` inside the directory (so tracebacks say
`File "NAME.py"`) and writes the traceback text printed to stderr to NAME.expected.
"""
import pathlib
import subprocess
import sys

if sys.version_info[:2] != (3, 12):
    sys.exit(f"run this with python3.12, not {sys.version.split()[0]}")

here = pathlib.Path(__file__).resolve().parent / "syntax_errors"
for case in sorted(here.glob("*.py")):
    proc = subprocess.run([sys.executable, case.name], cwd=here, capture_output=True, text=True)
    if proc.returncode == 0:
        print(f"{case.name}: compiled without error under {sys.version.split()[0]}", file=sys.stderr)
        continue
    # CPython 3.12 prints the absolute path of the script; keep the bare file name.
    text = proc.stderr.replace(str(here) + "/", "")
    case.with_suffix(".expected").write_text(text)
    print(f"{case.name}: {proc.stderr.strip().splitlines()[-1]}")
