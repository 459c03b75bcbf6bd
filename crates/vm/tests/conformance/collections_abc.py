# collections.abc: which built-in values each ABC accepts, the abstract methods, the mixin
# methods of Sequence/MutableSequence/Mapping/MutableMapping/Set/MutableSet, register(),
# __subclasshook__ (and None blocking it), generic aliases, the ByteString deprecation.
import collections.abc as cabc
from collections.abc import *
import collections
print(collections.abc is cabc, cabc.__name__)
print(Sequence, Sequence[int], Set[int], Callable[[int], str], Mapping[str, int])
try:
    Sized[int]
except TypeError as e:
    print(e)
def gen():
    yield 1
vals = [[], (), "", b"", bytearray(), {}, set(), frozenset(), range(3), {}.keys(), {}.values(), {}.items(), iter([]), gen(), 1, 1.5, None, len, gen, print, object(), type, int, lambda: 0, [].append, reversed([]), zip(), map(len, []), enumerate([])]
abcs = [Hashable, Iterable, Iterator, Reversible, Generator, Sized, Container, Callable, Collection, Sequence, MutableSequence, Set, MutableSet, Mapping, MutableMapping, MappingView, KeysView, ItemsView, ValuesView, Buffer]
for a in abcs:
    print(a.__name__.ljust(16), "".join("X" if isinstance(v, a) else "." for v in vals))
for a in abcs:
    print(a.__name__, sorted(a.__abstractmethods__))
class MySeq(Sequence):
    def __init__(self, *items): self.items = list(items)
    def __getitem__(self, i): return self.items[i]
    def __len__(self): return len(self.items)
s = MySeq(1, 2, 3, 2)
print(list(s), 2 in s, 5 in s, list(reversed(s)), s.index(2), s.index(2, 2), s.count(2), len(s))
try: s.index(9)
except ValueError as e: print("ValueError", repr(e))
try: Sequence()
except TypeError as e: print(e)
class Half(Sequence):
    def __len__(self): return 0
try: Half()
except TypeError as e: print(e)
class MyMap(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = MyMap()
m["a"] = 1; m.update({"b": 2}, c=3); m.update([("d", 4)])
print(dict(m), m.get("z"), m.get("a"), "a" in m, m.setdefault("e", 5), m.pop("a"), m.pop("zz", None))
print(repr(m.keys()).split(" object at ")[0], list(m.keys()), list(m.items()), list(m.values()), m == {"b": 2, "c": 3, "d": 4, "e": 5}, m != {})
print(m.keys() & {"b", "x"}, sorted(m.keys() | {"x"}), ("b", 2) in m.items(), 3 in m.values(), sorted(m.keys() - {"b"}))
print(m.popitem(), len(m)); m.clear(); print(len(m))
try: m.popitem()
except KeyError as e: print("KeyError", repr(e))
try: m.pop("q")
except KeyError as e: print("KeyError", e)
try: reversed(m)
except TypeError as e: print(e)
class MySet(MutableSet):
    def __init__(self, it=()): self.s = set(it)
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(sorted(self.s))
    def __len__(self): return len(self.s)
    def add(self, x): self.s.add(x)
    def discard(self, x): self.s.discard(x)
    def __repr__(self): return "MySet(%r)" % sorted(self.s)
a = MySet([1, 2, 3]); b = MySet([2, 3, 4])
print(a & b, a | b, a - b, a ^ b, a <= b, a < MySet([1, 2, 3, 4]), a == MySet([3, 2, 1]), a.isdisjoint([7]), {1} | a)
print([1, 9] & a if False else a & [1, 9], a - [1], [5] - a if False else "skip")
a.remove(1); a |= {7}; a -= {2}; a ^= {3, 8}; print(a, a.pop(), a)
try: a.remove(100)
except KeyError as e: print("KeyError", e)
print(Set._hash(frozenset()) == hash(frozenset()), Set._hash(MySet([1, 2])) == hash(frozenset([1, 2])))
class MyList(MutableSequence):
    def __init__(self): self.l = []
    def __getitem__(self, i): return self.l[i]
    def __setitem__(self, i, v): self.l[i] = v
    def __delitem__(self, i): del self.l[i]
    def __len__(self): return len(self.l)
    def insert(self, i, v): self.l.insert(i, v)
ml = MyList(); ml.append(1); ml.extend([2, 3]); ml += [4]; ml.reverse(); print(ml.l, ml.pop(), ml.pop(0), ml.l); ml.remove(3); print(ml.l); ml.clear(); print(ml.l)
@Sequence.register
class Virtual: pass
print(issubclass(Virtual, Sequence), issubclass(Virtual, Iterable), isinstance(Virtual(), Collection), Virtual)
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
class Blocked:
    __iter__ = None
print(isinstance(It(), Iterator), isinstance(It(), Iterable), isinstance(Blocked(), Iterable), issubclass(It, Generator))
class Hash:
    def __eq__(self, o): return True
print(isinstance(Hash(), Hashable), isinstance(object(), Hashable))
class G(Generator):
    def send(self, v): raise StopIteration
    def throw(self, *a): raise StopIteration
g = G(); print(list(g), g.close())
class CallMe:
    def __call__(self): pass
print(isinstance(CallMe(), Callable), isinstance(CallMe, Callable))
class View(KeysView): pass
print(View({"a": 1}), len(View({"a": 1})), list(View({"x": 0})))
print(issubclass(list, Reversible), issubclass(dict, Reversible), issubclass(collections.OrderedDict, MutableMapping), issubclass(collections.deque, MutableSequence), isinstance(collections.Counter(), Mapping))
import warnings
warnings.simplefilter("always")
print(isinstance(b"", ByteString))
class Q(ByteString): pass
print(ByteString.__subclasses__ if False else "ok")
print(hash(frozenset({1, 2, 3})), hash(frozenset()), hash(frozenset({"a"})) == Set._hash(frozenset({"a"})))
for v in ({}.keys(), {}.items()):
    try:
        hash(v)
    except TypeError as e:
        print(e)
print(type(hash({}.values())).__name__, list(reversed({1: 2, 3: 4})), list(reversed({1: 2}.items())), list([1, 2].__reversed__()))
import typing
print(isinstance([], typing.Sequence), isinstance({}, typing.Mapping), issubclass(dict, typing.MutableMapping))
import collections.abc as again
print(again is cabc)
print([n for n in cabc.__all__ if not hasattr(cabc, n)])
