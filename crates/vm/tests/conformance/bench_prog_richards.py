# Conformance copy of bench/programs/richards.py at size 2: the program itself, run from there.
import sys
sys.argv[1:] = ["2"]
_path = "../../../../bench/programs/richards.py"
with open(_path) as _f:
    _source = _f.read()
exec(compile(_source, _path, "exec"), {"__name__": "__main__"})
