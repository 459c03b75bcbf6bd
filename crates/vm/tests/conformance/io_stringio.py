# io.StringIO: an in-memory text stream (write/read/seek/tell/truncate/readline, iteration,
# newline handling, closing), used by print(file=...), sys.stdout and logging.
import io
import logging
import sys


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


s = io.StringIO()
print("type:", type(s).__name__, type(s).__module__, isinstance(s, io.TextIOBase))
print("write returns", s.write("hello"), s.write(" world\n"), s.write(""))
print("tell", s.tell(), "value", repr(s.getvalue()))
print("read at end:", repr(s.read()))
print("seek", s.seek(0), "read(5)", repr(s.read(5)), "tell", s.tell())
print("read rest", repr(s.read()), "read(None) at end", repr(s.read(None)))

# Overwriting in the middle, writing past the end pads with NULs
s = io.StringIO("abcdef")
print("initial position", s.tell())
s.seek(2)
s.write("XY")
print("overwrite:", repr(s.getvalue()), s.tell())
s.seek(10)
s.write("!")
print("past the end:", repr(s.getvalue()), s.tell())

# seek relative to the current position and the end (only offset 0)
s = io.StringIO("0123456789")
s.seek(4)
print("seek(0, 1) ->", s.seek(0, 1), "seek(0, 2) ->", s.seek(0, io.SEEK_END))
print("SEEK constants", io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)

# truncate keeps the position
s = io.StringIO("0123456789")
s.seek(3)
print("truncate() ->", s.truncate(), repr(s.getvalue()), "tell", s.tell())
print("truncate(1) ->", s.truncate(1), repr(s.getvalue()), "tell", s.tell())
s.write("Z")
print("write after truncate:", repr(s.getvalue()))
print("truncate(50) ->", s.truncate(50), repr(s.getvalue()))

# readline, readlines, iteration
s = io.StringIO("first\nsecond\n\nlast")
print("readline:", repr(s.readline()), repr(s.readline(3)), repr(s.readline()))
print("readlines:", s.readlines())
s.seek(0)
print("readlines(hint=7):", s.readlines(7))
s.seek(0)
print("iteration:", [line for line in s])
s.seek(0)
print("next:", repr(next(s)), "list:", list(s))
print("lines of empty:", io.StringIO().readlines(), list(io.StringIO("")))

# Newline handling
text = "a\r\nb\rc\n"
for nl in ["\n", None, "", "\r", "\r\n"]:
    s = io.StringIO(text, newline=nl)
    print("newline=%r:" % (nl,), repr(s.getvalue()), s.readlines(), s.newlines)
s = io.StringIO(newline=None)
s.write("x\r\n")
print("newlines after \\r\\n:", repr(s.newlines))
s.write("y\n")
print("newlines after both:", s.newlines)

# writelines, flags
s = io.StringIO()
s.writelines(["a", "b\n", "c"])
print("writelines:", repr(s.getvalue()))
print("readable/writable/seekable/isatty:", s.readable(), s.writable(), s.seekable(), s.isatty())
print("line_buffering:", s.line_buffering, "flush:", s.flush())

# Context manager and close
with io.StringIO("inside") as s:
    print("in with:", s.read(), s.closed)
print("closed after with:", s.closed)
s.close()
print("close twice is fine:", s.closed)

# print(file=...) and a redirected sys.stdout
buf = io.StringIO()
print("to", "buffer", sep="_", end="!\n", file=buf)
print(file=buf)
print(3, 4.5, None, file=buf)
print("print wrote:", repr(buf.getvalue()))


class Recorder:
    """A file object that shows how print() calls it: one write per piece."""

    def __init__(self):
        self.calls = []

    def write(self, s):
        self.calls.append(s)

    def flush(self):
        self.calls.append("<flush>")


r = Recorder()
print("a", 1, sep=", ", end=".\n", file=r)
print(file=r, flush=True)
print("b", file=r, flush=False)
print("print's writes:", r.calls)
saved = sys.stdout
sys.stdout = io.StringIO()
print("captured line")
print("second", 2)
captured = sys.stdout.getvalue()
sys.stdout = saved
print("captured:", repr(captured))

# logging.StreamHandler over a StringIO
stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter("%(levelname)s|%(name)s|%(message)s"))
log = logging.getLogger("io_test")
log.addHandler(handler)
log.setLevel(logging.INFO)
log.debug("hidden")
log.info("value is %d", 42)
log.error("bad %s", "thing")
print("logged:", repr(stream.getvalue()))
print("handler repr:", repr(handler))

# logging.basicConfig(stream=...), traceback.print_exc(file=...), a StringIO subclass
import traceback

root_buf = io.StringIO()
logging.basicConfig(stream=root_buf, level=logging.INFO, format="%(levelname)s %(message)s")
logging.info("root says %s", "hi")
try:
    {}["missing"]
except KeyError:
    logging.exception("lookup failed")
    tb = io.StringIO()
    traceback.print_exc(file=tb)
print("basicConfig stream:", root_buf.getvalue().splitlines())
print("print_exc last line:", tb.getvalue().splitlines()[-1])


class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())


u = Upper()
print("shout", file=u)
print("subclass:", repr(u.getvalue()), isinstance(u, io.StringIO))

# Errors
s = io.StringIO("abc")
attempt("write(1)", lambda: s.write(1))
attempt("write(b'x')", lambda: s.write(b"x"))
attempt("seek(-1)", lambda: s.seek(-1))
attempt("seek(1, 1)", lambda: s.seek(1, 1))
attempt("seek(1, 2)", lambda: s.seek(1, 2))
attempt("seek(0, 3)", lambda: s.seek(0, 3))
attempt("seek('a')", lambda: s.seek("a"))
attempt("truncate(-1)", lambda: s.truncate(-1))
attempt("read('x')", lambda: s.read("x"))
attempt("StringIO(5)", lambda: io.StringIO(5))
attempt("StringIO(b'x')", lambda: io.StringIO(b"x"))
attempt("StringIO(newline='x')", lambda: io.StringIO(newline="x"))
attempt("StringIO(newline=5)", lambda: io.StringIO(newline=5))
attempt("StringIO(None)", lambda: io.StringIO(None).getvalue())
attempt("fileno()", lambda: s.fileno())
print("UnsupportedOperation bases:", issubclass(io.UnsupportedOperation, OSError),
      issubclass(io.UnsupportedOperation, ValueError))
s.close()
for name in ["read", "write", "getvalue", "tell", "seek", "readline", "truncate",
             "readlines", "__iter__", "__next__", "readable", "isatty", "__enter__", "flush"]:
    args = ["x"] if name == "write" else [0] if name == "seek" else []
    attempt("closed." + name, lambda: getattr(s, name)(*args))

print("io.open is open:", io.open is open)
print("TextIOWrapper:", io.TextIOWrapper.__name__)

# The last error is uncaught
closed = io.StringIO()
closed.close()
closed.write("late")
