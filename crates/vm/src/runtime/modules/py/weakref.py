# pymem's frozen `weakref` module: ref (with callbacks, CPython's equality and hash rules),
# finalize, getweakrefcount/getweakrefs, WeakValueDictionary, WeakKeyDictionary, WeakSet.
# The weak references themselves are the heap's (crates/heap/src/weakref.rs), reached
# through `_weakref` (crates/vm/src/runtime/modules/weakref.rs).
#
# Deviations: `ref` and the proxies are classes written in Python, so
# sys.getsizeof of a ref differs from CPython's 72, and a proxy's own attributes
# (`__class__`, `__callback__`) are not forwarded.

import sys
import itertools
import _weakref

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary", "WeakMethod",
           "ReferenceType", "ProxyType", "CallableProxyType", "ProxyTypes",
           "WeakValueDictionary", "WeakSet", "finalize", "KeyedRef"]

# id(referent) -> native handles to the Python ref objects made for it (for getweakrefs and
# for reusing the one callback-less ref per object, as CPython does). A handle is pruned
# (lazily) when its ref object dies; an id reused by a new object is told apart by r() is ob.
_by_referent = {}
_created = 0


def _refs_to(ob):
    """The live ref objects whose referent is `ob` (oldest first)."""
    handles = _by_referent.get(id(ob))
    if not handles:
        return []
    live = []
    keep = []
    for h in handles:
        r = _weakref.get(h)
        if r is not None:
            keep.append(h)
            if _weakref.get(r._h) is ob:
                live.append(r)
    if len(keep) != len(handles):
        if keep:
            _by_referent[id(ob)] = keep
        else:
            del _by_referent[id(ob)]
    return live


def _prune():
    for key in list(_by_referent):
        handles = [h for h in _by_referent[key] if _weakref.get(h) is not None]
        if handles:
            _by_referent[key] = handles
        else:
            del _by_referent[key]


def _remember(ob, r):
    global _created
    _created += 1
    if _created % 512 == 0:
        _prune()
    handles = _by_referent.get(id(ob))
    if handles is None:
        handles = []
        _by_referent[id(ob)] = handles
    handles.append(_weakref.bookkeeping(r))


class ReferenceType(object):
    """ref(object[, callback]): call it to get the object back, or None once it died.
    callback(ref) runs when the object dies (unless the ref itself died first)."""

    __slots__ = ('_h', '__callback__', '_hash', '__weakref__')

    def __new__(cls, *args, **kwargs):
        # weakref___new__'s checks: one or two positional arguments, no keywords.
        if kwargs:
            raise TypeError("ref() takes no keyword arguments")
        if not args:
            raise TypeError("__new__ expected at least 1 argument, got 0")
        if len(args) > 2:
            raise TypeError("__new__ expected at most 2 arguments, got %d" % len(args))
        ob = args[0]
        callback = args[1] if len(args) > 1 else None
        if callback is None and cls is ReferenceType:
            for r in _refs_to(ob):
                if type(r) is ReferenceType and r.__callback__ is None:
                    return r
        _weakref.check(ob)
        self = object.__new__(cls)
        self.__callback__ = callback
        self._hash = None
        if callback is None:
            self._h = _weakref.new(ob)
        else:
            self._h = _weakref.new(ob, self)
        _remember(ob, self)
        return self

    def __init__(self, *args, **kwargs):
        pass

    def __call__(self):
        return _weakref.get(self._h)

    # Equality, hash and repr look at the referent itself, as CPython's C code does, not
    # at what a subclass's __call__ returns (WeakMethod's is a new bound method).
    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        a = _weakref.get(self._h)
        b = _weakref.get(other._h)
        if a is None or b is None:
            return self is other
        return a == b

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def __hash__(self):
        if self._hash is not None:
            return self._hash
        ob = _weakref.get(self._h)
        if ob is None:
            raise TypeError('weak object has gone away')
        self._hash = hash(ob)
        return self._hash

    def __repr__(self):
        ob = _weakref.get(self._h)
        if ob is None:
            return '<weakref at %#x; dead>' % id(self)
        return "<weakref at %#x; to '%s' at %#x>" % (id(self), type(ob).__name__, id(ob))


ReferenceType.__module__ = 'weakref'
ref = ReferenceType


class KeyedRef(ReferenceType):
    """A ref that remembers a key (WeakValueDictionary's entries)."""

    __slots__ = ('key',)

    def __new__(cls, ob, callback, key):
        self = ReferenceType.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        pass


class WeakMethod(ReferenceType):
    """A weak reference to a bound method: it dies with either the object or the function
    (a plain ref to a bound method would die at once, the method object being temporary)."""

    __slots__ = ("_func_ref", "_meth_type", "_alive")

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None

        def _cb(arg):
            # The self-weakref trick avoids a reference cycle.
            self = self_wr()
            if self._alive:
                self._alive = False
                if callback is not None:
                    callback(self)
        self = ReferenceType.__new__(cls, obj, _cb)
        self._func_ref = ref(func, _cb)
        self._meth_type = type(meth)
        self._alive = True
        self_wr = ref(self)
        return self

    def __call__(self):
        obj = ReferenceType.__call__(self)
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return ReferenceType.__eq__(self, other) and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is not other
            return ReferenceType.__ne__(self, other) or self._func_ref != other._func_ref
        return NotImplemented

    __hash__ = ReferenceType.__hash__


def _proxy_target(p):
    ob = _weakref.get(p._h)
    if ob is None:
        raise ReferenceError("weakly-referenced object no longer exists")
    return ob


def _unwrap(o):
    """A proxy given as an operand stands for its referent (as CPython's proxy slots)."""
    if isinstance(o, ProxyType):
        return _proxy_target(o)
    return o


class ProxyType(object):
    """proxy(object[, callback]): an object that forwards every use to `object` while it
    lives, and raises ReferenceError afterwards. Not hashable; never weakly referenceable."""

    __slots__ = ('_h', '__callback__')

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'weakref.%s' instances" % cls.__name__)

    def __getattr__(self, name):
        return getattr(_proxy_target(self), name)

    def __setattr__(self, name, value):
        if name in ('_h', '__callback__'):
            object.__setattr__(self, name, value)
        else:
            setattr(_proxy_target(self), name, value)

    def __delattr__(self, name):
        delattr(_proxy_target(self), name)

    def __repr__(self):
        ob = _weakref.get(self._h)
        if ob is None:
            return '<weakproxy at %#x; dead>' % id(self)
        return "<weakproxy at %#x; to '%s' at %#x>" % (id(self), type(ob).__name__, id(ob))

    def __str__(self):
        return str(_proxy_target(self))

    def __bool__(self):
        return bool(_proxy_target(self))

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.%s'" % type(self).__name__)

    def __len__(self):
        return len(_proxy_target(self))

    def __getitem__(self, key):
        return _proxy_target(self)[key]

    def __setitem__(self, key, value):
        _proxy_target(self)[key] = value

    def __delitem__(self, key):
        del _proxy_target(self)[key]

    def __contains__(self, item):
        return item in _proxy_target(self)

    def __iter__(self):
        return iter(_proxy_target(self))

    def __next__(self):
        return next(_proxy_target(self))

    def __reversed__(self):
        return reversed(_proxy_target(self))

    def __index__(self):
        return _proxy_target(self).__index__()

    def __int__(self):
        return int(_proxy_target(self))

    def __float__(self):
        return float(_proxy_target(self))

    def __neg__(self):
        return -_proxy_target(self)

    def __pos__(self):
        return +_proxy_target(self)

    def __abs__(self):
        return abs(_proxy_target(self))

    def __invert__(self):
        return ~_proxy_target(self)

    def __eq__(self, other):
        return _proxy_target(self) == _unwrap(other)

    def __ne__(self, other):
        return _proxy_target(self) != _unwrap(other)

    def __lt__(self, other):
        return _proxy_target(self) < _unwrap(other)

    def __le__(self, other):
        return _proxy_target(self) <= _unwrap(other)

    def __gt__(self, other):
        return _proxy_target(self) > _unwrap(other)

    def __ge__(self, other):
        return _proxy_target(self) >= _unwrap(other)

    def __add__(self, other):
        return _proxy_target(self) + _unwrap(other)

    def __radd__(self, other):
        return _unwrap(other) + _proxy_target(self)

    def __sub__(self, other):
        return _proxy_target(self) - _unwrap(other)

    def __rsub__(self, other):
        return _unwrap(other) - _proxy_target(self)

    def __mul__(self, other):
        return _proxy_target(self) * _unwrap(other)

    def __rmul__(self, other):
        return _unwrap(other) * _proxy_target(self)

    def __truediv__(self, other):
        return _proxy_target(self) / _unwrap(other)

    def __rtruediv__(self, other):
        return _unwrap(other) / _proxy_target(self)

    def __floordiv__(self, other):
        return _proxy_target(self) // _unwrap(other)

    def __rfloordiv__(self, other):
        return _unwrap(other) // _proxy_target(self)

    def __mod__(self, other):
        return _proxy_target(self) % _unwrap(other)

    def __rmod__(self, other):
        return _unwrap(other) % _proxy_target(self)

    def __pow__(self, other):
        return _proxy_target(self) ** _unwrap(other)

    def __rpow__(self, other):
        return _unwrap(other) ** _proxy_target(self)

    def __and__(self, other):
        return _proxy_target(self) & _unwrap(other)

    def __rand__(self, other):
        return _unwrap(other) & _proxy_target(self)

    def __or__(self, other):
        return _proxy_target(self) | _unwrap(other)

    def __ror__(self, other):
        return _unwrap(other) | _proxy_target(self)

    def __xor__(self, other):
        return _proxy_target(self) ^ _unwrap(other)

    def __rxor__(self, other):
        return _unwrap(other) ^ _proxy_target(self)

    def __lshift__(self, other):
        return _proxy_target(self) << _unwrap(other)

    def __rshift__(self, other):
        return _proxy_target(self) >> _unwrap(other)


class CallableProxyType(ProxyType):
    """The proxy of a callable object: calling it calls the object."""

    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return _proxy_target(self)(*args, **kwargs)


ProxyType.__module__ = 'weakref'
CallableProxyType.__module__ = 'weakref'
ProxyTypes = (ProxyType, CallableProxyType)


def proxy(*args):
    """proxy(object[, callback]): a proxy to object that uses a weak reference (one
    callback-less proxy per object is shared, as CPython does)."""
    if not args:
        raise TypeError("proxy expected at least 1 argument, got 0")
    if len(args) > 2:
        raise TypeError("proxy expected at most 2 arguments, got %d" % len(args))
    object = args[0]
    callback = args[1] if len(args) > 1 else None
    cls = CallableProxyType if callable(object) else ProxyType
    if callback is None:
        for r in _refs_to(object):
            if type(r) is cls and r.__callback__ is None:
                return r
    _weakref.check(object)
    p = ProxyType.__base__.__new__(cls)
    object_setattr = ProxyType.__base__.__setattr__
    object_setattr(p, '__callback__', callback)
    if callback is None:
        object_setattr(p, '_h', _weakref.new(object))
    else:
        object_setattr(p, '_h', _weakref.new(object, p))
    _remember(object, p)
    return p


def _internal_refs(r):
    """Weak references to the ref object `r` that this module made itself: the entry in
    _by_referent, and the one that finds `r` for its pending callback."""
    return 1 + (r.__callback__ is not None)


def getweakrefcount(object):
    """The number of weak references to object."""
    n = _weakref.count(object)
    if isinstance(object, ReferenceType):
        n -= _internal_refs(object)
    return n


def getweakrefs(object):
    """The weak reference objects that refer to object."""
    return _refs_to(object)


class finalize(object):
    """finalize(obj, func, *args, **kwargs): call func(*args, **kwargs) once, when obj dies,
    when the finalizer is called, or at interpreter exit (if .atexit) — whichever is first."""

    __slots__ = ()
    _registry = {}
    _shutdown = False
    _index_iter = itertools.count()
    _dirty = False
    _registered_with_atexit = False

    class _Info(object):
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._registered_with_atexit:
            import atexit
            atexit.register(finalize._exitfunc)
            finalize._registered_with_atexit = True
        info = finalize._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        info.index = next(finalize._index_iter)
        finalize._registry[self] = info
        finalize._dirty = True

    def __call__(self, _=None):
        """If alive then mark as dead and return func(*args, **kwargs); otherwise None."""
        info = finalize._registry.pop(self, None)
        if info and not finalize._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        """If alive then mark as dead and return (obj, func, args, kwargs); otherwise None."""
        info = finalize._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and finalize._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        """If alive then return (obj, func, args, kwargs); otherwise None."""
        info = finalize._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        return self in finalize._registry

    def _get_atexit(self):
        info = finalize._registry.get(self)
        return bool(info) and info.atexit

    def _set_atexit(self, value):
        info = finalize._registry.get(self)
        if info:
            info.atexit = bool(value)

    atexit = property(_get_atexit, _set_atexit)

    def __repr__(self):
        info = finalize._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        return '<%s object at %#x; for %r at %#x>' % (type(self).__name__, id(self),
                                                     type(obj).__name__, id(obj))

    @classmethod
    def _select_for_exit(cls):
        L = [(f, i) for (f, i) in cls._registry.items() if i.atexit]
        L.sort(key=lambda item: item[1].index)
        return [f for (f, i) in L]

    @classmethod
    def _exitfunc(cls):
        import gc
        reenable_gc = False
        try:
            if cls._registry:
                if gc.isenabled():
                    reenable_gc = True
                    gc.disable()
                pending = None
                while True:
                    if pending is None or finalize._dirty:
                        pending = cls._select_for_exit()
                        finalize._dirty = False
                    if not pending:
                        break
                    f = pending.pop()
                    try:
                        f()
                    except Exception as e:
                        import _logging
                        sys.stderr.write(_logging.format_exception(e))
        finally:
            finalize._shutdown = True
            if reenable_gc:
                gc.enable()


class WeakValueDictionary(object):
    """A mapping whose values are held weakly: an entry goes away when its value dies."""

    def __init__(self, other=(), /, **kw):
        selfref = ref(self)

        def remove(wr, selfref=selfref):
            self = selfref()
            if self is not None:
                d = self.data
                if wr.key in d and d[wr.key] is wr:
                    del d[wr.key]

        self._remove = remove
        self.data = {}
        self.update(other, **kw)

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        return len([k for k, wr in list(self.data.items()) if wr() is not None])

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self.data[key] = KeyedRef(value, self._remove, key)

    def copy(self):
        new = WeakValueDictionary()
        for key, wr in list(self.data.items()):
            o = wr()
            if o is not None:
                new[key] = o
        return new

    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        if o is None:
            return default
        return o

    def items(self):
        for k, wr in list(self.data.items()):
            v = wr()
            if v is not None:
                yield k, v

    def keys(self):
        for k, wr in list(self.data.items()):
            if wr() is not None:
                yield k

    __iter__ = keys

    def values(self):
        for wr in list(self.data.values()):
            obj = wr()
            if obj is not None:
                yield obj

    def pop(self, key, *args):
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def setdefault(self, key, default=None):
        try:
            o = self.data[key]()
        except KeyError:
            o = None
        if o is None:
            self[key] = default
            return default
        return o

    def update(self, other=None, /, **kwargs):
        if other is not None:
            if hasattr(other, 'keys'):
                for k in other.keys():
                    self[k] = other[k]
            else:
                for k, v in other:
                    self[k] = v
        for k in kwargs:
            self[k] = kwargs[k]

    def valuerefs(self):
        return list(self.data.values())

    def itervaluerefs(self):
        yield from list(self.data.values())

    def popitem(self):
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    __copy__ = copy

    def __or__(self, other):
        if hasattr(other, 'keys'):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ror__(self, other):
        if hasattr(other, 'keys'):
            c = self.__class__()
            c.update(other)
            c.update(self)
            return c
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


class WeakKeyDictionary(object):
    """A mapping whose keys are held weakly: an entry goes away when its key dies."""

    def __init__(self, dict=None):
        self.data = {}
        selfref = ref(self)

        def remove(k, selfref=selfref):
            self = selfref()
            if self is not None:
                try:
                    del self.data[k]
                except KeyError:
                    pass

        self._remove = remove
        if dict is not None:
            self.update(dict)

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __len__(self):
        return len([k for k in list(self.data) if k() is not None])

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def copy(self):
        new = WeakKeyDictionary()
        for key, value in list(self.data.items()):
            o = key()
            if o is not None:
                new[o] = value
        return new

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def items(self):
        for wr, value in list(self.data.items()):
            key = wr()
            if key is not None:
                yield key, value

    def keys(self):
        for wr in list(self.data):
            obj = wr()
            if obj is not None:
                yield obj

    __iter__ = keys

    def values(self):
        for wr, value in list(self.data.items()):
            if wr() is not None:
                yield value

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        d = self.data
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for key, value in dict.items():
                d[ref(key, self._remove)] = value
        if len(kwargs):
            self.update(kwargs)

    def keyrefs(self):
        return list(self.data)

    def popitem(self):
        while True:
            wr, value = self.data.popitem()
            o = wr()
            if o is not None:
                return o, value

    __copy__ = copy

    def __or__(self, other):
        if hasattr(other, 'keys'):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ror__(self, other):
        if hasattr(other, 'keys'):
            c = self.__class__()
            c.update(other)
            c.update(self)
            return c
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


class WeakSet(object):
    """A set whose members are held weakly."""

    def __init__(self, data=None):
        self.data = set()

        def _remove(item, selfref=ref(self)):
            self = selfref()
            if self is not None:
                self.data.discard(item)

        self._remove = _remove
        if data is not None:
            for x in data:
                self.add(x)

    def __iter__(self):
        for itemref in list(self.data):
            item = itemref()
            if item is not None:
                yield item

    def __len__(self):
        return len([r for r in list(self.data) if r() is not None])

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def discard(self, item):
        self.data.discard(ref(item))

    def remove(self, item):
        self.data.remove(ref(item))

    def clear(self):
        self.data.clear()

    def __repr__(self):
        return repr(self.data)

    # The set algebra of CPython's _weakrefset.WeakSet.
    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    def pop(self):
        while True:
            try:
                itemref = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            item = itemref()
            if item is not None:
                return item

    def update(self, other):
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        newset = self.copy()
        newset.difference_update(other)
        return newset

    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        if self is other:
            self.data.clear()
        else:
            self.data.difference_update(ref(item) for item in other)
        return self

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)

    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        self.data.intersection_update(ref(item) for item in other)
        return self

    def issubset(self, other):
        return self.data.issubset(ref(item) for item in other)

    __le__ = issubset

    def __lt__(self, other):
        return self.data < set(map(ref, other))

    def issuperset(self, other):
        return self.data.issuperset(ref(item) for item in other)

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > set(map(ref, other))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == set(map(ref, other))

    __hash__ = None

    def symmetric_difference(self, other):
        newset = self.copy()
        newset.symmetric_difference_update(other)
        return newset

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        if self is other:
            self.data.clear()
        else:
            self.data.symmetric_difference_update(ref(item, self._remove) for item in other)
        return self

    def union(self, other):
        return self.__class__(e for s in (self, other) for e in s)

    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0


# PEP 585: `weakref.ref[int]`, `WeakSet[int]`... in annotations. CPython's WeakSet lives
# in `_weakrefset`, which its reprs show.
def _generic_alias():
    from types import GenericAlias
    for cls in (ReferenceType, WeakSet, WeakKeyDictionary, WeakValueDictionary):
        cls.__class_getitem__ = classmethod(GenericAlias)


_generic_alias()
del _generic_alias
WeakSet.__module__ = '_weakrefset'
