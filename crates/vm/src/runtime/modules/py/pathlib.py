# pathlib for pymem: POSIX paths as objects (PurePosixPath, and PosixPath / Path, which
# also touch the file system), with CPython 3.12's parsing, reprs, comparisons and error
# messages. Written for pymem; the file-system methods go through `os`.

import fnmatch as _fnmatch
import os as _os
import posixpath as _posixpath

__all__ = ['PurePath', 'PurePosixPath', 'Path', 'PosixPath']


def _split_root(path):
    """(root, rest): POSIX keeps exactly two leading slashes, and folds three or more."""
    if path[:1] != '/':
        return '', path
    if path[1:2] != '/' or path[2:3] == '/':
        return '/', path.lstrip('/')
    return '//', path[2:]


def _join_or_decline(make, *segments):
    # `/` with an operand that is no path segment declines (NotImplemented), so that the
    # other operand may handle it.
    try:
        return make(*segments)
    except TypeError:
        return NotImplemented


class _Parents:
    """The logical ancestors of a path, nearest first, as a sequence."""

    def __init__(self, path):
        self._path, self._tail = path, path._tail

    def __len__(self):
        return len(self._tail)

    def __getitem__(self, idx):
        count = len(self)
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(count)))
        if idx < -count or idx >= count:
            raise IndexError(idx)
        # Parent number n keeps all but the last n + 1 parts.
        position = idx + count if idx < 0 else idx
        return self._path._from_parts(self._path._root, self._tail[:count - 1 - position])

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __repr__(self):
        return '<{}.parents>'.format(type(self._path).__name__)


class PurePath:
    """A path that does not touch the file system."""

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return object.__new__(cls)

    def __init__(self, *args):
        texts = []
        for a in args:
            if isinstance(a, PurePath):
                texts.append(str(a))
                continue
            try:
                text = _os.fspath(a)
            except TypeError:
                text = a
            if not isinstance(text, str):
                raise TypeError('argument should be a str or an os.PathLike object where '
                                '__fspath__ returns a str, not %r' % type(text).__name__)
            texts.append(text)
        joined = _posixpath.join(*texts) if texts else ''
        root, rest = _split_root(joined)
        self._root = root
        self._tail = [p for p in rest.split('/') if p and p != '.']

    def _from_parts(self, root, tail):
        path = object.__new__(type(self))
        path._root = root
        path._tail = list(tail)
        return path

    def with_segments(self, *args):
        return type(self)(*args)

    def __str__(self):
        text = self._root + '/'.join(self._tail)
        return text or '.'

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return _os.fsencode(str(self)) if hasattr(_os, 'fsencode') else str(self).encode()

    def __repr__(self):
        return '{}({!r})'.format(type(self).__name__, self.as_posix())

    def __reduce__(self):
        return (type(self), tuple(self.parts))

    # --- comparisons ---

    def _key(self):
        return str(self).split('/')

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return str(self) == str(other)

    def __hash__(self):
        return hash(str(self))

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() >= other._key()

    # --- joining ---

    def __truediv__(self, key):
        return _join_or_decline(self.with_segments, self, key)

    def __rtruediv__(self, key):
        return _join_or_decline(self.with_segments, key, self)

    def joinpath(self, *pathsegments):
        return self.with_segments(self, *pathsegments)

    # --- parts ---

    @property
    def parts(self):
        if self._root:
            return (self._root,) + tuple(self._tail)
        return tuple(self._tail)

    @property
    def drive(self):
        return ''

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def name(self):
        return self._tail[-1] if self._tail else ''

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        if not self._tail:
            return self
        return self._from_parts(self._root, self._tail[:-1])

    @property
    def parents(self):
        return _Parents(self)

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    # --- derived paths ---

    def with_name(self, name):
        if not self.name:
            raise ValueError('%r has an empty name' % (self,))
        if not name or '/' in name or name == '.':
            raise ValueError('Invalid name %r' % (name,))
        return self._from_parts(self._root, self._tail[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if '/' in suffix:
            raise ValueError('Invalid suffix %r' % (suffix,))
        if suffix and not suffix.startswith('.') or suffix == '.':
            raise ValueError('Invalid suffix %r' % (suffix,))
        name = self.name
        if not name:
            raise ValueError('%r has an empty name' % (self,))
        old = self.suffix
        if old:
            name = name[:-len(old)]
        return self._from_parts(self._root, self._tail[:-1] + [name + suffix])

    def is_relative_to(self, other, *_deprecated):
        base = self.with_segments(other, *_deprecated)
        return base == self or base in self.parents

    def relative_to(self, other, *_deprecated, walk_up=False):
        base = self.with_segments(other, *_deprecated)
        # The first of base and its ancestors that self lies under (only base itself
        # unless walk_up); each step up becomes a '..'.
        for step, path in enumerate([base, *base.parents]):
            if self.is_relative_to(path):
                break
            if not walk_up:
                raise ValueError('%r is not in the subpath of %r' % (str(self), str(base)))
            if path.name == '..':
                raise ValueError("'..' segment in %r cannot be walked" % (str(base),))
        else:
            raise ValueError('%r and %r have different anchors' % (str(self), str(base)))
        parts = ['..'] * step + self._tail[len(path._tail):]
        return self.with_segments(*parts)

    def match(self, path_pattern, *, case_sensitive=None):
        pattern = self.with_segments(path_pattern)
        if not pattern.parts:
            raise ValueError('empty pattern')
        pat_parts = pattern.parts
        parts = self.parts
        if pattern._root:
            if len(pat_parts) != len(parts):
                return False
        elif len(pat_parts) > len(parts):
            return False
        match = _fnmatch.fnmatchcase if case_sensitive is not False else _fold_match
        for part, pat in zip(reversed(parts), reversed(pat_parts)):
            if not match(part, pat):
                return False
        return True


def _fold_match(name, pattern):
    return _fnmatch.fnmatchcase(name.lower(), pattern.lower())


class PurePosixPath(PurePath):
    """A POSIX path that does not touch the file system."""


class Path(PurePath):
    """A path on the file system (a PosixPath here)."""

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return object.__new__(cls)

    @classmethod
    def cwd(cls):
        return cls(_os.getcwd())

    @classmethod
    def home(cls):
        return cls(_os.path.expanduser('~'))

    def absolute(self):
        if self.is_absolute():
            return self
        return self.with_segments(_os.getcwd(), self)

    def resolve(self, strict=False):
        if strict:
            _os.stat(str(self))
        return self.with_segments(_os.path.realpath(str(self)))

    def expanduser(self):
        return self.with_segments(_os.path.expanduser(str(self)))

    # --- queries ---

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            return _os.stat(str(self))
        return _os.lstat(str(self))

    def lstat(self):
        return _os.lstat(str(self))

    def exists(self, *, follow_symlinks=True):
        try:
            self.stat(follow_symlinks=follow_symlinks)
        except (FileNotFoundError, NotADirectoryError):
            return False
        return True

    def is_dir(self):
        return _os.path.isdir(str(self))

    def is_file(self):
        return _os.path.isfile(str(self))

    def is_symlink(self):
        return _os.path.islink(str(self))

    def samefile(self, other_path):
        st = self.stat()
        other = _os.stat(str(other_path))
        return st.st_ino == other.st_ino and st.st_dev == other.st_dev

    # --- directories ---

    def iterdir(self):
        for name in _os.listdir(str(self)):
            yield self._from_parts(self._root, self._tail + [name])

    def _children(self, dirs_only=False):
        try:
            names = _os.listdir(str(self))
        except OSError:
            return []
        out = []
        for name in names:
            child = self._from_parts(self._root, self._tail + [name])
            if not dirs_only or child.is_dir() and not child.is_symlink():
                out.append(child)
        return out

    def _walk_dirs(self):
        yield self
        for child in self._children(dirs_only=True):
            yield from child._walk_dirs()

    def glob(self, pattern, *, case_sensitive=None):
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        pat = PurePosixPath(pattern)
        if pat._root:
            raise NotImplementedError('Non-relative patterns are unsupported')
        parts = list(pat._tail)
        if pattern.endswith('/'):
            parts.append('')
        match = _fnmatch.fnmatchcase if case_sensitive is not False else _fold_match
        found = [self]
        for i, part in enumerate(parts):
            last = i == len(parts) - 1
            step = []
            seen = set()
            for base in found:
                if part == '**':
                    candidates = base._walk_dirs()
                elif part == '':
                    candidates = [base] if base.is_dir() else []
                elif _fnmatch_has_magic(part):
                    candidates = [c for c in base._children(dirs_only=not last)
                                  if match(c.name, part)]
                else:
                    child = base._from_parts(base._root, base._tail + [part])
                    ok = child.exists() if last else child.is_dir()
                    candidates = [child] if ok else []
                for c in candidates:
                    key = str(c)
                    if key not in seen:
                        seen.add(key)
                        step.append(c)
            found = step
        return iter(found)

    def rglob(self, pattern, *, case_sensitive=None):
        return self.glob('**/' + pattern, case_sensitive=case_sensitive)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            _os.mkdir(str(self), mode)
        except FileNotFoundError:
            # A missing ancestor: made first (existing ones are fine), then this one again.
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, exist_ok=exist_ok)
        except OSError:
            # Already there: fine for a directory when allowed.
            if exist_ok and self.is_dir():
                return
            raise

    def rmdir(self):
        _os.rmdir(str(self))

    # --- files ---

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        return open(str(self), mode, encoding=encoding, errors=errors, newline=newline)

    def read_text(self, encoding=None, errors=None):
        with self.open(encoding=encoding, errors=errors) as f:
            return f.read()

    def read_bytes(self):
        with self.open('rb') as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        with self.open('w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def write_bytes(self, data):
        view = memoryview(data)
        with self.open('wb') as f:
            return f.write(view)

    def touch(self, mode=0o666, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, 'File exists', str(self))
            _os.utime(str(self)) if hasattr(_os, 'utime') else None
            return
        with self.open('a'):
            pass

    def unlink(self, missing_ok=False):
        try:
            _os.unlink(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rename(self, target):
        _os.rename(str(self), str(target))
        return self.with_segments(target)

    def replace(self, target):
        _os.replace(str(self), str(target))
        return self.with_segments(target)


def _fnmatch_has_magic(part):
    return any(c in part for c in '*?[')


class PosixPath(Path, PurePosixPath):
    """A POSIX path on the file system."""
