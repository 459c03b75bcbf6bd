"""Size-limited versions of repr(): long containers, strings and numbers are shortened."""
# pymem's reprlib, written for pymem with CPython 3.12's observable behaviour: the same
# limits, elisions and indentation; method lookup by type name (`repr_<typename>`), so a
# subclass of Repr can add methods for its own types.

__all__ = ["Repr", "repr", "recursive_repr"]

import builtins
from itertools import islice


def recursive_repr(fillvalue='...'):
    """Decorator for a __repr__ method: a call for an object whose repr is already being
    built (a self-reference) returns fillvalue instead of recursing."""

    def decorate(method):
        in_progress = set()

        def wrapper(self):
            key = id(self)
            if key in in_progress:
                return fillvalue
            in_progress.add(key)
            try:
                return method(self)
            finally:
                in_progress.discard(key)

        # Copied by hand, as functools.wraps would (reprlib may be imported before it).
        for attr in ('__module__', '__doc__', '__name__', '__qualname__'):
            setattr(wrapper, attr, getattr(method, attr))
        wrapper.__annotations__ = getattr(method, '__annotations__', {})
        wrapper.__type_params__ = getattr(method, '__type_params__', ())
        return wrapper

    return decorate


def _middle_elided(text, limit, fill):
    # Keep the first and last characters of `text` around `fill`, the whole as long as
    # `limit` (the fill counted as three characters).
    if len(text) <= limit:
        return text
    head = max(0, (limit - 3) // 2)
    tail = max(0, limit - 3 - head)
    return text[:head] + fill + text[len(text) - tail:]


def _sorted_if_possible(items):
    try:
        return sorted(items)
    except Exception:
        return list(items)


class Repr:

    def __init__(self, *, maxlevel=6, maxtuple=6, maxlist=6, maxarray=5, maxdict=4,
                 maxset=6, maxfrozenset=6, maxdeque=6, maxstring=30, maxlong=40,
                 maxother=30, fillvalue='...', indent=None):
        # Every keyword becomes an attribute of the same name, in the signature's order.
        for name, value in list(locals().items()):
            if name != 'self':
                setattr(self, name, value)

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        # 'repr_' + the type's name, its spaces (if any) made underscores.
        method = getattr(self, 'repr_' + '_'.join(type(x).__name__.split()), None)
        if method is None:
            return self.repr_instance(x, level)
        return method(x, level)

    def _join(self, pieces, level):
        if self.indent is None:
            return ', '.join(pieces)
        if not pieces:
            return ''
        unit = self.indent
        if isinstance(unit, int):
            if unit < 0:
                raise ValueError(f'Repr.indent cannot be negative int (was {unit!r})')
            unit = unit * ' '
        depth = self.maxlevel - level + 1
        try:
            opening = '\n' + depth * unit
            closing = '\n' + (depth - 1) * unit
        except TypeError as error:
            raise TypeError(
                f'Repr.indent must be a str, int or None, not {type(unit)}') from error
        return ''.join([opening + piece + ',' for piece in pieces]) + closing

    def _repr_iterable(self, x, level, left, right, maxiter, trail=''):
        count = len(x)
        if count and level <= 0:
            return left + self.fillvalue + right
        pieces = [self.repr1(item, level - 1) for item in islice(x, maxiter)]
        if count > maxiter:
            pieces.append(self.fillvalue)
        if count == 1 and trail and self.indent is None:
            right = trail + right
        return left + self._join(pieces, level) + right

    # The containers shown item by item: each a method made from its brackets and the
    # attribute holding its limit (sets are shown sorted when their items allow it).
    def _items_method(name, left, right, limit, trail='', empty=None):
        def method(self, x, level):
            if empty is not None:
                if not x:
                    return empty
                x = _sorted_if_possible(x)
            return self._repr_iterable(x, level, left, right, getattr(self, limit), trail)
        method.__name__ = name
        method.__qualname__ = 'Repr.' + name
        return method

    repr_tuple = _items_method('repr_tuple', '(', ')', 'maxtuple', trail=',')
    repr_list = _items_method('repr_list', '[', ']', 'maxlist')
    repr_deque = _items_method('repr_deque', 'deque([', '])', 'maxdeque')
    repr_set = _items_method('repr_set', '{', '}', 'maxset', empty='set()')
    repr_frozenset = _items_method('repr_frozenset', 'frozenset({', '})', 'maxfrozenset',
                                   empty='frozenset()')
    del _items_method

    def repr_array(self, x, level):
        code = x.typecode
        if len(x) == 0:
            return "array('%s')" % code
        return self._repr_iterable(x, level, "array('%s', [" % code, '])', self.maxarray)

    def repr_dict(self, x, level):
        count = len(x)
        if count == 0:
            return '{}'
        if level <= 0:
            return '{%s}' % self.fillvalue
        pieces = []
        for key in islice(_sorted_if_possible(x), self.maxdict):
            pieces.append(self.repr1(key, level - 1) + ': ' + self.repr1(x[key], level - 1))
        if count > self.maxdict:
            pieces.append(self.fillvalue)
        return '{%s}' % self._join(pieces, level)

    def repr_str(self, x, level):
        limit = self.maxstring
        text = builtins.repr(x[:limit])
        if len(text) <= limit:
            return text
        # Too long once quoted and escaped: the repr of the string's two ends, cut to
        # size around the fill value.
        head = max(0, (limit - 3) // 2)
        tail = max(0, limit - 3 - head)
        text = builtins.repr(x[:head] + x[len(x) - tail:])
        return text[:head] + self.fillvalue + text[len(text) - tail:]

    def repr_int(self, x, level):
        return _middle_elided(builtins.repr(x), self.maxlong, self.fillvalue)

    def repr_instance(self, x, level):
        try:
            text = builtins.repr(x)
        except Exception:
            # A broken __repr__: describe the object instead.
            return '<%s instance at %#x>' % (x.__class__.__name__, id(x))
        return _middle_elided(text, self.maxother, self.fillvalue)


aRepr = Repr()
repr = aRepr.repr
