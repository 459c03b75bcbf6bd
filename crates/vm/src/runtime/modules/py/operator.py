# pymem's frozen `operator` module: the operators as functions, and itemgetter, attrgetter
# and methodcaller with CPython 3.12's results, messages and reprs.
#
# The plain operator functions are generated from a table of their expressions; they are
# compiled under this module's frozen file name, whose frames tracebacks leave out (C
# functions in CPython have none).
#
# Known deviation: these are Python functions, so their reprs are `<function add ...>`
# rather than `<built-in function add>`, and a wrong argument count is reported the way
# Python functions report it.

__all__ = ['abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains', 'countOf',
           'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt', 'iadd', 'iand',
           'iconcat', 'ifloordiv', 'ilshift', 'imatmul', 'imod', 'imul',
           'index', 'indexOf', 'inv', 'invert', 'ior', 'ipow', 'irshift',
           'is_', 'is_not', 'isub', 'itemgetter', 'itruediv', 'ixor', 'le',
           'length_hint', 'lshift', 'lt', 'matmul', 'methodcaller', 'mod',
           'mul', 'ne', 'neg', 'not_', 'or_', 'pos', 'pow', 'rshift',
           'setitem', 'sub', 'truediv', 'truth', 'xor']

_builtin_abs = abs

# name: the expression it evaluates (its docstring says "Same as <expression>.").
_EXPRESSIONS = {
    'lt': 'a < b', 'le': 'a <= b', 'eq': 'a == b', 'ne': 'a != b', 'ge': 'a >= b',
    'gt': 'a > b', 'not_': 'not a', 'is_': 'a is b', 'is_not': 'a is not b',
    'add': 'a + b', 'and_': 'a & b', 'floordiv': 'a // b', 'inv': '~a', 'invert': '~a',
    'lshift': 'a << b', 'mod': 'a % b', 'mul': 'a * b', 'matmul': 'a @ b', 'neg': '-a',
    'or_': 'a | b', 'pos': '+a', 'pow': 'a ** b', 'rshift': 'a >> b', 'sub': 'a - b',
    'truediv': 'a / b', 'xor': 'a ^ b', 'contains': 'b in a', 'getitem': 'a[b]',
}
# name: the augmented assignment it performs, returning the new value of a.
_AUGMENTED = {
    'iadd': '+=', 'iand': '&=', 'ifloordiv': '//=', 'ilshift': '<<=', 'imod': '%=',
    'imul': '*=', 'imatmul': '@=', 'ior': '|=', 'ipow': '**=', 'irshift': '>>=',
    'isub': '-=', 'itruediv': '/=', 'ixor': '^=',
}


def _generate():
    lines = []
    for name, expression in _EXPRESSIONS.items():
        params = 'a, b' if 'b' in expression else 'a'
        lines += [f'def {name}({params}, /):',
                  f'    {"Same as " + expression + "."!r}',
                  f'    return {expression}']
    for name, assign in _AUGMENTED.items():
        lines += [f'def {name}(a, b, /):',
                  f'    "Same as a {assign} b."',
                  f'    a {assign} b',
                  '    return a']
    exec(compile('\n'.join(lines), '<frozen operator>', 'exec'), globals())


_generate()
del _generate
contains.__doc__ = 'Same as b in a (note reversed operands).'


def truth(a, /):
    "True when a is true, else False."
    return True if a else False


def abs(a, /):
    "Same as abs(a)."
    return _builtin_abs(a)


def index(a, /):
    "Same as a.__index__()"
    if type(a) is int:
        return a
    if isinstance(a, int):
        # Subclasses of int (bool included) come back as exact ints.
        return int(a)
    method = getattr(type(a), '__index__', None)
    if method is None:
        raise TypeError(f"'{type(a).__name__}' object cannot be interpreted as an integer")
    result = method(a)
    if type(result) is not int:
        if not isinstance(result, int):
            raise TypeError(f'__index__ returned non-int (type {type(result).__name__})')
        import warnings
        warnings.warn(f'__index__ returned non-int (type {type(result).__name__}).  The '
                      'ability to return an instance of a strict subclass of int is '
                      'deprecated, and may be removed in a future version of Python.',
                      DeprecationWarning, stacklevel=2)
        result = int(result)
    return result


def _check_sequence(a):
    # concat()/iconcat() only take sequences (no mappings) on the left.
    if not hasattr(type(a), '__getitem__') or isinstance(a, dict):
        raise TypeError(f"'{type(a).__name__}' object can't be concatenated")


def concat(a, b, /):
    "Same as a + b, for a and b sequences."
    _check_sequence(a)
    return a + b


def iconcat(a, b, /):
    "Same as a += b, for a and b sequences."
    _check_sequence(a)
    a += b
    return a


def _items_of(container):
    # The message C's sequence searches give for what cannot be iterated.
    try:
        items = iter(container)
    except TypeError:
        items = None
    if items is None:
        raise TypeError(f"argument of type '{type(container).__name__}' is not iterable")
    return items


def countOf(a, b, /):
    "How many items of a are b or equal to it."
    return sum(1 for item in _items_of(a) if item is b or item == b)


def indexOf(a, b, /):
    "The position of the first item of a that is b or equal to it."
    for position, item in enumerate(_items_of(a)):
        if item is b or item == b:
            return position
    raise ValueError('sequence.index(x): x not in sequence')


def delitem(a, b, /):
    "Same as del a[b]."
    del a[b]


def setitem(a, b, c, /):
    "Same as a[b] = c."
    a[b] = c


def length_hint(obj, default=0, /):
    """len(obj) when obj has a length, else what its __length_hint__ estimates (a
    non-negative int), else default."""
    if not isinstance(default, int):
        raise TypeError(f"'{type(default).__name__}' object cannot be interpreted as an "
                        "integer")
    try:
        return len(obj)
    except TypeError:
        pass
    estimate = getattr(type(obj), '__length_hint__', None)
    if estimate is None:
        return default
    try:
        hint = estimate(obj)
    except TypeError:
        # An estimate that cannot be made (repeat() without a count) is no estimate.
        return default
    if hint is NotImplemented:
        return default
    if not isinstance(hint, int):
        raise TypeError(f'__length_hint__ must be an integer, not {type(hint).__name__}')
    if hint < 0:
        raise ValueError('__length_hint__() should return >= 0')
    return hint


def call(obj, /, *args, **kwargs):
    "Same as obj(*args, **kwargs)."
    return obj(*args, **kwargs)


# ---- callables made from names, keys and arguments --------------------------------------

def _one_operand(kind, args, kwargs):
    if kwargs:
        raise TypeError(f'{kind}() takes no keyword arguments')
    if len(args) != 1:
        raise TypeError(f'{kind} expected 1 argument, got {len(args)}')
    return args[0]


def _follow(obj, dotted):
    for name in dotted:
        obj = getattr(obj, name)
    return obj


class attrgetter:
    """attrgetter('a', 'b.c')(obj) is (obj.a, obj.b.c); with one name, just that
    attribute."""

    __slots__ = ('_attrs', '_paths')

    def __init__(self, *attrs, **kwargs):
        if kwargs:
            raise TypeError('attrgetter() takes no keyword arguments')
        if not attrs:
            raise TypeError('attrgetter expected 1 argument, got 0')
        if not all(isinstance(attr, str) for attr in attrs):
            raise TypeError('attribute name must be a string')
        self._attrs = attrs
        self._paths = [attr.split('.') for attr in attrs]

    def __call__(self, *args, **kwargs):
        obj = _one_operand('attrgetter', args, kwargs)
        values = tuple(_follow(obj, path) for path in self._paths)
        return values[0] if len(values) == 1 else values

    def __repr__(self):
        return f"operator.attrgetter({', '.join(map(repr, self._attrs))})"

    def __reduce__(self):
        return type(self), self._attrs


class itemgetter:
    """itemgetter(k1, k2)(obj) is (obj[k1], obj[k2]); with one key, just that item."""

    __slots__ = ('_items',)

    def __init__(self, *items, **kwargs):
        if kwargs:
            raise TypeError('itemgetter() takes no keyword arguments')
        if not items:
            raise TypeError('itemgetter expected 1 argument, got 0')
        self._items = items

    def __call__(self, *args, **kwargs):
        obj = _one_operand('itemgetter', args, kwargs)
        keys = self._items
        if len(keys) == 1:
            return obj[keys[0]]
        return tuple(obj[key] for key in keys)

    def __repr__(self):
        return f"operator.itemgetter({', '.join(map(repr, self._items))})"

    def __reduce__(self):
        return type(self), self._items


class methodcaller:
    """methodcaller('name', *args, **kwargs)(obj) is obj.name(*args, **kwargs)."""

    __slots__ = ('_name', '_args', '_kwargs')

    def __init__(self, *args, **kwargs):
        if not args:
            raise TypeError('methodcaller needs at least one argument, the method name')
        if not isinstance(args[0], str):
            raise TypeError('method name must be a string')
        self._name, self._args, self._kwargs = args[0], args[1:], kwargs

    def __call__(self, *args, **kwargs):
        obj = _one_operand('methodcaller', args, kwargs)
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        shown = [repr(self._name), *map(repr, self._args),
                 *(f'{key}={value!r}' for key, value in self._kwargs.items())]
        return f"operator.methodcaller({', '.join(shown)})"


# The module also exports each operator function under its special method's name
# (`__add__` for add; `__not__` for not_).
for _name in ('lt le eq ne ge gt not_ abs add and_ floordiv index inv invert lshift mod mul '
              'matmul neg or_ pos pow rshift sub truediv xor concat contains delitem '
              'getitem setitem iadd iand iconcat ifloordiv ilshift imod imul imatmul ior '
              'ipow irshift isub itruediv ixor call').split():
    globals()[f'__{_name.rstrip("_")}__'] = globals()[_name]
del _name
