# os.scandir/DirEntry, fspath/PathLike, SEEK_*/access constants, strerror, urandom and
# removedirs; shutil.which and get_terminal_size (from COLUMNS/LINES); random.randbytes.
import os, shutil, random, tempfile
d = tempfile.mkdtemp()
for n in ["b.txt", "a.py"]:
    open(os.path.join(d, n), "w").close()
os.mkdir(os.path.join(d, "sub"))
with os.scandir(d) as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(e.name, e.path == os.path.join(d, e.name), e.is_dir(), e.is_file(), e.is_symlink(), e.stat().st_size, os.fspath(e) == e.path)
print(repr(entries[0]), type(entries[0]).__name__, type(os.scandir(d)).__name__)
print(isinstance(entries[0], os.PathLike), isinstance("x", os.PathLike), os.fspath("abc"), os.fspath(b"x"))
class P:
    def __fspath__(self): return "/tmp"
print(os.fspath(P()), isinstance(P(), os.PathLike), issubclass(P, os.PathLike))
try:
    os.fspath(3)
except TypeError as e:
    print(e)
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.F_OK, os.R_OK, os.W_OK, os.X_OK)
print(os.strerror(2), os.strerror(13), os.strerror(0))
print(len(os.urandom(8)), os.urandom(0))
try:
    os.urandom(-1)
except ValueError as e:
    print(e)
os.makedirs(os.path.join(d, "x", "y", "z"))
os.removedirs(os.path.join(d, "x", "y", "z")); print(os.path.exists(os.path.join(d, "x")))
shutil.rmtree(d)
sh = shutil.which("sh"); print(sh is not None and sh.endswith("/sh"), shutil.which("definitely-not-a-cmd"), shutil.which("/bin/sh"))
os.environ["COLUMNS"] = "100"; os.environ["LINES"] = "30"
ts = shutil.get_terminal_size(); print(ts, ts.columns, ts.lines, tuple(ts))
del os.environ["COLUMNS"]
print(shutil.get_terminal_size((120, 40)).lines)
random.seed(7); print(random.randbytes(5), random.Random(3).randbytes(4), random.randbytes(0))
