# sys.stdout / sys.stderr as text streams: their attributes and methods, the binary buffer
# beneath (bytes come out after the text written before them), and the errors of misuse.
import sys

out = sys.stdout
print(type(out).__name__, type(out).__module__, out.encoding, out.name, out.mode)
print(sys.stderr.name, sys.stderr.mode, sys.stderr.errors, sys.stderr.encoding)
print(out.fileno(), sys.stderr.fileno(), out.writable(), out.readable(), out.newlines)
print(repr(out), repr(sys.stderr))
print(type(out.buffer).__name__, out.buffer.name, out.buffer.mode, out.buffer.writable())
print(out.write("text then "), end="")
print(out.buffer.write(b"bytes\n"))
print(out.buffer.write(bytearray(b"bytearray\n")), out.buffer.write(memoryview(b"view\n")))
out.writelines(["a\n", "b\n"])
out.buffer.writelines([b"c\n", b"d\n"])
print(out.reconfigure(line_buffering=False), out.line_buffering, out.flush())
out.reconfigure(encoding="UTF-8")
print(out.encoding, sys.__stdout__ is out, out.closed, out.buffer.closed)
print(isinstance(out.isatty(), bool), isinstance(out.seekable(), bool))
for bad in (lambda: out.write(b"x"), lambda: out.write(), lambda: out.buffer.write("x"),
            lambda: out.reconfigure(bogus=1), lambda: out.reconfigure(encoding=5),
            lambda: out.flush(1), lambda: out.writelines(5)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
b = out.buffer
for bad in (lambda: b.flush(1), lambda: b.write(), lambda: b.fileno(1), lambda: out.fileno(1),
            lambda: out.isatty(1), lambda: out.writable(1), lambda: b.close(1),
            lambda: out.writelines(), lambda: b.writelines(), lambda: out.reconfigure(1),
            lambda: b.writelines(5), lambda: b.readable(1), lambda: type(out).flush()):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(out.buffer.write(b"done\n"))
# Pending text stays above the buffer: flushing the buffer leaves it pending, flushing the
# text stream sends it.
print("pending text")
out.buffer.flush()
out.buffer.write(b"bytes first\n")
out.flush()
out.buffer.write(b"after the flush\n")
