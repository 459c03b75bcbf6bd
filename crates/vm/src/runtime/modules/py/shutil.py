# pymem's frozen `shutil` module: copying files and trees (copyfileobj, copyfile, copy,
# copy2, copytree with ignore_patterns), removing trees (rmtree with ignore_errors, onerror
# and onexc), move, and their errors as CPython 3.12 raises them.
#
# pymem's os has no stat, chmod or utime, so copymode, copystat and the metadata parts of
# copy/copy2/copytree do nothing, and a file is "the same file" when the absolute paths are
# equal (hard links are not detected). Missing: disk_usage, chown, archives.

import os

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2",
           "copytree", "move", "rmtree", "Error", "SpecialFileError",
           "ExecError", "make_archive", "get_archive_formats",
           "register_archive_format", "unregister_archive_format",
           "get_unpack_formats", "register_unpack_format",
           "unregister_unpack_format", "unpack_archive",
           "ignore_patterns", "chown", "which", "get_terminal_size",
           "SameFileError"]

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """Source and destination name the same file."""


class SpecialFileError(OSError):
    """The operation does not apply to a special file (such as a pipe)."""


class ExecError(OSError):
    """A command could not be run."""


class ReadError(OSError):
    """An archive could not be read."""


class RegistryError(Exception):
    """A bad operation on the archive format registries."""


def copyfileobj(fsrc, fdst, length=0):
    """Copy everything readable from fsrc into fdst, length at a time."""
    if not length:
        length = COPY_BUFSIZE
    read = fsrc.read
    write = fdst.write
    while True:
        chunk = read(length)
        if not chunk:
            break
        write(chunk)


def _same_file(src, dst):
    return os.path.normcase(os.path.abspath(src)) == os.path.normcase(os.path.abspath(dst))


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy the contents of src to the file dst; return dst."""
    if _same_file(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    with open(src, 'rb') as fsrc:
        try:
            with open(dst, 'wb') as fdst:
                copyfileobj(fsrc, fdst)
        except IsADirectoryError as e:
            # A path ending in a separator names a directory even when there is none.
            if not os.path.exists(dst):
                raise FileNotFoundError(f'Directory does not exist: {dst}') from e
            raise
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Copy the permission bits (pymem: no-op, there is no os.chmod)."""


def copystat(src, dst, *, follow_symlinks=True):
    """Copy the metadata (pymem: no-op, there is no os.stat)."""


def _into_dir(src, dst):
    if os.path.isdir(dst):
        return os.path.join(dst, os.path.basename(src))
    return dst


def copy(src, dst, *, follow_symlinks=True):
    """Copy the file src to dst (a file or a directory to copy into); return the
    new file's path."""
    dst = _into_dir(src, dst)
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copymode(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    """As copy(), also copying metadata; return the new file's path."""
    dst = _into_dir(src, dst)
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copystat(src, dst, follow_symlinks=follow_symlinks)
    return dst


def _glob_match(name, pattern):
    # fnmatch's shell patterns: *, ?, [seq], [!seq].
    import re
    out = []
    i = 0
    n = len(pattern)
    while i < n:
        c = pattern[i]
        i += 1
        if c == '*':
            out.append('.*')
        elif c == '?':
            out.append('.')
        elif c == '[':
            j = i
            if j < n and pattern[j] == '!':
                j += 1
            if j < n and pattern[j] == ']':
                j += 1
            while j < n and pattern[j] != ']':
                j += 1
            if j >= n:
                out.append('\\[')
            else:
                body = pattern[i:j].replace('\\', '\\\\')
                i = j + 1
                if body.startswith('!'):
                    body = '^' + body[1:]
                elif body.startswith('^'):
                    body = '\\' + body
                out.append('[' + body + ']')
        else:
            out.append(re.escape(c))
    return re.fullmatch('(?s:' + ''.join(out) + ')', name) is not None


def ignore_patterns(*patterns):
    """An ignore function for copytree() leaving out names that match any of the
    glob patterns."""
    def _ignore_patterns(path, names):
        ignored = []
        for pattern in patterns:
            ignored.extend(n for n in names if _glob_match(n, pattern))
        return set(ignored)
    return _ignore_patterns


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Copy the directory tree src to dst and return dst; errors on single files
    are gathered and raised together as Error."""
    names = os.listdir(src)
    ignored = ignore(src, names) if ignore is not None else set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []
    for name in names:
        if name in ignored:
            continue
        srcname = os.path.join(src, name)
        dstname = os.path.join(dst, name)
        try:
            if os.path.isdir(srcname):
                copytree(srcname, dstname, symlinks, ignore, copy_function,
                         ignore_dangling_symlinks, dirs_exist_ok)
            else:
                copy_function(srcname, dstname)
        except Error as err:
            errors.extend(err.args[0])
        except OSError as why:
            errors.append((srcname, dstname, str(why)))
    if errors:
        raise Error(errors)
    return dst


def rmtree(path, ignore_errors=False, onerror=None, *, onexc=None, dir_fd=None):
    """Remove a directory tree. Errors are ignored with ignore_errors, passed to
    onexc(func, path, exc) or the older onerror(func, path, exc_info) when given,
    and raised otherwise.
    """
    # (3.12 documents onerror as deprecated but does not warn.)
    if ignore_errors:
        def handler(func, path, exc):
            pass
    elif onexc is not None:
        handler = onexc
    elif onerror is not None:
        def handler(func, path, exc):
            return onerror(func, path, (type(exc), exc, exc.__traceback__))
    else:
        def handler(func, path, exc):
            raise exc
    if not os.path.lexists(path):
        # CPython's first step, lstat, fails: reported once, nothing more is tried.
        try:
            os.listdir(path)
        except OSError as err:
            handler(os.listdir, path, err)
        return
    if os.path.islink(path):
        try:
            raise OSError("Cannot call rmtree on a symbolic link")
        except OSError as err:
            handler(os.path.islink, path, err)
        return
    _remove_tree(path, handler)


def _remove_tree(path, handler):
    # Children first (a link is removed, never followed), then the directory itself.
    try:
        names = os.listdir(path)
    except OSError as err:
        handler(os.listdir, path, err)
        names = []
    for name in names:
        full = os.path.join(path, name)
        if os.path.isdir(full) and not os.path.islink(full):
            _remove_tree(full, handler)
        else:
            try:
                os.unlink(full)
            except OSError as err:
                handler(os.unlink, full, err)
    try:
        os.rmdir(path)
    except OSError as err:
        handler(os.rmdir, path, err)


def _basename(path):
    # basename of a path that may end in a separator ("a/b/" is "b").
    return os.path.basename(path.rstrip(os.sep))


def move(src, dst, copy_function=copy2):
    """Move a file or tree to dst (into it when it is a directory), by renaming or
    else by copying and removing; return the new path."""
    target = dst
    if os.path.isdir(dst):
        if _same_file(src, dst):
            # A rename of a directory onto itself (maybe a change of case).
            os.rename(src, dst)
            return
        target = os.path.join(dst, _basename(src))
        if os.path.exists(target):
            raise Error("Destination path '%s' already exists" % target)
    try:
        os.rename(src, target)
    except OSError:
        # Renaming failed (another file system, say): a symlink keeps the error; anything
        # else is copied and the original removed (errors there chain to this one).
        if os.path.islink(src):
            raise
        _copy_and_remove(src, dst, target, copy_function)
    return target


def _copy_and_remove(src, dst, target, copy_function):
    if not os.path.isdir(src):
        copy_function(src, target)
        os.unlink(src)
        return
    if _destinsrc(src, dst):
        raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
    copytree(src, target, copy_function=copy_function, symlinks=True)
    rmtree(src)


def _destinsrc(src, dst):
    # Whether dst is src or lies inside it (as absolute paths, each ending with a '/').
    def as_directory(path):
        path = os.path.abspath(path)
        return path if path.endswith(os.path.sep) else path + os.path.sep
    return as_directory(dst).startswith(as_directory(src))


def get_terminal_size(fallback=(80, 24)):
    """The terminal's size: the COLUMNS and LINES variables where set, else what the
    terminal on standard output reports, else `fallback`."""
    wanted = []
    for name in ('COLUMNS', 'LINES'):
        try:
            wanted.append(int(os.environ[name]))
        except (KeyError, ValueError):
            wanted.append(0)
    if min(wanted) <= 0:
        import sys
        try:
            measured = tuple(os.get_terminal_size(sys.__stdout__.fileno()))
        except (AttributeError, ValueError, OSError):
            measured = tuple(fallback)
        # A dimension the environment leaves open comes from the terminal, or from the
        # fallback where the terminal says 0.
        wanted = [w if w > 0 else (m or f) for w, m, f in zip(wanted, measured, fallback)]
    return os.terminal_size(tuple(wanted))

def _is_executable_file(path):
    try:
        st = os.stat(path)
    except OSError:
        return False
    return (st.st_mode & 0o170000) == 0o100000 and bool(st.st_mode & 0o111)


def which(cmd, mode=None, path=None):
    """The path of the program `cmd` would run: `cmd` itself when it names a directory
    part, else the first executable file of that name along PATH; None if there is none."""
    cmd = os.fspath(cmd)
    if os.path.dirname(cmd):
        return cmd if _is_executable_file(cmd) else None
    if path is None:
        path = os.environ.get('PATH', None)
        if path is None:
            path = os.defpath if hasattr(os, 'defpath') else '/bin:/usr/bin'
    if not path:
        return None
    seen = set()
    for directory in os.fspath(path).split(os.pathsep):
        if directory in seen:
            continue
        seen.add(directory)
        name = os.path.join(directory, cmd)
        if _is_executable_file(name):
            return name
    return None
