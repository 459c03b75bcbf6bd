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
            target, function = meth.__self__, meth.__func__
        except AttributeError:
            raise TypeError(f"argument should be a bound method, not {type(meth)}") from None
        # The callback reaches the WeakMethod through a weak reference (filled in below),
        # so the two refs it is attached to do not keep their owner alive.
        owner = []

        def part_died(_):
            method_ref = owner[0]() if owner else None
            if method_ref is not None and method_ref._alive:
                method_ref._alive = False
                if callback is not None:
                    callback(method_ref)
        self = ReferenceType.__new__(cls, target, part_died)
        self._func_ref = ref(function, part_died)
        self._meth_type = type(meth)
        self._alive = True
        owner.append(ref(self))
        return self

    def __call__(self):
        target, function = ReferenceType.__call__(self), self._func_ref()
        if target is not None and function is not None:
            return self._meth_type(function, target)
        return None

    # Dead WeakMethods equal only themselves; live ones compare object and function.
    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if self._alive and other._alive:
            return ReferenceType.__eq__(self, other) and self._func_ref == other._func_ref
        return self is other

    def __ne__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if self._alive and other._alive:
            return ReferenceType.__ne__(self, other) or self._func_ref != other._func_ref
        return self is not other

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


class _Finalizer:
    # What a live finalize object will do, and whether (and in which turn) at exit.
    __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "serial")


# Live finalize objects -> their _Finalizer. A finalize object is alive while listed.
_live_finalizers = {}
_finalizer_serials = itertools.count()


class _ExitState:
    hooked = False    # the exit function is registered with atexit
    exiting = False   # it has run: finalizers called afterwards do nothing
    changed = False   # finalizers were added since it last looked


class finalize(object):
    """finalize(obj, func, *args, **kwargs): call func(*args, **kwargs) once, when obj dies,
    when the finalizer is called, or at interpreter exit (if .atexit) — whichever is first."""

    __slots__ = ()

    def __init__(self, obj, func, /, *args, **kwargs):
        if not _ExitState.hooked:
            import atexit
            atexit.register(_run_finalizers_at_exit)
            _ExitState.hooked = True
        job = _Finalizer()
        # The finalize object is the weak reference's callback.
        job.weakref = ref(obj, self)
        job.func, job.args, job.kwargs = func, args, kwargs or None
        job.atexit = True
        job.serial = next(_finalizer_serials)
        _live_finalizers[self] = job
        _ExitState.changed = True

    def _job_and_object(self):
        job = _live_finalizers.get(self)
        return job, (job.weakref() if job else None)

    def __call__(self, _=None):
        """Run the finalizer now (once): func's result, or None when it is dead."""
        job = _live_finalizers.pop(self, None)
        if job is not None and not _ExitState.exiting:
            return job.func(*job.args, **(job.kwargs or {}))
        return None

    def detach(self):
        """Kill the finalizer without running it: (obj, func, args, kwargs), or None when
        it was dead."""
        job, obj = self._job_and_object()
        if obj is None or _live_finalizers.pop(self, None) is None:
            return None
        return obj, job.func, job.args, job.kwargs or {}

    def peek(self):
        """(obj, func, args, kwargs) while alive, else None."""
        job, obj = self._job_and_object()
        if obj is None:
            return None
        return obj, job.func, job.args, job.kwargs or {}

    @property
    def alive(self):
        return self in _live_finalizers

    @property
    def atexit(self):
        job = _live_finalizers.get(self)
        return job is not None and job.atexit

    @atexit.setter
    def atexit(self, value):
        job = _live_finalizers.get(self)
        if job is not None:
            job.atexit = bool(value)

    def __repr__(self):
        obj = self._job_and_object()[1]
        what = 'dead' if obj is None else f'for {type(obj).__name__!r} at {id(obj):#x}'
        return f'<{type(self).__name__} object at {id(self):#x}; {what}>'


def _run_finalizers_at_exit():
    # Newest first, with the cycle collector off; finalizers created meanwhile join in.
    import gc
    collecting = gc.isenabled() and bool(_live_finalizers)
    if collecting:
        gc.disable()
    try:
        queue = []
        while True:
            if _ExitState.changed or not queue:
                _ExitState.changed = False
                due = [(job.serial, fin) for fin, job in _live_finalizers.items()
                       if job.atexit]
                queue = [fin for _, fin in sorted(due, key=lambda pair: pair[0])]
            if not queue:
                break
            try:
                queue.pop()()
            except Exception as e:
                import _logging
                sys.stderr.write(_logging.format_exception(e))
    finally:
        _ExitState.exiting = True
        if collecting:
            gc.enable()


def _owner_callback(owner, forget):
    # The callback of a container's internal refs: forget(container, dead_ref), through a
    # weak reference so that the refs do not keep their container alive.
    owner_ref = ref(owner)

    def on_death(dead_ref):
        container = owner_ref()
        if container is not None:
            forget(container, dead_ref)
    return on_death


def _forget_value(container, dead_ref):
    # The key may hold a newer value by now: only the dead entry goes.
    if container.data.get(dead_ref.key) is dead_ref:
        del container.data[dead_ref.key]


def _forget_key(container, dead_ref):
    container.data.pop(dead_ref, None)


class _WeakMapping(object):
    # What both weak dictionaries share; `_live_items()` yields the entries whose weak
    # side is alive, as (key, value).

    def __repr__(self):
        return f"<{type(self).__name__} at {id(self):#x}>"

    def __len__(self):
        return sum(1 for _ in self._live_items())

    def items(self):
        yield from self._live_items()

    def keys(self):
        for key, _ in self._live_items():
            yield key

    __iter__ = keys

    def values(self):
        for _, value in self._live_items():
            yield value

    def copy(self):
        duplicate = self._copy_type()
        for key, value in self._live_items():
            duplicate[key] = value
        return duplicate

    __copy__ = copy

    def __or__(self, other):
        if not hasattr(other, 'keys'):
            return NotImplemented
        merged = self.copy()
        merged.update(other)
        return merged

    def __ror__(self, other):
        if not hasattr(other, 'keys'):
            return NotImplemented
        merged = type(self)()
        merged.update(other)
        merged.update(self)
        return merged

    def __ior__(self, other):
        self.update(other)
        return self


class WeakValueDictionary(_WeakMapping):
    """A mapping whose values are held weakly: an entry goes away when its value dies."""

    def __init__(self, other=(), /, **kw):
        self._remove = _owner_callback(self, _forget_value)
        self.data = {}
        self.update(other, **kw)

    def _copy_type(self):
        return WeakValueDictionary()

    def _live_items(self):
        for key, value_ref in list(self.data.items()):
            value = value_ref()
            if value is not None:
                yield key, value

    def _value_or_none(self, key):
        value_ref = self.data.get(key)
        return None if value_ref is None else value_ref()

    def __getitem__(self, key):
        value = self.data[key]()
        if value is None:
            raise KeyError(key)
        return value

    def __setitem__(self, key, value):
        self.data[key] = KeyedRef(value, self._remove, key)

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        return self._value_or_none(key) is not None

    def get(self, key, default=None):
        value = self._value_or_none(key)
        return default if value is None else value

    def pop(self, key, *args):
        value_ref = self.data.pop(key, None)
        value = None if value_ref is None else value_ref()
        if value is not None:
            return value
        if args:
            return args[0]
        raise KeyError(key)

    def setdefault(self, key, default=None):
        value = self._value_or_none(key)
        if value is not None:
            return value
        self[key] = default
        return default

    def update(self, other=None, /, **kwargs):
        if other is not None:
            pairs = ((k, other[k]) for k in other.keys()) if hasattr(other, 'keys') else other
            for key, value in pairs:
                self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def valuerefs(self):
        return list(self.data.values())

    def itervaluerefs(self):
        yield from list(self.data.values())

    def popitem(self):
        # Dead entries popped on the way are just dropped.
        while True:
            key, value_ref = self.data.popitem()
            value = value_ref()
            if value is not None:
                return key, value


class WeakKeyDictionary(_WeakMapping):
    """A mapping whose keys are held weakly: an entry goes away when its key dies."""

    def __init__(self, dict=None):
        self.data = {}
        self._remove = _owner_callback(self, _forget_key)
        if dict is not None:
            self.update(dict)

    def _copy_type(self):
        return WeakKeyDictionary()

    def _live_items(self):
        for key_ref, value in list(self.data.items()):
            key = key_ref()
            if key is not None:
                yield key, value

    # A fresh ref to a live key equals (and hashes as) the one stored for it.
    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            key_ref = ref(key)
        except TypeError:
            return False
        return key_ref in self.data

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        if dict is not None:
            # Anything dict() accepts, when it is not a mapping already.
            mapping = dict if hasattr(dict, 'items') else type({})(dict)
            for key, value in mapping.items():
                self.data[ref(key, self._remove)] = value
        if kwargs:
            self.update(kwargs)

    def keyrefs(self):
        return list(self.data)

    def popitem(self):
        while True:
            key_ref, value = self.data.popitem()
            key = key_ref()
            if key is not None:
                return key, value


def _forget_member(container, dead_ref):
    container.data.discard(dead_ref)


class WeakSet(object):
    """A set whose members are held weakly: a member leaves when it dies."""

    def __init__(self, data=None):
        self.data = set()
        self._remove = _owner_callback(self, _forget_member)
        if data is not None:
            self.update(data)

    def _members(self):
        for member_ref in list(self.data):
            member = member_ref()
            if member is not None:
                yield member

    def __iter__(self):
        yield from self._members()

    def __len__(self):
        return sum(1 for _ in self._members())

    def __contains__(self, item):
        try:
            item_ref = ref(item)
        except TypeError:
            return False
        return item_ref in self.data

    def __repr__(self):
        return repr(self.data)

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def discard(self, item):
        self.data.discard(ref(item))

    def remove(self, item):
        self.data.remove(ref(item))

    def clear(self):
        self.data.clear()

    def pop(self):
        while self.data:
            member = self.data.pop()()
            if member is not None:
                return member
        raise KeyError('pop from empty WeakSet') from None

    def copy(self):
        return type(self)(self)

    # In-place algebra works on the refs; the other operand is any iterable of objects.
    def update(self, other):
        for item in other:
            self.add(item)

    def __ior__(self, other):
        self.update(other)
        return self

    def __isub__(self, other):
        if other is self:
            self.data.clear()
        else:
            self.data.difference_update(ref(item) for item in other)
        return self

    def difference_update(self, other):
        self.__isub__(other)

    def __iand__(self, other):
        self.data.intersection_update(ref(item) for item in other)
        return self

    def intersection_update(self, other):
        self.__iand__(other)

    def __ixor__(self, other):
        if other is self:
            self.data.clear()
        else:
            self.data.symmetric_difference_update(ref(item, self._remove) for item in other)
        return self

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    # The operators build a new set of this type.
    def difference(self, other):
        result = self.copy()
        result.difference_update(other)
        return result

    __sub__ = difference

    def symmetric_difference(self, other):
        result = self.copy()
        result.symmetric_difference_update(other)
        return result

    __xor__ = symmetric_difference

    def intersection(self, other):
        return type(self)(item for item in other if item in self)

    __and__ = intersection

    def union(self, other):
        return type(self)(item for items in (self, other) for item in items)

    __or__ = union

    def isdisjoint(self, other):
        return not self.intersection(other)

    # Comparisons compare the refs (equal while their objects are equal).
    def issubset(self, other):
        return self.data.issubset(ref(item) for item in other)

    __le__ = issubset

    def issuperset(self, other):
        return self.data.issuperset(ref(item) for item in other)

    __ge__ = issuperset

    def __lt__(self, other):
        return self.data < set(map(ref, other))

    def __gt__(self, other):
        return self.data > set(map(ref, other))

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return self.data == set(map(ref, other))

    __hash__ = None


# PEP 585: `weakref.ref[int]`, `WeakSet[int]`... in annotations. CPython's WeakSet lives
# in `_weakrefset`, which its reprs show.
def _generic_alias():
    from types import GenericAlias
    for cls in (ReferenceType, WeakSet, WeakKeyDictionary, WeakValueDictionary):
        cls.__class_getitem__ = classmethod(GenericAlias)


_generic_alias()
del _generic_alias
WeakSet.__module__ = '_weakrefset'
