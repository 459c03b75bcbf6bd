# The pprint module: layout of nested containers and wrapping strings at several widths,
# indent, depth, compact, sort_dicts, underscore_numbers, recursion markers (the ids in
# them are replaced before printing), saferepr, isreadable, isrecursive, and the
# collections and dataclass layouts.
import pprint
import io
import re
import collections
import dataclasses
import types


def show(label, text):
    print('--', label)
    print(re.sub(r'id=\d+', 'id=N', text))


def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


data = {
    'name': 'pymem',
    'version': (0, 1, 0),
    'tags': ['allocator', 'gc', 'runtime', 'arenas', 'pools', 'blocks', 'refcounts'],
    'nested': {'a': [1, 2, {'deep': ['x' * 10, 'y' * 20, ('z',)]}], 'b': set(range(12)),
               'c': frozenset({8, 7}), 'd': {}, 'e': [], 'f': ()},
    'numbers': [10 ** 12, -7, 3.25, 1e100, 2 ** 70, True, None],
    'text': 'The quick brown fox jumps over the lazy dog. ' * 4,
    'lines': 'first line\nsecond line that is a fair bit longer than the first one\n',
    'bytes': bytes(range(40)),
    'ba': bytearray(b'0123456789' * 5),
    3: 'int key',
    (1, 2): 'tuple key',
}

for w in (80, 40, 20, 1):
    show('width=%d' % w, pprint.pformat(data, width=w))
show('indent=4', pprint.pformat(data, indent=4, width=60))
show('indent=0', pprint.pformat(data['nested'], indent=0, width=30))
show('depth=1', pprint.pformat(data, depth=1))
show('depth=2', pprint.pformat(data, depth=2, width=50))
show('compact', pprint.pformat(list(range(60)), compact=True, width=40))
show('compact nested', pprint.pformat([[1, 2, 3] * 5, 'abc', ['x'] * 20, (1,)] * 2,
                                      compact=True, width=30))
show('not compact', pprint.pformat(list(range(25)), width=30))
show('unsorted', pprint.pformat({'b': 1, 'a': [2] * 30, 'c': 3}, sort_dicts=False))
show('sorted mixed keys', pprint.pformat({'b': 1, 2: 'x', None: 0, 1.5: 'f', 'a': 2}))
show('underscore', pprint.pformat([12345678, 10 ** 20, -1000, 5, 1.5e6, True],
                                  underscore_numbers=True))
show('underscore wide', pprint.pformat({'big': list(range(10 ** 9, 10 ** 9 + 12))},
                                       underscore_numbers=True, width=40))
show('single tuple', pprint.pformat((['a' * 30, 'b' * 30, 'c' * 30],), width=40))
show('long str top', pprint.pformat('word ' * 30, width=40))
show('long str one word', pprint.pformat('x' * 100, width=40))
show('long str in list', pprint.pformat(['word ' * 30], width=40))
show('multiline str', pprint.pformat('a\nbb\n' * 10, width=10))
show('str with quotes', pprint.pformat(["it's a \"quoted\" string " * 4], width=50))
show('empty str', pprint.pformat(['', b'', bytearray()], width=1))
show('bytes top', pprint.pformat(b'abcdefgh' * 10, width=30))
show('bytearray', pprint.pformat({'k': bytearray(b'xyz!' * 12)}, width=30))
show('sets', pprint.pformat([set('abcdefghijklmnop'), frozenset(range(30)), set(),
                             frozenset()], width=40))
show('set of mixed', pprint.pformat({1, 'a', 2.5, None, (1, 2)}, width=10))
show('tuple of one long', pprint.pformat(('x' * 100,), width=50))

print('== recursion')
r = [1, 2]
r.append(r)
show('list', pprint.pformat(r))
show('saferepr', pprint.saferepr(r))
d = {'self': None, 'other': [1, 2, 3]}
d['self'] = d
show('dict', pprint.pformat(d))
show('dict narrow', pprint.pformat(d, width=10))
t = ([],)
t[0].append(t)
show('tuple', pprint.pformat(t))
print(pprint.isrecursive(r), pprint.isrecursive(d), pprint.isrecursive([1, [2]]))
print(pprint.isreadable(r), pprint.isreadable([1, 'a', (2.5, None)]),
      pprint.isreadable({'a': object()}), pprint.isreadable(3), pprint.isreadable(pprint))
pp = pprint.PrettyPrinter()
print(pp.isrecursive(r), pp.isreadable(r), pp.isreadable({1: [2]}))
print(pp.format([1, 2], {}, 0, 0), pp.format(r, {}, 0, 0)[1:])
shared = [1, 2]
show('shared not recursive', pprint.pformat([shared, shared, {'k': shared}], width=15))

print('== saferepr')
print(pprint.saferepr({'b': 2, 'a': [1, (2,), {}]}), pprint.saferepr('x'),
      pprint.saferepr(12345678901234567890), pprint.saferepr({3, 1, 2}))
print(pprint.saferepr([[1, [2, [3, [4]]]]]))

print('== pprint and pp to streams')
pprint.pprint({'z': 1, 'a': list(range(30))})
pprint.pp({'z': 1, 'a': list(range(30))})
pprint.pp({'z': 1, 'a': 2}, sort_dicts=True)
buf = io.StringIO()
pprint.pprint(['alpha', 'beta'] * 10, stream=buf, width=30)
print(repr(buf.getvalue()))
p = pprint.PrettyPrinter(indent=2, width=30, depth=3, stream=buf, compact=True)
p.pprint([[[[1]]], list(range(12))])
print(buf.getvalue().splitlines()[-3:])
print(p.pformat({'a': (1, 2)}))

print('== arguments')
check('indent -1', lambda: pprint.PrettyPrinter(indent=-1))
check('depth 0', lambda: pprint.PrettyPrinter(depth=0))
check('width 0', lambda: pprint.PrettyPrinter(width=0))
check('pformat width 0', lambda: pprint.pformat([], width=0))
check('negative width', lambda: pprint.pformat([1, 2, [3]], width=-5))

print('== collections and friends')
od = collections.OrderedDict((k, k * 11) for k in 'abcdefgh')
show('OrderedDict', pprint.pformat(od, width=30))
show('OrderedDict empty', pprint.pformat(collections.OrderedDict()))
dd = collections.defaultdict(list, {'x': [1] * 10, 'y': [2] * 10})
show('defaultdict', pprint.pformat(dd, width=30))
c = collections.Counter('the rain in spain stays mainly in the plain')
show('Counter', pprint.pformat(c, width=40))
dq = collections.deque(range(20), maxlen=25)
show('deque maxlen', pprint.pformat(dq, width=30))
show('deque', pprint.pformat(collections.deque('abcdefghijklmnop'), width=30))
ns = types.SimpleNamespace(alpha=list(range(10)), beta='b' * 30, gamma={'k': 'v'})
show('namespace', pprint.pformat(ns, width=40))
show('mappingproxy', pprint.pformat(types.MappingProxyType({'a' * 20: 1, 'b' * 20: 2}),
                                    width=30))


@dataclasses.dataclass
class Point:
    x: int
    y: int
    label: str = 'origin'
    hidden: list = dataclasses.field(default_factory=list, repr=False)


@dataclasses.dataclass
class Shape:
    name: str
    points: list


s = Shape('triangle', [Point(0, 0), Point(10, 0, 'right corner'), Point(5, 8, 'apex')])
show('dataclass', pprint.pformat(s, width=40))
show('dataclass fits', pprint.pformat(Point(1, 2)))


class MyList(list):
    pass


class ReprList(list):
    def __repr__(self):
        return 'ReprList!'


show('list subclass', pprint.pformat(MyList(range(30)), width=40))
show('list subclass with repr', pprint.pformat(ReprList(range(30)), width=10))
show('dict subclass', pprint.pformat(type('D', (dict,), {})(a=1, b='x' * 80)))

print('== a writer registered by a subclass')


class Pair:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __repr__(self):
        return 'Pair(%r, %r)' % (self.a, self.b)


class PairPrinter(pprint.PrettyPrinter):
    def _pprint_pair(self, object, stream, indent, allowance, context, level):
        stream.write('Pair(\n' + ' ' * (indent + 2))
        self._format(object.a, stream, indent + 2, 1, context, level)
        stream.write(',\n' + ' ' * (indent + 2))
        self._format(object.b, stream, indent + 2, allowance + 1, context, level)
        stream.write(')')

    _dispatch = dict(pprint.PrettyPrinter._dispatch)
    _dispatch[Pair.__repr__] = _pprint_pair


print(PairPrinter(width=30).pformat([Pair(list(range(12)), 'x' * 10)]))
print(PairPrinter(width=80).pformat(Pair(1, 2)))

print('== ChainMap, UserList, UserDict')
cm = collections.ChainMap({'a': list(range(8))}, {'b': 'x' * 30}, {})
show('ChainMap', pprint.pformat(cm, width=30))
show('ChainMap empty narrow', pprint.pformat(collections.ChainMap(), width=1, indent=2))
show('UserList', pprint.pformat(collections.UserList(['y' * 20] * 4), width=30))
show('UserDict', pprint.pformat(collections.UserDict({'k%d' % i: i for i in range(6)}), width=20))
