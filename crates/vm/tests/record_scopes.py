#!/usr/bin/env python3.12
"""Records CPython 3.12's view of every code object in the scope corpus: the files
tests/corpus/NAME.py that have a NAME.scopes (or the NAMEs given on the command line).

For each NAME.py writes NAME.scopes with one line per code object (depth-first, constants
order): qualname, argcount, posonlyargcount, kwonlyargcount, flags (VARARGS, VARKEYWORDS,
GENERATOR, NESTED bits), co_varnames, co_cellvars, co_freevars. The corpus avoids comprehensions
inside functions: CPython 3.12 inlines those (PEP 709) and pymem does not, which changes
varnames/cellvars legitimately.
"""
import pathlib
import sys
import types

if sys.version_info[:2] != (3, 12):
    sys.exit(f"run this with python3.12, not {sys.version.split()[0]}")

MASK = 0x4 | 0x8 | 0x10 | 0x20


def walk(code, out):
    out.append(
        f"{code.co_qualname} args={code.co_argcount} posonly={code.co_posonlyargcount} "
        f"kwonly={code.co_kwonlyargcount} flags={code.co_flags & MASK:#x} "
        f"varnames={','.join(code.co_varnames)} cells={','.join(code.co_cellvars)} "
        f"frees={','.join(code.co_freevars)}"
    )
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            walk(const, out)


here = pathlib.Path(__file__).resolve().parent / "corpus"
if len(sys.argv) > 1:
    cases = [here / f"{name.removesuffix('.py')}.py" for name in sys.argv[1:]]
else:
    cases = sorted(p.with_suffix(".py") for p in here.glob("*.scopes"))
for case in cases:
    lines = []
    walk(compile(case.read_text(), case.name, "exec"), lines)
    case.with_suffix(".scopes").write_text("\n".join(lines) + "\n")
    print(f"{case.name}: {len(lines)} code objects")
