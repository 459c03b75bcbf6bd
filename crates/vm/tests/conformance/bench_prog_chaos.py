# Conformance copy of bench/programs/chaos.py at size 5000: the program itself, run from there.
import sys
sys.argv[1:] = ["5000"]
_path = "../../../../bench/programs/chaos.py"
with open(_path) as _f:
    _source = _f.read()
exec(compile(_source, _path, "exec"), {"__name__": "__main__"})
