# Files report a wrong-mode operation as io.UnsupportedOperation; contextlib's
# ContextDecorator (also on @contextmanager managers) and redirect_stdout/redirect_stderr.
import contextlib
import io
import os
import sys

path = "_hunt_io_contextlib.tmp"
with open(path, "w") as f:
    f.write("data\n")
    try:
        f.read()
    except io.UnsupportedOperation as e:
        print(type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
with open(path) as f:
    try:
        f.write("x")
    except OSError as e:
        print(type(e).__name__, e)
os.remove(path)


class Traced(contextlib.ContextDecorator):
    def __init__(self, label):
        self.label = label

    def __enter__(self):
        print("enter", self.label)
        return self

    def __exit__(self, *exc):
        print("exit", self.label, exc[0].__name__ if exc[0] else None)
        return False


@Traced("work")
def work(x):
    """Doubles x."""
    return x * 2


print(work(21), work.__name__, work.__doc__)


@Traced("fails")
def fails():
    raise ValueError("inside")


try:
    fails()
except ValueError as e:
    print("caught", e)


@contextlib.contextmanager
def section(name):
    print("<" + name + ">")
    yield
    print("</" + name + ">")


@section("decorated")
def body(n):
    print("body", n)


body(1)
body(2)
buf = io.StringIO()
with contextlib.redirect_stdout(buf) as target:
    print("captured line")
    print(target is buf)
print(repr(buf.getvalue()))
err = io.StringIO()
with contextlib.redirect_stderr(err):
    sys.stderr.write("to err\n")
print(repr(err.getvalue()), sys.stdout is sys.__stdout__)
outer = io.StringIO()
inner = io.StringIO()
r = contextlib.redirect_stdout(outer)
with r:
    print("outer 1")
    with contextlib.redirect_stdout(inner):
        print("inner")
    print("outer 2")
print(repr(outer.getvalue()), repr(inner.getvalue()))
