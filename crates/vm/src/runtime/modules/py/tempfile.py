# pymem's frozen `tempfile` module: gettempdir, mkdtemp, mkstemp, TemporaryDirectory and
# NamedTemporaryFile with CPython 3.12's names (tmp + 8 random characters), locations
# (TMPDIR, TEMP, TMP, then /tmp) and cleanup rules. Files are the built-in open()'s.

import os as _os

__all__ = ["NamedTemporaryFile", "TemporaryFile", "TemporaryDirectory", "mkstemp", "mkdtemp", "gettempdir",
           "gettempprefix", "template", "tempdir"]

template = "tmp"
tempdir = None
_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789_"
_rng = None


def _random_name():
    global _rng
    if _rng is None:
        # A generator of its own, so that names do not disturb the random module's.
        import random
        _rng = random.Random()
    return "".join(_rng.choice(_CHARACTERS) for _ in range(8))


def gettempprefix():
    """The default prefix of temporary names ('tmp')."""
    return template


def gettempdir():
    """The directory temporary files are made in."""
    global tempdir
    if tempdir is None:
        for var in ("TMPDIR", "TEMP", "TMP"):
            d = _os.environ.get(var)
            if d and _os.path.isdir(d):
                tempdir = _os.path.abspath(d)
                break
        else:
            tempdir = "/tmp"
    return tempdir


def _parts(suffix, prefix, dir):
    if suffix is None:
        suffix = ""
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return suffix, prefix, dir


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Make a new directory and return its absolute path."""
    suffix, prefix, dir = _parts(suffix, prefix, dir)
    for _ in range(10000):
        path = _os.path.join(dir, prefix + _random_name() + suffix)
        try:
            _os.mkdir(path)
        except FileExistsError:
            continue
        return _os.path.abspath(path)
    raise FileExistsError("No usable temporary directory name found")


def _new_file(suffix, prefix, dir):
    suffix, prefix, dir = _parts(suffix, prefix, dir)
    for _ in range(10000):
        path = _os.path.join(dir, prefix + _random_name() + suffix)
        try:
            open(path, "x").close()
        except FileExistsError:
            continue
        return _os.path.abspath(path)
    raise FileExistsError("No usable temporary file name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Make a new file; returns (fd, path). pymem has no file descriptors: fd is -1."""
    return -1, _new_file(suffix, prefix, dir)


def _rmtree(path):
    for name in _os.listdir(path):
        full = _os.path.join(path, name)
        if _os.path.isdir(full):
            _rmtree(full)
        else:
            _os.remove(full)
    _os.rmdir(path)


class TemporaryDirectory:
    """A directory removed with its contents on cleanup() or at the end of a with block."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False,
                 *, delete=True):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors, self._delete = ignore_cleanup_errors, delete
        self._done = False  # set once cleanup() ran (or found nothing to remove)

    def __repr__(self):
        return '<%s %r>' % (self.__class__.__name__, self.name)

    # The with block gets the directory's name; leaving it removes the directory unless
    # delete=False.
    def __exit__(self, exc, value, tb):
        if self._delete:
            self.cleanup()

    def __enter__(self):
        return self.name

    def cleanup(self):
        if self._done or not _os.path.exists(self.name):
            self._done = True
            return
        self._done = True
        try:
            _rmtree(self.name)
        except OSError:
            if not self._ignore_cleanup_errors:
                raise


class _TemporaryFileWrapper:
    """A file whose path is removed when it is closed (delete=True)."""

    def __init__(self, file, name, delete):
        self.file = file
        self.name = name
        self.delete = delete

    def __getattr__(self, name):
        return getattr(self.__dict__["file"], name)

    def close(self):
        self.file.close()
        if self.delete and _os.path.exists(self.name):
            _os.remove(self.name)

    def __enter__(self):
        return self

    def __exit__(self, exc, value, tb):
        self.close()

    def __iter__(self):
        return iter(self.file)

    def __repr__(self):
        return "<tempfile._TemporaryFileWrapper file={!r}>".format(self.file)


def TemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    """A new file with no name: made under a random name in gettempdir(), which is removed
    at once (as on POSIX), so the file goes away when it is closed."""
    path = _new_file(suffix, prefix, dir)
    try:
        return open(path, mode, buffering=buffering, encoding=encoding, newline=newline,
                    errors=errors)
    finally:
        _os.unlink(path)


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None,
                       delete_on_close=True):
    """A new file under a random name in gettempdir() (pymem: 'w' or 'a' modes write,
    'r' modes read)."""
    path = _new_file(suffix, prefix, dir)
    file = open(path, mode.replace("+", "") if "w" in mode else mode, encoding=encoding)
    return _TemporaryFileWrapper(file, path, delete)
