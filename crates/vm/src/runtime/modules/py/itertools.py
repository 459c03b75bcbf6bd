# pymem's frozen `itertools` module: CPython 3.12's iterator building blocks, written after
# the "roughly equivalent" Python in CPython's documentation. Arguments are checked when the
# iterator is created (as CPython's C code does), not at the first next().
#
# Deviation: most of these iterators are generators here, so their type and repr are
# `generator` rather than `itertools.chain` etc.; count, repeat, chain and islice are
# classes with CPython's names (and reprs, for count and repeat). count, chain and islice
# step natively (crates/vm/src/runtime/modules/itertools.rs).

import sys
import _itertools

__all__ = ['accumulate', 'batched', 'chain', 'combinations', 'combinations_with_replacement',
           'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby', 'islice',
           'pairwise', 'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee',
           'zip_longest']


def _index(x):
    if isinstance(x, int):
        return x
    if hasattr(type(x), '__index__'):
        return x.__index__()
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(x).__name__)


def _is_number(x):
    return isinstance(x, (int, float)) or hasattr(type(x), '__add__')


class count(object):
    """count(start=0, step=1) --> start, start+step, start+2*step, ..."""

    __slots__ = ('_s',)

    def __init__(self, start=0, step=1):
        if not (isinstance(start, (int, float)) and isinstance(step, (int, float))):
            raise TypeError('a number is required')
        self._s = _itertools.count_new(start, step)

    def __iter__(self):
        return self

    __next__ = _itertools.count_next

    def __repr__(self):
        n, step = _itertools.count_value(self._s)
        if isinstance(step, int) and step == 1:
            return 'count(%r)' % (n,)
        return 'count(%r, %r)' % (n, step)


class repeat(object):
    """repeat(object [,times]) --> object, object, ... (forever or `times` times)."""

    def __init__(self, object, times=None):
        self._object = object
        if times is not None:
            times = _index(times)
            if times < 0:
                times = 0
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._object
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return 'repeat(%r)' % (self._object,)
        return 'repeat(%r, %d)' % (self._object, self._times)


class chain(object):
    """chain(*iterables) --> the items of the first iterable, then the next, ..."""

    __slots__ = ('_s',)

    def __init__(self, *iterables):
        self._s = _itertools.chain_new(iter(iterables))

    @classmethod
    def from_iterable(cls, iterables):
        self = cls()
        self._s = _itertools.chain_new(iter(iterables))
        return self

    def __iter__(self):
        return self

    __next__ = _itertools.chain_next


class islice(object):
    """islice(iterable, stop) or islice(iterable, start, stop[, step]): selected items."""

    __slots__ = ('_s',)

    def __init__(self, iterable, *args):
        nargs = len(args)
        if nargs == 0:
            raise TypeError('islice expected at least 2 arguments, got 1')
        if nargs > 3:
            raise TypeError('islice expected at most 4 arguments, got %d' % (nargs + 1))
        start, step = 0, 1
        if nargs == 1:
            stop = args[0]
        else:
            start, stop = args[0], args[1]
            if nargs == 3:
                step = args[2]
        if stop is not None:
            try:
                stop = _index(stop)
            except TypeError:
                stop = -1
            if stop < 0 or stop > sys.maxsize:
                raise ValueError('Stop argument for islice() must be None or an integer: '
                                 '0 <= x <= sys.maxsize.')
        if nargs > 1:
            if start is None:
                start = 0
            try:
                start = _index(start)
            except TypeError:
                start = -1
            if step is None:
                step = 1
            try:
                step = _index(step)
            except TypeError:
                step = -1
            if start < 0 or start > sys.maxsize:
                raise ValueError('Indices for islice() must be None or an integer: '
                                 '0 <= x <= sys.maxsize.')
            if step < 1:
                raise ValueError('Step for islice() must be a positive integer or None.')
        self._s = _itertools.islice_new(iter(iterable), start, stop, step)

    def __iter__(self):
        return self

    __next__ = _itertools.islice_next


def _cycle(it):
    saved = []
    for element in it:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        for element in saved:
            yield element


def cycle(iterable):
    """cycle(iterable) --> its items, then again, forever."""
    return _cycle(iter(iterable))


def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for element in it:
        if func is None:
            total = total + element
        else:
            total = func(total, element)
        yield total


def accumulate(iterable, func=None, *, initial=None):
    """accumulate([1,2,3,4,5]) --> 1 3 6 10 15"""
    return _accumulate(iter(iterable), func, initial)


def _batched(it, n):
    while True:
        batch = tuple(islice(it, n))
        if not batch:
            return
        yield batch


def batched(iterable, n):
    """batched('ABCDEFG', 3) --> ABC DEF G"""
    n = _index(n)
    if n < 1:
        raise ValueError('n must be at least one')
    return _batched(iter(iterable), n)


def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def compress(data, selectors):
    return _compress(iter(data), iter(selectors))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def dropwhile(predicate, iterable):
    return _dropwhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for x in it:
        if predicate(x):
            yield x
        else:
            break


def takewhile(predicate, iterable):
    return _takewhile(predicate, iter(iterable))


def _filterfalse(predicate, it):
    if predicate is None:
        predicate = bool
    for x in it:
        if not predicate(x):
            yield x


def filterfalse(predicate, iterable):
    return _filterfalse(predicate, iter(iterable))


def _starmap(function, it):
    for args in it:
        # tuple() first: a non-iterable item fails as CPython's starmap reports it.
        yield function(*tuple(args))


def starmap(*args):
    if len(args) != 2:
        raise TypeError('starmap expected 2 arguments, got %d' % len(args))
    return _starmap(args[0], iter(args[1]))


def _pairwise(it):
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b


def pairwise(iterable):
    """pairwise('ABCD') --> AB BC CD"""
    return _pairwise(iter(iterable))


def _zip_longest(iterators, fillvalue):
    num_active = len(iterators)
    if not num_active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            try:
                value = next(it)
            except StopIteration:
                num_active -= 1
                if not num_active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)


def zip_longest(*iterables, fillvalue=None):
    """zip_longest('ABCD', 'xy', fillvalue='-') --> Ax By C- D-"""
    return _zip_longest([iter(it) for it in iterables], fillvalue)


def _product(pools):
    result = [[]]
    for pool in pools:
        result = [x + [y] for x in result for y in pool]
    for prod in result:
        yield tuple(prod)


def product(*iterables, repeat=1):
    """product('ab', range(2)) --> a0 a1 b0 b1"""
    repeat = _index(repeat)
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product(pools)


class permutations(object):
    """permutations(range(3), 2) --> (0,1) (0,2) (1,0) (1,2) (2,0) (2,1)"""

    __slots__ = ('_s',)

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        if r is None:
            r = len(pool)
        elif not isinstance(r, int):
            # Only ints (not __index__ objects), as CPython's.
            raise TypeError('Expected int as r')
        self._s = _itertools.permutations_new(pool, r)

    def __iter__(self):
        return self

    __next__ = _itertools.permutations_next


class combinations(object):
    """combinations('ABCD', 2) --> AB AC AD BC BD CD"""

    __slots__ = ('_s',)

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        self._s = _itertools.combinations_new(pool, _index(r))

    def __iter__(self):
        return self

    __next__ = _itertools.combinations_next


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)


def combinations_with_replacement(iterable, r):
    """combinations_with_replacement('ABC', 2) --> AA AB AC BB BC CC"""
    pool = tuple(iterable)
    r = _index(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _combinations_with_replacement(pool, r)


class groupby(object):
    """groupby('AAAABBBCCD') --> (A, AAAA) (B, BBB) (C, CC) (D, D): consecutive keys.
    Advancing to the next group makes the previous group's iterator empty (as CPython)."""

    def __init__(self, iterable, key=None):
        self._keyfunc = key
        self._it = iter(iterable)
        self._tgtkey = self._currkey = self._currvalue = _marker
        self._id = 0

    def __iter__(self):
        return self

    def __next__(self):
        self._id += 1
        while self._currkey is _marker or self._currkey == self._tgtkey:
            self._currvalue = next(self._it)
            if self._keyfunc is None:
                self._currkey = self._currvalue
            else:
                self._currkey = self._keyfunc(self._currvalue)
            if self._tgtkey is _marker:
                break
        self._tgtkey = self._currkey
        return (self._currkey, self._grouper(self._tgtkey, self._id))

    def _grouper(self, tgtkey, id):
        return _grouper(self, tgtkey, id)

    def _advance(self):
        self._currvalue = next(self._it)
        if self._keyfunc is None:
            self._currkey = self._currvalue
        else:
            self._currkey = self._keyfunc(self._currvalue)


class _grouper(object):
    """One group of a groupby: the values while the key stays the group's, until the
    groupby moves on (CPython's itertools._grouper)."""

    def __init__(self, parent, tgtkey, id):
        self._parent = parent
        self._tgtkey = tgtkey
        self._id = id
        self._started = False

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        # A group the groupby has left is over, without reading on.
        if parent._id != self._id:
            raise StopIteration
        if self._started:
            parent._advance()
        self._started = True
        if parent._currkey != self._tgtkey:
            raise StopIteration
        return parent._currvalue



_marker = object()


class _TeeLink(object):
    """The shared buffer of tee(): a linked list of values read from the source."""

    __slots__ = ('value', 'next')

    def __init__(self):
        self.value = None
        self.next = None


class _tee(object):
    def __init__(self, it, link):
        self._it = it
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            link.value = next(self._it)
            link.next = _TeeLink()
        self._link = link.next
        return link.value

    def __copy__(self):
        return _tee(self._it, self._link)


def tee(iterable, n=2):
    """tee(it, n=2) --> n independent iterators over the same items."""
    n = _index(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    it = iter(iterable)
    if n == 0:
        return ()
    if isinstance(it, _tee):
        first = it.__copy__()
    else:
        first = _tee(it, _TeeLink())
    result = [first]
    for _ in range(n - 1):
        result.append(first.__copy__())
    return tuple(result)


# PEP 585: `chain[int]` in annotations.
def _generic_alias():
    from types import GenericAlias
    chain.__class_getitem__ = classmethod(GenericAlias)


_generic_alias()
del _generic_alias
