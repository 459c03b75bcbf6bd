# copyreg: the registry `pickle` and `copy` consult for types they do not know, the
# constructors reduce values name (__newobj__, __newobj_ex__, _reconstructor), the extension
# code registry, and the default reduce protocol of `object`: object.__reduce_ex__,
# object.__reduce__ and object.__getstate__ are natives that call _object_reduce_ex,
# _object_reduce and _object_getstate below.

__all__ = ['pickle', 'constructor', 'add_extension', 'remove_extension',
           'clear_extension_cache']

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Register `pickle_function` as the reducer of `ob_type`."""
    if not callable(pickle_function):
        raise TypeError('reduction functions must be callable')
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError('constructors must be callable')


def pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, pickle_complex, complex)


def pickle_union(obj):
    import functools
    import operator
    return functools.reduce, (operator.or_, obj.__args__)


def _reconstructor(cls, base, state):
    """Rebuild an object pickled with protocol 0 or 1 (see _reduce_ex)."""
    if base is object:
        return object.__new__(cls)
    rebuilt = base.__new__(cls, state)
    init = base.__init__
    if init != object.__init__:
        init(rebuilt, state)
    return rebuilt



def _builtin_base(cls):
    """The first class along cls's MRO that is not written in Python."""
    for base in cls.__mro__:
        if not _is_python_class(base):
            return base
    return object


def _is_python_class(cls):
    # Classes made by a class statement have a __dict__ entry '__module__' naming a real
    # module and a writable namespace; pymem's built-in types say 'builtins'.
    return cls.__module__ != 'builtins' and cls not in _BUILTIN_TYPES


def _reduce_ex(self, proto):
    """object.__reduce_ex__ for protocols 0 and 1."""
    assert proto < 2
    cls = self.__class__
    for base in cls.__mro__:
        if _is_python_class(base):
            continue
        break
    else:
        base = object
    if base is cls and base is not object:
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    # The value of the built-in base the instance extends (None for plain objects).
    base_value = None if base is object else base(self)
    has_slots = bool(getattr(self, '__slots__', None))
    if type(self).__getstate__ is object.__getstate__ and has_slots:
        raise TypeError('a class that defines __slots__ without defining __getstate__ '
                        'cannot be pickled')
    instance_state = self.__getstate__()
    reduced = (_reconstructor, (cls, base, base_value))
    return reduced + (instance_state,) if instance_state else reduced


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """Used by pickle protocol 4 for classes whose __new__ takes keyword arguments."""
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    """The names of the __slots__ of cls and its bases (private names mangled), without
    __dict__ and __weakref__; cached in cls.__slotnames__."""
    names = cls.__dict__.get('__slotnames__')
    if names is not None:
        return names
    names = []
    if hasattr(cls, '__slots__'):
        for c in cls.__mro__:
            if '__slots__' not in c.__dict__:
                continue
            slots = c.__dict__['__slots__']
            if isinstance(slots, str):
                slots = (slots,)
            for name in slots:
                if name in ('__dict__', '__weakref__'):
                    continue
                if name.startswith('__') and not name.endswith('__'):
                    stripped = c.__name__.lstrip('_')
                    if stripped:
                        name = f'_{stripped}{name}'
                names.append(name)
    try:
        cls.__slotnames__ = names
    except (AttributeError, TypeError):
        pass
    return names


# ----- the default reduce protocol of `object` ---------------------------------------------

# Built-in types whose instances pickle by value (an instance of a subclass is rebuilt from
# the base value __getnewargs__ gives).
_VALUE_TYPES = (int, float, complex, str, bytes, tuple, frozenset)
_CONTAINER_TYPES = (list, dict, set, bytearray)
_BUILTIN_TYPES = frozenset((object, bool) + _VALUE_TYPES + _CONTAINER_TYPES)


def _cannot_pickle(obj):
    return TypeError(f"cannot pickle {type(obj).__name__!r} object")


def _object_getstate(obj):
    """object.__getstate__: the instance dict (None when empty), with the set __slots__
    values as a second dict when there are any. (Called directly it never refuses: only
    the reduce protocol, _reduce_by_protocol, says an object cannot be pickled.)"""
    cls = type(obj)
    try:
        d = obj.__dict__
    except AttributeError:
        d = None
    state = dict(d) if d else None
    slots = {}
    for name in _slotnames(cls):
        try:
            slots[name] = getattr(obj, name)
        except AttributeError:
            pass
    if slots:
        return (state, slots)
    return state


def _getnewargs(obj):
    cls = type(obj)
    getnewargs_ex = getattr(cls, '__getnewargs_ex__', None)
    if getnewargs_ex is not None:
        result = getnewargs_ex(obj)
        if not isinstance(result, tuple):
            raise TypeError(f'__getnewargs_ex__ should return a tuple, not '
                            f"'{type(result).__name__}'")
        if len(result) != 2:
            raise ValueError(f'__getnewargs_ex__ should return a tuple of length 2, not '
                             f'{len(result)}')
        args, kwargs = result
        if not isinstance(args, tuple):
            raise TypeError(f'first item of the tuple returned by __getnewargs_ex__ must be '
                            f"a tuple, not '{type(args).__name__}'")
        if not isinstance(kwargs, dict):
            raise TypeError(f'second item of the tuple returned by __getnewargs_ex__ must be '
                            f"a dict, not '{type(kwargs).__name__}'")
        return args, kwargs
    getnewargs = getattr(cls, '__getnewargs__', None)
    if getnewargs is not None:
        args = getnewargs(obj)
        if not isinstance(args, tuple):
            raise TypeError(f'__getnewargs__ should return a tuple, not '
                            f"'{type(args).__name__}'")
        return args, None
    base = _builtin_base(cls)
    if base in _VALUE_TYPES:
        return (base(obj),), None
    return None, None


def _object_reduce_ex(obj, proto):
    """object.__reduce_ex__(protocol)."""
    cls = type(obj)
    reduce = getattr(cls, '__reduce__', None)
    if reduce is not None and reduce is not object.__reduce__:
        return obj.__reduce__()
    return _reduce_by_protocol(obj, proto)


def _object_reduce(obj):
    """object.__reduce__(): the protocol 0 reduction."""
    return _reduce_by_protocol(obj, 0)


def _reduce_by_protocol(obj, proto):
    cls = type(obj)
    base = _builtin_base(cls)
    if base in (set, frozenset):
        # set.__reduce__ and frozenset.__reduce__, whatever the protocol.
        return cls, (list(obj),), _object_getstate(obj)
    if base is bytearray:
        # bytearray.__reduce_ex__: its bytes (text for protocols 0-2), nothing when empty.
        data = bytes(obj)
        if proto < 3:
            args = (str(data, 'latin-1'), 'latin-1')
        else:
            args = (data,) if data else ()
        return cls, args, _object_getstate(obj)
    if issubclass(base, BaseException):
        # BaseException.__reduce__: the class and the args, with the instance __dict__.
        state = getattr(obj, '__dict__', None)
        return (cls, obj.args, state) if state else (cls, obj.args)
    if proto < 2:
        return _reduce_ex(obj, proto)
    if base not in _BUILTIN_TYPES:
        raise _cannot_pickle(obj)
    args, kwargs = _getnewargs(obj)
    getstate = getattr(obj, '__getstate__', None)
    if args is None:
        if base not in (object, list, dict):
            raise _cannot_pickle(obj)
        args = ()
    state = getstate() if getstate is not None else None
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    if kwargs:
        return __newobj_ex__, (cls, args, kwargs), state, listitems, dictitems
    return __newobj__, (cls,) + args, state, listitems, dictitems


# ----- extension codes ----------------------------------------------------------------------

_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def add_extension(module, name, code):
    """Register an extension code."""
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError('code out of range')
    key = (module, name)
    if _extension_registry.get(key) == code and _inverted_registry.get(code) == key:
        return
    if key in _extension_registry:
        raise ValueError(f'key {key} is already registered with code '
                         f'{_extension_registry[key]}')
    if code in _inverted_registry:
        raise ValueError(f'code {code} is already in use for key {_inverted_registry[code]}')
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Unregister an extension code. For testing only."""
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError(f'key {key} is not registered with code {code}')
    del _extension_registry[key]
    del _inverted_registry[code]
    if code in _extension_cache:
        del _extension_cache[code]


def clear_extension_cache():
    _extension_cache.clear()
