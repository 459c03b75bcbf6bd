# pymem's frozen `copy` module: shallow and deep copies with CPython 3.12's results.
#
# CPython routes everything it has no table entry for through the pickle protocol
# (`__reduce_ex__(4)`); pymem's objects do not speak it, so this module says the same thing
# directly: atomic values come back as they are, the built-in containers are rebuilt, and an
# instance of a user class becomes a new object of its class (made with `cls.__new__`, not
# `__init__`) with its `__dict__` and `__slots__` (and, for subclasses of built-in containers,
# its items) copied over. A class that defines `__reduce_ex__` or `__reduce__` itself is
# honoured, as are `__copy__`, `__deepcopy__`, `__getstate__`, `__setstate__` and
# `__getnewargs__`.

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error


def _function():
    pass


# Values copy and deepcopy return unchanged (CPython's `_copy_immutable`/`_deepcopy_atomic`).
_atomic_types = {type(None), type(Ellipsis), type(NotImplemented), int, float, bool, str,
                 bytes, type, range, slice, property, type(_function), type(len)}
try:
    _atomic_types.add(complex)
except NameError:
    pass
try:
    import weakref as _weakref
    _atomic_types.add(_weakref.ref)
except ImportError:
    pass


def _f():
    pass


# A function bound to an int: no class made and deleted here (it would be cyclic garbage
# for the user's first gc.collect()).
_method_type = type(_f.__get__(0))
del _f


def _builtin_base(cls):
    """The built-in type an instance of `cls` is laid out as (object for a plain class)."""
    for base in cls.__mro__:
        if base.__module__ == "builtins":
            return base
    return object


def _class_defines(cls, name):
    """The attribute `name` if a class of cls's MRO other than object defines it."""
    for base in cls.__mro__:
        if base is object:
            return None
        if name in base.__dict__:
            return base.__dict__[name]
    return None


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _atomic_types:
        return x
    if cls is list or cls is dict or cls is set or cls is bytearray:
        return cls.copy(x)
    if cls is tuple or cls is frozenset:
        return x
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    reduced = _user_reduce(cls, x)
    if reduced is None:
        return _copy_instance(x, cls, None)
    # A str from __reduce_ex__ names a global: the object is its own copy.
    return x if isinstance(reduced, str) else _reconstruct(x, None, *reduced)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic_types:
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        y = _deepcopy_tuple(x, memo)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set or cls is frozenset:
        # Set members are hashable, hence (nearly always) immutable; CPython rebuilds via pickle.
        y = cls(deepcopy(a, memo) for a in x)
    elif cls is bytearray:
        y = bytearray(x)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            reduced = _user_reduce(cls, x)
            if reduced is None:
                y = _copy_instance(x, cls, memo)
            elif isinstance(reduced, str):
                return x
            else:
                y = _reconstruct(x, memo, *reduced)
    # If x is its own copy, don't memoize it (CPython does the same).
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_tuple(x, memo):
    copies = [deepcopy(item, memo) for item in x]
    # The tuple may have been copied already through a cycle passing through it.
    if id(x) in memo:
        return memo[id(x)]
    # A tuple whose items are all their own copies is its own copy.
    if all(item is copied for item, copied in zip(x, copies)):
        return x
    return tuple(copies)


def _keep_alive(x, memo):
    """Keep x alive while memo lives, so its id cannot be reused by another object."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _user_reduce(cls, x):
    """The result of a `__reduce_ex__`/`__reduce__` the class itself defines, else None."""
    reductor = _class_defines(cls, "__reduce_ex__")
    if reductor is not None:
        return reductor(x, 4)
    reductor = _class_defines(cls, "__reduce__")
    if reductor is not None:
        return reductor(x)
    return None


def _getstate(x, cls):
    """The state object.__reduce_ex__ would pickle: __dict__ and the filled __slots__."""
    getstate = _class_defines(cls, "__getstate__")
    if getstate is not None:
        return getstate(x)
    try:
        state = x.__dict__
    except AttributeError:
        state = None
    else:
        if not state:
            state = None
    slots = {}
    for base in cls.__mro__:
        names = base.__dict__.get("__slots__", ())
        if isinstance(names, str):
            names = (names,)
        for name in names:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                name = "_%s%s" % (base.__name__.lstrip("_"), name)
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
    if slots:
        return (state, slots)
    return state


def _copy_instance(x, cls, memo):
    """Copy an instance with no copy hook of its own: the default pickle protocol's result."""
    if cls is _method_type:
        # CPython reduces a bound method to getattr(self, name): deepcopy copies the receiver.
        if memo is None:
            return x
        return cls(x.__func__, deepcopy(x.__self__, memo))
    if issubclass(cls, BaseException):
        # BaseException.__reduce__: the class called with the args, plus the __dict__.
        return _reconstruct(x, memo, cls, x.args, x.__dict__ or None)
    base = _builtin_base(cls)
    if base is not object and (cls is base or base not in _container_bases):
        # Generators, modules, iterators, ...: CPython's pickle refuses them too.
        raise TypeError("cannot pickle %r object" % base.__name__)
    getnewargs = _class_defines(cls, "__getnewargs__")
    if getnewargs is not None:
        args = getnewargs(x)
    elif base in _value_bases:
        args = (base(x),)
    else:
        args = ()
    listiter = iter(x) if base is list else None
    dictiter = iter(x.items()) if base is dict else None
    if base in (set, frozenset):
        # CPython reduces a set subclass to cls(list(items)) plus its state.
        args = (list(x),)
        if base is set:
            return _reconstruct(x, memo, cls, args, _getstate(x, cls))
    return _reconstruct(x, memo, _newobj, (cls,) + tuple(args), _getstate(x, cls),
                        listiter, dictiter)


_value_bases = (int, float, str, bytes, tuple, frozenset, bool)
_container_bases = (list, dict, set, frozenset, int, float, str, bytes, tuple, bytearray)


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *rest):
    # Rebuilds `x` from its __reduce_ex__ parts; a deep copy (memo given) copies each part
    # first, and is memoized before its state is set so that cycles find it.
    deep = memo is not None

    def part(value):
        return deepcopy(value, memo) if deep else value

    if deep and args:
        args = part(args)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        _set_state(y, part(state))
    if listiter is not None:
        for item in listiter:
            y.append(part(item))
    if dictiter is not None:
        for key, value in dictiter:
            key = part(key)
            y[key] = part(value)
    return y


def _set_state(y, state):
    # __setstate__ when the object has one; otherwise the state is the instance dict's
    # new items, or a (dict items, slot values) pair.
    if hasattr(y, "__setstate__"):
        y.__setstate__(state)
        return
    paired = isinstance(state, tuple) and len(state) == 2
    dict_state, slot_state = state if paired else (state, None)
    if dict_state is not None:
        y.__dict__.update(dict_state)
    if slot_state is not None:
        for name, value in slot_state.items():
            setattr(y, name, value)


del _function
