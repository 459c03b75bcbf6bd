# Conformance copy of bench/programs/raytrace.py at size 40: the program itself, run from there.
import os
import sys
sys.argv[1:] = ["40"]
# sys.path[0] is this directory, wherever the suite runs from.
_path = os.path.join(sys.path[0], "..", "..", "..", "..", "bench", "programs", "raytrace.py")
with open(_path) as _f:
    _source = _f.read()
exec(compile(_source, "bench/programs/" + os.path.basename(_path), "exec"), {"__name__": "__main__"})
