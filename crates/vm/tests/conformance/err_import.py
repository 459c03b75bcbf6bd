# Import errors: messages, and tracebacks that show the whole import statement (no carets).
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, "| name:", e.name)
try:
    from sys import no_such_name
except ImportError as e:
    print(type(e).__name__, "|", e)
try:
    import sys, no_such_module_either
except ImportError as e:
    print(type(e).__name__, "|", e, "| isinstance ImportError:", isinstance(e, ImportError))
print("sys still bound:", sys.getrecursionlimit() > 0)


def f():
    import another_missing_module


try:
    f()
except ModuleNotFoundError as e:
    print("from a function:", e)

if True:
    from gc import (collect,
        no_such_function)
