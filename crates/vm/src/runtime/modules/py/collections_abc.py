# pymem's frozen `collections.abc`: the abstract base classes of the container protocols,
# with CPython 3.12's abstract methods, mixin methods, `__subclasshook__` rules and the
# registrations of the built-in types (so `isinstance([], Sequence)` and
# `isinstance({}, Mapping)` hold).
#
# Deviations: there is no memoryview to register; `Callable[...]` makes a plain
# `types.GenericAlias`.

from abc import ABCMeta, abstractmethod
import sys

GenericAlias = type(list[int])

__all__ = [
    # one-shot protocols
    "Hashable", "Sized", "Container", "Callable", "Buffer",
    # iteration, synchronous and asynchronous
    "Iterable", "Iterator", "Generator", "Reversible", "Collection",
    "Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator",
    # containers
    "Set", "MutableSet", "Mapping", "MutableMapping", "Sequence", "MutableSequence",
    "ByteString", "MappingView", "KeysView", "ItemsView", "ValuesView",
]


def _defines_all(C, *names):
    mro = C.__mro__
    for name in names:
        for klass in mro:
            namespace = klass.__dict__
            if name in namespace:
                if namespace[name] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


def _hook(abc, cls, C, *names):
    # Only the ABC itself judges by methods; its subclasses answer through the usual
    # rules (their own registrations, their MRO).
    if cls is abc:
        return _defines_all(C, *names)
    return NotImplemented


# ---- one-method protocols ---------------------------------------------------------------

class Hashable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __hash__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        return _hook(Hashable, cls, C, "__hash__")


class Awaitable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __await__(self):
        yield

    @classmethod
    def __subclasshook__(cls, C):
        return _hook(Awaitable, cls, C, "__await__")

    __class_getitem__ = classmethod(GenericAlias)


class Coroutine(Awaitable):
    __slots__ = ()

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        _raise_thrown(typ, val, tb)

    def close(self):
        _close_by_throwing(self)

    @classmethod
    def __subclasshook__(cls, C):
        return _hook(Coroutine, cls, C, "__await__", "send", "throw", "close")


class AsyncIterable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()

    @classmethod
    def __subclasshook__(cls, C):
        return _hook(AsyncIterable, cls, C, "__aiter__")

    __class_getitem__ = classmethod(GenericAlias)


class AsyncIterator(AsyncIterable):
    __slots__ = ()

    @abstractmethod
    def __anext__(self):
        raise StopAsyncIteration

    def __aiter__(self):
        return self

    @classmethod
    def __subclasshook__(cls, C):
        return _hook(AsyncIterator, cls, C, "__anext__", "__aiter__")


class AsyncGenerator(AsyncIterator):
    __slots__ = ()

    @abstractmethod
    def asend(self, value):
        raise StopAsyncIteration

    @abstractmethod
    def athrow(self, typ, val=None, tb=None):
        _raise_thrown(typ, val, tb)

    async def __anext__(self):
        return await self.asend(None)

    async def aclose(self):
        # Throw GeneratorExit in; finishing (or letting it or StopAsyncIteration out) is a
        # clean close, another value is not.
        try:
            await self.athrow(GeneratorExit)
        except (GeneratorExit, StopAsyncIteration):
            return
        raise RuntimeError("asynchronous generator ignored GeneratorExit")

    @classmethod
    def __subclasshook__(cls, C):
        return _hook(AsyncGenerator, cls, C,
                     "__aiter__", "__anext__", "asend", "athrow", "aclose")


class Iterable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __iter__(self):
        while False:
            yield None

    @classmethod
    def __subclasshook__(cls, C):
        return _hook(Iterable, cls, C, "__iter__")

    __class_getitem__ = classmethod(GenericAlias)


class Iterator(Iterable):
    __slots__ = ()

    @abstractmethod
    def __next__(self):
        raise StopIteration

    def __iter__(self):
        return self

    @classmethod
    def __subclasshook__(cls, C):
        return _hook(Iterator, cls, C, "__iter__", "__next__")


class Reversible(Iterable):
    __slots__ = ()

    @abstractmethod
    def __reversed__(self):
        while False:
            yield None

    @classmethod
    def __subclasshook__(cls, C):
        return _hook(Reversible, cls, C, "__reversed__", "__iter__")


def _raise_thrown(typ, val, tb):
    # generator.throw's argument forms: an exception instance, or a class (and value).
    if val is None:
        if tb is None:
            raise typ
        val = typ()
    if tb is not None:
        val = val.with_traceback(tb)
    raise val


def _close_by_throwing(gen):
    try:
        gen.throw(GeneratorExit)
    except (GeneratorExit, StopIteration):
        return
    raise RuntimeError("generator ignored GeneratorExit")


class Generator(Iterator):
    __slots__ = ()

    def __next__(self):
        return self.send(None)

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        _raise_thrown(typ, val, tb)

    def close(self):
        _close_by_throwing(self)

    @classmethod
    def __subclasshook__(cls, C):
        return _hook(Generator, cls, C, "__iter__", "__next__", "send", "throw", "close")


class Sized(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __len__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        return _hook(Sized, cls, C, "__len__")


class Container(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __contains__(self, x):
        return False

    @classmethod
    def __subclasshook__(cls, C):
        return _hook(Container, cls, C, "__contains__")

    __class_getitem__ = classmethod(GenericAlias)


class Collection(Sized, Iterable, Container):
    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, C):
        return _hook(Collection, cls, C, "__len__", "__iter__", "__contains__")


class Buffer(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __buffer__(self, flags, /):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, C):
        return _hook(Buffer, cls, C, "__buffer__")


class Callable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False

    @classmethod
    def __subclasshook__(cls, C):
        return _hook(Callable, cls, C, "__call__")

    __class_getitem__ = classmethod(GenericAlias)


# ---- sets ---------------------------------------------------------------------------------

def _set_comparison(method):
    def compare(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return method(self, other)
    compare.__name__, compare.__qualname__ = method.__name__, method.__qualname__
    return compare


class Set(Collection):
    """A finite, iterable container; the comparisons and operators come from __contains__,
    __iter__ and __len__. Results are made by the class method _from_iterable (the class
    called with an iterable; override it for a constructor with another signature)."""

    __slots__ = ()

    # Comparisons are subset tests, by membership (and sizes first), against Sets only.
    @_set_comparison
    def __le__(self, other):
        return len(self) <= len(other) and _holds_all(other, self)

    @_set_comparison
    def __ge__(self, other):
        return len(self) >= len(other) and _holds_all(self, other)

    @_set_comparison
    def __lt__(self, other):
        return len(self) < len(other) and self.__le__(other)

    @_set_comparison
    def __gt__(self, other):
        return len(self) > len(other) and self.__ge__(other)

    @_set_comparison
    def __eq__(self, other):
        return len(self) == len(other) and self.__le__(other)

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    # Operators take any iterable on the other side; - and ^ first make it a Set.
    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(item for item in other if item in self)

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(_one_after_another(self, other))

    def __sub__(self, other):
        other = _as_set(self, other)
        if other is None:
            return NotImplemented
        return self._from_iterable(item for item in self if item not in other)

    def __rsub__(self, other):
        other = _as_set(self, other)
        if other is None:
            return NotImplemented
        return self._from_iterable(item for item in other if item not in self)

    def __xor__(self, other):
        other = _as_set(self, other)
        if other is None:
            return NotImplemented
        return (self - other) | (other - self)

    __rand__, __ror__, __rxor__ = __and__, __or__, __xor__

    def isdisjoint(self, other):
        return not any(item in self for item in other)

    def _hash(self):
        # frozenset's hash, so that equal Sets and frozensets hash alike: each item's
        # hash is scrambled and XOR-ed in, the total mixed again, all in Py_uhash_t
        # arithmetic (masked to the machine word, then read back as signed).
        top = sys.maxsize
        word = 2 * top + 1
        acc = 1927868237 * (len(self) + 1) & word
        for item in self:
            spread = hash(item)
            acc = (acc ^ ((spread ^ (spread << 16) ^ 89869747) * 3644798167)) & word
        acc ^= (acc >> 11) ^ (acc >> 25)
        acc = (acc * 69069 + 907133923) & word
        if acc > top:
            acc -= word + 1
        # -1 is no hash value (it signals an error in C).
        return 590923713 if acc == -1 else acc


def _holds_all(container, items):
    return all(item in container for item in items)


def _one_after_another(first, second):
    yield from first
    yield from second


def _as_set(owner, other):
    # `other` as a Set to compute with (None: the operation does not apply).
    if isinstance(other, Set):
        return other
    if isinstance(other, Iterable):
        return owner._from_iterable(other)
    return None


class MutableSet(Set):
    """A Set with add and discard; remove, pop, clear and the in-place operators come
    from them."""

    __slots__ = ()

    @abstractmethod
    def add(self, value):
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        raise NotImplementedError

    def remove(self, value):
        if value in self:
            self.discard(value)
        else:
            raise KeyError(value)

    def pop(self):
        # Some element (the first iteration gives), removed.
        value = next(iter(self), _NOTHING)
        if value is _NOTHING:
            raise KeyError
        self.discard(value)
        return value

    def clear(self):
        # pop() until it finds nothing left.
        while True:
            try:
                self.pop()
            except KeyError:
                return

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in self - it:
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
        else:
            # Each value of `it` toggles its membership.
            for value in (it if isinstance(it, Set) else self._from_iterable(it)):
                (self.discard if value in self else self.add)(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
        else:
            for value in it:
                self.discard(value)
        return self


_NOTHING = object()


# ---- mappings -----------------------------------------------------------------------------

class Mapping(Collection):
    """A read-only mapping: __getitem__, __iter__ and __len__ give get, __contains__,
    keys, items, values, __eq__ and __ne__."""

    __slots__ = ()

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
            return True
        except KeyError:
            return False

    # Live views of the keys, the (key, value) pairs and the values.
    def keys(self):
        return KeysView(self)

    def values(self):
        return ValuesView(self)

    def items(self):
        return ItemsView(self)

    def __eq__(self, other):
        # Equal to any Mapping with the same items.
        if isinstance(other, Mapping):
            return dict(self.items()) == dict(other.items())
        return NotImplemented

    __reversed__ = None


class MappingView(Sized):
    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        self._mapping = mapping

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self._mapping)

    def __len__(self):
        return len(self._mapping)

    __class_getitem__ = classmethod(GenericAlias)


def _plain_set(cls, it):
    # Set operations on key and item views give plain sets.
    return set(it)


def _same_value(found, wanted):
    # Containers find a value by identity first, then by equality.
    return found is wanted or found == wanted


class KeysView(MappingView, Set):
    __slots__ = ()
    _from_iterable = classmethod(_plain_set)

    def __iter__(self):
        yield from self._mapping

    def __contains__(self, key):
        return key in self._mapping


class ItemsView(MappingView, Set):
    __slots__ = ()
    _from_iterable = classmethod(_plain_set)

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield key, mapping[key]

    def __contains__(self, item):
        key, wanted = item
        try:
            found = self._mapping[key]
        except KeyError:
            return False
        return _same_value(found, wanted)


class ValuesView(MappingView, Collection):
    __slots__ = ()

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield mapping[key]

    def __contains__(self, value):
        mapping = self._mapping
        return any(_same_value(mapping[key], value) for key in mapping)


_absent = object()


def _abstract_raising(error, owner, *names):
    # Abstract methods whose inherited bodies (reached through super()) raise `error`.
    methods = []
    for name in names:
        def method(self, *args):
            raise error
        method.__name__, method.__qualname__ = name, owner + '.' + name
        methods.append(abstractmethod(method))
    return methods


class MutableMapping(Mapping):
    """A Mapping with __setitem__ and __delitem__; pop, popitem, clear, update and
    setdefault come from them."""

    __slots__ = ()

    __setitem__, __delitem__ = _abstract_raising(
        KeyError, 'MutableMapping', '__setitem__', '__delitem__')

    def pop(self, key, default=_absent):
        # Without a default a missing key is a KeyError.
        if default is _absent:
            value = self[key]
        else:
            try:
                value = self[key]
            except KeyError:
                return default
        del self[key]
        return value

    def popitem(self):
        # The first key iteration gives, with its value, removed.
        key = next(iter(self), _absent)
        if key is _absent:
            raise KeyError
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        # popitem() until it finds nothing left.
        while True:
            try:
                self.popitem()
            except KeyError:
                return

    def update(self, other=(), /, **kwds):
        # From a Mapping, an object with keys(), or (key, value) pairs; then keywords.
        if isinstance(other, Mapping):
            pairs = ((key, other[key]) for key in other)
        elif hasattr(other, "keys"):
            pairs = ((key, other[key]) for key in other.keys())
        else:
            pairs = other
        for key, value in pairs:
            self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        # The value of key, after storing `default` there when it is missing.
        try:
            return self[key]
        except KeyError:
            self[key] = default
            return default


# ---- sequences ----------------------------------------------------------------------------

class Sequence(Reversible, Collection):
    """A read-only sequence: __getitem__ and __len__ give __iter__, __contains__,
    __reversed__, index and count."""

    __slots__ = ()

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        # Indexes 0, 1, 2, ... until one is an IndexError (len() is not consulted).
        position = 0
        try:
            while True:
                yield self[position]
                position += 1
        except IndexError:
            return

    def __contains__(self, value):
        return any(_same_value(item, value) for item in self)

    def __reversed__(self):
        for position in range(len(self) - 1, -1, -1):
            yield self[position]

    def index(self, value, start=0, stop=None):
        # Negative bounds count from the end (a start before the beginning is 0); the
        # search also ends at the first IndexError.
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)
        position = start
        while stop is None or position < stop:
            try:
                item = self[position]
            except IndexError:
                break
            if _same_value(item, value):
                return position
            position += 1
        raise ValueError

    def count(self, value):
        return sum(1 for item in self if _same_value(item, value))


class _ByteStringDeprecation(ABCMeta):
    # ByteString is deprecated since 3.12 (removal in 3.14): subclassing it and
    # isinstance checks against it warn.
    def __new__(mcls, name, bases, namespace, **kwargs):
        if name != "ByteString":
            _warn_byte_string()
        return super().__new__(mcls, name, bases, namespace, **kwargs)

    def __instancecheck__(cls, instance):
        _warn_byte_string()
        return super().__instancecheck__(instance)


def _warn_byte_string():
    import warnings
    warnings.warn("'collections.abc.ByteString' is deprecated and slated for removal "
                  "in Python 3.14", DeprecationWarning, stacklevel=3)


class ByteString(Sequence, metaclass=_ByteStringDeprecation):
    """The deprecated ABC of bytes and bytearray."""

    __slots__ = ()


class MutableSequence(Sequence):
    """A Sequence with __setitem__, __delitem__ and insert; append, clear, reverse,
    extend, pop, remove and += come from them."""

    __slots__ = ()

    __setitem__, __delitem__, insert = _abstract_raising(
        IndexError, 'MutableSequence', '__setitem__', '__delitem__', 'insert')

    def append(self, value):
        self.insert(len(self), value)

    def clear(self):
        # pop() until the sequence is empty (IndexError).
        while True:
            try:
                self.pop()
            except IndexError:
                return

    def reverse(self):
        # Swap pairs from both ends towards the middle.
        last = len(self) - 1
        for front in range(len(self) // 2):
            self[front], self[last - front] = self[last - front], self[front]

    def extend(self, values):
        # Extending with itself appends a snapshot of the original items.
        for value in (list(values) if values is self else values):
            self.append(value)

    def pop(self, index=-1):
        value = self[index]
        del self[index]
        return value

    def remove(self, value):
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


# ---- the built-in types, as CPython registers them ------------------------------------------

def _register_builtins():
    dict_keys = type({}.keys())
    dict_values = type({}.values())
    dict_items = type({}.items())
    iterators = {type(iter(x)) for x in (b"", bytearray(), {}, {}.values(), {}.items(),
                                         [], range(0), set(), "", (), zip())}
    iterators.add(type(reversed([])))
    try:
        iterators.add(type(iter(range(1 << 64))))
    except OverflowError:
        pass  # pymem's ranges stay within 64 bits
    for t in iterators:
        Iterator.register(t)

    def gen():
        yield

    Generator.register(type(gen()))

    async def coro():
        pass

    async def agen():
        yield

    c = coro()
    Coroutine.register(type(c))
    c.close()
    AsyncGenerator.register(type(agen()))
    for t in (dict_keys, dict_values, dict_items):
        Reversible.register(t)
    KeysView.register(dict_keys)
    ValuesView.register(dict_values)
    ItemsView.register(dict_items)
    Set.register(frozenset)
    MutableSet.register(set)
    MutableMapping.register(dict)
    import types
    Mapping.register(types.MappingProxyType)
    for t in (tuple, str, range):
        Sequence.register(t)
    for t in (bytes, bytearray):
        ByteString.register(t)
        Buffer.register(t)
    MutableSequence.register(list)
    MutableSequence.register(bytearray)

    # collections' classes that CPython derives from these ABCs (pymem's are built
    # on dict and object wrappers, so they are registered instead).
    collections = sys.modules.get("collections")
    if collections is not None:
        MutableSequence.register(collections.deque)
        MutableSequence.register(collections.UserList)
        MutableMapping.register(collections.UserDict)
        MutableMapping.register(collections.ChainMap)
        Sequence.register(collections.UserString)

    # Built-in callables whose types do not list __call__ in pymem.
    # A bound method from a function bound to an int: a class made here would be cyclic
    # garbage for the user's first gc.collect().
    def probe():
        pass

    for f in (len, gen, probe.__get__(0), [].append, staticmethod(len)):
        Callable.register(type(f))


_register_builtins()
del _register_builtins
