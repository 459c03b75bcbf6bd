"""File names matching shell-style patterns (fnmatch), directory by directory; `**` with
recursive=True matches any depth. Results come in directory-listing order."""

import fnmatch
import os
import re

__all__ = ["escape", "glob", "iglob"]

_magic = re.compile('([*?[])')
_magic_bytes = re.compile(b'([*?[])')


def has_magic(s):
    if isinstance(s, bytes):
        return _magic_bytes.search(s) is not None
    return _magic.search(s) is not None


def escape(pathname):
    """`pathname` with its wildcard characters made literal (`[*]`)."""
    drive, rest = os.path.splitdrive(pathname) if hasattr(os.path, 'splitdrive') else (
        pathname[:0], pathname)
    if isinstance(rest, bytes):
        rest = _magic_bytes.sub(br'[\1]', rest)
    else:
        rest = _magic.sub(r'[\1]', rest)
    return drive + rest


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The list of paths matching `pathname`."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """An iterator of the paths matching `pathname`."""
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = pathname[:0]
    results = _iglob(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or (recursive and _is_recursive(pathname[:2])):
        # A leading '**' may yield '' (the start directory itself): not a result.
        results = (p for p in results if p)
    return results


def _is_recursive(pattern):
    return pattern == (b'**' if isinstance(pattern, bytes) else '**')


def _hidden(name):
    return name[:1] in ('.', b'.')


def _join(a, b):
    return os.path.join(a, b) if a and b else (a or b)


def _lexists(path):
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def _isdir(path):
    try:
        return os.path.isdir(path)
    except (OSError, ValueError):
        return False


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if _lexists(_join(root_dir, pathname)):
                yield pathname
        elif _isdir(_join(root_dir, dirname)):
            # A pattern ending in a separator names only a directory.
            yield pathname
        return
    if not dirname:
        if recursive and _is_recursive(basename):
            yield from _glob_recursive(root_dir, basename, dironly, include_hidden)
        else:
            yield from _glob_wild(root_dir, basename, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if has_magic(basename):
        if recursive and _is_recursive(basename):
            in_dir = _glob_recursive
        else:
            in_dir = _glob_wild
    else:
        in_dir = _glob_literal
    for d in dirs:
        for name in in_dir(_join(root_dir, d), basename, dironly, include_hidden):
            yield os.path.join(d, name)


def _names(dirname, dironly):
    # The entries of a directory ('' is the current one), only subdirectories if dironly;
    # an unreadable directory has none.
    where = dirname or (os.curdir if not isinstance(dirname, bytes) else b'.')
    try:
        with os.scandir(where) as entries:
            return [e.name for e in entries if not dironly or e.is_dir()]
    except OSError:
        return []


def _glob_wild(dirname, pattern, dironly, include_hidden):
    names = _names(dirname, dironly)
    if not (include_hidden or _hidden(pattern)):
        names = [n for n in names if not _hidden(n)]
    return fnmatch.filter(names, pattern)


def _glob_literal(dirname, basename, dironly, include_hidden):
    if basename:
        if _lexists(os.path.join(dirname, basename)):
            return [basename]
    elif _isdir(dirname):
        return [basename]
    return []


def _glob_recursive(dirname, pattern, dironly, include_hidden):
    # '**': the directory itself ('') and everything below it, depth first.
    yield pattern[:0]
    yield from _walk(dirname, dironly, include_hidden)


def _walk(dirname, dironly, include_hidden):
    for name in _names(dirname, dironly):
        if include_hidden or not _hidden(name):
            yield name
            below = _join(dirname, name)
            for sub in _walk(below, dironly, include_hidden):
                yield os.path.join(name, sub)
