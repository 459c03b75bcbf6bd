# open() of a file descriptor: closefd, modes, buffering=0 (FileIO), reprs of file
# objects, bad descriptors.
import os, io


def shown(obj, fd):
    # Descriptor numbers depend on what else is open: show them as FD.
    return repr(obj).replace("name=%d" % fd, "name=FD")


r, w = os.pipe()
f = open(w, "w", closefd=False)
print(shown(f, w), f.name == w, f.mode, f.fileno() == w)
f.write("hello\n"); f.close()
print(os.read(r, 100))
os.write(w, b"still open\n")
print(os.read(r, 100))
g = open(w, "wb")
print(shown(g, w), g.name == w)
g.write(b"bin"); g.close()
# (The read to the end below shows that closing the file closed the descriptor.)
rf = open(r, "rb", buffering=0)
print(type(rf).__name__, rf.name == r, rf.closefd, rf.read(), shown(rf, r))
rf.close()
for args in [(9999,), (9999, "rb"), ("x", "r", -1, None, None, None, False), (-1,)]:
    try:
        open(*args)
    except Exception as e:
        print(type(e).__name__, e)
r, w = os.pipe()
with open(w, "w", encoding="latin-1") as f:
    print(f.encoding, shown(f, w))
    f.write("é")
with open(r, "rb") as f:
    print(f.read())
fd = os.open("/tmp", os.O_RDONLY)
try:
    open(fd, closefd=False)
except OSError as e:
    print(type(e).__name__, e.errno)
print(os.fstat(fd).st_mode > 0 if hasattr(os, "fstat") else True)
os.close(fd)
print(io.FileIO(0, closefd=False).name)
