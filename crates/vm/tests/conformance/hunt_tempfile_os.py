# tempfile (mkdtemp, TemporaryDirectory, NamedTemporaryFile, mkstemp, gettempdir) and
# os.makedirs / rename / replace, as a script writing files in a temporary directory does.
import os
import tempfile

print(tempfile.gettempdir() == (os.environ.get("TMPDIR") or "/tmp"), tempfile.gettempprefix())
with tempfile.TemporaryDirectory() as d:
    print(os.path.isdir(d), os.path.basename(d).startswith("tmp"), len(os.path.basename(d)))
    nested = os.path.join(d, "a", "b", "c")
    os.makedirs(nested)
    os.makedirs(nested, exist_ok=True)
    try:
        os.makedirs(nested)
    except FileExistsError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename == nested)
    src = os.path.join(nested, "notes.txt")
    with open(src, "w") as f:
        f.write("first\nsecond\n")
    dst = os.path.join(d, "moved.txt")
    os.rename(src, dst)
    print(os.path.exists(src), os.path.exists(dst), sorted(os.listdir(d)))
    with open(os.path.join(d, "other.txt"), "w") as f:
        f.write("other")
    os.replace(os.path.join(d, "other.txt"), dst)
    with open(dst) as f:
        print(repr(f.read()))
    try:
        os.rename(os.path.join(d, "missing"), dst)
    except FileNotFoundError as e:
        print(type(e).__name__, str(e).replace(d, "<tmp>"))
    keep = d
print(os.path.exists(keep))

t = tempfile.TemporaryDirectory(prefix="report_", suffix=".d")
name = os.path.basename(t.name)
print(name.startswith("report_"), name.endswith(".d"), repr(t).startswith("<TemporaryDirectory '"))
t.cleanup()
t.cleanup()
print(os.path.exists(t.name))

d = tempfile.mkdtemp(prefix="hunt")
print(os.path.isabs(d), os.path.basename(d).startswith("hunt"))
fd, path = tempfile.mkstemp(suffix=".csv", dir=d)
print(os.path.dirname(path) == d, path.endswith(".csv"), os.path.getsize(path))
with tempfile.NamedTemporaryFile("w", suffix=".log", dir=d) as f:
    f.write("logged\n")
    print(f.name.endswith(".log"), os.path.exists(f.name))
print(os.path.exists(f.name))
with tempfile.NamedTemporaryFile("w", dir=d, delete=False) as f:
    f.write("kept")
with open(f.name) as g:
    print(g.read())
os.remove(f.name)
os.remove(path)
os.rmdir(d)
print(os.path.exists(d))
