# Conformance copy of bench/programs/fannkuch.py at size 7: the program itself, run from there.
import sys
sys.argv[1:] = ["7"]
_path = "../../../../bench/programs/fannkuch.py"
with open(_path) as _f:
    _source = _f.read()
exec(compile(_source, _path, "exec"), {"__name__": "__main__"})
