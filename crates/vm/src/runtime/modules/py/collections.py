# pymem's frozen `collections` module: defaultdict, Counter, OrderedDict, deque and
# namedtuple with CPython 3.12's behaviour, messages and reprs for what they cover.
#
# Counter is a real dict subclass, as CPython's. Known deviation: the others predate
# pymem's subclassing of built-in types (runtime/subclass.rs) and still *wrap* a dict or
# tuple (`self._d`, `self._t`) instead of subclassing it. Their MRO still has dict/tuple in
# it (_collections.with_builtin_base), so isinstance/issubclass answer as in CPython, but code
# that needs the real built-in layout does not accept them: `'%s %s' % point`,
# `dict.keys(ordered)`, `tuple.__len__(point)`.

import sys
import _collections
from itertools import chain as _itertools_chain, repeat as _itertools_repeat, \
    starmap as _itertools_starmap
import operator as _operator

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString',
           'defaultdict', 'deque', 'namedtuple']

_sentinel = object()


class _DictWrapper(object):
    """The dict behaviour shared by defaultdict and OrderedDict: the items live in
    the real dict `self._d`; subclasses add `__missing__` and their own reprs."""

    __slots__ = ('_d', '__weakref__')

    def __init__(self, *args, **kwargs):
        self._d = {}
        if len(args) > 1:
            raise TypeError('%s expected at most 1 argument, got %d'
                            % (type(self).__name__, len(args)))
        if args:
            self.update(args[0])
        if kwargs:
            self.update(kwargs)

    # The hot paths are native (crates/vm/src/runtime/modules/collections.rs):
    # __getitem__ returns self._d[key] or self.__missing__(key).
    __getitem__ = _collections.wrapper_getitem
    __setitem__ = _collections.wrapper_setitem
    __contains__ = _collections.wrapper_contains
    __len__ = _collections.wrapper_len
    __iter__ = _collections.wrapper_iter

    def __missing__(self, key):
        raise KeyError(key)

    def __delitem__(self, key):
        del self._d[key]

    def __reversed__(self):
        return reversed(list(self._d))

    def __eq__(self, other):
        if isinstance(other, _DictWrapper):
            return self._d == other._d
        if isinstance(other, dict):
            return self._d == other
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    __hash__ = None

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()

    def get(self, key, default=None):
        return self._d.get(key, default)

    def setdefault(self, key, default=None):
        return self._d.setdefault(key, default)

    def pop(self, key, default=_sentinel):
        if default is _sentinel:
            return self._d.pop(key)
        return self._d.pop(key, default)

    def popitem(self):
        return self._d.popitem()

    def clear(self):
        self._d.clear()

    def update(self, other=(), **kwargs):
        d = self._d
        if isinstance(other, _DictWrapper):
            other = other._d
        if isinstance(other, dict):
            d.update(other)
        elif hasattr(other, 'keys'):
            for k in other.keys():
                d[k] = other[k]
        else:
            for item in other:
                k, v = item
                d[k] = v
        if kwargs:
            d.update(kwargs)

    def __or__(self, other):
        if not isinstance(other, (dict, _DictWrapper)):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        # `dict | wrapper`: the wrapper's type, from the left operand's items then its own.
        if not isinstance(other, (dict, _DictWrapper)):
            return NotImplemented
        new = self._empty_like()
        new.update(other)
        new.update(self)
        return new

    def _empty_like(self):
        return type(self)()

    def __ior__(self, other):
        self.update(other)
        return self

    def __bool__(self):
        return len(self._d) != 0

    def __sizeof__(self):
        return self._d.__sizeof__()

    def __reduce__(self):
        # CPython's reduce of a dict subclass (the class, its arguments, the instance
        # __dict__, the items): what `copy` rebuilds, since the items live in `_d`.
        state = getattr(self, '__dict__', None) or None
        return (type(self), self._reduce_args(), state, None, iter(self._d.items()))

    def _reduce_args(self):
        return ()


# UserDict is a plain mapping in CPython (not a dict subclass); the others are dicts.
# The wrappers' own slots are pymem's storage, not part of CPython's layouts
# (`sys.getsizeof` leaves them out).
_PlainDictWrapper = _collections.native_layout(_DictWrapper)
_DictWrapper = _collections.with_builtin_base(_PlainDictWrapper, dict)


@_collections.native_layout
class defaultdict(_DictWrapper):
    """dict whose missing keys are created by calling default_factory()."""

    __slots__ = ('default_factory',)

    def __sizeof__(self):
        # CPython's defaultdict is a dict with one more field, default_factory.
        return self._d.__sizeof__() + 8

    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        _DictWrapper.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self._d[key] = value
        return value

    def copy(self):
        return defaultdict(self.default_factory, self._d)

    def _reduce_args(self):
        return (self.default_factory,)

    def _empty_like(self):
        return type(self)(self.default_factory)

    def __reduce__(self):
        # As CPython's defdict_reduce: no instance state, only the factory and the items.
        return (type(self), self._reduce_args(), None, None, iter(self._d.items()))

    __copy__ = copy

    def __repr__(self):
        factory = self.default_factory
        if factory is None:
            f = 'None'
        else:
            f = repr(factory)
        return '%s(%s, %r)' % (type(self).__name__, f, self._d)

    def __or__(self, other):
        if not isinstance(other, (dict, _DictWrapper)):
            return NotImplemented
        new = defaultdict(self.default_factory, self._d)
        new.update(other)
        return new


@_collections.native_layout_with_dict
class OrderedDict(_DictWrapper):
    """dict that remembers insertion order (all dicts do) and can reorder: move_to_end,
    popitem(last=False); equality between OrderedDicts is order-sensitive."""

    __slots__ = ('__dict__',)  # CPython's OrderedDict instances have one

    def __sizeof__(self):
        # CPython's OrderedDict: a dict with 64 bytes more of fields, a 32-byte list node
        # per item and a node pointer per slot of the dict's hash table.
        d = self._d
        return (d.__sizeof__() + 64 + 32 * len(d)
                + 8 * _collections.dict_table_slots(d))

    def popitem(self, last=True):
        if not self._d:
            raise KeyError('dictionary is empty')
        if last:
            return self._d.popitem()
        key = next(iter(self._d))
        value = self._d.pop(key)
        return key, value

    def move_to_end(self, key, last=True):
        d = self._d
        value = d.pop(key)
        if last:
            d[key] = value
        else:
            rest = list(d.items())
            d.clear()
            d[key] = value
            for k, v in rest:
                d[k] = v

    def copy(self):
        return type(self)(self._d)


    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return self._d == other._d and list(self._d) == list(other._d)
        return _DictWrapper.__eq__(self, other)

    def __repr__(self):
        if not self._d:
            return '%s()' % (type(self).__name__,)
        return '%s(%r)' % (type(self).__name__, self._d)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        self = cls()
        for key in iterable:
            self[key] = value
        return self


def _is_mapping(obj):
    # collections.abc.Mapping's test (as CPython's Counter makes it), imported on first need.
    if isinstance(obj, dict):
        return True
    from collections.abc import Mapping
    return isinstance(obj, Mapping)


def _count_elements(mapping, iterable):
    # One more for each element, through the mapping's own get and item assignment.
    current = mapping.get
    for elem in iterable:
        mapping[elem] = current(elem, 0) + 1


class Counter(dict):
    """Counts hashable items: missing keys count 0; most_common lists by count."""

    # A real dict subclass, as CPython's: the counts are the dict's own items.

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def __reduce__(self):
        # Rebuilt from a plain dict of the counts (no other state).
        return type(self), (dict(self),)

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        items = sorted(self.items(), key=_count_of, reverse=True)
        if n is None:
            return items
        if n < 0:
            n = 0
        return items[:n]

    def elements(self):
        # As CPython's: an itertools.chain of one repeat() per element.
        return _itertools_chain.from_iterable(_itertools_starmap(_itertools_repeat, self.items()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        # Keys given without their number of occurrences cannot make a count.
        message = 'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.'
        raise NotImplementedError(message)

    # update() and subtract() take a mapping of counts or an iterable of elements (each
    # counting once), then keyword counts.
    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if _is_mapping(iterable):
                if self:
                    current = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + current(elem, 0)
                else:
                    # Into an empty Counter the counts are copied, not added to 0.
                    dict.update(self, iterable)
            else:
                _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            current = self.get
            if _is_mapping(iterable):
                for elem, count in iterable.items():
                    self[elem] = current(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = current(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return type(self)(self)

    def __delitem__(self, elem):
        # Deleting a count that is not there is no error.
        if elem in self:
            dict.__delitem__(self, elem)

    # Comparisons are between Counters only, missing elements counting 0 (a plain dict
    # on either side compares as a dict).
    def _all_counts(self, other, test):
        for c in (self, other):
            for elem in c:
                if not test(self[elem], other[elem]):
                    return False
        return True

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_counts(other, _operator.eq)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_counts(other, _operator.le)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_counts(other, _operator.ge)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    def __repr__(self):
        if not self:
            return '%s()' % type(self).__name__
        try:
            d = dict(self.most_common())
        except TypeError:
            # Counts that do not order (most_common cannot sort them) show as stored.
            d = dict(self)
        return '%s(%r)' % (type(self).__name__, d)

    # Binary operators (Counters only): each element of the left operand, then each
    # element only the right one has, with only positive results kept, in a new Counter.
    def __add__(self, other):
        return _counter_binary(self, other, lambda mine, theirs: mine + theirs, _same)

    def __sub__(self, other):
        return _counter_binary(self, other, lambda mine, theirs: mine - theirs, _negated)

    def __or__(self, other):
        return _counter_binary(self, other, lambda mine, theirs: theirs if mine < theirs
                               else mine, _same)

    def __and__(self, other):
        # An element only the right operand has cannot be in the intersection.
        return _counter_binary(self, other, lambda mine, theirs: mine if mine < theirs
                               else theirs, None)

    def __pos__(self):
        return _counter_binary(self, None, None, None, _same)

    def __neg__(self):
        return _counter_binary(self, None, None, None, _negated)

    def _keep_positive(self):
        for elem in [elem for elem, count in self.items() if not count > 0]:
            del self[elem]
        return self

    # In-place operators take any mapping on the right and drop what is not positive.
    def __iadd__(self, other):
        for elem, theirs in other.items():
            self[elem] = self[elem] + theirs
        return self._keep_positive()

    def __isub__(self, other):
        for elem, theirs in other.items():
            self[elem] = self[elem] - theirs
        return self._keep_positive()

    def __ior__(self, other):
        # Only a bigger count replaces the current one.
        for elem, theirs in other.items():
            if self[elem] < theirs:
                self[elem] = theirs
        return self._keep_positive()

    def __iand__(self, other):
        # Only a smaller count replaces the current one.
        for elem, mine in self.items():
            theirs = other[elem]
            if theirs < mine:
                self[elem] = theirs
        return self._keep_positive()


def _count_of(item):
    return item[1]


_END = object()


@_collections.native_layout
class deque(object):
    """Double-ended queue with an optional maximum length (full deques drop from the
    other end). The items live in a native ring (`self._r`); the hot methods are native
    functions (crates/vm/src/runtime/modules/deque.rs)."""

    __slots__ = ('_r', '__weakref__')

    def __init__(self, iterable=_sentinel, maxlen=None):
        if maxlen is not None:
            maxlen = _as_index(maxlen)
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._r = _collections.ring_new(maxlen)
        # Only a given iterable is extended from (even an empty one moves where the
        # first item goes, as in CPython).
        if iterable is not _sentinel:
            _collections.deque_extend(self._r, iterable)

    @property
    def maxlen(self):
        return _collections.ring_maxlen(self._r)

    def __reduce__(self):
        # As CPython's deque_reduce: the class, its maxlen when it has one, the instance
        # state and an iterator over the items (which pickle and `copy` append).
        state = getattr(self, '__dict__', None) or None
        args = () if self.maxlen is None else ((), self.maxlen)
        return (type(self), args, state, iter(self))

    append = _collections.deque_append
    appendleft = _collections.deque_appendleft
    pop = _collections.deque_pop
    popleft = _collections.deque_popleft
    extend = _collections.deque_extend
    extendleft = _collections.deque_extendleft
    clear = _collections.deque_clear
    __len__ = _collections.deque_len
    __bool__ = _collections.deque_bool
    __getitem__ = _collections.deque_getitem
    __setitem__ = _collections.deque_setitem

    def __sizeof__(self):
        return _collections.deque_sizeof(self._r)

    def rotate(self, n=1):
        _collections.deque_rotate(self._r, _as_index(n))

    def _list(self):
        """The items as a fresh list."""
        return _collections.ring_list(self._r)

    def copy(self):
        return deque(self._list(), self.maxlen)

    __copy__ = copy

    def count(self, x):
        return self._list().count(x)

    def index(self, x, start=0, stop=None):
        items = self._list()
        n = len(items)
        if stop is None:
            stop = n
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop = max(stop + n, 0)
        i = start
        while i < stop and i < n:
            if items[i] is x or items[i] == x:
                return i
            i += 1
        raise ValueError('%r is not in deque' % (x,))

    def insert(self, i, x):
        # CPython's way (the block layout, hence sys.getsizeof, follows): rotate the
        # position to an end, add there, rotate back.
        i = _as_index(i)
        n = len(self)
        maxlen = self.maxlen
        if maxlen is not None and n >= maxlen:
            raise IndexError('deque already at its maximum size')
        if i >= n:
            self.append(x)
        elif i <= -n or i == 0:
            self.appendleft(x)
        else:
            self.rotate(-i)
            if i < 0:
                self.append(x)
            else:
                self.appendleft(x)
            self.rotate(i)

    def _del_at(self, i):
        self.rotate(-i)
        self.popleft()
        self.rotate(i)

    def remove(self, value):
        items = self._list()
        for i in range(len(items)):
            if items[i] is value or items[i] == value:
                self._del_at(i)
                return
        raise ValueError('%r is not in deque' % (value,))

    def reverse(self):
        items = self._list()
        items.reverse()
        _collections.ring_replace(self._r, items)

    def __iter__(self):
        r = self._r
        state = _collections.ring_state(r)
        item = _collections.ring_item
        i = 0
        while True:
            x = item(r, i, state, _END)
            if x is _END:
                return
            yield x
            i += 1

    def __reversed__(self):
        r = self._r
        state = _collections.ring_state(r)
        item = _collections.ring_item
        i = len(self) - 1
        while i >= 0:
            x = item(r, i, state, _END)
            if x is _END:
                return
            yield x
            i -= 1

    def __delitem__(self, i):
        # The same TypeError/IndexError as reading d[i].
        _collections.deque_getitem(self._r, i)
        i = _as_index(i)
        if i < 0:
            i += len(self)
        self._del_at(i)

    def __contains__(self, x):
        for y in self._list():
            if y is x or y == x:
                return True
        return False

    def __eq__(self, other):
        if isinstance(other, deque):
            return self._list() == other._list()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, deque):
            return self._list() != other._list()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, deque):
            return self._list() < other._list()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, deque):
            return self._list() <= other._list()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, deque):
            return self._list() > other._list()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, deque):
            return self._list() >= other._list()
        return NotImplemented

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque'
                            % type(other).__name__)
        new = deque(self._list(), self.maxlen)
        new.extend(other._list())
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        return deque(self._list() * n, self.maxlen)

    def __repr__(self):
        maxlen = self.maxlen
        if maxlen is None:
            return 'deque(%r)' % (self._list(),)
        return 'deque(%r, maxlen=%d)' % (self._list(), maxlen)


def _as_index(x):
    if isinstance(x, int):
        return x
    if hasattr(x, '__index__'):
        return x.__index__()
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(x).__name__)


_KEYWORDS = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class',
    'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global',
    'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise',
    'return', 'try', 'while', 'with', 'yield'])


def _isidentifier(s):
    if not s:
        return False
    first = s[0]
    if not (first.isalpha() or first == '_'):
        return False
    for c in s[1:]:
        if not (c.isalnum() or c == '_'):
            return False
    return True


class _NamedTuple(tuple):
    """The methods namedtuple() puts in each class it makes (a direct subclass of tuple, as
    in CPython); `typing.NamedTuple` classes derive from this class."""

    __slots__ = ()
    _fields = ()
    _field_defaults = {}

    def __new__(_cls, *args, **kwargs):
        fields = _cls._fields
        n = len(fields)
        if len(args) > n:
            # The message of CPython's generated `__new__(_cls, <fields with defaults>)`.
            fewest = n + 1 - len(_cls._field_defaults)
            if fewest == n + 1:
                takes = '%d positional argument%s' % (n + 1, '' if n == 0 else 's')
            else:
                takes = 'from %d to %d positional arguments' % (fewest, n + 1)
            raise TypeError('%s.__new__() takes %s but %d were given'
                            % (_cls.__name__, takes, len(args) + 1))
        values = list(args)
        missing = []
        for i in range(len(args), n):
            name = fields[i]
            if name in kwargs:
                values.append(kwargs.pop(name))
            elif name in _cls._field_defaults:
                values.append(_cls._field_defaults[name])
            else:
                missing.append(name)
                values.append(None)
        for name in kwargs:
            if name in fields:
                raise TypeError("%s.__new__() got multiple values for argument '%s'"
                                % (_cls.__name__, name))
            raise TypeError("%s.__new__() got an unexpected keyword argument '%s'"
                            % (_cls.__name__, name))
        if missing:
            quoted = ["'%s'" % m for m in missing]
            if len(quoted) == 1:
                names = quoted[0]
            elif len(quoted) == 2:
                names = '%s and %s' % (quoted[0], quoted[1])
            else:
                names = ', '.join(quoted[:-1]) + ', and ' + quoted[-1]
            raise TypeError('%s.__new__() missing %d required positional argument%s: %s'
                            % (_cls.__name__, len(missing), '' if len(missing) == 1 else 's',
                               names))
        return tuple.__new__(_cls, values)

    @classmethod
    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != len(cls._fields):
            raise TypeError('Expected %d arguments, got %d' % (len(cls._fields), len(result)))
        return result

    def _replace(self, /, **kwds):
        result = self._make(map(kwds.pop, self._fields, self))
        if kwds:
            raise ValueError('Got unexpected field names: %r' % list(kwds))
        return result

    def __repr__(self):
        parts = ['%s=%r' % (name, value) for name, value in zip(self._fields, self)]
        return '%s(%s)' % (self.__class__.__name__, ', '.join(parts))

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)


# What namedtuple() copies into each class (CPython's class dict has them in this order).
_NAMEDTUPLE_METHODS = ('__new__', '_make', '_replace', '__repr__', '_asdict', '__getnewargs__')


def _field_getter(i):
    # CPython's _tuplegetter: read-only, with its own messages.
    def _set(self, value):
        raise AttributeError("can't set attribute")

    def _delete(self):
        raise AttributeError("can't delete attribute")

    return property(lambda self: self[i], _set, _delete,
                    doc='Alias for field number %d' % i)


def _renamed_fields(names):
    # rename=True: a name that is not an identifier, is a keyword, starts with '_' or
    # repeats an earlier one becomes '_' + its position.
    earlier = set()
    result = []
    for position, name in enumerate(names):
        unusable = (not _isidentifier(name) or name in _KEYWORDS or name.startswith('_')
                    or name in earlier)
        result.append('_%d' % position if unusable else name)
        earlier.add(name)
    return result


def _check_names(names):
    # The type name and every field name must be a str, an identifier and no keyword.
    for name in names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not _isidentifier(name):
            complaint = 'must be valid identifiers'
        elif name in _KEYWORDS:
            complaint = 'cannot be a keyword'
        else:
            continue
        raise ValueError('Type names and field names %s: %r' % (complaint, name))


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """A new class of tuple-like records with named fields: namedtuple('Point', 'x y')."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = [str(name) for name in field_names]
    typename = str(typename)
    if rename:
        field_names = _renamed_fields(field_names)
    _check_names([typename] + field_names)
    seen = set()
    for name in field_names:
        if not rename and name.startswith('_'):
            raise ValueError('Field names cannot start with an underscore: %r' % (name,))
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % (name,))
        seen.add(name)
    defaults = () if defaults is None else tuple(defaults)
    if len(defaults) > len(field_names):
        raise TypeError('Got more default values than field names')
    # Defaults belong to the last fields.
    first_defaulted = len(field_names) - len(defaults)
    field_defaults = dict(zip(field_names[first_defaulted:], defaults))
    if module is None:
        module = '__main__'
    ns = {
        '__doc__': '%s(%s)' % (typename, ', '.join(field_names)),
        '__slots__': (),
        '_fields': tuple(field_names),
        '_field_defaults': field_defaults,
    }
    for name in _NAMEDTUPLE_METHODS:
        ns[name] = _NamedTuple.__dict__[name]
    ns['__match_args__'] = tuple(field_names)
    for index, name in enumerate(field_names):
        ns[name] = _field_getter(index)
    ns['__module__'] = module
    ns['__qualname__'] = typename
    return type(typename, (tuple,), ns)


def _same(count):
    return count


def _negated(count):
    return 0 - count


def _counter_binary(left, right, combine, right_only, single=None):
    """A new Counter of the positive values among combine(left count, right count) for
    the elements of `left`, then right_only(count) for those only `right` has (None: not
    looked at). With `single` instead, single(count) for each element of `left`."""
    if single is None and not isinstance(right, Counter):
        return NotImplemented
    result = Counter()
    for elem, count in left.items():
        value = single(count) if single is not None else combine(count, right[elem])
        if value > 0:
            result[elem] = value
    if right_only is not None:
        for elem, count in right.items():
            if elem not in left:
                value = right_only(count)
                if value > 0:
                    result[elem] = value
    return result


class ChainMap(object):
    """Several mappings searched in order as one; writes go to the first."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return mapping[key]
        return self.__missing__(key)

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            for k in mapping:
                d[k] = None
        return iter(d)

    def __contains__(self, key):
        for m in self.maps:
            if key in m:
                return True
        return False

    def __bool__(self):
        for m in self.maps:
            if m:
                return True
        return False

    def __eq__(self, other):
        # collections.abc.Mapping's equality: the same items as another mapping.
        if not isinstance(other, (dict, _PlainDictWrapper, ChainMap)):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __hash__ = None

    def __repr__(self):
        return '%s(%s)' % (type(self).__name__, ', '.join(map(repr, self.maps)))

    def keys(self):
        return list(self)

    def items(self):
        return [(k, self[k]) for k in self]

    def values(self):
        return [self[k] for k in self]

    def new_child(self, m=None):
        if m is None:
            m = {}
        return type(self)(m, *self.maps)

    @property
    def parents(self):
        return type(self)(*self.maps[1:])

    # Writes and deletions only ever touch the first mapping.
    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        first = self.maps[0]
        try:
            del first[key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')


class UserDict(_PlainDictWrapper):
    """A dict wrapper meant to be subclassed (the data is also reachable as .data)."""

    __slots__ = ()

    # A MutableMapping in CPython, whose Mapping base blocks reversed().
    __reversed__ = None

    @property
    def data(self):
        return self._d

    def copy(self):
        return type(self)(self._d)

    def __repr__(self):
        return repr(self._d)


class UserList(object):
    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            self.data.extend(initlist)

    def __repr__(self):
        return repr(self.data)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        return self.data[i]

    def __setitem__(self, i, x):
        self.data[i] = x

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, x):
        return x in self.data

    def __eq__(self, other):
        return self.data == (other.data if isinstance(other, UserList) else other)

    def append(self, x):
        self.data.append(x)

    def extend(self, xs):
        self.data.extend(xs)

    def pop(self, i=-1):
        return self.data.pop(i)


def _text_of(value):
    # The text inside a UserString; any other value as it is.
    return value.data if isinstance(value, UserString) else value


class UserString(object):
    """A str-like object whose text is the str `self.data`; methods that make text
    return instances of the same class."""

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        else:
            self.data = seq.data[:] if isinstance(seq, UserString) else str(seq)

    def __getnewargs__(self):
        return (self.data[:],)

    def __contains__(self, char):
        return _text_of(char) in self.data

    # Operations that make new text return the same class.
    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __add__(self, other):
        other = _text_of(other)
        return self.__class__(self.data + (other if isinstance(other, str) else str(other)))

    def __radd__(self, other):
        return self.__class__((other if isinstance(other, str) else str(other)) + self.data)

    def __rmod__(self, template):
        # The template is made a str; this object is the (single) value formatted.
        return self.__class__(str(template) % self)

    # Methods that give a plain result, with their arguments passed as they are.
    def join(self, seq):
        return self.data.join(seq)

    def format_map(self, mapping):
        return self.data.format_map(mapping)

    def format(self, /, *args, **kwds):
        return self.data.format(*args, **kwds)

    def encode(self, encoding='utf-8', errors='strict'):
        return self.data.encode(encoding, errors)

    maketrans = str.maketrans


def _user_string_methods():
    # The str methods: those that make text give the subclass; arguments that are
    # UserStrings count as their text.
    def unwrap(x):
        return x.data if isinstance(x, UserString) else x

    def install(name, method):
        method.__name__ = name
        method.__qualname__ = 'UserString.' + name
        setattr(UserString, name, method)

    def of_text(name, builtin):
        # A protocol answered by the wrapped text itself: len(), iter(), int(), ...
        install(name, lambda self: builtin(self.data))

    def comparison(name, compare):
        # Comparisons see through a UserString operand to its text.
        install(name, lambda self, string: compare(self.data, _text_of(string)))

    for name, builtin in (('__str__', str), ('__repr__', repr), ('__hash__', hash),
                          ('__len__', len), ('__iter__', iter), ('__reversed__', reversed),
                          ('__int__', int), ('__float__', float), ('__complex__', complex)):
        of_text(name, builtin)
    def rewrapping(name, operate):
        # `text OP argument` (the argument as it is), as an instance of the same class.
        install(name, lambda self, argument: self.__class__(operate(self.data, argument)))

    rewrapping('__mul__', lambda text, n: text * n)
    rewrapping('__rmul__', lambda text, n: text * n)
    rewrapping('__mod__', lambda text, args: text % args)
    for name, compare in (('__eq__', lambda a, b: a == b), ('__lt__', lambda a, b: a < b),
                          ('__le__', lambda a, b: a <= b), ('__gt__', lambda a, b: a > b),
                          ('__ge__', lambda a, b: a >= b)):
        comparison(name, compare)

    def text_method(name):
        def method(self, *args, **kwds):
            result = getattr(self.data, name)(*[unwrap(a) for a in args], **kwds)
            return self.__class__(result)
        method.__name__ = method.__qualname__ = name
        return method

    def other_method(name):
        def method(self, *args, **kwds):
            return getattr(self.data, name)(*[unwrap(a) for a in args], **kwds)
        method.__name__ = method.__qualname__ = name
        return method

    for name in ('capitalize', 'casefold', 'center', 'expandtabs', 'ljust', 'lower',
                 'lstrip', 'removeprefix', 'removesuffix', 'replace', 'rjust', 'rstrip',
                 'strip', 'swapcase', 'title', 'translate', 'upper', 'zfill'):
        setattr(UserString, name, text_method(name))
    for name in ('count', 'endswith', 'find', 'index', 'isalpha', 'isalnum', 'isascii',
                 'isdecimal', 'isdigit', 'isidentifier', 'islower', 'isnumeric',
                 'isprintable', 'isspace', 'istitle', 'isupper', 'partition', 'rfind',
                 'rindex', 'rpartition', 'rsplit', 'split', 'splitlines', 'startswith'):
        setattr(UserString, name, other_method(name))


_user_string_methods()
del _user_string_methods


# PEP 585: `deque[int]`, `defaultdict[str, list]`... in annotations make generic aliases.
def _generic_alias():
    from types import GenericAlias
    alias = classmethod(GenericAlias)
    for cls in (ChainMap, Counter, OrderedDict, UserDict, UserList, UserString, defaultdict,
                deque):
        cls.__class_getitem__ = alias


_generic_alias()
del _generic_alias


def __getattr__(name):
    # `collections.abc` without importing it first works in CPython because the
    # interpreter's startup imported it; here it is imported on first use.
    if name == "abc":
        import collections.abc
        return sys.modules["collections.abc"]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# CPython's deque, defaultdict and OrderedDict are C types: messages name them
# 'collections.deque' and so on (subclasses by their bare names).
for _c in (deque, defaultdict, OrderedDict):
    _collections.c_type_name(_c)
del _c
