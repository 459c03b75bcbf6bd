# pymem's frozen `types` module: GenericAlias (what `list[int]` makes), UnionType (what
# `int | None` makes; the runtime calls _type_or for `|` on classes), the dynamic class
# creation helpers (new_class, prepare_class, resolve_bases) and the names of a few
# built-in types, with CPython 3.12's behaviour for what they cover; SimpleNamespace and
# MappingProxyType with CPython 3.12's reprs and equality.
#
# `coroutine` makes a generator function awaitable by wrapping what it returns (pymem does
# not rewrite code flags). Not provided: FrameType, DynamicClassAttribute (pymem has no live
# frames).

__all__ = ['GenericAlias', 'UnionType', 'new_class', 'prepare_class', 'resolve_bases',
           'FunctionType', 'LambdaType', 'MethodType', 'BuiltinFunctionType',
           'BuiltinMethodType', 'ModuleType', 'GeneratorType', 'NoneType',
           'NotImplementedType', 'EllipsisType', 'CodeType', 'CellType',
           'TracebackType', 'WrapperDescriptorType', 'MethodWrapperType',
           'MethodDescriptorType', 'ClassMethodDescriptorType', 'MemberDescriptorType',
           'GetSetDescriptorType', 'SimpleNamespace', 'MappingProxyType',
           'get_original_bases', 'CoroutineType', 'AsyncGeneratorType', 'coroutine']


def _f():
    pass


def _g():
    yield 1


import sys as _sys

FunctionType = type(_f)
LambdaType = type(lambda: None)
# A function bound to an int: a class made and deleted here would be cyclic garbage for
# the user's first gc.collect() (CPython collects its own during start-up).
MethodType = type(_f.__get__(0))
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(_sys)
GeneratorType = type(_g())
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(Ellipsis)


async def _c():
    pass


async def _ag():
    yield


_coro = _c()
CoroutineType = type(_coro)
_coro.close()
AsyncGeneratorType = type(_ag())
del _f, _g, _sys, _c, _ag, _coro


class _AwaitableGenerator:
    # What a `types.coroutine` generator function returns: the generator, awaitable (its
    # `__await__` is the generator itself) and still usable as one.
    __slots__ = ('_gen',)

    def __init__(self, gen):
        self._gen = gen

    def __await__(self):
        return self._gen

    def __iter__(self):
        return self._gen

    def __next__(self):
        return next(self._gen)

    def send(self, value):
        return self._gen.send(value)

    def throw(self, *args):
        return self._gen.throw(*args)

    def close(self):
        return self._gen.close()

    @property
    def gi_frame(self):
        return self._gen.gi_frame

    @property
    def gi_running(self):
        return self._gen.gi_running

    @property
    def gi_code(self):
        return self._gen.gi_code


async def _anext_default(awaitable, default):
    # `anext(it, default)`: the builtin's awaitable when a default is given.
    try:
        return await awaitable
    except StopAsyncIteration:
        return default


def coroutine(func):
    """Make a generator-based coroutine function awaitable (`await` on what it returns)."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    if isinstance(func, FunctionType) and func.__code__.co_flags & 0x80:
        return func  # already an `async def`
    import functools

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        r = func(*args, **kwargs)
        if type(r) is GeneratorType:
            return _AwaitableGenerator(r)
        return r

    return wrapped


def _repr_item(p):
    # CPython's ga_repr_item: `...`, a nested alias's repr, `module.qualname` (bare for
    # builtins), else repr().
    if p is Ellipsis:
        return '...'
    if hasattr(p, '__origin__') and hasattr(p, '__args__'):
        return repr(p)
    qualname = getattr(p, '__qualname__', None)
    module = getattr(p, '__module__', None)
    if qualname is None or module is None:
        return repr(p)
    if module == 'builtins':
        return qualname
    return f'{module}.{qualname}'


def _is_type_param(a):
    # TypeVar, ParamSpec, TypeVarTuple: what a subscription substitutes.
    return hasattr(type(a), '__typing_subst__')


def _alias_item_repr(a):
    if a is ...:
        return '...'
    if isinstance(a, list):
        return '[%s]' % ', '.join(_alias_item_repr(x) for x in a)
    if hasattr(a, '__origin__') and hasattr(a, '__args__'):
        return repr(a)
    qualname = getattr(a, '__qualname__', None)
    module = getattr(a, '__module__', None)
    if isinstance(qualname, str) and isinstance(module, str):
        if module == 'builtins':
            return qualname
        return '%s.%s' % (module, qualname)
    return repr(a)


# Attributes a GenericAlias keeps to itself instead of forwarding to its origin.
_alias_own_attrs = frozenset(('__class__', '__origin__', '__args__', '__unpacked__',
                              '__parameters__', '__typing_unpacked_tuple_args__',
                              '__mro_entries__', '__reduce_ex__', '__reduce__', '__copy__',
                              '__deepcopy__'))


class GenericAlias:
    """Represent a PEP 585 generic type: GenericAlias(list, (int,)) is shown as list[int]."""

    def __init__(self, *args, **kwargs):
        if kwargs:
            raise TypeError('GenericAlias() takes no keyword arguments')
        if len(args) != 2:
            raise TypeError('GenericAlias expected 2 arguments, got %d' % len(args))
        origin, params = args
        if not isinstance(params, tuple):
            params = (params,)
        self.__origin__ = origin
        self.__args__ = params
        found = []
        for a in params:
            if _is_type_param(a):
                if a not in found:
                    found.append(a)
            else:
                for p in getattr(a, '__parameters__', ()) or ():
                    if p not in found:
                        found.append(p)
        self.__parameters__ = tuple(found)

    def __repr__(self):
        head = _alias_item_repr(self.__origin__)
        if not self.__args__:
            return head + '[()]'
        return '%s[%s]' % (head, ', '.join(_alias_item_repr(a) for a in self.__args__))

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getitem__(self, items):
        params = self.__parameters__
        if not params:
            raise TypeError('%r is not a generic class' % self)
        if not isinstance(items, tuple):
            items = (items,)
        if len(items) != len(params):
            raise TypeError('Too %s arguments for %r; actual %d, expected %d'
                            % ('many' if len(items) > len(params) else 'few', self,
                               len(items), len(params)))
        subst = dict(zip(params, items))
        new_args = []
        for a in self.__args__:
            if _is_type_param(a):
                a = subst[a]
            else:
                inner = getattr(a, '__parameters__', ()) or ()
                if inner:
                    a = a[tuple(subst.get(p, p) for p in inner)]
            new_args.append(a)
        return GenericAlias(self.__origin__, tuple(new_args))

    def __getattr__(self, name):
        if name in _alias_own_attrs:
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __reduce__(self):
        return (GenericAlias, (self.__origin__, self.__args__))


    def __or__(self, other):
        return _type_or(self, other)

    def __ror__(self, other):
        return _type_or(other, self)

    def __instancecheck__(self, obj):
        raise TypeError('isinstance() argument 2 cannot be a parameterized generic')

    def __subclasscheck__(self, cls):
        raise TypeError('issubclass() argument 2 cannot be a parameterized generic')


class UnionType:
    """Represent a PEP 604 union type, e.g. int | str."""

    def __init__(self, args):
        self.__args__ = args
        self.__parameters__ = ()

    def __repr__(self):
        return ' | '.join('None' if a is NoneType else _repr_item(a) for a in self.__args__)

    def __or__(self, other):
        return _type_or(self, other)

    def __ror__(self, other):
        return _type_or(other, self)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__args__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__args__)

    def __getattr__(self, name):
        raise AttributeError(f"'types.UnionType' object has no attribute '{name}'")


def _type_or(a, b):
    # CPython's _Py_union_type_or: classes, None, generic aliases and unions combine
    # (flattened, duplicates dropped, a single member standing alone); anything else is
    # NotImplemented.
    for x in (a, b):
        if not (x is None or isinstance(x, (type, GenericAlias, UnionType))):
            return NotImplemented
    args = []
    for x in (a, b):
        for item in (x.__args__ if isinstance(x, UnionType) else (x,)):
            if item is None:
                item = NoneType
            if item not in args:
                args.append(item)
    if len(args) == 1:
        return args[0]
    return UnionType(tuple(args))


def resolve_bases(bases):
    """`bases` with every non-class that has __mro_entries__ replaced by the classes it
    returns (PEP 560); `bases` itself when nothing was replaced."""
    resolved = []
    replaced = False
    for base in bases:
        if isinstance(base, type) or not hasattr(base, '__mro_entries__'):
            resolved.append(base)
            continue
        # Each hook sees the original bases, not the ones resolved so far.
        entries = base.__mro_entries__(bases)
        replaced = True
        if not isinstance(entries, tuple):
            raise TypeError('__mro_entries__ must return a tuple')
        resolved.extend(entries)
    return tuple(resolved) if replaced else bases


_METACLASS_CONFLICT = ('metaclass conflict: the metaclass of a derived class must be a '
                       '(non-strict) subclass of the metaclasses of all its bases')


def _calculate_meta(meta, bases):
    """The metaclass that is a subclass of `meta` and of every base's metaclass."""
    winner = meta
    for candidate in map(type, bases):
        if issubclass(winner, candidate):
            continue
        if not issubclass(candidate, winner):
            raise TypeError(_METACLASS_CONFLICT)
        winner = candidate
    return winner


def prepare_class(name, bases=(), kwds=None):
    """(metaclass, namespace from its __prepare__, remaining keywords) for a class
    statement with these bases and keywords."""
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        meta = type(bases[0]) if bases else type
    # Only a real metaclass is checked against the bases'; any callable may stand in.
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    namespace = meta.__prepare__(name, bases, **kwds) if hasattr(meta, '__prepare__') else {}
    return meta, namespace, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """What a class statement does: resolve the bases, prepare the namespace, fill it with
    `exec_body(namespace)`, then call the metaclass."""
    resolved = resolve_bases(bases)
    meta, namespace, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(namespace)
    if resolved is not bases:
        namespace['__orig_bases__'] = bases
    return meta(name, resolved, namespace, **kwds)


# ---- the interpreter's other types, SimpleNamespace, MappingProxyType ----

import sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)


def _cell_factory():
    a = 1

    def f():
        nonlocal a
    return f.__closure__[0]


CellType = type(_cell_factory())


def _g():
    yield 1


GeneratorType = type(_g())


MethodType = type(_f.__get__(0))

BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
ModuleType = type(sys)

try:
    raise TypeError
except TypeError as _exc:
    TracebackType = type(_exc.__traceback__)
    del _exc


# Kept (not deleted): a class is cyclic, so a deleted one would be garbage for the user's
# first gc.collect().
class _Slotted:
    __slots__ = ('x',)


MemberDescriptorType = type(_Slotted.__dict__['x'])

NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)

del _f, _g, _cell_factory


class SimpleNamespace:
    """A simple attribute-based namespace.

    SimpleNamespace(**kwargs)"""

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        key = id(self)
        if key in _repr_running:
            return '%s(...)' % name
        _repr_running.add(key)
        try:
            # Only str keys are shown, as CPython's namespace repr does.
            items = ('%s=%r' % (k, v) for k, v in self.__dict__.items() if isinstance(k, str))
            return '%s(%s)' % (name, ', '.join(items))
        finally:
            _repr_running.discard(key)

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return (type(self), (), self.__dict__)


_repr_running = set()

# CPython's SimpleNamespace is a C type: messages name it 'types.SimpleNamespace'.
from _collections import c_type_name as _c_type_name
_c_type_name(SimpleNamespace)
del _c_type_name


# (CPython takes a function's `__code__`; pymem's classes hold getset descriptors too.)
GetSetDescriptorType = type(SimpleNamespace.__dict__['__dict__'])


class mappingproxy:
    """Read-only proxy of a mapping."""

    __module__ = 'builtins'

    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        if (not hasattr(type(mapping), '__getitem__') or not hasattr(type(mapping), 'keys')
                or isinstance(mapping, (list, tuple))):
            raise TypeError('mappingproxy() argument must be a mapping, not %s'
                            % type(mapping).__name__)
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __reversed__(self):
        return reversed(self._mapping)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __eq__(self, other):
        if isinstance(other, MappingProxyType):
            other = other._mapping
        return self._mapping == other

    def __ne__(self, other):
        return not self == other

    def __or__(self, other):
        if isinstance(other, MappingProxyType):
            other = other._mapping
        return dict(self._mapping) | other

    def __ror__(self, other):
        return other | dict(self._mapping)

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._mapping,)

    def __str__(self):
        return str(self._mapping)

    def __hash__(self):
        # The proxied mapping's hash (a dict's raises "unhashable type: 'dict'").
        return hash(self._mapping)


mappingproxy.__class_getitem__ = classmethod(GenericAlias)
MappingProxyType = mappingproxy
del mappingproxy


def get_original_bases(cls, /):
    """The class's bases before __mro_entries__ replaced any (its __orig_bases__)."""
    try:
        return cls.__dict__.get('__orig_bases__', cls.__bases__)
    except AttributeError:
        raise TypeError('Expected an instance of type, not %r' % type(cls).__name__) from None


del sys
