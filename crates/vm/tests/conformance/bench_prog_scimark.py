# Conformance copy of bench/programs/scimark.py at size 1: the program itself, run from there.
import sys
sys.argv[1:] = ["1"]
_path = "../../../../bench/programs/scimark.py"
with open(_path) as _f:
    _source = _f.read()
exec(compile(_source, _path, "exec"), {"__name__": "__main__"})
