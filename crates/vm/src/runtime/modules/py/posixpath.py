# The Python part of pymem's `os.path` (posixpath), run inside the native module's namespace
# (crates/vm/src/runtime/modules/os.rs): the functions that only look at the path string
# (and the environment or /etc/passwd), with CPython 3.12's results and errors.
#
# Missing: bytes paths for expanduser and expandvars (str only), realpath, samefile,
# sameopenfile, samestat, ismount (pymem's os has no stat).

altsep = None
pathsep = ':'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
supports_unicode_filenames = False


def _fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    method = getattr(type(path), '__fspath__', None)
    if method is None:
        raise TypeError("expected str, bytes or os.PathLike object, not %s" % type(path).__name__)
    result = method(path)
    if isinstance(result, (str, bytes)):
        return result
    raise TypeError("expected %s.__fspath__() to return str or bytes, not %s"
                    % (type(path).__name__, type(result).__name__))


def _check_arg_types(funcname, *args):
    has_str = has_bytes = False
    for s in args:
        if isinstance(s, str):
            has_str = True
        elif isinstance(s, bytes):
            has_bytes = True
        else:
            raise TypeError(f'{funcname}() argument must be str, bytes, or '
                            f'os.PathLike object, not {s.__class__.__name__!r}') from None
    if has_str and has_bytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


def _seps(path):
    if isinstance(path, bytes):
        return b'/', b'.', b'..'
    return '/', '.', '..'


def normcase(s):
    """The path unchanged (POSIX paths are case-sensitive)."""
    return _fspath(s)


def splitdrive(p):
    """('', path): POSIX has no drives."""
    p = _fspath(p)
    return p[:0], p


def splitroot(p):
    """(drive, root, rest): the drive is empty; the root is '', '/' or exactly '//'."""
    p = _fspath(p)
    sep = _seps(p)[0]
    empty = p[:0]
    if p[:1] != sep:
        return empty, empty, p
    # Exactly two leading slashes are kept (POSIX leaves their meaning open); one or three
    # or more make a single root.
    if p[1:2] != sep or p[2:3] == sep:
        return empty, sep, p[1:]
    return empty, p[:2], p[2:]


def commonprefix(m):
    """The longest string (or list) prefix shared by all items."""
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
    low = min(m)
    high = max(m)
    for i, c in enumerate(low):
        if c != high[i]:
            return low[:i]
    return low


def commonpath(paths):
    """The longest path, component-wise, shared by all the paths."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(_fspath, paths))
    sep, curdir, _ = _seps(paths[0])
    try:
        parts = [p.split(sep) for p in paths]
        kinds = set(p[:1] == sep for p in paths)
        if len(kinds) != 1:
            raise ValueError("Can't mix absolute and relative paths") from None
        absolute = kinds.pop()
        parts = [[c for c in s if c and c != curdir] for s in parts]
        low = min(parts)
        high = max(parts)
        common = low
        for i, c in enumerate(low):
            if c != high[i]:
                common = low[:i]
                break
        return (sep if absolute else sep[:0]) + sep.join(common)
    except (TypeError, AttributeError):
        _check_arg_types('commonpath', *paths)
        raise


def relpath(path, start=None):
    """The path relative to start (default the current directory)."""
    if not path:
        raise ValueError("no path specified")
    path = _fspath(path)
    sep, curdir, pardir = _seps(path)
    if start is None:
        start = curdir
    else:
        start = _fspath(start)
    try:
        start_parts = [x for x in abspath(start).split(sep) if x]
        path_parts = [x for x in abspath(path).split(sep) if x]
        shared = len(commonprefix([start_parts, path_parts]))
        rel = [pardir] * (len(start_parts) - shared) + path_parts[shared:]
        if not rel:
            return curdir
        return join(*rel)
    except (TypeError, AttributeError):
        _check_arg_types('relpath', path, start)
        raise


def _home_of(user):
    # The home directory field of the user's /etc/passwd entry (None when unknown).
    try:
        with open('/etc/passwd') as f:
            for line in f:
                fields = line.rstrip('\n').split(':')
                if len(fields) >= 6 and fields[0] == user:
                    return fields[5]
    except OSError:
        pass
    return None


def expanduser(path):
    """The path with a leading ~ or ~user replaced by the home directory."""
    path = _fspath(path)
    if not isinstance(path, str):
        raise TypeError("pymem's expanduser() takes str paths only")
    if not path.startswith('~'):
        return path
    end = path.find('/', 1)
    if end < 0:
        end = len(path)
    import os
    if end == 1:
        home = os.environ.get('HOME')
        if home is None:
            home = _home_of(_user_name())
            if home is None:
                return path
    else:
        home = _home_of(path[1:end])
        if home is None:
            return path
    home = home.rstrip('/')
    return (home + path[end:]) or '/'


def _user_name():
    import os
    for var in ('LOGNAME', 'USER'):
        name = os.environ.get(var)
        if name:
            return name
    return 'root'


def expandvars(path):
    """The path with $name and ${name} replaced by environment values (unknown
    names stay)."""
    path = _fspath(path)
    if not isinstance(path, str):
        raise TypeError("pymem's expandvars() takes str paths only")
    if '$' not in path:
        return path
    import os
    environ = os.environ
    i = 0
    while True:
        # A '$' followed by ASCII word characters, or by braces around anything but '}'.
        start = path.find('$', i)
        if start < 0:
            return path
        j = start + 1
        if j < len(path) and path[j] == '{':
            close = path.find('}', j + 1)
            if close < 0:
                i = j
                continue
            name = path[j + 1:close]
            end = close + 1
        else:
            k = j
            while k < len(path) and (path[k].isascii() and (path[k].isalnum() or path[k] == '_')):
                k += 1
            if k == j:
                i = j
                continue
            name = path[j:k]
            end = k
        if name in environ:
            tail = path[end:]
            path = path[:start] + environ[name]
            i = len(path)
            path += tail
        else:
            i = end
