# Conformance copy of bench/programs/nqueens.py at size 6: the program itself, run from there.
import sys
sys.argv[1:] = ["6"]
_path = "../../../../bench/programs/nqueens.py"
with open(_path) as _f:
    _source = _f.read()
exec(compile(_source, _path, "exec"), {"__name__": "__main__"})
