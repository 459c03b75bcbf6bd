# pathlib: pure POSIX paths (parsing, parts, names and suffixes, parents, derived paths,
# relative_to and match with CPython's ValueErrors, comparisons and hashing) and concrete
# paths on a temporary directory (mkdir, read/write, iterdir, glob/rglob, rename, unlink).
import os, tempfile
from pathlib import Path, PurePath, PurePosixPath, PosixPath

for text in ['', '.', '/', '//', '///a', 'a/b/', './a/./b', '/usr/lib/python3.12/os.py',
             'archive.tar.gz', '.bashrc', 'name.', 'a/..', '//net/share']:
    p = PurePosixPath(text)
    print(repr(p), str(p), p.parts, repr(p.name), repr(p.stem), repr(p.suffix), p.suffixes,
          repr(p.anchor), repr(p.parent), p.is_absolute())
p = PurePosixPath('/usr', 'lib', Path('python3'), 'x.py')
print(p, list(p.parents), len(p.parents), p.parents[0], p.parents[-1], p.parents[1:3],
      repr(p.parents))
try:
    p.parents[4]
except IndexError as e:
    print('IndexError', e)
print(p / 'more', 'pre' / PurePosixPath('post'), p / '/abs', p.joinpath('a', 'b'))
print(p.with_name('y.txt'), p.with_suffix('.pyc'), p.with_suffix(''), p.with_stem('z'),
      PurePosixPath('a.tar.gz').with_suffix('.bz2'))
for call in [lambda: p.with_name(''), lambda: p.with_name('a/b'), lambda: p.with_suffix('txt'),
             lambda: p.with_suffix('.'), lambda: PurePosixPath('/').with_name('x'),
             lambda: PurePosixPath('').with_suffix('.x'), lambda: p.relative_to('/etc'),
             lambda: p.relative_to('usr'), lambda: PurePosixPath('a').relative_to('/a'),
             lambda: p.match(''), lambda: PurePosixPath(3)]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(p.relative_to('/usr'), p.relative_to('/usr/lib/python3/x.py'),
      p.relative_to('/usr/share', walk_up=True), p.is_relative_to('/usr'),
      p.is_relative_to('/etc'))
print(p.match('*.py'), p.match('python3/*.py'), p.match('/usr/*/*/*.py'), p.match('/*.py'),
      p.match('lib/*.py'), p.match('*.PY'), p.match('*.PY', case_sensitive=False))
a, b, c = PurePosixPath('a/b'), PurePosixPath('a/b/'), PurePosixPath('a/c')
print(a == b, a == c, a == 'a/b', a < c, sorted([c, a, PurePosixPath('/z'), PurePosixPath('a')]),
      hash(a) == hash(b), len({a, b, c}), PurePosixPath('a') == PosixPath('a'))
try:
    a < 'x'
except TypeError as e:
    print('TypeError', e)
print(os.fspath(a), str(a), a.as_posix(), type(PurePath('x')).__name__,
      type(Path('x')).__name__, Path is not PosixPath, isinstance(Path('x'), PurePosixPath))

d = Path(tempfile.mkdtemp())
print(d.exists(), d.is_dir(), d.is_file(), d.is_absolute())
sub = d / 'one' / 'two'
try:
    sub.mkdir()
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, e.filename == str(sub))
sub.mkdir(parents=True)
sub.mkdir(parents=True, exist_ok=True)
try:
    sub.mkdir()
except FileExistsError as e:
    print('FileExistsError', e.errno)
f = sub / 'data.txt'
print(f.write_text('hello\nworld\n'), f.read_text(), f.stat().st_size, f.exists(), f.is_file())
print((d / 'b.bin').write_bytes(b'\x00\x01'), (d / 'b.bin').read_bytes())
try:
    f.write_text(b'x')
except TypeError as e:
    print('TypeError', e)
(d / 'one' / 'x.py').write_text('pass\n')
(d / 'one' / '.hidden.py').write_text('pass\n')
with f.open() as fh:
    print(fh.readline(), end='')
with open(f) as fh:
    print(fh.read().split())
print(sorted(p.name for p in d.iterdir()))
print(sorted(str(p.relative_to(d)) for p in d.glob('*')))
print(sorted(str(p.relative_to(d)) for p in d.glob('one/*.py')))
print(sorted(str(p.relative_to(d)) for p in d.rglob('*.txt')))
print(sorted(str(p.relative_to(d)) for p in d.glob('**/*')))
print(sorted(str(p.relative_to(d)) for p in d.glob('**')))
print(sorted(str(p.relative_to(d)) for p in d.glob('one/two/data.txt')), list(d.glob('nope')))
for pat in ['', '/abs']:
    try:
        list(d.glob(pat))
    except (ValueError, NotImplementedError) as e:
        print(type(e).__name__, e)
moved = f.rename(sub / 'renamed.txt')
print(moved.name, f.exists(), moved.exists(), type(moved).__name__)
moved.unlink()
moved.unlink(missing_ok=True)
try:
    moved.unlink()
except FileNotFoundError as e:
    print('FileNotFoundError', e.strerror)
try:
    (d / 'one').rmdir()
except OSError as e:
    print(type(e).__name__, e.errno)
sub.rmdir()
print(sub.exists(), Path.cwd() == Path(os.getcwd()), Path.home() == Path(os.path.expanduser('~')))
old = os.getcwd()
os.chdir(d)
print(Path('one').absolute() == d / 'one', Path('one/../one').resolve() == (d / 'one').resolve())
os.chdir(old)
for q in sorted(d.rglob('*'), reverse=True):
    q.rmdir() if q.is_dir() else q.unlink()
d.rmdir()
print(d.exists())
