# Conformance copy of bench/programs/json_dumps.py: the program itself, run from there.
import sys
_path = "../../../../bench/programs/json_dumps.py"
with open(_path) as _f:
    _source = _f.read()
exec(compile(_source, _path, "exec"), {"__name__": "__main__"})
