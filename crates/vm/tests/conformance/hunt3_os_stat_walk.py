# os.chdir, os.stat/lstat (os.stat_result), os.walk, the stat module, and bytearray's
# in-place operator methods called directly.
import os, stat, tempfile
b = bytearray(b'ab'); print(b.__iadd__(b'cd'), b.__imul__(2), b, bytearray.__add__(b, b'x'), bytearray(b'%d') % 5)
base = tempfile.mkdtemp()
old = os.getcwd()
os.chdir(base)
print(os.getcwd() == os.path.realpath(base) or os.getcwd() == base)
os.makedirs('a/b/c')
os.makedirs('a/d')
with open('a/f1.txt', 'w') as f: f.write('hello')
with open('a/b/f2.txt', 'w') as f: f.write('x' * 100)
with open('top.txt', 'w') as f: f.write('')
st = os.stat('a/f1.txt')
print(st.st_size, type(st).__name__, type(st).__module__, len(st), st[6], oct(st.st_mode), isinstance(st.st_mtime, float), st[8] == int(st.st_mtime), st.st_mtime_ns // 10**9 == st[8])
print(os.stat('a').st_mode & 0o170000 == 0o040000, os.lstat('top.txt').st_size, st.n_sequence_fields, st.n_fields)
print(repr(st).startswith('os.stat_result(st_mode='), repr(st).count('='))
for top, dirs, files in os.walk('.'):
    dirs.sort()
    print(top, dirs, sorted(files))
print([t for t, d, f in os.walk('a', topdown=False)].__len__())
print(sorted(t for t, d, f in os.walk('a', topdown=False)))
print(list(os.walk('missing')))
errs = []
list(os.walk('missing', onerror=errs.append)); print(errs)
try: os.stat('nope')
except FileNotFoundError as e: print(e, e.filename)
try: os.chdir('nope')
except FileNotFoundError as e: print(e)
try: os.stat(3.5)
except TypeError as e: print(e)
try: print(os.stat_result((1,)*10), os.stat_result(range(10)).st_mtime, os.stat_result((1,)*9))
except TypeError as e: print(e)
os.chdir(old)
print(os.path.islink(base), os.path.isdir(base))
print(stat.S_ISDIR(os.stat(base).st_mode), stat.S_ISREG(os.stat(base).st_mode), stat.filemode(0o100644), stat.S_IFMT(0o40755) == stat.S_IFDIR)
for top, dirs, files in os.walk(base, topdown=False):
    for name in files:
        os.remove(os.path.join(top, name))
    for name in dirs:
        os.rmdir(os.path.join(top, name))
os.rmdir(base)
print(os.path.exists(base))
