# Conformance copy of bench/programs/go.py at size 12: the program itself, run from there.
import sys
sys.argv[1:] = ["12"]
_path = "../../../../bench/programs/go.py"
with open(_path) as _f:
    _source = _f.read()
exec(compile(_source, _path, "exec"), {"__name__": "__main__"})
