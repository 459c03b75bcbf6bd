# Conformance copy of bench/programs/coroutines.py at size 20: the program itself, run from there.
import sys
sys.argv[1:] = ["20"]
_path = "../../../../bench/programs/coroutines.py"
with open(_path) as _f:
    _source = _f.read()
exec(compile(_source, _path, "exec"), {"__name__": "__main__"})
