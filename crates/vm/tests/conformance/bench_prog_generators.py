# Conformance copy of bench/programs/generators.py at size 10000: the program itself, run from there.
import sys
sys.argv[1:] = ["10000"]
_path = "../../../../bench/programs/generators.py"
with open(_path) as _f:
    _source = _f.read()
exec(compile(_source, _path, "exec"), {"__name__": "__main__"})
