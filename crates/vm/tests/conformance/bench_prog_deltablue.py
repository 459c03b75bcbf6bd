# Conformance copy of bench/programs/deltablue.py at size 500: the program itself, run from there.
import sys
sys.argv[1:] = ["500"]
_path = "../../../../bench/programs/deltablue.py"
with open(_path) as _f:
    _source = _f.read()
exec(compile(_source, _path, "exec"), {"__name__": "__main__"})
