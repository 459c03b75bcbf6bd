# os and os.path: facts only (no pids, paths of this machine or environment values).
import os
import os.path
import posixpath
from os import path

print(os.path is path, path is posixpath, os.path.__name__, os.name)
print(os.sep, repr(os.linesep), os.curdir, os.pardir, os.pathsep, os.devnull, path.sep)
print(type(os.getpid()).__name__, os.getpid() > 0, os.getpid() == os.getpid())
print(os.getcwd() == os.path.abspath("."), os.path.isabs(os.getcwd()))
print(type(os.environ).__name__ in ("_Environ", "dict"), "PATH" in os.environ)
print(os.environ["PATH"] == os.getenv("PATH"), os.environ.get("PYMEM_NO_SUCH_VAR"))
print(os.getenv("PYMEM_NO_SUCH_VAR"), os.getenv("PYMEM_NO_SUCH_VAR", "fallback"))
print(os.cpu_count() >= 1)
os.environ["PYMEM_TEST_VAR"] = "set"
print(os.getenv("PYMEM_TEST_VAR"), os.environ.get("PYMEM_TEST_VAR"), "PYMEM_TEST_VAR" in os.environ)
try:
    os.getenv(5)
except TypeError as e:
    print("TypeError", e)
for p in ["/", "/tmp", "/etc/passwd", "/no/such/path", "", "."]:
    print(repr(p), path.exists(p), path.isfile(p), path.isdir(p))
print(path.join("a", "b", "c"), path.join("/a/", "b"), path.join("a", "/b", "c"))
print(repr(path.join("", "x")), repr(path.join("a", "")), repr(path.join("a")))
for p in ["/a/b/c.txt", "a", "/", "//x", "a/b/", ".bashrc", "a/.b.c", "x..", "/a//b",
          "", "a/../b", "/../x", "./a/./b/", "../..", "a.tar.gz", "/a.b/c"]:
    print(repr(p), repr(path.basename(p)), repr(path.dirname(p)), path.split(p),
          path.splitext(p), repr(path.normpath(p)))
print(path.abspath("/a/../b/./c"), path.isabs("x"), path.isabs("/x"))
print("passwd" in os.listdir("/etc"), sorted(os.listdir("/")) == sorted(os.listdir("/")))
print(path.getsize("/etc/passwd") > 0)
for call in [lambda: os.listdir("/no/such/dir"), lambda: os.listdir("/etc/passwd"),
             lambda: path.getsize("/no/such/file")]:
    try:
        call()
    except OSError as e:
        print(type(e).__name__, e, e.errno, e.strerror, e.filename)
for call in [lambda: path.join("a", 1), lambda: path.exists(None), lambda: path.basename(3)]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
with open("/proc/%d/maps" % os.getpid()) as f:
    lines = 0
    for line in f:
        parts = line.split()
        if len(parts) >= 5 and "-" in parts[0]:
            lines += 1
print("maps lines:", lines > 5)
