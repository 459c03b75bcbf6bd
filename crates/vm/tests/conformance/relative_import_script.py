# Relative imports in a script (no parent package): the statement forms and __import__
# with a level raise ImportError with no module name, as CPython's.
for src in ("from . import anything", "from .sibling import x", "from .. import y", "from . import *"):
    try:
        exec(src)
    except ImportError as e:
        print(type(e).__name__, e, e.name, e.path)


def inside_function():
    from . import nothing  # noqa


try:
    inside_function()
except ImportError as e:
    print("in a function:", e)
try:
    __import__("os", globals(), None, [], 1)
except ImportError as e:
    print("__import__:", e, e.name)
import os
print(os.sep)
