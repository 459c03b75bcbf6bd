# Conformance copy of bench/programs/spectral_norm.py at size 80: the program itself, run from there.
import sys
sys.argv[1:] = ["80"]
_path = "../../../../bench/programs/spectral_norm.py"
with open(_path) as _f:
    _source = _f.read()
exec(compile(_source, _path, "exec"), {"__name__": "__main__"})
