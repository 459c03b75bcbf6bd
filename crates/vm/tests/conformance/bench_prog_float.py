# Conformance copy of bench/programs/float_bench.py at size 20000: the program itself, run from there.
import sys
sys.argv[1:] = ["20000"]
_path = "../../../../bench/programs/float_bench.py"
with open(_path) as _f:
    _source = _f.read()
exec(compile(_source, _path, "exec"), {"__name__": "__main__"})
