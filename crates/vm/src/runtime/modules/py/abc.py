# pymem's frozen `abc` module: ABCMeta (abstract methods, virtual subclasses through
# register(), __subclasshook__), ABC, abstractmethod and friends, after CPython 3.12's
# pure-Python _py_abc. Instantiating a class whose __abstractmethods__ is not empty is
# refused by the runtime (as CPython's object.__new__ does).
#
# Each ABC keeps its state in one `_abc_impl` object, as CPython's C `_abc` does: the
# registry and the two caches are made on first use and hold weak references whose
# callbacks remove them when a class dies, so ABCs and their subclasses are garbage like
# any class (and gc.collect() counts them as CPython does).
#
# Deviations: no abstractclassmethod/abstractstaticmethod/abstractproperty (deprecated
# since 3.3, and pymem cannot subclass classmethod, staticmethod or property).

import _weakref


class _abc_data:
    """An ABC's registry and caches (CPython's `_abc._abc_data`): tables made on first use,
    then kept (emptied, never dropped), each with a plain handle to its `_TableRef`."""

    __slots__ = ("registry", "cache", "negative_cache", "negative_cache_version",
                 "registry_ref", "cache_ref", "negative_cache_ref")

    def __init__(self, version):
        self.registry = None
        self.cache = None
        self.negative_cache = None
        self.negative_cache_version = version
        self.registry_ref = None
        self.cache_ref = None
        self.negative_cache_ref = None


class _Entry:
    """A weak reference to a class in an ABC's table; when the class dies, its callback
    (a bound `_TableRef.drop`, made per entry as CPython's `_destroy` function is) takes it
    out of the table."""

    __slots__ = ("_h", "__callback__", "key")


class _TableRef:
    """What the entries of one table share to reach it (CPython: a weak reference to the
    set); it lives while some entry does."""

    __slots__ = ("table",)

    def drop(self, entry):
        table = self.table
        if table.get(entry.key) is entry:
            del table[entry.key]


# A table is {id(class): _Entry} plus {None: its _abc_data}: that tracked value keeps the
# dict tracked through full collections, as CPython's sets always are.


def _add(data, field, cls):
    """Add `cls` to the table `field` of `data`."""
    table = getattr(data, field)
    if table is None:
        table = {None: data}
        setattr(data, field, table)
    key = id(cls)
    old = table.get(key)
    if old is not None and _weakref.get(old._h) is cls:
        return
    ref = getattr(data, field + "_ref")
    holder = None if ref is None else _weakref.get(ref)
    if holder is None:
        holder = _TableRef()
        holder.table = table
        setattr(data, field + "_ref", _weakref.bookkeeping(holder))
    entry = _Entry()
    entry.key = key
    entry.__callback__ = holder.drop
    entry._h = _weakref.new(cls, entry)
    table[key] = entry


def _contains(table, cls):
    if table is None:
        return False
    entry = table.get(id(cls))
    return entry is not None and _weakref.get(entry._h) is cls


def _classes(table):
    if table is None:
        return []
    found = [_weakref.get(e._h) for k, e in list(table.items()) if k is not None]
    return [c for c in found if c is not None]


def _clear(table):
    if table is not None:
        data = table[None]
        table.clear()
        table[None] = data


def abstractmethod(funcobj):
    """Mark `funcobj` abstract: an ABC keeping it cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def get_cache_token():
    """A value that changes whenever a virtual subclass is registered with any ABC."""
    return ABCMeta._abc_invalidation_counter


def _is_abstract(value):
    if getattr(value, "__isabstractmethod__", False):
        return True
    # A property over an abstract getter/setter/deleter is abstract.
    if isinstance(value, property):
        return any(getattr(f, "__isabstractmethod__", False)
                   for f in (value.fget, value.fset, value.fdel))
    return False


def _abstract_names(cls, bases, own):
    """The names still abstract in `cls`: its own abstract attributes (`own`: name,
    value pairs) and the bases' abstract names it has not overridden concretely."""
    names = {name for name, value in own if _is_abstract(value)}
    for base in bases:
        names.update(name for name in getattr(base, '__abstractmethods__', ())
                     if _is_abstract(getattr(cls, name, None)))
    return frozenset(names)


class ABCMeta(type):
    """The metaclass of abstract base classes: abstract-method bookkeeping, virtual
    subclasses (register) and cached isinstance/issubclass answers."""

    _abc_invalidation_counter = 0

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        new = super().__new__(mcls, name, bases, namespace, **kwargs)
        new.__abstractmethods__ = _abstract_names(new, bases, namespace.items())
        new._abc_impl = _abc_data(ABCMeta._abc_invalidation_counter)
        return new

    def register(cls, subclass):
        """Make `subclass` a virtual subclass of `cls`; returns it (usable as a class
        decorator)."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if not issubclass(subclass, cls):
            if issubclass(cls, subclass):
                raise RuntimeError("Refusing to create an inheritance cycle")
            _add(cls._abc_impl, "registry", subclass)
            # Every ABC's cached "not a subclass" answers may now be wrong.
            ABCMeta._abc_invalidation_counter += 1
        return subclass

    def _abc_registry_clear(cls):
        # Test helper: forget every registered virtual subclass.
        _clear(cls._abc_impl.registry)

    def _abc_caches_clear(cls):
        # Test helper: forget the cached answers.
        _clear(cls._abc_impl.cache)
        _clear(cls._abc_impl.negative_cache)

    def __instancecheck__(cls, instance):
        # isinstance(): the instance's __class__ first, then its real type if that differs.
        impl = cls._abc_impl
        claimed = instance.__class__
        if _contains(impl.cache, claimed):
            return True
        actual = type(instance)
        if actual is not claimed:
            return any(cls.__subclasscheck__(c) for c in (claimed, actual))
        negative_current = impl.negative_cache_version == ABCMeta._abc_invalidation_counter
        if negative_current and _contains(impl.negative_cache, claimed):
            return False
        return cls.__subclasscheck__(claimed)

    def __subclasscheck__(cls, subclass):
        # issubclass(): the caches, the hook, the MRO, the registry, then real subclasses.
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        impl = cls._abc_impl
        if _contains(impl.cache, subclass):
            return True
        if impl.negative_cache_version < ABCMeta._abc_invalidation_counter:
            _clear(impl.negative_cache)
            impl.negative_cache_version = ABCMeta._abc_invalidation_counter
        elif _contains(impl.negative_cache, subclass):
            return False
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if ok:
                _add(impl, "cache", subclass)
            else:
                _add(impl, "negative_cache", subclass)
            return ok
        if cls in getattr(subclass, '__mro__', ()):
            _add(impl, "cache", subclass)
            return True
        # As CPython's C `_abc`: a class registered directly is a subclass, uncached.
        if _contains(impl.registry, subclass):
            return True
        for rcls in _classes(impl.registry):
            if issubclass(subclass, rcls):
                _add(impl, "cache", subclass)
                return True
        for scls in type.__subclasses__(cls):
            if issubclass(subclass, scls):
                _add(impl, "cache", subclass)
                return True
        _add(impl, "negative_cache", subclass)
        return False

    def __subclasshook__(cls, subclass):
        return NotImplemented


def update_abstractmethods(cls):
    """Recompute `cls.__abstractmethods__` after methods were added or replaced on an
    abstract class (a class without the attribute is returned unchanged)."""
    if hasattr(cls, '__abstractmethods__'):
        cls.__abstractmethods__ = _abstract_names(cls, cls.__bases__, cls.__dict__.items())
    return cls


class ABC(metaclass=ABCMeta):
    """Deriving from ABC makes a class abstract (its metaclass is ABCMeta)."""
    __slots__ = ()
