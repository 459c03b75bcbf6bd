# io.BytesIO: an in-memory binary stream
import io


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


b = io.BytesIO()
print("type:", type(b).__name__, type(b).__module__, isinstance(b, io.BufferedIOBase))
print("write returns", b.write(b"hello"), b.write(bytearray(b" world\n")), b.write(b""))
print("tell", b.tell(), "value", b.getvalue())
print("read at end:", b.read())
print("seek", b.seek(0), "read(5)", b.read(5), "tell", b.tell())
print("read rest", b.read(), "read1", b.read1())

b = io.BytesIO(b"abcdef")
print("initial", b.tell(), b.getvalue())
b.seek(2)
b.write(b"XY")
print("overwrite:", b.getvalue(), b.tell())
b.seek(10)
b.write(b"!")
print("past the end:", b.getvalue(), b.tell())
print("BytesIO(bytearray):", io.BytesIO(bytearray(b"ba")).getvalue(), io.BytesIO(None).getvalue())

# Relative seeks clamp at 0
b = io.BytesIO(b"0123456789")
print("seek(3)", b.seek(3), "seek(2, 1)", b.seek(2, 1), "seek(-2, 2)", b.seek(-2, 2))
print("seek(-100, 1)", b.seek(-100, 1), "seek(-100, 2)", b.seek(-100, 2))
print("seek(100) then read:", b.seek(100), b.read())

# truncate
b = io.BytesIO(b"0123456789")
b.seek(4)
print("truncate() ->", b.truncate(), b.getvalue(), b.tell())
print("truncate(2) ->", b.truncate(2), b.getvalue(), b.tell())
b.write(b"Z")
print("write after truncate:", b.getvalue())

# Lines
b = io.BytesIO(b"one\ntwo\r\nthree")
print("readline:", b.readline(), b.readline(2), b.readline())
print("readlines:", b.readlines())
b.seek(0)
print("readlines(5):", b.readlines(5))
b.seek(0)
print("iteration:", list(b))
b.seek(0)
print("next:", next(b))

# readinto, writelines, flags
b = io.BytesIO(b"abcdef")
target = bytearray(4)
print("readinto:", b.readinto(target), target)
b = io.BytesIO()
b.writelines([b"x", bytearray(b"y"), b"z"])
print("writelines:", b.getvalue())
print("flags:", b.readable(), b.writable(), b.seekable(), b.isatty(), b.flush())

with io.BytesIO(b"ctx") as b:
    print("in with:", b.read(), b.closed)
print("closed after with:", b.closed)

# Errors
b = io.BytesIO(b"abc")
attempt("write('x')", lambda: b.write("x"))
attempt("write(5)", lambda: b.write(5))
attempt("seek(-1)", lambda: b.seek(-1))
attempt("seek(0, 3)", lambda: b.seek(0, 3))
attempt("seek(1.5)", lambda: b.seek(1.5))
attempt("truncate(-1)", lambda: b.truncate(-1))
attempt("read('x')", lambda: b.read("x"))
attempt("BytesIO('x')", lambda: io.BytesIO("x"))
attempt("BytesIO(5)", lambda: io.BytesIO(5))
attempt("fileno()", lambda: b.fileno())
b.close()
for name in ["read", "write", "getvalue", "tell", "seek", "readline", "truncate", "readlines",
             "__next__", "readable", "flush", "__enter__"]:
    args = [b"x"] if name == "write" else [0] if name == "seek" else []
    attempt("closed." + name, lambda: getattr(b, name)(*args))
print("iter of closed is itself:", iter(b) is b)

# The last error is uncaught
io.BytesIO(b"data").write("text")
