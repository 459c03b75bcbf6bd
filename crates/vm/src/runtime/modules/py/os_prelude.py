# The Python part of pymem's native `os` module (run into its namespace): stat_result and
# stat/lstat over the native `_stat`, and walk (Python in CPython's os too).

_STAT_FIELDS = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size')


class stat_result(tuple):
    """CPython's os.stat_result: a 10-tuple (the times as whole seconds) whose attributes
    also give the float times, the nanosecond times, st_blksize, st_blocks and st_rdev."""

    n_sequence_fields = 10
    n_fields = 19
    n_unnamed_fields = 3

    def __new__(cls, sequence, dict=None):
        values = tuple(sequence)
        if len(values) < 10:
            raise TypeError('os.stat_result() takes an at least 10-sequence (%d-sequence '
                            'given)' % len(values))
        if len(values) > 19:
            raise TypeError('os.stat_result() takes an at most 19-sequence (%d-sequence '
                            'given)' % len(values))
        r = tuple.__new__(cls, values[:10])
        extra = list(values[10:]) + [None] * (19 - len(values))
        # As CPython's statresult_new: float times not given are the whole seconds.
        for i in range(3):
            if extra[i] is None:
                extra[i] = values[7 + i]
        r._extra = tuple(extra)
        return r

    def __repr__(self):
        names = _STAT_FIELDS + ('st_atime', 'st_mtime', 'st_ctime')
        return 'os.stat_result(%s)' % ', '.join(
            '%s=%r' % (n, v) for n, v in zip(names, self))

    def __reduce__(self):
        return (stat_result, (tuple(self), self._extra))


def _field(i):
    return property(lambda self: tuple.__getitem__(self, i))


def _extra_field(i):
    return property(lambda self: self._extra[i])


for _i, _n in enumerate(_STAT_FIELDS):
    setattr(stat_result, _n, _field(_i))
for _i, _n in enumerate(('st_atime', 'st_mtime', 'st_ctime', 'st_atime_ns', 'st_mtime_ns',
                         'st_ctime_ns', 'st_blksize', 'st_blocks', 'st_rdev')):
    setattr(stat_result, _n, _extra_field(_i))
stat_result.__module__ = 'os'
del _i, _n


def _make_stat(raw):
    times_ns = raw[7:10]
    return stat_result(raw[:7] + tuple(t // 1000000000 for t in times_ns)
                       + tuple(t / 1e9 for t in times_ns) + times_ns + raw[10:])


def stat(path, *, dir_fd=None, follow_symlinks=True):
    return _make_stat(_stat(path, follow_symlinks, 'stat'))


def lstat(path, *, dir_fd=None):
    return _make_stat(_stat(path, False, 'lstat'))


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: (dirpath, dirnames, filenames) for each directory."""
    # Work still to do, last first: (False, directory to list) or (True, a listing whose
    # subdirectories are done: bottom-up order yields it then).
    todo = [(False, top)]
    while todo:
        done, item = todo.pop()
        if done:
            yield item
            continue
        try:
            names = listdir(item)
        except OSError as error:
            if onerror is not None:
                onerror(error)
            continue
        subdirs, files = [], []
        for name in names:
            try:
                is_dir = path.isdir(path.join(item, name))
            except OSError:
                is_dir = False
            (subdirs if is_dir else files).append(name)
        if topdown:
            # The caller may prune `subdirs` before the walk goes down.
            yield item, subdirs, files
        else:
            todo.append((True, (item, subdirs, files)))
        below = [path.join(item, d) for d in subdirs]
        for sub in reversed(below):
            if followlinks or not path.islink(sub):
                todo.append((False, sub))


# lseek whence values and access() modes (Linux's).
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
F_OK, X_OK, W_OK, R_OK = 0, 1, 2, 4


def fspath(path):
    """The str or bytes a path-like object stands for."""
    if isinstance(path, (str, bytes)):
        return path
    kind = type(path)
    try:
        method = kind.__fspath__
    except AttributeError:
        raise TypeError('expected str, bytes or os.PathLike object, not '
                        + kind.__name__) from None
    result = method(path)
    if isinstance(result, (str, bytes)):
        return result
    raise TypeError('expected %s.__fspath__() to return str or bytes, not %s'
                    % (kind.__name__, type(result).__name__))


# CPython keeps undecodable bytes of a name as lone surrogates ('surrogateescape');
# pymem's str cannot hold those, so such bytes decode to U+FFFD instead.
def fsencode(filename):
    """A path as bytes, in the file-system encoding (UTF-8)."""
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8')
    return filename


def fsdecode(filename):
    """A path as str, decoded from the file-system encoding (UTF-8)."""
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'replace')
    return filename


def get_exec_path(env=None):
    """The directories a program name is looked up in: PATH of `env` (os.environ by
    default), else the system's default search path."""
    if env is None:
        env = environ
    path = env.get('PATH')
    if path is None:
        path = confstr('CS_PATH')
    return path.split(pathsep)


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    """A file object over the open descriptor `fd` (the built-in open's)."""
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import io
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


def fstat(fd):
    """The status of an open file descriptor."""
    # The descriptor is checked first: a closed one is EBADF, as fstat(2) reports it.
    get_inheritable(fd)
    return stat('/proc/self/fd/%d' % fd)


class _PathLikeMeta(type):
    # isinstance(x, os.PathLike) for any class with __fspath__, as abc's subclass hook.
    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))

    def __subclasscheck__(cls, sub):
        return any('__fspath__' in vars(k) for k in sub.__mro__)


class PathLike(metaclass=_PathLikeMeta):
    """Abstract base class for objects with a file-system path (__fspath__)."""

    def __fspath__(self):
        raise NotImplementedError


PathLike.__module__ = 'os'


class DirEntry:
    """One entry of a scandir() listing: its name and path, with stat-based tests."""

    def __init__(self, directory, name):
        self.name = name
        self.path = path.join(directory, name)

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return '<DirEntry %r>' % self.name

    def stat(self, *, follow_symlinks=True):
        return stat(self.path) if follow_symlinks else lstat(self.path)

    def inode(self):
        return lstat(self.path).st_ino

    def is_dir(self, *, follow_symlinks=True):
        return path.isdir(self.path) if follow_symlinks or not path.islink(self.path) else False

    def is_file(self, *, follow_symlinks=True):
        return path.isfile(self.path) if follow_symlinks or not path.islink(self.path) else False

    def is_symlink(self):
        return path.islink(self.path)


DirEntry.__module__ = 'posix'


class _ScandirIterator:
    def __init__(self, directory):
        self._dir = directory
        self._names = iter(listdir(directory))

    def __iter__(self):
        return self

    def __next__(self):
        return DirEntry(self._dir, next(self._names))

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        self._names = iter(())


_ScandirIterator.__module__ = 'posix'
_ScandirIterator.__name__ = _ScandirIterator.__qualname__ = 'ScandirIterator'


def scandir(path='.'):
    """An iterator of DirEntry objects for the entries of a directory."""
    return _ScandirIterator(fspath(path))


def removedirs(name):
    """Remove a leaf directory and then its parents while they are empty."""
    rmdir(name)
    for parent in _parents_upward(name):
        try:
            rmdir(parent)
        except OSError:
            break  # not empty (or not removable): the climb stops there


def _parents_upward(name):
    # The directories above `name`, nearest first (a trailing separator ignored).
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        yield head
        head, tail = path.split(head)


class terminal_size(tuple):
    """A terminal's (columns, lines), as os.get_terminal_size and shutil give it."""

    n_fields = n_sequence_fields = 2
    n_unnamed_fields = 0

    def __new__(cls, sequence, dict=None):
        values = tuple(sequence)
        if len(values) != 2:
            raise TypeError('os.terminal_size() takes a 2-sequence (%d-sequence given)'
                            % len(values))
        return tuple.__new__(cls, values)

    columns = property(lambda self: tuple.__getitem__(self, 0))
    lines = property(lambda self: tuple.__getitem__(self, 1))

    def __repr__(self):
        return 'os.terminal_size(columns=%r, lines=%r)' % tuple(self)


terminal_size.__module__ = 'os'


def get_terminal_size(fd=1, /):
    """The size of the terminal open on file descriptor `fd` (standard output)."""
    return terminal_size(_get_terminal_size(fd))


class uname_result(tuple):
    """What os.uname() returns: (sysname, nodename, release, version, machine)."""

    n_fields = n_sequence_fields = 5
    n_unnamed_fields = 0

    def __new__(cls, sequence, dict=None):
        values = tuple(sequence)
        if len(values) != 5:
            raise TypeError('posix.uname_result() takes a 5-sequence (%d-sequence given)'
                            % len(values))
        return tuple.__new__(cls, values)

    sysname = property(lambda self: tuple.__getitem__(self, 0))
    nodename = property(lambda self: tuple.__getitem__(self, 1))
    release = property(lambda self: tuple.__getitem__(self, 2))
    version = property(lambda self: tuple.__getitem__(self, 3))
    machine = property(lambda self: tuple.__getitem__(self, 4))

    def __repr__(self):
        return ('posix.uname_result(sysname=%r, nodename=%r, release=%r, version=%r, '
                'machine=%r)' % tuple(self))

    def __reduce__(self):
        return (uname_result, (tuple(self), {}))


uname_result.__module__ = 'posix'
