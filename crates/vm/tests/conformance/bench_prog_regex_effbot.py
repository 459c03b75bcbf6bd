# Conformance copy of bench/programs/regex_effbot.py at size 100: the program itself, run from there.
import sys
sys.argv[1:] = ["100"]
_path = "../../../../bench/programs/regex_effbot.py"
with open(_path) as _f:
    _source = _f.read()
exec(compile(_source, _path, "exec"), {"__name__": "__main__"})
