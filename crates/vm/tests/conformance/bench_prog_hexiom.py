# Conformance copy of bench/programs/hexiom.py at size 3: the program itself, run from there.
import sys
sys.argv[1:] = ["3"]
_path = "../../../../bench/programs/hexiom.py"
with open(_path) as _f:
    _source = _f.read()
exec(compile(_source, _path, "exec"), {"__name__": "__main__"})
