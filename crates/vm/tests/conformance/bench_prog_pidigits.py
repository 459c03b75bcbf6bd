# Conformance copy of bench/programs/pidigits.py at size 1000: the program itself, run from there.
import sys
sys.argv[1:] = ["1000"]
_path = "../../../../bench/programs/pidigits.py"
with open(_path) as _f:
    _source = _f.read()
exec(compile(_source, _path, "exec"), {"__name__": "__main__"})
