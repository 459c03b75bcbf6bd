# pymem's frozen `bisect` module: binary search and insertion in sorted sequences, with
# key=, lo/hi and CPython 3.12's argument errors.

__all__ = ['bisect', 'bisect_left', 'bisect_right', 'insort', 'insort_left', 'insort_right']


def _bounds(a, lo, hi):
    lo = _as_index(lo)
    if lo < 0:
        raise ValueError('lo must be non-negative')
    # CPython's C signature has hi=-1 for "the whole sequence"; None means the same.
    if hi is None:
        hi = len(a)
    else:
        if not isinstance(hi, int) and getattr(type(hi), '__index__', None) is None:
            raise TypeError("argument should be integer or None, not '%s'" % type(hi).__name__)
        hi = _as_index(hi)
        if hi == -1:
            hi = len(a)
    return lo, hi


def _as_index(n):
    if type(n) is int:
        return n
    if isinstance(n, int):
        return int(n)
    method = getattr(type(n), '__index__', None)
    if method is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
    return method(n)


# In both searches `x` stays on the same side of `<` as in CPython's C code, so that
# user-defined comparisons see the same calls.

def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """Index in sorted `a` (within lo:hi) at which to insert `x`, after any equal items;
    `key` maps the items of `a` (not `x`) to what is compared."""
    lo, hi = _bounds(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        item = a[mid] if key is None else key(a[mid])
        if x < item:
            hi = mid
        else:
            lo = mid + 1
    return lo


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """Like bisect_right, but the index lands before any items equal to `x`."""
    lo, hi = _bounds(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        item = a[mid] if key is None else key(a[mid])
        if item < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Insert `x` into sorted `a` after any items equal to it."""
    probe = x if key is None else key(x)
    a.insert(bisect_right(a, probe, lo, hi, key=key), x)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Insert `x` into sorted `a` before any items equal to it."""
    probe = x if key is None else key(x)
    a.insert(bisect_left(a, probe, lo, hi, key=key), x)


bisect = bisect_right
insort = insort_right
