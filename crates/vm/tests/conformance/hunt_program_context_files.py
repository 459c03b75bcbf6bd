import contextlib, os, tempfile

class Resource:
    opened = []
    def __init__(self, name, fail_on_exit=False, suppress=False):
        self.name = name
        self.fail_on_exit = fail_on_exit
        self.suppress = suppress
    def __enter__(self):
        print(f"enter {self.name}")
        Resource.opened.append(self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print(f"exit {self.name}: {exc_type.__name__ if exc_type else None} {exc!r} tb={tb is not None}")
        Resource.opened.remove(self.name)
        if self.fail_on_exit:
            raise RuntimeError(f"exit failed in {self.name}")
        return self.suppress

with Resource("a") as a, Resource("b") as b:
    print("body", a.name, b.name)

with Resource("s", suppress=True):
    raise ValueError("swallowed")
print("after suppress", Resource.opened)

try:
    with Resource("outer"):
        with Resource("inner", fail_on_exit=True):
            raise KeyError("original")
except RuntimeError as e:
    print("caught", e, "context:", repr(e.__context__))

@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ZeroDivisionError as e:
        print(f"  handled {e}")
    finally:
        print(f"</{name}>")

with tag("p") as t:
    print("  inside", t)
with tag("div"):
    1 / 0
print("continued")
try:
    with tag("span"):
        raise TypeError("not handled")
except TypeError as e:
    print("outer caught", e)

@contextlib.contextmanager
def bad():
    yield 1
    yield 2
try:
    with bad():
        pass
except RuntimeError as e:
    print(e)

@contextlib.contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print(e)

with contextlib.suppress(FileNotFoundError, KeyError):
    {}["x"]
print("suppressed")

with contextlib.ExitStack() as stack:
    rs = [stack.enter_context(Resource(f"r{i}")) for i in range(3)]
    stack.callback(print, "callback ran")
    print("stack body", [r.name for r in rs])

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "notes.txt")
    with open(path, "w") as f:
        n = f.write("line one\nline two\n")
        f.write("third line")
        print("wrote", n, f.closed, f.name == path, f.mode)
    print(f.closed)
    with open(path) as f:
        print(f.readline(), end="")
        print(f.readlines())
    with open(path, "a") as f:
        print("appended", f.write("\nfourth"))
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f):
            print(i, repr(line))
    with open(path, "rb") as f:
        data = f.read()
        print(type(data).__name__, len(data), data[:8])
    print(os.path.exists(path), os.path.getsize(path), os.path.basename(path), os.path.splitext(path)[1])
    try:
        open(os.path.join(d, "missing.txt"))
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.strerror, os.path.basename(e.filename))
    try:
        with open(path) as f:
            f.write("x")
    except Exception as e:
        print(type(e).__name__, e)
    os.remove(path)
    print(os.listdir(d))

with contextlib.nullcontext(5) as v:
    print("nullcontext", v)

class Timer(contextlib.ContextDecorator):
    def __enter__(self):
        print("start")
        return self
    def __exit__(self, *exc):
        print("stop", exc[0])
        return False

@Timer()
def work(x):
    return x * 2
print(work(21))

try:
    with Resource("x") as r:
        r.missing_attr
except AttributeError as e:
    print(e)

class NotCM:
    pass
try:
    with NotCM():
        pass
except TypeError as e:
    print(e)

def gen_finally():
    with Resource("gen"):
        yield 1
        yield 2
g = gen_finally()
print(next(g))
del g
print("deleted gen")
with contextlib.redirect_stdout(None) if False else contextlib.nullcontext():
    print("visible")
import io
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured!")
print(repr(buf.getvalue()))
