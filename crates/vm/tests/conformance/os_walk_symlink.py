# os.walk (top-down with pruning, bottom-up, followlinks, onerror) over a tree with a symlink; os.symlink and its errors.
import os, tempfile
base = tempfile.mkdtemp()
for d in ("a/b/c", "a/d", "e", "f/g"):
    os.makedirs(os.path.join(base, d))
for fn in ("a/x.txt", "a/b/y.txt", "e/z.txt", "top.txt", "a/b/c/w.txt"):
    open(os.path.join(base, fn), "w").close()
os.symlink(os.path.join(base, "a"), os.path.join(base, "link_to_a"))
rel = lambda p: os.path.relpath(p, base)
def show(it):
    for top, dirs, files in it:
        print(rel(top), sorted(dirs), sorted(files))
    print("--")
def srt(it):
    for top, dirs, files in it:
        dirs.sort()
        yield top, dirs, files
show(srt(os.walk(base)))
res = list(os.walk(base, topdown=False))
print(sorted((rel(t), sorted(d), sorted(f)) for t, d, f in res))
for t, d, f in os.walk(base, followlinks=True):
    d.sort()
    if os.path.basename(t) == "a":
        d.remove("b")
    print(rel(t), d)
print("--")
errs = []
print(list(os.walk(os.path.join(base, "missing"), onerror=errs.append)), [type(e).__name__ for e in errs])
# bottom-up: children before parents
order = [rel(t) for t, d, f in os.walk(base, topdown=False)]
print(all(order.index(rel(os.path.join(base, x))) < order.index(rel(os.path.join(base, y))) for x, y in (("a/b/c", "a/b"), ("a/b", "a"), ("a", "."))))
import shutil; shutil.rmtree(base)

import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "l")
os.symlink("nowhere", p)
print(os.path.islink(p), os.path.exists(p), os.path.lexists(p))
try:
    os.symlink("x", p)
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename == "x", e.filename2 == p)
os.remove(p); os.rmdir(d)
