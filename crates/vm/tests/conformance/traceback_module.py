# The traceback module: a caught exception shown as the interpreter shows an uncaught one.
import sys
import traceback


def inner(x):
    return 10 // x


def outer(x):
    return inner(x) + 1


try:
    outer(0)
except ZeroDivisionError:
    text = traceback.format_exc()
    print(text, end="")
    traceback.print_exc(file=sys.stdout)
    e = sys.exception()

print(traceback.format_exception_only(e))
parts = traceback.format_exception(e)
print(len(parts), parts[0], end="")
print("".join(parts) == text)
traceback.print_exception(e, file=sys.stdout)

# Chained exceptions.
try:
    try:
        {}["missing"]
    except KeyError as k:
        raise ValueError("bad key") from k
except ValueError as v:
    chained = traceback.format_exception(v)
    print("".join(chained), end="")
    print(sum(1 for p in chained if p.startswith("\nThe above")))
    print("".join(traceback.format_exception(v, chain=False)), end="")

try:
    try:
        1 / 0
    except ZeroDivisionError:
        undefined_name
except NameError as n:
    class Buffer:
        def __init__(self):
            self.parts = []

        def write(self, s):
            self.parts.append(s)

    buf = Buffer()
    traceback.print_exception(n, file=buf)
    print("".join(buf.parts), end="")

# An exception never raised has no frames.
print(traceback.format_exception(ValueError("fresh")))
print(traceback.format_exception_only(KeyError("k")))
print(traceback.format_exc())

# Old-style (type, value, tb) arguments.
try:
    raise RuntimeError("old style")
except RuntimeError:
    t, v, tb = sys.exc_info()
    print(traceback.format_exception_only(t, v))

try:
    outer(0)
except ZeroDivisionError:
    traceback.print_exc()
print("done")
