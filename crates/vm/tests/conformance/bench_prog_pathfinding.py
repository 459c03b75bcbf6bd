# Conformance copy of bench/programs/pathfinding.py at size 50: the program itself, run from there.
import sys
sys.argv[1:] = ["50"]
_path = "../../../../bench/programs/pathfinding.py"
with open(_path) as _f:
    _source = _f.read()
exec(compile(_source, _path, "exec"), {"__name__": "__main__"})
