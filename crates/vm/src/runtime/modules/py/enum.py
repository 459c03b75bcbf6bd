# pymem's frozen `enum` module: Enum, IntEnum, StrEnum, Flag, IntFlag, ReprEnum, auto,
# unique, member/nonmember, enum.property, FlagBoundary, with CPython 3.12's member
# creation, lookup (by value, by name, `_missing_`), aliases, reprs, strs and messages.
#
# Deviations: no pickling support, no `verify`/`EnumCheck`, no `global_enum`, no `_simple_enum`;
# a member whose name clashes with an enum.property of a base (`name`, `value`) is reached
# through that property only on the class; `dir()` of enums is the default one; the
# functional API puts a class made without `module=` in `__main__`.

from types import MappingProxyType, FunctionType, BuiltinFunctionType

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
           'ReprEnum', 'auto', 'unique', 'property', 'member', 'nonmember',
           'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP']

_builtin_property = property
_builtin_bin = bin

# Defined below; the metaclass checks for them while the base classes are being made.
Enum = Flag = ReprEnum = None
STRICT = CONFORM = EJECT = KEEP = None


class nonmember(object):
    """Keep the value out of the members (an ordinary class attribute)."""

    def __init__(self, value):
        self.value = value


class member(object):
    """Make the value a member even if it is a descriptor."""

    def __init__(self, value):
        self.value = value


_DESCRIPTOR_TYPES = (FunctionType, BuiltinFunctionType, classmethod, staticmethod,
                     _builtin_property)


def _is_descriptor(obj):
    # Functions and the built-in descriptor types answer for themselves in CPython
    # (`__get__`); pymem's do not list it, so they are named here.
    return (isinstance(obj, _DESCRIPTOR_TYPES) or hasattr(obj, '__get__') or
            hasattr(obj, '__set__') or hasattr(obj, '__delete__'))


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__' and
            name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_' and
            name[1] != '_' and name[-2] != '_')


def _is_private(cls_name, name):
    # `_Color__secret` in class Color: name-mangled, never a member.
    prefix = '_%s__' % (cls_name,)
    return (name.startswith(prefix) and len(name) > len(prefix) and
            not name.endswith('__'))


def _is_single_bit(num):
    return num != 0 and num & (num - 1) == 0


def _iter_bits_lsb(num):
    # The set bits of num, lowest first.
    while num:
        bit = num & (~num + 1)
        yield bit
        num ^= bit


def bin(num, max_bits=None):
    """`bin()` with the sign bit separated and the digits padded to `max_bits`
    (two's complement for negative numbers): bin(5, 4) == '0b0 0101'."""
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        text = _builtin_bin(num + ceiling).replace('1', '0', 1)
    else:
        text = _builtin_bin(~num ^ (ceiling - 1) + ceiling)
    sign = text[:3]
    digits = text[3:]
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return '%s %s' % (sign, digits)


class property:
    """An attribute of the members that, looked up on the enum class itself, finds the
    member of that name if there is one (`name` and `value` are these)."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc if doc is not None else getattr(fget, '__doc__', None)
        self.member = None
        self._attr_name = getattr(fget, '__name__', None)
        self._owner_name = None

    def getter(self, fget):
        return type(self)(fget, self.fset, self.fdel, self.__doc__)

    def setter(self, fset):
        return type(self)(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return type(self)(self.fget, self.fset, fdel, self.__doc__)

    def __set_name__(self, ownerclass, name):
        self._attr_name = name
        self._owner_name = ownerclass.__name__

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.member is not None:
                return self.member
            raise AttributeError('%r has no attribute %r' % (ownerclass, self._attr_name))
        if self.fget is not None:
            return self.fget(instance)
        raise AttributeError('%r has no attribute %r' % (ownerclass, self._attr_name))

    def __set__(self, instance, value):
        if self.fset is not None:
            return self.fset(instance, value)
        raise AttributeError('<enum %r> cannot set attribute %r'
                             % (self._owner_name, self._attr_name))

    def __delete__(self, instance):
        if self.fdel is not None:
            return self.fdel(instance)
        raise AttributeError('<enum %r> cannot delete attribute %r'
                             % (self._owner_name, self._attr_name))


_auto_null = object()
_not_given = object()


class auto:
    """The next value, as the enum's `_generate_next_value_` makes it."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


class _EnumDict(dict):
    """The namespace of an enum class body: records which names are members (in order)
    and replaces auto() with generated values."""

    def __init__(self):
        super().__init__()
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._auto_called = False
        self._cls_name = None
        self._generate_next_value = None

    def _refuse_redefinition(self, key):
        # A member name cannot be bound again, nor a name already bound become a member.
        raise TypeError('%r already defined as %r' % (key, self[key]))

    def __setitem__(self, key, value):
        if _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key not in ('_order_', '_generate_next_value_', '_numeric_repr_',
                           '_missing_', '_ignore_', '_iter_member_',
                           '_iter_member_by_value_', '_iter_member_by_def_'):
                raise ValueError('_sunder_ names, such as %r, are reserved for future '
                                 'Enum use' % (key,))
            if key == '_generate_next_value_':
                if self._auto_called:
                    raise TypeError('_generate_next_value_ must be defined before members')
                self._generate_next_value = (value.__func__ if isinstance(value, staticmethod)
                                             else value)
            elif key == '_ignore_':
                if isinstance(value, str):
                    value = value.replace(',', ' ').split()
                else:
                    value = list(value)
                self._ignore = value
                already = set(value) & set(self._member_names)
                if already:
                    raise ValueError('_ignore_ cannot specify already set names: %r'
                                     % (already,))
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            self._refuse_redefinition(key)
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value):
            pass
        else:
            if key in self:
                self._refuse_redefinition(key)
            if isinstance(value, member):
                value = value.value
            # auto() values (alone or inside a tuple) are generated here, in this frame:
            # _generate_next_value_'s warning names the class body as its caller.
            single = isinstance(value, auto)
            items = (value,) if single else value
            if type(items) is tuple and any(isinstance(v, auto) for v in items):
                resolved = []
                for v in items:
                    if isinstance(v, auto):
                        if v.value is _auto_null:
                            v.value = self._generate_next_value(
                                key, 1, len(self._member_names), self._last_values[:])
                            self._auto_called = True
                        v = v.value
                        self._last_values.append(v)
                    resolved.append(v)
                value = resolved[0] if single else type(items)(resolved)
            else:
                self._last_values.append(value)
            self._member_names[key] = None
        super().__setitem__(key, value)


def _implicit_value(enum_class, value, args):
    # The value of a member whose __new__ set no _value_: the assigned value itself for
    # plain enums, else the data type built from the member's arguments.
    data_type = enum_class._member_type_
    if data_type is object:
        return value
    try:
        return data_type(*args)
    except Exception as exc:
        failure = TypeError('_value_ not set in __new__, unable to create it')
        failure.__cause__ = exc
        raise failure


def _data_type_of(chain):
    # The type that makes the values of an enum built on `chain`: an enum's own data type,
    # or the first class in the MRO that has its own __new__ (or is a dataclass); a plain
    # class seen before that one is used in its place. None when there is no such type.
    stand_in = None
    for base in chain.__mro__:
        if base is object:
            continue
        if isinstance(base, EnumType):
            if base._member_type_ is not object:
                return base._member_type_
        elif '__new__' in base.__dict__ or '__dataclass_fields__' in base.__dict__:
            return stand_in or base
        elif stand_in is None:
            stand_in = base
    return None


class EnumType(type):
    """The metaclass of enums: makes the members, and lets the class be iterated,
    indexed by name and called with a value."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        metacls._check_for_existing_members_(cls, bases)
        enum_dict = _EnumDict()
        enum_dict._cls_name = cls
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        if first_enum is not None:
            enum_dict._generate_next_value = getattr(first_enum, '_generate_next_value_',
                                                     None)
        return enum_dict

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if _simple:
            return super().__new__(metacls, cls, bases, dict(classdict), **kwds)
        ignore = classdict.get('_ignore_', [])
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        new, save_new, use_args = metacls._find_new_(classdict, member_type, first_enum)
        member_names = [name for name in classdict._member_names if name not in ignore]
        invalid = set(member_names) & {'mro', ''}
        if invalid:
            raise ValueError('invalid enum member name(s) %s'
                             % (','.join(repr(n) for n in invalid),))
        members = {name: classdict[name] for name in member_names}
        namespace = {k: v for k, v in classdict.items()
                     if k not in members and k not in ignore and k != '_ignore_'}
        order = namespace.pop('_order_', None)
        namespace['_new_member_'] = new
        namespace['_use_args_'] = use_args
        namespace['_member_names_'] = []
        namespace['_member_map_'] = {}
        namespace['_value2member_map_'] = {}
        namespace['_unhashable_values_'] = []
        namespace['_member_type_'] = member_type
        namespace['_value_repr_'] = repr
        namespace['_boundary_'] = boundary or getattr(first_enum, '_boundary_', None)
        namespace['_flag_mask_'] = 0
        namespace['_singles_mask_'] = 0
        namespace['_all_bits_'] = 0
        namespace['_inverted_'] = None
        enum_class = super().__new__(metacls, cls, bases, namespace, **kwds)

        for name, value in members.items():
            metacls._make_member_(enum_class, name, value)

        if Flag is not None and issubclass(enum_class, Flag):
            # IntFlag's operators are Flag's, not int's.
            for name in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__',
                         '__invert__'):
                if name not in classdict:
                    type.__setattr__(enum_class, name, getattr(Flag, name))
            values = [m._value_ for m in enum_class]
            if values != sorted(values):
                enum_class._iter_member_ = enum_class._iter_member_by_def_

        own = set(classdict)
        if ReprEnum is not None and ReprEnum in bases:
            # str() and format() are the data type's.
            if member_type is object:
                raise TypeError('ReprEnum subclasses must be mixed with a data type '
                                '(i.e. int, str, float, etc.)')
            if '__format__' not in own:
                type.__setattr__(enum_class, '__format__', _data_format)
                own.add('__format__')
            if '__str__' not in own:
                type.__setattr__(enum_class, '__str__', _data_str)
                own.add('__str__')
        if first_enum is not None:
            # The enum's repr/str/format, not the data type's that comes first in the MRO
            # (int's __repr__ for an IntEnum).
            for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if name in own:
                    continue
                found = getattr(enum_class, name, None)
                if (found is getattr(member_type, name, None) or
                        found is getattr(object, name, None)):
                    type.__setattr__(enum_class, name, getattr(first_enum, name))

        if Enum is not None:
            if save_new:
                type.__setattr__(enum_class, '__new_member__', new)
            type.__setattr__(enum_class, '__new__', Enum.__new__)

        if order is not None:
            if isinstance(order, str):
                order = order.replace(',', ' ').split()
            if order != enum_class._member_names_:
                raise TypeError('member order does not match _order_:\n  %r\n  %r'
                                % (enum_class._member_names_, order))
        return enum_class

    @staticmethod
    def _make_member_(enum_class, member_name, value):
        args = value if isinstance(value, tuple) else (value,)
        if enum_class._member_type_ is tuple:
            args = (args,)
        new_args = args if enum_class._use_args_ else ()
        enum_member = enum_class._new_member_(enum_class, *new_args)
        if not hasattr(enum_member, '_value_'):
            enum_member._value_ = _implicit_value(enum_class, value, args)
        value = enum_member._value_
        enum_member._name_, enum_member.__objclass__ = member_name, enum_class
        enum_member.__init__(*args)
        # Definition order, for sorting members that share a value.
        enum_member._sort_order_ = len(enum_class._member_names_)

        is_flag = Flag is not None and issubclass(enum_class, Flag)
        if is_flag and isinstance(value, int):
            enum_class._flag_mask_ |= value
            if _is_single_bit(value):
                enum_class._singles_mask_ |= value
            enum_class._all_bits_ = 2 ** enum_class._flag_mask_.bit_length() - 1

        # A value seen before makes this name an alias of the first member.
        canonical = None
        try:
            canonical = enum_class._value2member_map_.get(value)
        except TypeError:
            for m in enum_class._member_map_.values():
                if m._value_ == value:
                    canonical = m
                    break
        if canonical is not None:
            enum_member = canonical
        elif not is_flag or _is_single_bit(value):
            enum_class._member_names_.append(member_name)

        # The member becomes a class attribute; where a base has a descriptor of that
        # name (Enum's `name` and `value`), an enum.property that keeps the base's
        # behaviour for the members and hands out the member on the class.
        found = None
        for base in enum_class.__mro__[1:]:
            attr = base.__dict__.get(member_name)
            if attr is not None and _is_descriptor(attr):
                found = attr
                break
        if found is not None:
            redirect = property(getattr(found, 'fget', None), getattr(found, 'fset', None),
                                getattr(found, 'fdel', None))
            redirect.member = enum_member
            redirect.__set_name__(enum_class, member_name)
            type.__setattr__(enum_class, member_name, redirect)
        else:
            type.__setattr__(enum_class, member_name, enum_member)

        enum_class._member_map_[member_name] = enum_member
        try:
            enum_class._value2member_map_.setdefault(value, enum_member)
        except TypeError:
            enum_class._unhashable_values_.append(value)

    def __call__(cls, value, names=_not_given, *values, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        if cls._member_map_:
            # Looking a member up (several arguments make a tuple value).
            if names is not _not_given:
                value = (value, names) + values
            return cls.__new__(cls, value)
        # The functional API: a new enum named `value` with members `names`.
        if names is _not_given and type is None:
            raise TypeError(f'{cls} has no members; specify `names=()` if you meant to '
                            'create a new, empty, enum')
        if names is _not_given:
            names = None
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def __bool__(cls):
        return True

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        try:
            return value in cls._value2member_map_
        except TypeError:
            return value in cls._unhashable_values_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        super().__delattr__(attr)

    def __dir__(cls):
        interesting = {'__class__', '__contains__', '__doc__', '__getitem__',
                       '__init_subclass__', '__iter__', '__len__', '__members__',
                       '__module__', '__name__', '__qualname__'}
        interesting.update(cls._member_names_)
        if cls._new_member_ is not object.__new__:
            interesting.add('__new__')
        if cls._member_type_ is object:
            return sorted(interesting)
        # A data type's enum also lists what the data type has.
        return sorted(set(dir(cls._member_type_)) | interesting)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __len__(cls):
        return len(cls._member_names_)

    @_builtin_property
    def __members__(cls):
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return '<flag %r>' % (cls.__name__,)
        return '<enum %r>' % (cls.__name__,)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        _, first_enum = cls._get_mixins_(class_name, bases)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            # Bare names get generated values, each seeing the values made before it.
            pairs = []
            for index, name in enumerate(names):
                earlier = [made for _, made in pairs]
                pairs.append((name, first_enum._generate_next_value_(name, start, index,
                                                                     earlier)))
            names = pairs
        # Either (name, value) pairs or a mapping of names to values.
        for item in (names if names is not None else ()):
            pair = (item, names[item]) if isinstance(item, str) else item
            member_name, member_value = pair
            classdict[member_name] = member_value
        classdict['__module__'] = module if module is not None else '__main__'
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    @classmethod
    def _check_for_existing_members_(mcls, class_name, bases):
        # Only member-less enums may be subclassed.
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError('<enum %r> cannot extend %r' % (class_name, base))

    @classmethod
    def _get_mixins_(mcls, class_name, bases):
        if not bases:
            return object, Enum
        mcls._check_for_existing_members_(class_name, bases)
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError('new enumerations should be created as '
                            '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
        member_type = mcls._find_data_type_(class_name, bases) or object
        return member_type, first_enum

    @classmethod
    def _find_data_type_(mcls, class_name, bases):
        data_types = set()
        for chain in bases:
            found = _data_type_of(chain)
            if found is not None:
                data_types.add(found)
        if len(data_types) > 1:
            raise TypeError('too many data types for %r: %r' % (class_name, data_types))
        if data_types:
            return data_types.pop()
        return None

    @classmethod
    def _find_new_(mcls, classdict, member_type, first_enum):
        new = classdict.get('__new__', None)
        if isinstance(new, staticmethod):
            new = new.__func__
        save_new = first_enum is not None and new is not None
        if new is None:
            plain = [None, object.__new__]
            if Enum is not None:
                plain.append(Enum.__new__)
            for method in ('__new_member__', '__new__'):
                for possible in (member_type, first_enum):
                    target = getattr(possible, method, None)
                    if not any(target is p for p in plain):
                        new = target
                        break
                if new is not None:
                    break
            else:
                new = object.__new__
        if first_enum is None or new is object.__new__ or (
                Enum is not None and new is Enum.__new__):
            use_args = False
        else:
            use_args = True
        return new, save_new, use_args


EnumMeta = EnumType


def _object_dir(obj):
    # object.__dir__: the instance's attributes and its classes' (a built-in class's as
    # dir() lists them).
    names = set(getattr(obj, '__dict__', ()))
    for cls in type(obj).__mro__:
        if cls.__module__ == 'builtins':
            names.update(dir(cls))
        else:
            names.update(cls.__dict__)
    return names


def _data_str(self):
    # ReprEnum's str(): the data type's, of the value.
    return str(self._value_)


def _data_format(self, format_spec):
    return format(self._value_, format_spec)


class Enum(metaclass=EnumType):
    """The base of enumerations: a subclass lists its members as class attributes;
    Color(1) finds a member by value, Color['RED'] by name."""

    def __new__(cls, value):
        # Looking a member up by value (member creation uses _new_member_).
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return m
        exc = None
        try:
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        if isinstance(result, cls):
            return result
        if (Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT and
                isinstance(result, int)):
            return result
        not_valid = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        if result is None and exc is None:
            raise not_valid
        if exc is None:
            exc = TypeError('error in %s._missing_: returned %r instead of None or a valid '
                            'member' % (cls.__name__, result))
        if not isinstance(exc, ValueError):
            exc.__context__ = not_valid
        raise exc

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        # 3.12: the last value plus one; when that is not also the largest (or the values
        # do not sort), the older rule -- the last value that can be incremented --
        # with a warning that 3.13 changes it.
        try:
            last = last_values[-1]
            last_values.sort()
            if last == last_values[-1]:
                return last + 1
            raise TypeError
        except TypeError:
            import warnings
            warnings.warn(
                'In 3.13 the default `auto()`/`_generate_next_value_` will require all '
                'values to be sortable and support adding +1\n'
                'and the value returned will be the largest value in the enum '
                'incremented by 1',
                DeprecationWarning, stacklevel=3)
            # The newest value that can be incremented, else `start`.
            index = len(last_values)
            while index:
                index -= 1
                try:
                    return last_values[index] + 1
                except TypeError:
                    continue
            return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        show = self.__class__._value_repr_ or repr
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_, show(self._value_))

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __dir__(self):
        # The member's public names: its class's methods and properties (not the other
        # members), and its own public attributes.
        if self._member_type_ is object:
            interesting = {'__class__', '__doc__', '__eq__', '__hash__', '__module__',
                           'name', 'value'}
        else:
            interesting = _object_dir(self)
        own = getattr(self, '__dict__', [])
        interesting.update([name for name in own
                            if not name.startswith('_') and name not in self._member_map_])
        members = self._member_map_
        for cls in self.__class__.mro():
            for name, obj in cls.__dict__.items():
                if name.startswith('_'):
                    continue
                # A property with no getter under a member's name is that member's slot.
                hidden = name in members and not (isinstance(obj, property)
                                                  and obj.fget is not None)
                if hidden and isinstance(obj, property):
                    interesting.discard(name)
                elif not hidden:
                    interesting.add(name)
        return sorted(interesting)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    @property
    def name(self):
        """This member's name in its enum."""
        return self._name_

    @property
    def value(self):
        """What this member stands for."""
        return self._value_


class ReprEnum(Enum):
    """An enum mixed with a data type whose members print (str, format) as that data type
    does; only repr() shows the member."""


class IntEnum(int, ReprEnum):
    """An enum whose members are ints."""


class StrEnum(str, ReprEnum):
    """An enum whose members are strs."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError('encoding must be a string, not %r' % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError('errors must be a string, not %r' % (values[2],))
        text = str(*values)
        member = str.__new__(cls, text)
        member._value_ = text  # the plain str, not the member itself
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def unique(enumeration):
    """Refuse an enum class that has aliases (two names for one value)."""
    duplicates = [(name, m.name) for name, m in enumeration.__members__.items()
                  if name != m.name]
    if duplicates:
        details = ', '.join('%s -> %s' % (alias, name) for alias, name in duplicates)
        raise ValueError('duplicate values found in %r: %s' % (enumeration, details))
    return enumeration


class FlagBoundary(StrEnum):
    """What a Flag does with values that have bits no member has: STRICT refuses them,
    CONFORM drops the bits, EJECT returns a plain int, KEEP keeps them."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum, boundary=STRICT):
    """An enum of bit flags: members combine with |, & and ^, and invert with ~."""

    _numeric_repr_ = repr

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_by_value_(cls, value):
        for bit in _iter_bits_lsb(value & cls._flag_mask_):
            yield cls._value2member_map_.get(bit)

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        yield from sorted(cls._iter_member_by_value_(value), key=lambda m: m._sort_order_)

    @classmethod
    def _missing_(cls, value):
        # A combination of members (or, as the boundary allows, other bits): a new
        # pseudo-member named after its members.
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        singles_mask = cls._singles_mask_
        all_bits = cls._all_bits_
        boundary = cls._boundary_
        out_of_range = not ~all_bits <= value <= all_bits
        if out_of_range or value & (all_bits ^ flag_mask):
            # What happens to bits outside the flag depends on the class's boundary.
            if boundary is EJECT:
                return value
            if boundary is STRICT:
                width = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                                 % (cls, value, bin(value, width), bin(flag_mask, width)))
            if boundary is CONFORM:
                value &= flag_mask
            elif boundary is not KEEP:
                raise ValueError('%r unknown flag boundary %r' % (cls, boundary))
            elif value < 0:
                value += max(all_bits + 1, 2 ** value.bit_length())
        # A negative value stands for its two's complement within the flag's bits; the
        # member is also remembered under the negative number.
        negative = value if value < 0 else None
        if negative is not None:
            value += all_bits + 1
        unknown = value & ~flag_mask
        if unknown and boundary is not KEEP:
            raise ValueError('%s(%r) -->  unknown values %r [%s]'
                             % (cls.__name__, value, unknown, bin(unknown)))
        single_bits = value & singles_mask
        multi_bits = value & ~singles_mask
        data_type = cls._member_type_
        pseudo = object.__new__(cls) if data_type is object else data_type.__new__(cls, value)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value
        pseudo._name_ = None
        if single_bits or multi_bits:
            parts = list(cls._iter_member_(single_bits))
            if multi_bits:
                # Multi-bit members (aliases) that fit inside the value join the name too.
                value = single_bits | multi_bits
                for candidate in cls._member_map_.values():
                    bits = candidate._value_
                    if candidate not in parts and bits and bits & value == bits:
                        parts.append(candidate)
            covered = 0
            for part in parts:
                covered |= part._value_
            unknown = value ^ covered
            if covered:
                if unknown and boundary is STRICT:
                    raise ValueError('%r: no members with value %r' % (cls, unknown))
                name = '|'.join([part._name_ for part in parts])
                if unknown:
                    name += '|%s' % cls._numeric_repr_(unknown)
                pseudo._name_ = name
        if not unknown:
            pseudo = cls._value2member_map_.setdefault(value, pseudo)
            if negative is not None:
                cls._value2member_map_[negative] = pseudo
        return pseudo

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        # The canonical members (single bits) this value is made of.
        for member in self._iter_member_(self._value_):
            yield member

    def __len__(self):
        return self._value_.bit_count()

    def __repr__(self):
        show = self.__class__._value_repr_ or repr
        # Pseudo-members with no name show as <Cls: value>.
        label = self.__class__.__name__
        if self._name_ is not None:
            label += '.' + self._name_
        return '<%s: %s>' % (label, show(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return '%s.%s' % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _get_value(self, flag):
        if isinstance(flag, self.__class__):
            return flag._value_
        if self._member_type_ is not object and isinstance(flag, self._member_type_):
            return flag
        return NotImplemented

    def __or__(self, other):
        other_value = self._get_value(other)
        if other_value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | other_value)

    def __and__(self, other):
        other_value = self._get_value(other)
        if other_value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & other_value)

    def __xor__(self, other):
        other_value = self._get_value(other)
        if other_value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ other_value)

    def __invert__(self):
        cached = self._inverted_
        if cached is None:
            # EJECT and KEEP flags invert every bit; the others only the defined ones.
            keeps_all_bits = self._boundary_ in (EJECT, KEEP)
            bits = ~self._value_ if keeps_all_bits else self._singles_mask_ & ~self._value_
            cached = self.__class__(bits)
            # Cached on the member itself (the class attribute stays None).
            self._inverted_ = cached
        return cached

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """A Flag whose members are ints."""
