# __import__ with a level in a script (no parent package) raises ImportError with no
# module name, as CPython's. (The statement form `from . import x` is not covered: pymem
# still reports ModuleNotFoundError for it.)
try:
    __import__("os", globals(), None, [], 1)
except ImportError as e:
    print("__import__:", type(e).__name__, e, e.name, e.path)
try:
    __import__("", globals(), None, ["x"], 2)
except ImportError as e:
    print("__import__:", type(e).__name__, e, e.name)
import os
print(os.sep)
