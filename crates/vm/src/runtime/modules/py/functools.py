# pymem's frozen `functools` module: wraps / update_wrapper, reduce, partial, partialmethod,
# lru_cache and cache, cached_property, total_ordering, cmp_to_key, singledispatch and
# singledispatchmethod, with CPython 3.12's behaviour, messages and reprs for what they
# cover. singledispatch places the ABCs a class implements virtually in its MRO by a
# simpler rule than CPython's C3 merge (right after the last class implementing each).

from collections import namedtuple
from _collections import c_type_name as _c_type_name

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce', 'partial',
           'cached_property']

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__', '__type_params__')
WRAPPER_UPDATES = ('__dict__',)


_ABSENT = object()


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    # Copies the `assigned` attributes `wrapped` has, merges the `updated` dicts, then
    # points __wrapped__ at `wrapped` (after the merge, so a copied one is replaced).
    for name in assigned:
        value = getattr(wrapped, name, _ABSENT)
        if value is not _ABSENT:
            setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


_initial_missing = object()


def reduce(function, sequence, initial=_initial_missing):
    items = iter(sequence)
    value = next(items, _initial_missing) if initial is _initial_missing else initial
    if value is _initial_missing:
        raise TypeError("reduce() of empty iterable with no initial value")
    for item in items:
        value = function(value, item)
    return value


def _flattened(kind, func, args, keywords):
    # A partial (or partialmethod) of another one becomes one over the inner function,
    # the outer arguments after the inner ones, the outer keywords overriding.
    if isinstance(func, kind):
        return func.func, func.args + args, {**func.keywords, **keywords}
    return func, args, keywords


class partial:
    """New function with partial application of the given arguments and keywords."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        self.func, self.args, self.keywords = _flattened(partial, func, args, keywords)

    def __call__(self, /, *args, **keywords):
        return self.func(*self.args, *args, **{**self.keywords, **keywords})

    def __repr__(self):
        shown = [repr(self.func), *map(repr, self.args)]
        shown += ['%s=%r' % item for item in self.keywords.items()]
        return 'functools.partial(%s)' % ', '.join(shown)


_CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key += (_kwd_mark,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple([type(v) for v in args])
        if kwds:
            key += tuple([type(v) for v in kwds.values()])
    elif len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    return key


_kwd_mark = (object(),)


def lru_cache(maxsize=128, typed=False):
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        return _lru_cache_wrapper(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _lru_cache_wrapper(user_function, maxsize, typed)

    return decorating_function


def _lru_cache_wrapper(user_function, maxsize, typed):
    # The cache is a dict in recency order: a hit moves its key to the end, and the
    # oldest entry (the first key) is evicted when the cache is full.
    cache = {}
    stats = [0, 0]

    def wrapper(*args, **kwds):
        key = _make_key(args, kwds, typed)
        if key in cache:
            stats[0] += 1
            result = cache[key]
            if maxsize is not None:
                del cache[key]
                cache[key] = result
            return result
        stats[1] += 1
        result = user_function(*args, **kwds)
        if maxsize is None or maxsize > 0:
            if key in cache:
                del cache[key]
            elif maxsize is not None and len(cache) >= maxsize:
                del cache[next(iter(cache))]
            cache[key] = result
        return result

    def cache_info():
        return _CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        cache.clear()
        stats[0] = stats[1] = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
    return update_wrapper(wrapper, user_function)


def cache(user_function, /):
    return lru_cache(maxsize=None)(user_function)


_NOT_FOUND = object()


class cached_property:
    def __init__(self, func):
        self.func = func
        self.__doc__ = func.__doc__
        self.attrname = None  # the class attribute name, known from __set_name__

    def __set_name__(self, owner, name):
        if self.attrname is not None and name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r}).")
        self.attrname = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        # The computed value is stored in the instance dict under the same name, where
        # later lookups find it before this (non-data) descriptor.
        owner_name = type(instance).__name__
        try:
            stored = instance.__dict__
        except AttributeError:
            raise TypeError(f"No '__dict__' attribute on {owner_name!r} instance to cache "
                            f"{name!r} property.") from None
        value = stored.get(name, _NOT_FOUND)
        if value is _NOT_FOUND:
            value = self.func(instance)
            try:
                stored[name] = value
            except TypeError:
                raise TypeError(f"The '__dict__' attribute on {owner_name!r} instance does "
                                f"not support item assignment for caching {name!r} "
                                "property.") from None
        return value


# total_ordering: how each missing operator follows from the one the class defines
# (`r` is the root's result, NotImplemented passing through), per root: the missing
# operator and its rule.
_KEEP = 'r'                 # r
_NEGATE = 'not r'           # not r
_OR_EQUAL = 'r or eq'       # r or self == other
_NOT_OR_EQUAL = 'not r or eq'
_AND_UNEQUAL = 'r and ne'   # r and self != other
_NOT_AND_UNEQUAL = 'not r and ne'

_ORDERING_RULES = {
    '__lt__': (('__gt__', _NOT_AND_UNEQUAL), ('__le__', _OR_EQUAL), ('__ge__', _NEGATE)),
    '__le__': (('__ge__', _NOT_OR_EQUAL), ('__lt__', _AND_UNEQUAL), ('__gt__', _NEGATE)),
    '__gt__': (('__lt__', _NOT_AND_UNEQUAL), ('__ge__', _OR_EQUAL), ('__le__', _NEGATE)),
    '__ge__': (('__le__', _NOT_OR_EQUAL), ('__gt__', _AND_UNEQUAL), ('__lt__', _NEGATE)),
}


def _derived_operator(root, name, rule):
    def operator(self, other):
        r = getattr(type(self), root)(self, other)
        if r is NotImplemented:
            return r
        if rule == _NEGATE:
            return not r
        if rule == _OR_EQUAL:
            return r or self == other
        if rule == _NOT_OR_EQUAL:
            return not r or self == other
        if rule == _AND_UNEQUAL:
            return r and self != other
        return not r and self != other
    # Named as CPython's module-level helpers are (e.g. `_gt_from_lt`).
    operator.__name__ = operator.__qualname__ = '_%s_from_%s' % (name[2:4], root[2:4])
    return operator


_convert = {root: [(name, _derived_operator(root, name, rule)) for name, rule in rules]
            for root, rules in _ORDERING_RULES.items()}


def total_ordering(cls):
    """Class decorator: the ordering operators a class lacks, from one it defines (and
    ==)."""
    defined = [op for op in _convert if getattr(cls, op, None) is not getattr(object, op, None)]
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    # Of several roots, the greatest name wins (__lt__ over __le__ over __gt__ ...).
    root = max(defined)
    for name, operator in _convert[root]:
        if name not in defined:
            operator.__name__ = name
            setattr(cls, name, operator)
    return cls


def _one_argument(name, args, kwargs, fname):
    # The single argument `name` of a C function taking it by position or keyword, with
    # CPython's messages for a missing one or too many.
    given = len(args) + len(kwargs)
    if name in kwargs and not args:
        if given > 1:
            raise TypeError('%s() takes at most 1 argument (%d given)' % (fname, given))
        return kwargs[name]
    if not args:
        raise TypeError("%s() missing required argument '%s' (pos 1)" % (fname, name))
    if given > 1:
        raise TypeError('%s() takes at most 1 argument (%d given)' % (fname, given))
    return args[0]


class KeyWrapper:
    # CPython's C type behind cmp_to_key(): the function it returns is one (holding only
    # the cmp function), and calling one wraps a value with the same cmp.
    __slots__ = ('_cmp', 'obj')

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'functools.KeyWrapper' instances")

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'functools.KeyWrapper' is not an acceptable base type")

    def __call__(self, *args, **kwargs):
        key = _new_object(_KeyWrapper)
        key._cmp = self._cmp
        key.obj = _one_argument('obj', args, kwargs, 'K')
        return key

    __hash__ = None

    # Both operands must be wrapped values; the left one's cmp decides, and its result is
    # compared with 0 by the same operator (written out in each: sorting calls __lt__ once
    # per comparison).
    def __lt__(self, other):
        if type(other) is not _KeyWrapper:
            raise TypeError('other argument must be K instance')
        return self._cmp(self.obj, other.obj) < 0

    def __le__(self, other):
        if type(other) is not _KeyWrapper:
            raise TypeError('other argument must be K instance')
        return self._cmp(self.obj, other.obj) <= 0

    def __eq__(self, other):
        if type(other) is not _KeyWrapper:
            raise TypeError('other argument must be K instance')
        return self._cmp(self.obj, other.obj) == 0

    def __ne__(self, other):
        if type(other) is not _KeyWrapper:
            raise TypeError('other argument must be K instance')
        return self._cmp(self.obj, other.obj) != 0

    def __gt__(self, other):
        if type(other) is not _KeyWrapper:
            raise TypeError('other argument must be K instance')
        return self._cmp(self.obj, other.obj) > 0

    def __ge__(self, other):
        if type(other) is not _KeyWrapper:
            raise TypeError('other argument must be K instance')
        return self._cmp(self.obj, other.obj) >= 0


# Not a name of the module, as in CPython (only its instances are reachable).
_KeyWrapper = KeyWrapper
del KeyWrapper
_new_object = object.__new__
_c_type_name(_KeyWrapper)


def cmp_to_key(*args, **kwargs):
    """A key= function ordering values as the old-style cmp function `mycmp` says
    (negative, zero or positive)."""
    wrapper = _new_object(_KeyWrapper)
    wrapper._cmp = _one_argument('mycmp', args, kwargs, 'cmp_to_key')
    return wrapper


# ---- single dispatch ------------------------------------------------------------------------

def _dispatch_order(cls, types):
    """cls's MRO with the registered ABCs that cls implements without inheriting them
    put in place (CPython's _compose_mro, for the common shapes): an ABC goes right after
    the last class of the MRO that implements it."""
    mro = list(cls.__mro__)
    placed = {}
    for typ in types:
        if typ in mro or not isinstance(typ, type) or not issubclass(cls, typ):
            continue
        last = cls
        for c in mro:
            if c is not object and issubclass(c, typ):
                last = c
        placed.setdefault(last, []).append(typ)
    order = []
    for c in mro:
        order.append(c)
        extra = placed.get(c, [])
        # The more derived of two ABCs placed together comes first.
        extra.sort(key=lambda t: -len(t.__mro__))
        order.extend(extra)
    return order


def _find_impl(cls, registry):
    match = None
    for t in _dispatch_order(cls, registry.keys()):
        if match is not None:
            # Two unrelated ABCs at the same level cannot be told apart.
            if (t in registry and t not in cls.__mro__ and match not in cls.__mro__ and
                    not issubclass(match, t)):
                raise RuntimeError("Ambiguous dispatch: {} or {}".format(match, t))
            break
        if t in registry:
            match = t
    return registry.get(match)


def _is_union_type(cls):
    return type(cls).__name__ in ('UnionType', '_UnionAlias')


def _is_valid_dispatch_type(cls):
    if isinstance(cls, type):
        return True
    return _is_union_type(cls) and all(isinstance(arg, type) for arg in cls.__args__)


def _abc_cache_token():
    # abc imports nothing from here, but is only needed once ABCs are registered.
    from abc import get_cache_token
    return get_cache_token()


def _annotated_class(func):
    # `@f.register` on a plain function: the class is its first parameter's annotation.
    annotations = getattr(func, '__annotations__', {})
    if not annotations:
        raise TypeError(f"Invalid first argument to `register()`: {func!r}. "
                        f"Use either `@register(some_class)` or plain `@register` "
                        f"on an annotated function.")
    argname, cls = next(iter(annotations.items()))
    if not _is_valid_dispatch_type(cls):
        problem = 'not all arguments are classes' if _is_union_type(cls) else 'is not a class'
        raise TypeError(f"Invalid annotation for {argname!r}. {cls!r} {problem}.")
    return cls


class _Dispatcher:
    """The state of one singledispatch function: the registered implementations by
    class, the implementation found for each argument class, and the ABC cache token
    those findings hold for (None until an ABC is registered: then a new virtual
    subclass anywhere makes them stale)."""

    def __init__(self, default):
        self.registry = {object: default}
        self.found = {}
        self.token = None

    def dispatch(self, cls):
        if self.token is not None:
            current = _abc_cache_token()
            if current != self.token:
                self.found.clear()
                self.token = current
        if cls in self.found:
            return self.found[cls]
        impl = self.registry[cls] if cls in self.registry else _find_impl(cls, self.registry)
        self.found[cls] = impl
        return impl

    def register(self, cls, func=None):
        if not _is_valid_dispatch_type(cls):
            if func is not None:
                raise TypeError(f"Invalid first argument to `register()`. "
                                f"{cls!r} is not a class or union type.")
            func, cls = cls, _annotated_class(cls)
        elif func is None:
            # register(cls) used as a decorator.
            return lambda f: self.register(cls, f)
        for key in (cls.__args__ if _is_union_type(cls) else (cls,)):
            self.registry[key] = func
        if self.token is None and hasattr(cls, '__abstractmethods__'):
            self.token = _abc_cache_token()
        self.found.clear()
        return func


def singledispatch(func):
    """Make a function dispatch on the type of its first argument: `register(cls, f)`
    (or `@f.register` with an annotated first parameter) adds implementations."""
    import types

    state = _Dispatcher(func)
    funcname = getattr(func, '__name__', 'singledispatch function')

    def wrapper(*args, **kw):
        if args:
            return state.dispatch(args[0].__class__)(*args, **kw)
        raise TypeError(f'{funcname} requires at least 1 positional argument')

    wrapper.register = state.register
    wrapper.dispatch = state.dispatch
    wrapper.registry = types.MappingProxyType(state.registry)
    wrapper._clear_cache = state.found.clear
    return update_wrapper(wrapper, func)


class singledispatchmethod:
    """A method that dispatches on the type of its first argument after self (or cls)."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.func = func
        self.dispatcher = singledispatch(func)

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)

    def __get__(self, obj, cls=None):
        dispatcher = self.dispatcher

        def _method(*args, **kwargs):
            # The implementation is picked by the first argument after the bound one, then
            # bound the way the original function would be.
            impl = dispatcher.dispatch(args[0].__class__)
            return impl.__get__(obj, cls)(*args, **kwargs)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        return update_wrapper(_method, self.func)


class partialmethod:
    """partial() for methods: the arguments are bound after self."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError("%r is not callable or a descriptor" % (func,))
        self.func, self.args, self.keywords = _flattened(partialmethod, func, args, keywords)

    def __repr__(self):
        kind = type(self)
        positional = ', '.join([repr(arg) for arg in self.args])
        named = ', '.join(['%s=%r' % item for item in self.keywords.items()])
        return '%s.%s(%s, %s, %s)' % (kind.__module__, kind.__qualname__, self.func,
                                       positional, named)

    def _make_unbound_method(self):
        # For a func that is no descriptor: the instance (or class) goes first.
        def _method(cls_or_self, /, *args, **keywords):
            return self.func(cls_or_self, *self.args, *args, **{**self.keywords, **keywords})
        _method._partialmethod = self
        _method.__isabstractmethod__ = self.__isabstractmethod__
        return _method

    def __get__(self, obj, cls=None):
        # A descriptor (function, classmethod...) binds first and the partial wraps the
        # bound result, showing the same __self__.
        binder = getattr(self.func, "__get__", None)
        bound = self.func if binder is None else binder(obj, cls)
        if bound is self.func:
            return self._make_unbound_method().__get__(obj, cls)
        result = partial(bound, *self.args, **self.keywords)
        owner = getattr(bound, '__self__', _ABSENT)
        if owner is not _ABSENT:
            result.__self__ = owner
        return result

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)


__all__ += ['singledispatch', 'singledispatchmethod', 'partialmethod']


# PEP 585: `partial[int]`, `cached_property[int]` in annotations.
def _generic_alias():
    from types import GenericAlias
    for cls in (partial, cached_property):
        cls.__class_getitem__ = classmethod(GenericAlias)


_generic_alias()
del _generic_alias
