# pymem's frozen `types` module: GenericAlias (what `list[int]` makes), UnionType (what
# `int | None` makes; the runtime calls _type_or for `|` on classes), the dynamic class
# creation helpers (new_class, prepare_class, resolve_bases) and the names of a few
# built-in types, with CPython 3.12's behaviour for what they cover.

__all__ = ['GenericAlias', 'UnionType', 'new_class', 'prepare_class', 'resolve_bases',
           'FunctionType', 'LambdaType', 'MethodType', 'BuiltinFunctionType',
           'BuiltinMethodType', 'ModuleType', 'GeneratorType', 'NoneType',
           'NotImplementedType', 'EllipsisType']


def _f():
    pass


def _g():
    yield 1


class _C:
    def _m(self):
        pass


import sys as _sys

FunctionType = type(_f)
LambdaType = type(lambda: None)
MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(_sys)
GeneratorType = type(_g())
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(Ellipsis)
del _f, _g, _C, _sys


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


class GenericAlias:
    """Represent a PEP 585 generic type, e.g. list[int]."""

    def __init__(self, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = ()

    def __repr__(self):
        if self.__args__:
            args = ', '.join(_repr_item(a) for a in self.__args__)
        else:
            args = '()'
        return f'{_repr_item(self.__origin__)}[{args}]'

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __getattr__(self, name):
        # As CPython's ga_getattro: everything but the dunders comes from the origin.
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(f"'types.GenericAlias' object has no attribute '{name}'")
        return getattr(self.__origin__, name)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __or__(self, other):
        return _type_or(self, other)

    def __ror__(self, other):
        return _type_or(other, self)

    def __instancecheck__(self, obj):
        raise TypeError('isinstance() argument 2 cannot be a parameterized generic')

    def __subclasscheck__(self, cls):
        raise TypeError('issubclass() argument 2 cannot be a parameterized generic')

    def __getitem__(self, item):
        raise TypeError(f'{self!r} is not a generic class')


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
    """Resolve MRO entries dynamically as specified by PEP 560."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, '__mro_entries__'):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError('__mro_entries__ must return a tuple')
        else:
            new_bases[i + shift:i + shift + 1] = new_base
            shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def _calculate_meta(meta, bases):
    """Calculate the most derived metaclass."""
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError('metaclass conflict: '
                        'the metaclass of a derived class '
                        'must be a (non-strict) subclass '
                        'of the metaclasses of all its bases')
    return winner


def prepare_class(name, bases=(), kwds=None):
    """Call the __prepare__ method of the appropriate metaclass.

    Returns (metaclass, namespace, kwds) as a 3-tuple.
    """
    if kwds is None:
        kwds = {}
    else:
        kwds = dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        if bases:
            meta = type(bases[0])
        else:
            meta = type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved_bases, ns, **kwds)
