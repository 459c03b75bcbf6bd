# open(): universal newlines when reading text (newline=None), kept with newline='' or
# '\n'; tell() and seek() of files being read (text: only zero-relative moves), tell()
# of files being written.
import os

path = "/tmp/pymem_conformance_files_newlines_seek_%d.txt" % os.getpid()
with open(path, "w", newline="") as f:
    f.write("a\r\nb\rc\nd")
with open(path, "rb") as f:
    print(f.read())
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print(f.readlines())
with open(path, newline="") as f:
    print(repr(f.read()))
with open(path, newline=None) as f:
    print([line for line in f])

with open(path, "w") as f:
    f.write("hello\nworld\n")
    print("written tell", f.tell())
with open(path) as f:
    print(f.tell(), repr(f.read(3)), f.tell(), repr(f.readline()), f.tell())
    print(f.seek(0), repr(f.read()))
    print(f.seek(0, 2), repr(f.read()))
    print(f.seek(2), repr(f.read(2)), f.seek(0, 1))
    try:
        f.seek(1, 1)
    except OSError as e:
        print(type(e).__name__, e)
    try:
        f.seek(-1, 2)
    except OSError as e:
        print(type(e).__name__, e)
with open(path, "rb") as f:
    print(f.read(2), f.tell(), f.seek(-3, 2), f.read(), f.seek(1, 0), f.seek(2, 1), f.read(1))
f = open(path)
f.close()
try:
    f.tell()
except ValueError as e:
    print(type(e).__name__, e)
os.remove(path)
