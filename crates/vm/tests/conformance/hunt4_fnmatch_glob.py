# fnmatch (filter/fnmatch/fnmatchcase/translate, bytes) and glob (wildcards per directory, hidden
# files, trailing separators, recursive '**', root_dir, include_hidden, escape).
import fnmatch, glob, os, tempfile
names = ["a.py", "b.PY", "data.csv", ".hidden.py", "x1.txt", "x22.txt", "[a].txt", "notes", "a-b"]
for pat in ["*.py", "*.PY", "x?.txt", "x*.txt", "[ab].*", "[!ab]*", "*", ".*", "[[]a].txt", "[a-c]*", "[z-a]*", "[!z-a]*", "a[", "*-*", "[!]]*", "[]a]*", "*.[ct]*"]:
    print(pat, fnmatch.filter(names, pat), fnmatch.fnmatch("A.PY", pat), fnmatch.fnmatchcase("a.py", pat))
print(fnmatch.translate("*.py"), fnmatch.translate("?x[!a-c]"), fnmatch.translate("a["))
print(fnmatch.filter([b"a.py", b"b.txt"], b"*.py"))
d = tempfile.mkdtemp()
os.chdir(d)
for p in ["a.py", "b.txt", "sub/c.py", "sub/deep/d.py", "sub/deep/e.txt", ".hid/f.py", "sub/.g.py", "other/h.py"]:
    os.makedirs(os.path.dirname(p) or ".", exist_ok=True)
    open(p, "w").close()
print(sorted(glob.glob("*.py")), sorted(glob.glob("*")), sorted(glob.glob("*/")), sorted(glob.glob("*/*.py")))
print(sorted(glob.glob("**/*.py", recursive=True)), sorted(glob.glob("**", recursive=True)), sorted(glob.glob("sub/**", recursive=True)))
print(sorted(glob.glob("**/*.py")), sorted(glob.glob(".*")), sorted(glob.glob("*", include_hidden=True)), sorted(glob.glob("sub/.*")))
print(glob.glob("nothing*"), glob.glob("a.py"), glob.glob("sub/"), glob.glob("missing/"), glob.glob(""), sorted(glob.glob("*.py", root_dir="sub")))
print(sorted(glob.glob(os.path.join(d, "s*", "*.py"))) == [os.path.join(d, "sub", "c.py")], sorted(glob.iglob("*/deep/*")), glob.escape("a[b]*?.py"))
print(sorted(glob.glob("**/", recursive=True)), sorted(glob.glob("*/**/*.txt", recursive=True)), glob.has_magic("a*"))
import shutil; os.chdir("/"); shutil.rmtree(d)
