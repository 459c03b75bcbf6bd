# traceback with limit (first N / last N levels of each traceback in the chain) and
# sys.tracebacklimit, in format_exception, print_exc, format_exc, extract_tb, format_tb.
import sys, traceback
def a(n):
    if n == 0:
        raise ValueError("deep")
    return a(n - 1)
def b():
    try:
        a(5)
    except ValueError as e:
        raise KeyError("outer") from e
def c():
    try:
        b()
    except KeyError:
        1 / 0
try:
    c()
except ZeroDivisionError as e:
    for lim in (None, 0, 1, 2, -1, -2, 100, -100):
        print("limit", lim)
        print("".join(traceback.format_exception(e, limit=lim)), end="")
        print("--tb", [(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__, limit=lim)])
        print(len(traceback.format_tb(e.__traceback__, limit=lim)))
    traceback.print_exc(limit=1, file=sys.stdout)
    print(traceback.format_exc(limit=-1, chain=False))
    traceback.print_exception(e, limit=1, chain=False, file=sys.stdout)
    traceback.print_tb(e.__cause__ and e.__traceback__, limit=1, file=sys.stdout)
    sys.tracebacklimit = 1
    print("".join(traceback.format_exception(e)), end="")
    print([(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)])
    sys.tracebacklimit = 0
    print("".join(traceback.format_exception(e, chain=False)), end="")
    del sys.tracebacklimit
try:
    traceback.format_exception(ValueError("x"), limit="a")
except TypeError as e:
    print("TypeError", e)
def comp(n):
    return [1 // (n - i) for i in range(n + 1)]
try:
    comp(3)
except ZeroDivisionError as e:
    print("".join(traceback.format_exception(e, limit=-1)), end="")
    print([(f.name, f.lineno, f.line) for f in traceback.extract_tb(e.__traceback__, limit=2)])
try:
    try:
        raise ExceptionGroup("grp", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("after")
except KeyError as e:
    print("".join(traceback.format_exception(e, limit=1)), end="")
