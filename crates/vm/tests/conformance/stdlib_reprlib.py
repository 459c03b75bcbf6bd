# reprlib: Repr's limits over lists, tuples, dicts, sets, strings, ints and other objects,
# nesting levels, indentation, recursive_repr and the module-level repr.
import reprlib
from collections import deque

r = reprlib.Repr()
print(r.maxlevel, r.maxtuple, r.maxlist, r.maxarray, r.maxdict, r.maxset, r.maxfrozenset,
      r.maxdeque, r.maxstring, r.maxlong, r.maxother, repr(r.fillvalue), r.indent)
print(reprlib.__all__)
print(reprlib.repr is not None, isinstance(reprlib.aRepr, reprlib.Repr))

samples = [
    [], [1], list(range(6)), list(range(7)), list(range(100)),
    (), (1,), (1, 2), tuple(range(6)), tuple(range(7)),
    {}, {1: 2}, {'a': 1, 'b': 2, 'c': 3, 'd': 4}, {i: i * i for i in range(10)},
    set(), {3}, set(range(6)), set(range(20)), {'b', 'a', 'c'},
    frozenset(), frozenset([5, 1]), frozenset(range(10)),
    deque(), deque([1, 2]), deque(range(10)),
    '', 'abc', 'x' * 28, 'x' * 29, 'y' * 30, 'z' * 100, "it's", 'a\nb' * 20, 'é' * 40,
    '\x00\x01' * 20, "quote'\"" * 10,
    0, -5, 10 ** 39, 10 ** 40, 10 ** 100, -(10 ** 50), True, False,
    1.5, 1e300, None, Ellipsis, b'bytes' * 10, range(100), 3j,
    [[[[[[[1]]]]]]], [[[[[[[[1]]]]]]]], ((((((((1,),),),),),),),), {1: {2: {3: {4: {5: {6: {7: 8}}}}}}},
    [1, 'two', (3, 4), {5: 6}, {7}, [8, [9, [10]]]],
    {3: 'c', 1: 'a', 2: 'b'}, {1: 'x', 'a': 2},
    {(1, 2), (0, 5)}, {1, 'a', 2.5},
]
for x in samples:
    print(r.repr(x))
    print(reprlib.repr(x))


class Thing:
    def __repr__(self):
        return 'Thing(' + 'q' * 50 + ')'


class Short:
    def __repr__(self):
        return 'Short()'


class Broken:
    def __repr__(self):
        raise RuntimeError('no repr')


class Broken2:
    def __repr__(self):
        raise KeyboardInterrupt


print(reprlib.repr(Thing()))
print(reprlib.repr(Short()))
b = Broken()
print(reprlib.repr(b) == '<Broken instance at %#x>' % id(b))
try:
    reprlib.repr(Broken2())
except KeyboardInterrupt:
    print('KeyboardInterrupt passes through')
print(reprlib.repr([Thing(), Short()]))
print(reprlib.repr(len).startswith('<built-in fun'))

# custom limits
small = reprlib.Repr(maxlist=2, maxtuple=1, maxdict=1, maxset=2, maxstring=10, maxlong=8,
                     maxother=12, maxlevel=2, fillvalue='~~')
for x in [[1, 2, 3], (1, 2), (1,), {1: 2, 3: 4}, {1, 2, 3}, 'abcdefghijklmnop', 12345678901,
          123, [[1, [2, [3]]]], Thing(), {1: [1, 2, 3]}, 'abcdefghij', 'abcdefghi\n']:
    print(small.repr(x))
tiny = reprlib.Repr(maxstring=2, maxlong=2, maxother=1)
print(tiny.repr('abcdef'), tiny.repr(123456), tiny.repr(Short()))
zero = reprlib.Repr(maxlist=0, maxstring=0, maxlevel=0)
print(zero.repr([1, 2]), zero.repr([]), zero.repr('abc'), zero.repr({1: 2}), zero.repr(()))
attrs = reprlib.Repr()
attrs.maxlist = 3
attrs.fillvalue = '<more>'
print(attrs.repr(list(range(10))), attrs.repr([list(range(10))]))

# indentation
for ind in [None, 4, '--', 0, '', True]:
    ri = reprlib.Repr(indent=ind)
    print(repr(ind))
    print(ri.repr([1, [2, 3], {'k': (4,)}, 'five']))
    print(ri.repr([]), ri.repr((1,)), ri.repr({}))
for bad in [-1, 1.5, [1]]:
    try:
        reprlib.Repr(indent=bad).repr([1, 2])
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e, type(e.__cause__).__name__)
print(reprlib.Repr(indent=-1).repr([]))
try:
    reprlib.Repr(5)
except TypeError as e:
    print('TypeError', e)
try:
    reprlib.Repr(maxfoo=1)
except TypeError as e:
    print('TypeError', e)


# subclass with its own type method
class MyRepr(reprlib.Repr):
    def repr_Short(self, x, level):
        return 'S!'

    def repr_int(self, x, level):
        return 'int:' + str(x)


print(MyRepr().repr([Short(), 5, (6,)]))


class With_Space:
    pass


With_Space.__name__ = 'with space'


class SpaceRepr(reprlib.Repr):
    def repr_with_space(self, x, level):
        return 'spaced'


print(SpaceRepr().repr(With_Space()))


# recursive_repr
class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        'the docstring'
        return 'Node(%s, %r)' % (self.name, self.children)


n = Node('a')
n.children.append(n)
m = Node('b')
m.children.append(n)
n.children.append(m)
print(repr(n))
print(repr(m))
print(Node.__repr__.__name__, Node.__repr__.__qualname__, Node.__repr__.__doc__,
      Node.__repr__.__module__, Node.__repr__.__annotations__)


class Ring(list):
    @reprlib.recursive_repr('<loop>')
    def __repr__(self):
        return 'Ring' + '<' + ', '.join(repr(x) for x in self) + '>'


ring = Ring([1])
ring.append(ring)
ring.append([ring])
print(repr(ring))
print(repr(Ring()))


def annotated(self) -> str:
    return 'A'


wrapped = reprlib.recursive_repr()(annotated)
print(wrapped.__annotations__, wrapped.__name__, wrapped(None))


# a __repr__ that raises inside recursive_repr: the object is released
class Flaky:
    calls = 0

    @reprlib.recursive_repr()
    def __repr__(self):
        Flaky.calls += 1
        if Flaky.calls == 1:
            raise ValueError('first time')
        return 'Flaky'


f = Flaky()
try:
    repr(f)
except ValueError as e:
    print('ValueError', e)
print(repr(f))

# the recursion-limited standard containers
a = [1]
a.append(a)
print(reprlib.repr(a))
d = {}
d['self'] = d
print(reprlib.repr(d))

# arrays, the attributes' order, the methods' names
from array import array
for x in [array('i'), array('i', [1, 2]), array('d', range(10)), array('b', range(5))]:
    print(reprlib.repr(x))
print(list(vars(reprlib.Repr())))
print(reprlib.Repr.repr_list.__name__, reprlib.Repr.repr_set.__qualname__)
print(reprlib.repr(1.0 / 3), reprlib.repr('x' * 10 + '\t' * 30))
print(reprlib.Repr(maxlevel=1).repr([[1], (2,), {3: 4}, {5}, deque([6]), 'seven', []]))
