# pymem's frozen `typing` module: enough of it for annotated code to import and run, with
# CPython 3.12's reprs, equality and errors for the forms it covers (`typing.List[int]`,
# `typing.Optional[int]`, `typing.Union[int, str]`, `~T`, ...).
#
# The special forms (Any, Union, Optional, ClassVar, ...) and the aliases (List, Dict, ...)
# are instances of plain classes with `__getitem__`; `class C(Generic[T])` works through
# `__mro_entries__` (PEP 560) and `C[int]` through `__class_getitem__`.
#
# Known deviations: the origins of the contextlib aliases (ContextManager,
# AsyncContextManager) are plain classes named like CPython's; NewType and the functional
# NamedTuple/TypedDict report module '__main__'; a runtime_checkable Protocol's
# isinstance() looks members up with getattr() (CPython: inspect.getattr_static).

import abc
import collections
import collections.abc
import types as _types

__all__ = [
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final', 'ForwardRef',
    'Generic', 'Literal', 'Optional', 'ParamSpec', 'Protocol', 'Tuple', 'Type', 'TypeVar',
    'TypeVarTuple', 'Union', 'AbstractSet', 'ByteString', 'Container', 'ContextManager',
    'Hashable', 'ItemsView', 'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView',
    'MutableMapping', 'MutableSequence', 'MutableSet', 'Sequence', 'Sized', 'ValuesView',
    'Awaitable', 'AsyncIterator', 'AsyncIterable', 'Coroutine', 'Collection',
    'AsyncGenerator', 'AsyncContextManager', 'Reversible', 'SupportsAbs', 'SupportsBytes',
    'SupportsComplex', 'SupportsFloat', 'SupportsIndex', 'SupportsInt', 'SupportsRound',
    'ChainMap', 'Counter', 'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict', 'Set',
    'FrozenSet', 'NamedTuple', 'TypedDict', 'Generator', 'BinaryIO', 'IO', 'Match',
    'Pattern', 'TextIO', 'AnyStr', 'assert_type', 'assert_never', 'cast', 'clear_overloads',
    'dataclass_transform', 'final', 'get_args', 'get_origin', 'get_overloads',
    'get_type_hints', 'is_typeddict', 'LiteralString', 'Never', 'NewType', 'no_type_check',
    'no_type_check_decorator', 'NoReturn', 'NotRequired', 'overload', 'override',
    'ParamSpecArgs', 'ParamSpecKwargs', 'Required', 'reveal_type', 'runtime_checkable',
    'Self', 'Text', 'TYPE_CHECKING', 'TypeAlias', 'TypeGuard', 'TypeAliasType', 'Unpack',
]

TYPE_CHECKING = False

_NoneType = type(None)


def _function():
    pass


_FunctionType = type(_function)
del _function


def _type_repr(obj):
    """How typing shows a type inside a subscription: `int`, `mod.Cls`, `...`, or repr()."""
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return '...'
    if isinstance(obj, _FunctionType):
        return obj.__name__
    if isinstance(obj, tuple):
        return '[%s]' % ', '.join(_type_repr(t) for t in obj)
    return repr(obj)


def _type_check(arg, msg):
    """Accept what may stand for a type: None means NoneType; a string is a forward ref."""
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    if isinstance(arg, _SpecialForm) and arg._name in ('ClassVar', 'Final', 'Generic',
                                                       'Protocol'):
        raise TypeError('Plain %s is not valid as type argument' % arg)
    if type(arg) is tuple:
        raise TypeError('%s Got %.100r.' % (msg, arg))
    return arg


def _is_subclass(cls, arg):
    """issubclass(cls, arg) for a class or a typing object (whose __subclasscheck__ is what
    issubclass would call)."""
    if isinstance(arg, type):
        return issubclass(cls, arg)
    return arg.__subclasscheck__(cls)


def _collect_parameters(args):
    """The type variables in `args`, in order of first appearance."""
    params = []
    for t in args:
        if isinstance(t, (TypeVar, ParamSpec)):
            if t not in params:
                params.append(t)
        else:
            for p in getattr(t, '__parameters__', ()):
                if p not in params:
                    params.append(p)
    return tuple(params)


def _substitute(arg, subst):
    if isinstance(arg, (TypeVar, ParamSpec)):
        return subst.get(arg, arg)
    if isinstance(arg, _GenericAlias) and arg.__parameters__:
        return arg[tuple(subst.get(p, p) for p in arg.__parameters__)]
    if isinstance(arg, tuple):
        return tuple(_substitute(a, subst) for a in arg)
    return arg


def _deduplicate(params):
    out = []
    for p in params:
        if p not in out:
            out.append(p)
    return out


class _Final:
    """Typing objects may not be subclassed."""

    __slots__ = ()


class _SpecialForm(_Final):
    """Any, Union, Optional, ClassVar, ...: shown as `typing.NAME`, subscripted by a rule."""

    def __init__(self, name, getitem=None, doc=None):
        self._name = name
        self._getitem = getitem
        self.__doc__ = doc

    @property
    def __name__(self):
        return self._name

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError('Cannot instantiate %r' % self)

    def __mro_entries__(self, bases):
        raise TypeError('Cannot subclass %r' % self)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError('%r is not subscriptable' % self)
        return self._getitem(self, parameters)

    def __instancecheck__(self, obj):
        raise TypeError('%s cannot be used with isinstance()' % self)

    def __subclasscheck__(self, cls):
        raise TypeError('%s cannot be used with issubclass()' % self)


class _AnyForm(_SpecialForm):
    def __call__(self, *args, **kwds):
        raise TypeError('Any cannot be instantiated')

    def __subclasscheck__(self, cls):
        # Any is a class in CPython 3.12 whose metaclass only refuses isinstance().
        return False


Any = _AnyForm('Any', doc='Special type indicating an unconstrained type.')
NoReturn = _SpecialForm('NoReturn', doc='Special type indicating functions that never return.')
Never = _SpecialForm('Never', doc='The bottom type, a type that has no members.')
Self = _SpecialForm('Self', doc='Used to spell the type of "self" in classes.')
LiteralString = _SpecialForm('LiteralString', doc='Represents an arbitrary literal string.')
TypeAlias = _SpecialForm('TypeAlias', doc='Special form for marking type aliases.')


def _single_item(name):
    def getitem(self, parameters):
        item = _type_check(parameters, '%s accepts only single type.' % self)
        return _GenericAlias(self, (item,))
    return getitem


ClassVar = _SpecialForm('ClassVar', _single_item('ClassVar'))
Final = _SpecialForm('Final', _single_item('Final'))
Required = _SpecialForm('Required', _single_item('Required'))
NotRequired = _SpecialForm('NotRequired', _single_item('NotRequired'))
TypeGuard = _SpecialForm('TypeGuard', _single_item('TypeGuard'))
Unpack = _SpecialForm('Unpack', _single_item('Unpack'))


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError('Cannot take a Union of no types.')
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    msg = 'Union[arg, ...]: each arg must be a type.'
    flat = []
    for p in parameters:
        p = _type_check(p, msg)
        if isinstance(p, _UnionAlias):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    flat = _deduplicate(flat)
    if len(flat) == 1:
        return flat[0]
    return _UnionAlias(self, tuple(flat))


def _optional_getitem(self, parameters):
    if isinstance(parameters, tuple):
        raise TypeError('typing.Optional requires a single type. Got %r.' % (parameters,))
    arg = _type_check(parameters, 'Optional[t] requires a single type.')
    return Union[arg, _NoneType]


Union = _SpecialForm('Union', _union_getitem)
Optional = _SpecialForm('Optional', _optional_getitem)


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _LiteralAlias(self, parameters)


Literal = _SpecialForm('Literal', _literal_getitem)


def _concatenate_getitem(self, parameters):
    if parameters == ():
        raise TypeError('Cannot take a Concatenate of no types.')
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _GenericAlias(self, parameters)


Concatenate = _SpecialForm('Concatenate', _concatenate_getitem)


class _BaseAlias(_Final):
    """What a subscription returns: `__origin__` subscripted by `__args__`."""

    def __init__(self, origin, args, name=None, inst=True):
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = _collect_parameters(args)
        self._name = name
        self._inst = inst

    def __eq__(self, other):
        if not isinstance(other, _BaseAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def _head(self):
        if self._name is not None:
            return 'typing.' + self._name
        return _type_repr(self.__origin__)

    def __repr__(self):
        return '%s[%s]' % (self._head(), ', '.join(_type_repr(a) for a in self.__args__))

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError('Type %s cannot be instantiated; use %s() instead'
                            % (self._name, self.__origin__.__name__.lower()))
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __getitem__(self, params):
        if not self.__parameters__:
            raise TypeError('%r is not a generic class' % self)
        if not isinstance(params, tuple):
            params = (params,)
        n = len(self.__parameters__)
        if len(params) != n:
            raise TypeError('Too %s arguments for %r; actual %d, expected %d'
                            % ('many' if len(params) > n else 'few', self, len(params), n))
        subst = dict(zip(self.__parameters__, params))
        return self._copy_with(tuple(_substitute(a, subst) for a in self.__args__))

    def _copy_with(self, args):
        return type(self)(self.__origin__, args, self._name, self._inst)

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if isinstance(origin, _SpecialForm):
            raise TypeError('Cannot subclass %r' % self)
        # Generic[T], or a Generic class subscripted, brings Generic in itself.
        generic_already = origin is Generic or _is_generic_class(origin)
        return _alias_bases(self, bases, (_BaseAlias,), not generic_already)

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__') or attr in ('_name', '_inst'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')


def _is_generic_class(obj):
    return isinstance(obj, type) and issubclass(obj, Generic)


def _alias_bases(alias, bases, alias_types, add_generic):
    """What a typing alias among a class's `bases` stands for: its origin (unless the
    bases list it already), then Generic when `add_generic`, unless a later base (an
    instance of `alias_types` or a Generic class) will bring Generic in itself."""
    origin = alias.__origin__
    entries = [] if origin in bases else [origin]
    later = bases[bases.index(alias) + 1:]
    if add_generic and not any(isinstance(base, alias_types) or _is_generic_class(base)
                               for base in later):
        entries.append(Generic)
    return tuple(entries)


class _GenericAlias(_BaseAlias):
    pass


class _UnionAlias(_BaseAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is _NoneType:
                return 'typing.Optional[%s]' % _type_repr(args[1])
            if args[1] is _NoneType:
                return 'typing.Optional[%s]' % _type_repr(args[0])
        return 'typing.Union[%s]' % ', '.join(_type_repr(a) for a in args)

    def __eq__(self, other):
        if not isinstance(other, _UnionAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def _copy_with(self, args):
        return Union[args]

    def __subclasscheck__(self, cls):
        # As CPython: no match falls off the end (None).
        for arg in self.__args__:
            if _is_subclass(cls, arg):
                return True


class _LiteralAlias(_BaseAlias):
    def __init__(self, origin, args, name=None, inst=True):
        _BaseAlias.__init__(self, origin, args, name, inst)
        self.__parameters__ = ()

    def __repr__(self):
        return 'typing.Literal[%s]' % ', '.join(repr(a) for a in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, _LiteralAlias):
            return NotImplemented
        return set((type(a), a) for a in self.__args__) == set(
            (type(a), a) for a in other.__args__)

    def __hash__(self):
        return hash(frozenset((type(a), a) for a in self.__args__))


class _CallableAlias(_BaseAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return 'typing.Callable[..., %s]' % _type_repr(args[1])
        return 'typing.Callable[[%s], %s]' % (', '.join(_type_repr(a) for a in args[:-1]),
                                             _type_repr(args[-1]))


class _SpecialAlias(_Final):
    """An unsubscripted alias (List, Dict, Iterable, ...): `typing.NAME`, subscriptable with
    `nparams` arguments (-1: any number, as Tuple)."""

    def __init__(self, origin, nparams, name=None, inst=True):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = origin.__name__ if name is None else name
        self._inst = inst

    @property
    def __name__(self):
        return self._name

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError('Type %s cannot be instantiated; use %s() instead'
                            % (self._name, self.__origin__.__name__.lower()))
        return self.__origin__(*args, **kwargs)

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        msg = 'Parameters to generic types must be types.'
        params = tuple(_type_check(p, msg) for p in params)
        n = self._nparams
        if n >= 0 and len(params) != n:
            raise TypeError('Too %s arguments for %r; actual %d, expected %d'
                            % ('many' if len(params) > n else 'few', self, len(params), n))
        return _GenericAlias(self.__origin__, params, self._name, self._inst)

    def __mro_entries__(self, bases):
        return _alias_bases(self, bases, (_BaseAlias, _SpecialAlias), True)

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__') or attr in (
                '_name', '_inst', '_nparams'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if isinstance(cls, _BaseAlias):
            raise TypeError('Subscripted generics cannot be used with class and instance '
                            'checks')
        origin = self.__origin__
        if issubclass(cls, origin):
            return True
        check = _abc_checks.get(origin)
        return check is not None and check(cls)


class _TupleAlias(_SpecialAlias):
    def __getitem__(self, params):
        if params == ():
            return _TupleResult(tuple, (), 'Tuple', False)
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            msg = 'Tuple[t, ...]: t must be a type.'
            params = tuple(_type_check(p, msg) for p in params[:-1]) + (...,)
        else:
            msg = 'Tuple[t0, t1, ...]: each t must be a type.'
            params = tuple(_type_check(p, msg) for p in params)
        return _TupleResult(tuple, params, 'Tuple', False)


class _TupleResult(_GenericAlias):
    def __repr__(self):
        if not self.__args__:
            return 'typing.Tuple[()]'
        return _GenericAlias.__repr__(self)


class _CallableSpecial(_SpecialAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        args, result = params
        result = _type_check(result, 'Callable[args, result]: result must be a type.')
        if isinstance(args, list):
            params = tuple(_type_check(a, 'Callable[[arg, ...], result]: each arg must be a '
                                          'type.') for a in args) + (result,)
        elif args is ...:
            params = (..., result)
        else:
            params = (args, result)
        return _CallableAlias(self.__origin__, params, 'Callable', True)


def _abc(name, module):
    """A stand-in for an ABC pymem does not have (contextlib's): a plain class with
    CPython's qualified name, so it can be a base and reports the same origin."""
    return type(name, (), {'__module__': module, '__qualname__': name, '__slots__': ()})


_abc_Hashable = collections.abc.Hashable
_abc_Awaitable = collections.abc.Awaitable
_abc_Coroutine = collections.abc.Coroutine
_abc_AsyncIterable = collections.abc.AsyncIterable
_abc_AsyncIterator = collections.abc.AsyncIterator
_abc_Iterable = collections.abc.Iterable
_abc_Iterator = collections.abc.Iterator
_abc_Reversible = collections.abc.Reversible
_abc_Sized = collections.abc.Sized
_abc_Container = collections.abc.Container
_abc_Collection = collections.abc.Collection
_abc_Callable = collections.abc.Callable
_abc_Set = collections.abc.Set
_abc_MutableSet = collections.abc.MutableSet
_abc_Mapping = collections.abc.Mapping
_abc_MutableMapping = collections.abc.MutableMapping
_abc_Sequence = collections.abc.Sequence
_abc_MutableSequence = collections.abc.MutableSequence
_abc_ByteString = collections.abc.ByteString
_abc_MappingView = collections.abc.MappingView
_abc_KeysView = collections.abc.KeysView
_abc_ItemsView = collections.abc.ItemsView
_abc_ValuesView = collections.abc.ValuesView
_abc_Generator = collections.abc.Generator
_abc_AsyncGenerator = collections.abc.AsyncGenerator


Hashable = _SpecialAlias(_abc_Hashable, 0)
Awaitable = _SpecialAlias(_abc_Awaitable, 1)
Coroutine = _SpecialAlias(_abc_Coroutine, 3)
AsyncIterable = _SpecialAlias(_abc_AsyncIterable, 1)
AsyncIterator = _SpecialAlias(_abc_AsyncIterator, 1)
Iterable = _SpecialAlias(_abc_Iterable, 1)
Iterator = _SpecialAlias(_abc_Iterator, 1)
Reversible = _SpecialAlias(_abc_Reversible, 1)
Sized = _SpecialAlias(_abc_Sized, 0)
Container = _SpecialAlias(_abc_Container, 1)
Collection = _SpecialAlias(_abc_Collection, 1)
Callable = _CallableSpecial(_abc_Callable, 2)
AbstractSet = _SpecialAlias(_abc_Set, 1, name='AbstractSet')
MutableSet = _SpecialAlias(_abc_MutableSet, 1)
Mapping = _SpecialAlias(_abc_Mapping, 2)
MutableMapping = _SpecialAlias(_abc_MutableMapping, 2)
Sequence = _SpecialAlias(_abc_Sequence, 1)
MutableSequence = _SpecialAlias(_abc_MutableSequence, 1)
ByteString = _SpecialAlias(_abc_ByteString, 0)
Tuple = _TupleAlias(tuple, -1, inst=False, name='Tuple')
List = _SpecialAlias(list, 1, inst=False, name='List')
Deque = _SpecialAlias(collections.deque, 1, name='Deque')
Set = _SpecialAlias(set, 1, inst=False, name='Set')
FrozenSet = _SpecialAlias(frozenset, 1, inst=False, name='FrozenSet')
MappingView = _SpecialAlias(_abc_MappingView, 1)
KeysView = _SpecialAlias(_abc_KeysView, 1)
ItemsView = _SpecialAlias(_abc_ItemsView, 2)
ValuesView = _SpecialAlias(_abc_ValuesView, 1)
ContextManager = _SpecialAlias(_abc('AbstractContextManager', 'contextlib'), 1,
                               name='ContextManager')
AsyncContextManager = _SpecialAlias(_abc('AbstractAsyncContextManager', 'contextlib'), 1,
                                    name='AsyncContextManager')
Dict = _SpecialAlias(dict, 2, inst=False, name='Dict')
DefaultDict = _SpecialAlias(collections.defaultdict, 2, name='DefaultDict')
OrderedDict = _SpecialAlias(collections.OrderedDict, 2)
Counter = _SpecialAlias(collections.Counter, 1)
ChainMap = _SpecialAlias(collections.ChainMap, 2)
Generator = _SpecialAlias(_abc_Generator, 3)
AsyncGenerator = _SpecialAlias(_abc_AsyncGenerator, 2)
Type = _SpecialAlias(type, 1, name='Type')
Text = str


def _has(*names):
    """A structural check, as collections.abc's one-trick ponies do: the class (or a base)
    defines every named method, and none of them as None."""
    def check(cls):
        for name in names:
            for base in cls.__mro__:
                if name in base.__dict__:
                    if base.__dict__[name] is None:
                        return False
                    break
            else:
                return False
        return True
    return check


# What isinstance()/issubclass() against the contextlib aliases answer, beyond subclasses
# of the stand-in classes themselves (the collections.abc aliases ask the real ABCs).
_abc_checks = {
    ContextManager.__origin__: _has('__enter__', '__exit__'),
    AsyncContextManager.__origin__: _has('__aenter__', '__aexit__'),
}


class _TypeVarLike:
    """TypeVar and ParamSpec: shown as `~T` (`+T` covariant, `-T` contravariant)."""

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __reduce__(self):
        return self.__name__

    def __mro_entries__(self, bases):
        raise TypeError('Cannot subclass an instance of %s' % type(self).__name__)

    def __typing_subst__(self, arg):
        return arg


class TypeVar(_TypeVarLike):
    """Type variable."""

    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False, infer_variance=False):
        if not isinstance(name, str):
            raise TypeError('TypeVar name must be a string')
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        if infer_variance and (covariant or contravariant):
            raise ValueError('Variance cannot be specified with infer_variance.')
        if constraints and bound is not None:
            raise TypeError('Constraints cannot be combined with bound=...')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        msg = 'TypeVar(name, constraint, ...): constraints must be types.'
        self.__name__ = name
        self.__constraints__ = tuple(_type_check(t, msg) for t in constraints)
        self.__bound__ = None if bound is None else _type_check(bound, 'Bound must be a type.')
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)
        self.__module__ = '__main__'


class ParamSpecArgs:
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return '%s.args' % self.__origin__.__name__


class ParamSpecKwargs:
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return '%s.kwargs' % self.__origin__.__name__


class ParamSpec(_TypeVarLike):
    """Parameter specification variable."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False,
                 infer_variance=False):
        self.__name__ = name
        self.__bound__ = bound
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)


class TypeVarTuple:
    """Type variable tuple."""

    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__

    def __iter__(self):
        yield Unpack[self]


AnyStr = TypeVar('AnyStr', bytes, str)
AnyStr.__module__ = 'typing'


class ForwardRef(_Final):
    """A type given as a string: `ForwardRef('Node')`."""

    __slots__ = ('__forward_arg__', '__forward_module__')

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError('Forward reference must be a string -- got %r' % (arg,))
        self.__forward_arg__ = arg
        self.__forward_module__ = module

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        if self.__forward_module__ is None:
            return 'ForwardRef(%r)' % (self.__forward_arg__,)
        return 'ForwardRef(%r, module=%r)' % (self.__forward_arg__, self.__forward_module__)


class Generic:
    """Abstract base class for generic types: `class Box(Generic[T])`, then `Box[int]`."""

    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls is Generic or cls is Protocol:
            if not params:
                raise TypeError('Parameter list to %s[...] cannot be empty' % cls.__qualname__)
            for p in params:
                if not isinstance(p, (TypeVar, ParamSpec, TypeVarTuple)):
                    raise TypeError('Parameters to %s[...] must all be type variables or '
                                    'parameter specification variables.' % cls.__name__)
            if len(set(params)) != len(params):
                raise TypeError('Parameters to %s[...] must all be unique' % cls.__name__)
            return _GenericAlias(cls, params, name=cls.__name__)
        n = len(cls.__dict__.get('__parameters__', ()))
        if not n:
            raise TypeError('%r is not a generic class' % cls)
        if len(params) != n:
            raise TypeError('Too %s arguments for %r; actual %d, expected %d'
                            % ('many' if len(params) > n else 'few', cls,
                               len(params), n))
        params = tuple(_type_check(p, 'Parameters to generic types must be types.')
                       for p in params)
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        bases = cls.__dict__.get('__orig_bases__', ())
        declared = None
        tvars = []
        for base in bases:
            if isinstance(base, _GenericAlias):
                if base.__origin__ is Generic or base.__origin__ is Protocol:
                    if declared is not None:
                        raise TypeError('Cannot inherit from Generic[...] multiple times.')
                    declared = base.__args__
                for p in base.__parameters__:
                    if p not in tvars:
                        tvars.append(p)
        if declared is not None:
            missing = [t for t in tvars if t not in declared]
            if missing:
                raise TypeError('Some type variables (%s) are not listed in Generic[%s]'
                                % (', '.join(str(t) for t in missing),
                                   ', '.join(str(g) for g in declared)))
            tvars = list(declared)
        cls.__parameters__ = tuple(tvars)


# Names a protocol's namespace has that are not members of the protocol.
_NOT_PROTOCOL_MEMBERS = frozenset({
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__',
    '__module__', '__new__', '__slots__', '__subclasshook__', '__weakref__',
    '__class_getitem__', '__match_args__', '__parameters__', '__orig_bases__',
    '__orig_class__', '_is_protocol', '_is_runtime_protocol', '__protocol_attrs__',
    '__non_callable_proto_members__', '__type_params__', '__init_subclass__',
    '__qualname__'})

# The protocol methods of the built-in numbers, which pymem's types do not list as
# attributes (what the Supports* protocols ask about).
_BUILTIN_NUMBER_METHODS = {
    int: {'__int__', '__float__', '__index__', '__abs__', '__round__'},
    float: {'__int__', '__float__', '__abs__', '__round__'},
    complex: {'__complex__', '__abs__'},
    bytes: {'__bytes__'},
}


def _get_protocol_attrs(cls):
    """The members of protocol cls: what its classes (up to Protocol) define or annotate."""
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        annotations = base.__dict__.get('__annotations__', {})
        for attr in (*base.__dict__, *annotations):
            if not attr.startswith('_abc_') and attr not in _NOT_PROTOCOL_MEMBERS:
                attrs.add(attr)
    return attrs


def _has_member(obj, attr):
    for t, names in _BUILTIN_NUMBER_METHODS.items():
        if isinstance(obj, t) and attr in names:
            return True
    try:
        getattr(obj, attr)
    except AttributeError:
        return False
    return True


# Nonzero while ABCMeta's own checks run on behalf of a protocol: the issubclass() calls
# they make are not the user's, and skip the protocol restrictions (CPython tells them
# apart by the calling module).
_abc_internal = [0]


def _abc_check(method, cls, arg):
    _abc_internal[0] += 1
    try:
        return method(cls, arg)
    finally:
        _abc_internal[0] -= 1


class _ProtocolMeta(abc.ABCMeta):
    """The metaclass of protocols: isinstance()/issubclass() against a runtime_checkable
    protocol check the members structurally."""

    def __instancecheck__(cls, instance):
        if cls is Protocol:
            return type.__instancecheck__(cls, instance)
        if not getattr(cls, '_is_protocol', False):
            return _abc_check(abc.ABCMeta.__instancecheck__, cls, instance)
        if not getattr(cls, '_is_runtime_protocol', False) and not _abc_internal[0]:
            raise TypeError('Instance and class checks can only be used with '
                            '@runtime_checkable protocols')
        if _abc_check(abc.ABCMeta.__instancecheck__, cls, instance):
            return True
        for attr in cls.__protocol_attrs__:
            if not _has_member(instance, attr):
                return False
            if (getattr(instance, attr, None) is None and
                    attr not in _non_callable_members(cls)):
                return False
        return True

    def __subclasscheck__(cls, other):
        if cls is Protocol:
            return type.__subclasscheck__(cls, other)
        if getattr(cls, '_is_protocol', False) and not _abc_internal[0]:
            if not isinstance(other, type):
                raise TypeError('issubclass() arg 1 must be a class')
            if not getattr(cls, '_is_runtime_protocol', False):
                raise TypeError('Instance and class checks can only be used with '
                                '@runtime_checkable protocols')
            if (_non_callable_members(cls) and
                    cls.__dict__.get('__subclasshook__') is _proto_hook_method):
                raise TypeError("Protocols with non-method members don't support "
                                "issubclass()")
        return _abc_check(abc.ABCMeta.__subclasscheck__, cls, other)


def _non_callable_members(cls):
    found = cls.__dict__.get('__non_callable_proto_members__')
    if found is None:
        found = {attr for attr in cls.__protocol_attrs__
                 if not callable(getattr(cls, attr, None))}
        cls.__non_callable_proto_members__ = found
    return found


def _proto_hook(cls, other):
    # A class is a (runtime) subclass of a protocol when its MRO has every member.
    if not cls.__dict__.get('_is_protocol', False):
        return NotImplemented
    for attr in cls.__protocol_attrs__:
        for base in other.__mro__:
            if attr in base.__dict__:
                if base.__dict__[attr] is None:
                    return NotImplemented
                break
            if base in _BUILTIN_NUMBER_METHODS and attr in _BUILTIN_NUMBER_METHODS[base]:
                break
            annotations = base.__dict__.get('__annotations__', {})
            if (attr in annotations and issubclass(other, Generic) and
                    getattr(other, '_is_protocol', False)):
                break
        else:
            return NotImplemented
    return True


_proto_hook_method = classmethod(_proto_hook)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes (structural subtyping for static checkers)."""

    __slots__ = ()
    _is_protocol = True

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        cls.__protocol_attrs__ = _get_protocol_attrs(cls)
        if '__subclasshook__' not in cls.__dict__:
            cls.__subclasshook__ = _proto_hook_method
        if cls._is_protocol and '__init__' not in cls.__dict__:
            cls.__init__ = _no_init_or_replace_init


def _no_init_or_replace_init(self, *args, **kwargs):
    """The __init__ of protocol classes: they cannot be instantiated; a concrete subclass
    runs the first real __init__ of its MRO instead."""
    cls = type(self)
    if cls._is_protocol:
        raise TypeError('Protocols cannot be instantiated')
    for base in cls.__mro__:
        init = base.__dict__.get('__init__', _no_init_or_replace_init)
        if init is not _no_init_or_replace_init:
            break
    else:
        init = object.__init__
    init(self, *args, **kwargs)




def runtime_checkable(cls):
    """Mark a protocol class as a runtime protocol."""
    if not (isinstance(cls, type) and issubclass(cls, Generic) and cls._is_protocol):
        raise TypeError('@runtime_checkable can be only applied to protocol classes, got %r'
                        % cls)
    cls._is_runtime_protocol = True
    return cls


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        _GenericAlias.__init__(self, origin, (origin,))
        self.__metadata__ = metadata

    def __repr__(self):
        return 'typing.Annotated[%s, %s]' % (_type_repr(self.__origin__),
                                             ', '.join(repr(m) for m in self.__metadata__))

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))


class Annotated:
    """Add context-specific metadata to a type: Annotated[int, 'meta']."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError('Type Annotated cannot be instantiated.')

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError('Annotated[...] should be used with at least two arguments '
                            '(a type and an annotation).')
        origin = _type_check(params[0], 'Annotated[t, ...]: t must be a type.')
        return _AnnotatedAlias(origin, tuple(params[1:]))


def cast(typ, val):
    """Cast a value to a type: returns the value unchanged (a signal to type checkers)."""
    return val


def assert_type(val, typ, /):
    """Ask a static type checker to confirm that the value is of the given type."""
    return val


def reveal_type(obj, /):
    """Print the runtime type of obj (to stderr) and return it unchanged."""
    import sys
    print('Runtime type is %r' % type(obj).__name__, file=sys.stderr)
    return obj


def assert_never(arg, /):
    """Statically assert that a line of code is unreachable."""
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError('Expected code to be unreachable, but got: %s' % value)


_overload_registry = {}


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        'You should not call an overloaded function. '
        'A series of @overload-decorated functions '
        'outside a stub module should always be followed '
        'by an implementation that is not @overload-ed.')


def overload(func):
    """Decorator for overloaded functions/methods (the implementation follows undecorated)."""
    key = (getattr(func, '__module__', None), getattr(func, '__qualname__', None))
    _overload_registry.setdefault(key, []).append(func)
    return _overload_dummy


def get_overloads(func):
    """The overloads registered for func."""
    key = (getattr(func, '__module__', None), getattr(func, '__qualname__', None))
    return list(_overload_registry.get(key, []))


def clear_overloads():
    """Clear all overloads in the registry."""
    _overload_registry.clear()


def final(f):
    """Mark a method or class final (for static checkers); sets __final__ when it can."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def override(method, /):
    """Mark a method as overriding a base-class method (for static checkers)."""
    try:
        method.__override__ = True
    except (AttributeError, TypeError):
        pass
    return method


def no_type_check(arg):
    """Decorator indicating that annotations are not type hints."""
    try:
        arg.__no_type_check__ = True
    except (AttributeError, TypeError):
        pass
    return arg


def no_type_check_decorator(decorator):
    """Decorator to give another decorator the @no_type_check effect."""
    return decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        frozen_default=False, field_specifiers=(), **kwargs):
    """Decorator marking an object as providing dataclass-like behaviour."""
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            'eq_default': eq_default,
            'order_default': order_default,
            'kw_only_default': kw_only_default,
            'frozen_default': frozen_default,
            'field_specifiers': field_specifiers,
            'kwargs': kwargs,
        }
        return cls_or_fn
    return decorator


def get_origin(tp):
    """The unsubscripted version of a type: get_origin(List[int]) is list."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_BaseAlias, _SpecialAlias, ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    # The builtin forms: list[int] and int | str.
    if isinstance(tp, _types.GenericAlias):
        return tp.__origin__
    if isinstance(tp, _types.UnionType):
        return _types.UnionType
    return None


def get_args(tp):
    """The type arguments, with all substitutions: get_args(Dict[int, str]) is (int, str)."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _CallableAlias):
        args = tp.__args__
        if args[0] is ...:
            return args
        return (list(args[:-1]), args[-1])
    if isinstance(tp, (_BaseAlias, _types.GenericAlias, _types.UnionType)):
        return tp.__args__
    return ()


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a function, class or module, with string annotations (and
    ForwardRefs inside subscriptions) evaluated and None replaced by NoneType; a class's
    bases contribute theirs first."""
    import sys
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get('__annotations__', {})
            if globalns is None:
                module = sys.modules.get(base.__module__)
                base_globals = getattr(module, '__dict__', {})
            else:
                base_globals = globalns
            base_locals = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                # As CPython: names in the class body win over the module's.
                base_globals, base_locals = base_locals, base_globals
            for name, value in ann.items():
                hints[name] = _eval_type(value, base_globals, base_locals)
        return hints
    if isinstance(obj, type(sys)):
        ann = obj.__dict__.get('__annotations__', {})
        if globalns is None:
            globalns = obj.__dict__
        return {name: _eval_type(value, globalns, localns) for name, value in ann.items()}
    ann = getattr(obj, '__annotations__', None)
    if ann is None:
        if isinstance(obj, _FunctionType):
            return {}
        raise TypeError('%r is not a module, class, method, or function.' % (obj,))
    if globalns is None:
        globalns = getattr(obj, '__globals__', {})
    return {name: _eval_type(value, globalns, localns) for name, value in ann.items()}


def _eval_type(t, globalns, localns):
    """t with its string and ForwardRef parts evaluated in the given namespaces."""
    if t is None:
        return _NoneType
    if isinstance(t, str):
        t = ForwardRef(t)
    if isinstance(t, ForwardRef):
        value = eval(t.__forward_arg__, globalns, localns)
        return _eval_type(value, globalns, localns)
    if isinstance(t, _BaseAlias) and not isinstance(t, _LiteralAlias):
        args = tuple(_eval_type(a, globalns, localns) if a is not ... else a
                     for a in t.__args__)
        if args != t.__args__:
            if isinstance(t, _AnnotatedAlias):
                return _AnnotatedAlias(args[0], t.__metadata__)
            return t._copy_with(args)
    return t


class NewType:
    """A distinct type for static checkers; at run time it returns its argument."""

    def __init__(self, name, tp):
        # A dotted name (a NewType made inside a class) keeps its last part as __name__.
        self.__qualname__ = name
        self.__name__ = name.rpartition('.')[2]
        self.__supertype__ = tp
        self.__module__ = '__main__'

    def __call__(self, x):
        return x

    def __repr__(self):
        return '%s.%s' % (self.__module__, self.__qualname__)

    def __reduce__(self):
        return self.__qualname__

    __or__ = _SpecialForm.__or__
    __ror__ = _SpecialForm.__ror__

    def __mro_entries__(self, bases):
        # Subclassing is an error whose message names the class being defined, known only
        # once it is created: the stand-in base raises from __init_subclass__.
        supertype = self.__name__

        class _Refused:
            def __init_subclass__(cls):
                raise TypeError(
                    'Cannot subclass an instance of NewType. Perhaps you were looking for: '
                    '`%s = NewType(%r, %s)`' % (cls.__name__, cls.__name__, supertype))

        return (_Refused,)


_NAMEDTUPLE_PROHIBITED = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__',
                                    '_fields', '_field_defaults', '_make', '_replace',
                                    '_asdict', '_source'})
_NAMEDTUPLE_SPECIAL = frozenset({'__module__', '__name__', '__annotations__'})


def _make_nmtuple(name, types, module, defaults=()):
    fields = [n for n, t in types]
    types = {n: _type_check(t, 'field %s annotation must be a type' % n) for n, t in types}
    nm_tpl = collections.namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = types
    return nm_tpl


class _NamedTupleMeta(type):
    """CPython's NamedTupleMeta: `class P(NamedTuple)` makes a namedtuple class (a direct
    subclass of tuple) and copies the class body's other names onto it."""

    def __new__(cls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTupleBase:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        annotations = ns.get('__annotations__', {})
        names = list(annotations)
        # A field given a value in the body has a default; none may follow without one.
        for position, name in enumerate(names):
            before = [n for n in names[:position] if n in ns]
            if name not in ns and before:
                raise TypeError('Non-default namedtuple field %s cannot follow default '
                                'field%s %s' % (name, 's' if len(before) > 1 else '',
                                                ', '.join(before)))
        made = _make_nmtuple(typename, annotations.items(),
                             defaults=[ns[n] for n in names if n in ns],
                             module=ns['__module__'])
        # The body's other names (methods, docstring, ...) are copied onto the new class.
        for key, value in ns.items():
            if key in _NAMEDTUPLE_PROHIBITED:
                raise AttributeError('Cannot overwrite NamedTuple attribute ' + key)
            if key not in _NAMEDTUPLE_SPECIAL and key not in made._fields:
                setattr(made, key, value)
        return made


_NamedTupleBase = type.__new__(_NamedTupleMeta, 'NamedTuple', (), {})


class _NamedTupleFactory:
    """NamedTuple: `class P(NamedTuple): x: int` or `NamedTuple('P', [('x', int)])`."""

    def __call__(self, typename, fields=None, /, **kwargs):
        if fields is None:
            fields = list(kwargs.items())
        elif kwargs:
            raise TypeError('Either list of fields or keywords can be provided to NamedTuple, '
                            'not both')
        return _make_nmtuple(typename, fields, module='__main__')

    def __mro_entries__(self, bases):
        return (_NamedTupleBase,)

    def __repr__(self):
        return '<function NamedTuple>'


NamedTuple = _NamedTupleFactory()


class _TypedDictBase(dict):
    """What `class Movie(TypedDict)` derives from: calling the class makes a plain dict."""

    def __new__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __init_subclass__(cls, total=True, **kwargs):
        super().__init_subclass__(**kwargs)
        own = cls.__dict__.get('__annotations__', {})
        annotations = {}
        required = set()
        optional = set()
        for base in cls.__mro__[:0:-1]:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required.update(base.__dict__.get('__required_keys__', ()))
            optional.update(base.__dict__.get('__optional_keys__', ()))
        for name, tp in own.items():
            annotations[name] = tp
            origin = getattr(tp, '__origin__', None)
            if origin is Required:
                is_required = True
            elif origin is NotRequired:
                is_required = False
            else:
                is_required = total
            if is_required:
                required.add(name)
                optional.discard(name)
            else:
                optional.add(name)
                required.discard(name)
        cls.__annotations__ = annotations
        cls.__required_keys__ = frozenset(required)
        cls.__optional_keys__ = frozenset(optional)
        cls.__total__ = total


class _TypedDictFactory:
    """TypedDict: `class Movie(TypedDict): name: str` or `TypedDict('Movie', {'name': str})`;
    either way, calling the class returns a plain dict."""

    def __call__(self, typename, fields=None, /, *, total=True, **kwargs):
        if fields is None:
            fields = kwargs
        ns = {'__annotations__': dict(fields), '__module__': '__main__'}
        cls = type(typename, (_TypedDictBase,), ns)
        _TypedDictBase.__init_subclass__.__func__(cls, total=total)
        return cls

    def __mro_entries__(self, bases):
        return (_TypedDictBase,)

    def __repr__(self):
        return '<function TypedDict>'


TypedDict = _TypedDictFactory()


def is_typeddict(tp):
    """Whether tp is a TypedDict class."""
    return isinstance(tp, type) and issubclass(tp, _TypedDictBase) and tp is not _TypedDictBase


class TypeAliasType:
    """The type of `type X = ...` aliases (PEP 695)."""

    def __init__(self, name, value, *, type_params=()):
        self.__name__ = name
        self.__value__ = value
        self.__type_params__ = type_params

    def __repr__(self):
        return self.__name__


# IO, TextIO, BinaryIO, Pattern, Match, Supports*: names code annotates with.
class IO(Generic):
    """Generic base class for TextIO and BinaryIO."""
    __slots__ = ()


class BinaryIO(IO):
    """Typed version of the return of open() in binary mode."""
    __slots__ = ()


class TextIO(IO):
    """Typed version of the return of open() in text mode."""
    __slots__ = ()


for _c in (IO, BinaryIO, TextIO):
    _c.__parameters__ = ()
IO.__parameters__ = (AnyStr,)
Pattern = _SpecialAlias(_abc('Pattern', 're'), 1)
Match = _SpecialAlias(_abc('Match', 're'), 1)


@runtime_checkable
class SupportsInt(Protocol):
    __slots__ = ()

    @abc.abstractmethod
    def __int__(self):
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    __slots__ = ()

    @abc.abstractmethod
    def __float__(self):
        pass


@runtime_checkable
class SupportsComplex(Protocol):
    __slots__ = ()

    @abc.abstractmethod
    def __complex__(self):
        pass


@runtime_checkable
class SupportsBytes(Protocol):
    __slots__ = ()

    @abc.abstractmethod
    def __bytes__(self):
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    __slots__ = ()

    @abc.abstractmethod
    def __index__(self):
        pass


@runtime_checkable
class SupportsAbs(Protocol):
    __slots__ = ()

    @abc.abstractmethod
    def __abs__(self):
        pass


@runtime_checkable
class SupportsRound(Protocol):
    __slots__ = ()

    @abc.abstractmethod
    def __round__(self, ndigits=0):
        pass


SupportsAbs.__parameters__ = (TypeVar('T_co', covariant=True),)
SupportsRound.__parameters__ = SupportsAbs.__parameters__
del _c
