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
