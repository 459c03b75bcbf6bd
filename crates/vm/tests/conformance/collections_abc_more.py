# collections.abc against more built-in and collections values: iterators of every kind,
# the collections classes, descriptors, singletons.
import collections, collections.abc as c, itertools, types
od = collections.OrderedDict(a=1)
vals = [map(len, []), filter(None, []), zip(), enumerate([]), reversed(range(3)), reversed([]), iter({}.keys()), iter("x"), iter(lambda: 1, 1),
        itertools.count(), itertools.chain(), collections.deque(), od, od.keys(), od.values(), od.items(), collections.defaultdict(int), collections.Counter(),
        types.MappingProxyType({}), collections.ChainMap(), collections.UserDict(), collections.UserList(), collections.UserString("s"), range(3), slice(1),
        True, 1.5, 1j, b"", frozenset(), set(), object, type, len, print, [].append, (lambda: 1), property(), classmethod(len), staticmethod(len), NotImplemented, Ellipsis, None]
abcs = [c.Hashable, c.Iterable, c.Iterator, c.Reversible, c.Generator, c.Sized, c.Container, c.Callable, c.Collection, c.Sequence, c.MutableSequence, c.Set, c.MutableSet, c.Mapping, c.MutableMapping, c.MappingView, c.KeysView, c.ItemsView, c.ValuesView]
for a in abcs:
    print(a.__name__.ljust(16), "".join("X" if isinstance(v, a) else "." for v in vals))
print(callable(staticmethod(len)), callable(classmethod(len)))
try:
    reversed(collections.UserDict())
except TypeError as e:
    print(e)
