# Conformance copy of bench/programs/pystone.py at size 30000: the program itself, run from there.
import sys
sys.argv[1:] = ["30000"]
_path = "../../../../bench/programs/pystone.py"
with open(_path) as _f:
    _source = _f.read()
exec(compile(_source, _path, "exec"), {"__name__": "__main__"})
