# Conformance copy of bench/programs/raytrace.py at size 40: the program itself, run from there.
import sys
sys.argv[1:] = ["40"]
_path = "../../../../bench/programs/raytrace.py"
with open(_path) as _f:
    _source = _f.read()
exec(compile(_source, _path, "exec"), {"__name__": "__main__"})
