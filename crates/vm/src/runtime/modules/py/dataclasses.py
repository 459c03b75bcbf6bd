# pymem's frozen `dataclasses` module: @dataclass with CPython 3.12's options, generated
# methods, messages and reprs; field(), fields(), asdict(), astuple(), replace(),
# is_dataclass(), make_dataclass(), InitVar, KW_ONLY, ClassVar handling.
#
# The generated methods are compiled from source text (as CPython does) so that their
# signatures, and so the argument errors of __init__, are exactly a hand-written method's.
#
# Deviations: the class docstring made from the signature formats annotations itself
# (pymem has no `inspect`); make_dataclass() without `module=` puts the class in
# `__main__` (pymem has no frame introspection); recursion guards in __repr__ are per
# object, not per thread.

import abc
import copy
import keyword
import sys
import types

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _FactoryMarker:
    # The default an __init__ parameter shows when a default_factory fills it.
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _FactoryMarker()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()

_EMPTY_METADATA = types.MappingProxyType({})


class _FieldKind:
    # What an annotation declared: a real field, a ClassVar or an InitVar (a Field's repr
    # shows the kind by its module-level name).
    __slots__ = ('label',)

    def __init__(self, label):
        self.label = label

    def __repr__(self):
        return self.label


_FIELD, _FIELD_CLASSVAR, _FIELD_INITVAR = map(_FieldKind,
                                              ('_FIELD', '_FIELD_CLASSVAR', '_FIELD_INITVAR'))

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            name = self.type.__name__
        else:
            name = repr(self.type)
        return f'dataclasses.InitVar[{name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata,
                 kw_only):
        # Name, type and kind are only known once the class is processed.
        self.name = self.type = self._field_type = None
        self.default, self.default_factory = default, default_factory
        self.init, self.repr, self.hash, self.compare = init, repr, hash, compare
        self.kw_only = kw_only
        self.metadata = (_EMPTY_METADATA if metadata is None
                         else types.MappingProxyType(metadata))

    def __repr__(self):
        parts = [f'name={self.name!r}', f'type={self.type!r}', f'default={self.default!r}',
                 f'default_factory={self.default_factory!r}', f'init={self.init!r}',
                 f'repr={self.repr!r}', f'hash={self.hash!r}', f'compare={self.compare!r}',
                 f'metadata={self.metadata!r}', f'kw_only={self.kw_only!r}',
                 f'_field_type={self._field_type}']
        return 'Field(' + ','.join(parts) + ')'

    def __set_name__(self, owner, name):
        # A descriptor used as a default still learns its name.
        hook = getattr(type(self.default), '__set_name__', None)
        if hook:
            hook(self.default, owner, name)

    __class_getitem__ = classmethod(types.GenericAlias)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen', 'match_args',
                 'kw_only', 'slots', 'weakref_slot')

    def __init__(self, *options):
        # The decorator's options, positionally in __slots__ order.
        for option, value in zip(self.__slots__, options):
            setattr(self, option, value)

    def __repr__(self):
        shown = ','.join(f'{option}={getattr(self, option)!r}' for option in self.__slots__)
        return f'_DataclassParams({shown})'


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Describe one field of a dataclass: its default (or a zero-argument factory for
    it), and whether __init__, __repr__, the comparisons and __hash__ use it."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


# ---- compiling the generated methods --------------------------------------------------------

def _compile_method(name, params, body, *, globals, names=None, returns=MISSING):
    """The function `def name(params): body`, compiled in the class's module globals.
    `names` are bound around it as the closure of a factory function, so that the method
    reaches them (defaults, field types, helpers) without touching the globals."""
    names = dict(names or {})
    annotation = ''
    if returns is not MISSING:
        names['__dataclass_return_type__'] = returns
        annotation = '->__dataclass_return_type__'
    lines = [f'def __create_fn__({", ".join(names)}):',
             f' def {name}({",".join(params)}){annotation}:']
    lines += [f'  {line}' for line in body]
    lines.append(f' return {name}')
    scope = {}
    exec('\n'.join(lines), globals, scope)
    return scope['__create_fn__'](**names)


def _set_qualname(cls, value):
    if isinstance(value, types.FunctionType):
        value.__qualname__ = f'{cls.__qualname__}.{value.__name__}'
    return value


def _set_new_attribute(cls, name, value):
    """Give cls the attribute unless its own namespace has it (True then)."""
    if name in cls.__dict__:
        return True
    _set_qualname(cls, value)
    setattr(cls, name, value)
    return False


def _tuple_str(obj_name, flds):
    if not flds:
        return '()'
    return '(' + ','.join(f'{obj_name}.{f.name}' for f in flds) + ',)'


def _recursive_repr(user_function):
    # `...` for an object already being represented further up (a cycle).
    running = set()

    def wrapper(self):
        key = id(self)
        if key in running:
            return '...'
        running.add(key)
        try:
            return user_function(self)
        finally:
            running.discard(key)

    wrapper.__name__ = user_function.__name__
    wrapper.__qualname__ = user_function.__qualname__
    wrapper.__doc__ = user_function.__doc__
    wrapper.__wrapped__ = user_function
    return wrapper


# ---- __init__ ---------------------------------------------------------------------------------

def _field_assign(frozen, name, value, self_name):
    if frozen:
        return f'__dataclass_builtins_object__.__setattr__({self_name},{name!r},{value})'
    return f'{self_name}.{name}={value}'


def _field_init(f, frozen, names, self_name, slots):
    """The __init__ line that stores field f (None when there is nothing to store)."""
    default_name = f'__dataclass_dflt_{f.name}__'
    if f.default_factory is not MISSING:
        names[default_name] = f.default_factory
        if f.init:
            value = (f'{default_name}() if {f.name} is __dataclass_HAS_DEFAULT_FACTORY__ '
                     f'else {f.name}')
        else:
            value = f'{default_name}()'
    elif f.init:
        if f.default is not MISSING:
            names[default_name] = f.default
        value = f.name
    elif slots and f.default is not MISSING:
        # No class attribute holds the default of a slotted class's init=False field.
        names[default_name] = f.default
        value = default_name
    else:
        return None
    if f._field_type is _FIELD_INITVAR:
        return None
    return _field_assign(frozen, f.name, value, self_name)


def _init_param(f):
    if f.default is not MISSING:
        default = f'=__dataclass_dflt_{f.name}__'
    elif f.default_factory is not MISSING:
        default = '=__dataclass_HAS_DEFAULT_FACTORY__'
    else:
        default = ''
    return f'{f.name}:__dataclass_type_{f.name}__{default}'


def _init_fn(fields, std_fields, kw_only_fields, frozen, has_post_init, self_name, globals,
             slots):
    seen_default = False
    for f in std_fields:
        if not f.init:
            continue
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = True
        elif seen_default:
            raise TypeError(f'non-default argument {f.name!r} follows default argument')

    names = {f'__dataclass_type_{f.name}__': f.type for f in fields}
    names['__dataclass_HAS_DEFAULT_FACTORY__'] = _HAS_DEFAULT_FACTORY
    names['__dataclass_builtins_object__'] = object
    body = []
    for f in fields:
        line = _field_init(f, frozen, names, self_name, slots)
        if line:
            body.append(line)
    if has_post_init:
        args = ','.join(f.name for f in fields if f._field_type is _FIELD_INITVAR)
        body.append(f'{self_name}.{_POST_INIT_NAME}({args})')
    if not body:
        body = ['pass']
    params = [_init_param(f) for f in std_fields]
    if kw_only_fields:
        params.append('*')
        params += [_init_param(f) for f in kw_only_fields]
    return _compile_method('__init__', [self_name] + params, body, globals=globals,
                           names=names, returns=None)


def _fields_in_init_order(fields):
    return (tuple(f for f in fields if f.init and not f.kw_only),
            tuple(f for f in fields if f.init and f.kw_only))


# ---- __repr__, comparisons, __hash__, frozen attributes -----------------------------------------

def _repr_fn(fields, globals):
    text = ', '.join(f'{f.name}={{self.{f.name}!r}}' for f in fields)
    fn = _compile_method('__repr__', ('self',),
                         [f'return self.__class__.__qualname__ + f"({text})"'],
                         globals=globals)
    return _recursive_repr(fn)


def _cmp_fn(name, op, self_tuple, other_tuple, globals):
    return _compile_method(name, ('self', 'other'),
                           ['if other.__class__ is self.__class__:',
                            f' return {self_tuple}{op}{other_tuple}',
                            'return NotImplemented'],
                           globals=globals)


def _hash_fn(fields, globals):
    return _compile_method('__hash__', ('self',),
                           [f'return hash({_tuple_str("self", fields)})'], globals=globals)


def _frozen_get_del_attr(cls, fields, globals):
    names = {'cls': cls, 'FrozenInstanceError': FrozenInstanceError}
    condition = 'type(self) is cls'
    if fields:
        condition += ' or name in {' + ', '.join(repr(f.name) for f in fields) + '}'
    setter = _compile_method(
        '__setattr__', ('self', 'name', 'value'),
        [f'if {condition}:',
         ' raise FrozenInstanceError(f"cannot assign to field {name!r}")',
         'super(cls, self).__setattr__(name, value)'],
        globals=globals, names=names)
    deleter = _compile_method(
        '__delattr__', ('self', 'name'),
        [f'if {condition}:',
         ' raise FrozenInstanceError(f"cannot delete field {name!r}")',
         'super(cls, self).__delattr__(name)'],
        globals=globals, names=names)
    return setter, deleter


def _hash_fields(fields):
    # A field's own `hash` wins; otherwise it is hashed when it is compared.
    return [f for f in fields if (f.compare if f.hash is None else f.hash)]


def _new_hash(cls, unsafe_hash, eq, frozen, has_explicit_hash, fields, globals):
    """What __hash__ becomes: MISSING to leave the class's as it is, None for unhashable
    instances, or a method hashing the fields. Equality without frozenness makes
    instances unhashable; unsafe_hash forces a field hash but never replaces the class's
    own."""
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
    elif has_explicit_hash or not eq:
        return MISSING
    elif not frozen:
        return None
    return _set_qualname(cls, _hash_fn(_hash_fields(fields), globals))


# ---- recognising ClassVar, InitVar and KW_ONLY annotations ----------------------------------

def _is_classvar(a_type, typing):
    return a_type is typing.ClassVar or getattr(a_type, '__origin__', None) is typing.ClassVar


def _is_initvar(a_type, dataclasses):
    return a_type is dataclasses.InitVar or type(a_type) is dataclasses.InitVar


def _is_kw_only(a_type, dataclasses):
    return a_type is dataclasses.KW_ONLY


def _string_annotation_is(annotation, cls, a_module, a_type, is_type_predicate):
    """Does the string annotation name `a_type` ("ClassVar[int]", "typing.ClassVar",
    "dataclasses.InitVar[str]"), looked up in the class's module? Its leading
    `[module.]name` decides."""
    head = annotation.strip().split('[', 1)[0]
    module_name, dot, name = head.partition('.')
    if not dot:
        module_name, name = None, head
    module_name = module_name.strip() if module_name else None
    name = name.strip()
    if not name.isidentifier() or (module_name is not None and
                                   not module_name.isidentifier()):
        return False
    module = sys.modules.get(cls.__module__)
    if module is None:
        return False
    namespace = module.__dict__
    if module_name is None:
        return is_type_predicate(namespace.get(name), a_module) if name in namespace else False
    if namespace.get(module_name) is a_module:
        return is_type_predicate(getattr(a_module, name, None), a_module)
    return False


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if isinstance(default, types.MemberDescriptorType):
            # A slot of the class, not a default.
            default = MISSING
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD

    typing = sys.modules.get('typing')
    if typing:
        if (_is_classvar(a_type, typing) or
                (isinstance(f.type, str) and
                 _string_annotation_is(f.type, cls, typing, typing.ClassVar,
                                       _is_classvar))):
            f._field_type = _FIELD_CLASSVAR
    if f._field_type is _FIELD:
        dataclasses = sys.modules[__name__]
        if (_is_initvar(a_type, dataclasses) or
                (isinstance(f.type, str) and
                 _string_annotation_is(f.type, cls, dataclasses, dataclasses.InitVar,
                                       _is_initvar))):
            f._field_type = _FIELD_INITVAR

    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f'field {f.name} cannot have a default factory')
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    elif f.kw_only is not MISSING:
        raise TypeError(f'field {f.name} is a ClassVar but specifies kw_only')

    # Defaults of unhashable types are shared mutable state: refused.
    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field {f.name} '
                         'is not allowed: use default_factory')
    return f


# ---- the class docstring --------------------------------------------------------------------

def _format_annotation(annotation):
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


def _signature_text(std_fields, kw_only_fields):
    def param(f):
        text = f'{f.name}: {_format_annotation(f.type)}'
        if f.default is not MISSING:
            text += f' = {f.default!r}'
        elif f.default_factory is not MISSING:
            text += ' = <factory>'
        return text
    params = [param(f) for f in std_fields]
    if kw_only_fields:
        params.append('*')
        params += [param(f) for f in kw_only_fields]
    return '(' + ', '.join(params) + ')'


# ---- the decorator ------------------------------------------------------------------------------

def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                   slots, weakref_slot):
    fields = {}
    if cls.__module__ in sys.modules:
        globals = sys.modules[cls.__module__].__dict__
    else:
        globals = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen,
                                           match_args, kw_only, slots, weakref_slot))

    # The bases' fields first, from the most basic class on.
    dataclass_bases = [b for b in reversed(cls.__mro__[1:])
                       if getattr(b, _FIELDS, None) is not None]
    for b in dataclass_bases:
        fields.update((f.name, f) for f in getattr(b, _FIELDS).values())
    has_dataclass_bases = bool(dataclass_bases)
    any_frozen_base = any(getattr(b, _PARAMS).frozen for b in dataclass_bases)

    cls_annotations = cls.__dict__.get('__annotations__', {})
    cls_fields = []
    kw_only_seen = False
    dataclasses = sys.modules[__name__]
    for name, a_type in cls_annotations.items():
        if (_is_kw_only(a_type, dataclasses) or
                (isinstance(a_type, str) and
                 _string_annotation_is(a_type, cls, dataclasses, dataclasses.KW_ONLY,
                                       _is_kw_only))):
            if kw_only_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY '
                                'has already been specified')
            kw_only_seen = True
            kw_only = True
        else:
            cls_fields.append(_get_field(cls, name, a_type, kw_only))

    for f in cls_fields:
        fields[f.name] = f
        # The class attribute becomes the plain default (or goes away).
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS, fields)

    # `__hash__ = None` next to an own __eq__ is what defining __eq__ implies, not a choice.
    own_hash = cls.__dict__.get('__hash__', MISSING)
    if own_hash is None:
        has_explicit_hash = '__eq__' not in cls.__dict__
    else:
        has_explicit_hash = own_hash is not MISSING

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_init_fields = [f for f in fields.values()
                       if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields, kw_only_init_fields = _fields_in_init_order(all_init_fields)

    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        self_name = '__dataclass_self__' if 'self' in fields else 'self'
        _set_new_attribute(cls, '__init__',
                           _init_fn(all_init_fields, std_init_fields, kw_only_init_fields,
                                    frozen, has_post_init, self_name, globals, slots))

    field_list = [f for f in fields.values() if f._field_type is _FIELD]

    if repr:
        _set_new_attribute(cls, '__repr__',
                           _repr_fn([f for f in field_list if f.repr], globals))

    if eq:
        flds = [f for f in field_list if f.compare]
        _set_new_attribute(cls, '__eq__',
                           _cmp_fn('__eq__', '==', _tuple_str('self', flds),
                                   _tuple_str('other', flds), globals))

    if order:
        flds = [f for f in field_list if f.compare]
        self_tuple = _tuple_str('self', flds)
        other_tuple = _tuple_str('other', flds)
        for name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'),
                         ('__ge__', '>=')):
            _add_method_or_refuse(cls, _cmp_fn(name, op, self_tuple, other_tuple, globals),
                                  '. Consider using functools.total_ordering')

    if frozen:
        for method in _frozen_get_del_attr(cls, field_list, globals):
            _add_method_or_refuse(cls, method)

    new_hash = _new_hash(cls, unsafe_hash, eq, frozen, has_explicit_hash, field_list, globals)
    if new_hash is not MISSING:
        cls.__hash__ = new_hash

    if not getattr(cls, '__doc__'):
        if init:
            text = _signature_text(std_init_fields, kw_only_init_fields)
        else:
            text = '()'
        cls.__doc__ = cls.__name__ + text

    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in std_init_fields))

    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)
    elif weakref_slot:
        raise TypeError('weakref_slot is True but slots is False')

    abc.update_abstractmethods(cls)
    return cls


def _add_method_or_refuse(cls, method, hint=''):
    # Ordering and frozen-instance methods must not silently lose to the class's own.
    if _set_new_attribute(cls, method.__name__, method):
        raise TypeError(f'Cannot overwrite attribute {method.__name__} in class '
                        f'{cls.__name__}{hint}')


def _class_slots(cls):
    slots = cls.__dict__.get('__slots__')
    if slots is None:
        return ()
    if isinstance(slots, str):
        return (slots,)
    return tuple(slots)


def _dataclass_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _dataclass_setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


def _add_slots(cls, is_frozen, weakref_slot):
    # __slots__ only works at class creation: make the class again, with them.
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(_class_slots(base))
    wanted = field_names + (('__weakref__',) if weakref_slot else ())
    cls_dict['__slots__'] = tuple(name for name in wanted if name not in inherited)
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    rebuilt = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    rebuilt.__qualname__ = cls.__qualname__
    if is_frozen:
        # Frozen slotted instances pickle through their field values.
        for name, method in (('__getstate__', _dataclass_getstate),
                             ('__setstate__', _dataclass_setstate)):
            if name not in cls_dict:
                setattr(rebuilt, name, method)
    return rebuilt


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False,
              weakref_slot=False):
    """Add __init__, __repr__, __eq__ (and, as asked, ordering, __hash__, frozen
    attributes, __match_args__, __slots__) to a class from its annotated fields."""

    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots, weakref_slot)

    if cls is None:
        return wrap
    return wrap(cls)


# ---- functions on dataclasses -----------------------------------------------------------------

def fields(class_or_instance):
    """The fields of a dataclass (or of an instance of one), as Field objects; ClassVar
    and InitVar pseudo-fields are left out."""
    try:
        all_fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in all_fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Is obj a dataclass or an instance of one?"""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


_ATOMIC_TYPES = frozenset({type(None), bool, int, float, str, complex, bytes,
                           type(Ellipsis), type(NotImplemented), types.FunctionType,
                           types.BuiltinFunctionType, type, range, property})


def asdict(obj, *, dict_factory=dict):
    """The instance's fields as a dict, recursing into dataclasses, lists, tuples and
    dicts (other values are deep-copied)."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')

    def as_dict(instance, convert):
        pairs = [(f.name, convert(getattr(instance, f.name))) for f in fields(instance)]
        return dict(pairs) if dict_factory is dict else dict_factory(pairs)
    return _deep_convert(obj, as_dict)


def astuple(obj, *, tuple_factory=tuple):
    """The instance's field values as a tuple, recursing as asdict() does."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')

    def as_tuple(instance, convert):
        return tuple_factory([convert(getattr(instance, f.name)) for f in fields(instance)])
    return _deep_convert(obj, as_tuple)


def _deep_convert(obj, record):
    # A copy of obj in which every dataclass instance has become `record(instance,
    # convert)`; containers are rebuilt in their own type around converted items.
    def convert(value):
        kind = type(value)
        if kind in _ATOMIC_TYPES:
            return value
        if _is_dataclass_instance(value):
            return record(value, convert)
        if isinstance(value, tuple) and hasattr(value, '_fields'):
            # Named tuples take their items as separate arguments.
            return kind(*[convert(item) for item in value])
        if isinstance(value, (list, tuple)):
            return kind(convert(item) for item in value)
        if isinstance(value, dict):
            if not hasattr(kind, 'default_factory'):
                return kind((convert(k), convert(v)) for k, v in value.items())
            # A defaultdict's constructor wants its factory first.
            rebuilt = kind(value.default_factory)
            for k, v in value.items():
                rebuilt[convert(k)] = convert(v)
            return rebuilt
        return copy.deepcopy(value)
    return convert(obj)


def replace(obj, /, **changes):
    """A new instance of obj's class with the same field values but for `changes`."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, '
                                 'it cannot be specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def _check_field_name(name, taken):
    if not (isinstance(name, str) and name.isidentifier()):
        problem = 'Field names must be valid identifiers'
    elif keyword.iskeyword(name):
        problem = 'Field names must not be keywords'
    elif name in taken:
        problem = 'Field name duplicated'
    else:
        return
    raise TypeError(f'{problem}: {name!r}')


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False, module=None):
    """A new dataclass named cls_name; each of `fields` is a name, (name, type) or
    (name, type, Field)."""
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) in (2, 3):
            name, tp, *spec = item
            if spec:
                defaults[name] = spec[0]
        else:
            raise TypeError(f'Invalid field: {item!r}')
        _check_field_name(name, annotations)
        annotations[name] = tp

    ns = dict(namespace or {})
    ns.update(defaults)
    ns['__annotations__'] = annotations
    ns.setdefault('__module__', module if module is not None else '__main__')
    cls = type(cls_name, tuple(bases), ns)
    if module is not None:
        cls.__module__ = module
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)
