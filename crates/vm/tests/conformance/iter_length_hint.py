# __length_hint__ of the built-in iterators (which types have it, the value before, during and
# after iteration and after the container changed) and operator.length_hint's rules.
import operator, collections, itertools
def mk():
    d = {'a': 1, 'b': 2, 'c': 3}
    return [
        ("list", lambda: iter([1, 2, 3])),
        ("list_rev", lambda: reversed([1, 2, 3])),
        ("tuple", lambda: iter((1, 2, 3))),
        ("tuple_rev", lambda: reversed((1, 2, 3))),
        ("range", lambda: iter(range(3))),
        ("range_rev", lambda: reversed(range(3))),
        ("str", lambda: iter("abc")),
        ("str_u", lambda: iter("ab\u20ac")),
        ("str_rev", lambda: reversed("abc")),
        ("bytes", lambda: iter(b"abc")),
        ("bytearray", lambda: iter(bytearray(b"abc"))),
        ("bytearray_rev", lambda: reversed(bytearray(b"abc"))),
        ("dict", lambda: iter(d)),
        ("dict_keys", lambda: iter(d.keys())),
        ("dict_values", lambda: iter(d.values())),
        ("dict_items", lambda: iter(d.items())),
        ("dict_rev", lambda: reversed(d)),
        ("dict_values_rev", lambda: reversed(d.values())),
        ("dict_items_rev", lambda: reversed(d.items())),
        ("set", lambda: iter({1, 2, 3})),
        ("frozenset", lambda: iter(frozenset({1, 2, 3}))),
        ("memoryview", lambda: iter(memoryview(b"abc"))),
        ("enumerate", lambda: enumerate([1, 2, 3])),
        ("zip", lambda: zip([1, 2, 3], [1, 2])),
        ("map", lambda: map(abs, [1, 2, 3])),
        ("filter", lambda: filter(None, [1, 2, 3])),
        ("gen", lambda: (x for x in [1, 2, 3])),
        ("repeat", lambda: itertools.repeat(1, 3)),
        ("repeat_inf", lambda: itertools.repeat(1)),
        ("count", lambda: itertools.count()),
        ("islice", lambda: itertools.islice([1, 2, 3], 2)),
        ("callable_iter", lambda: iter(lambda: 1, 2)),
    ]
for name, f in mk():
    it = f()
    hints = []
    lh = getattr(it, "__length_hint__", None)
    hints.append("has" if lh is not None else "no")
    for step in range(5):
        try:
            hints.append(operator.length_hint(it, -1))
        except Exception as e:
            hints.append(type(e).__name__)
        if lh is not None:
            try:
                hints.append(lh())
            except Exception as e:
                hints.append(type(e).__name__ + ":" + str(e))
        try:
            next(it)
        except StopIteration:
            hints.append("stop")
        except Exception as e:
            hints.append(type(e).__name__)
    print(name, type(it).__name__, hints)

# mutation during iteration
l = [1, 2, 3]
it = iter(l); next(it); l.append(4); print("list grow", it.__length_hint__())
l.clear(); print("list clear", it.__length_hint__())
d = {1: 1, 2: 2}
it = iter(d); next(it); d[3] = 3; print("dict grow", it.__length_hint__())
l = [1, 2, 3]
it = reversed(l); next(it); l.clear(); print("rev clear", it.__length_hint__())
# operator.length_hint details
class H:
    def __length_hint__(self): return 5
class HN:
    def __length_hint__(self): return NotImplemented
class HNeg:
    def __length_hint__(self): return -1
class HBad:
    def __length_hint__(self): return "x"
class HLen:
    def __len__(self): return 7
    def __length_hint__(self): return 5
class HErr:
    def __length_hint__(self): raise TypeError("nope")
class HLenErr:
    def __len__(self): raise ValueError("lenerr")
for o in (H(), HN(), HNeg(), HBad(), HLen(), HErr(), HLenErr(), object(), [1, 2], 5):
    try:
        print(type(o).__name__, operator.length_hint(o), operator.length_hint(o, 3))
    except Exception as e:
        print(type(o).__name__, type(e).__name__, e)
try:
    operator.length_hint([], "x")
except Exception as e:
    print(type(e).__name__, e)
try:
    operator.length_hint([], -1)
except Exception as e:
    print(type(e).__name__, e)
print([].__len__(), hasattr([], '__length_hint__'), hasattr(range(3), '__length_hint__'))
print(list(it) == [] )
# sequence iterator over a class with __getitem__
class Seq:
    def __getitem__(self, i):
        if i < 4: return i
        raise IndexError(i)
class SeqLen(Seq):
    def __len__(self): return 4
for cls in (Seq, SeqLen):
    it = iter(cls())
    out = [type(it).__name__, it.__length_hint__()]
    next(it); out.append(it.__length_hint__())
    list(it); out.append(it.__length_hint__())
    print(cls.__name__, out)
# sets and dicts changed during iteration: 0 afterwards
s = {1, 2, 3}
it = iter(s); next(it); s.add(4); print("set grow", it.__length_hint__())
try:
    next(it)
except RuntimeError as e:
    print(e, it.__length_hint__())
s = {1, 2, 3}
it = iter(s); next(it); s.discard(next(iter(s - {0}))); print("set shrink", it.__length_hint__())
d = dict.fromkeys(range(5))
it = reversed(d); next(it); print("rev dict", it.__length_hint__()); d.pop(4); print("rev dict pop", it.__length_hint__())
d = dict.fromkeys(range(5))
it = iter(d.items()); next(it); del d[3]; d[9] = 9; print("same size", it.__length_hint__(), list(it))
r = range(10, 0, -3); it = iter(r); print("range step", it.__length_hint__(), list(it), it.__length_hint__())
it = iter(range(0)); print("empty range", it.__length_hint__())
it = reversed(range(-5, 5, 2)); next(it); print("rev range", it.__length_hint__())
t = (1, 2, 3); it = reversed(t); next(it); next(it); print("rev tuple", it.__length_hint__())
it = iter(lambda: 1, 1); print("callable", hasattr(it, '__length_hint__'), list(it), type(it).__name__, hasattr(it, '__length_hint__'))
for o in (enumerate([1]), zip([1]), map(abs, [1]), filter(None, [1]), iter(memoryview(b'a')), (x for x in [1]), reversed(range(2))):
    print(type(o).__name__, hasattr(o, '__length_hint__'), operator.length_hint(o, 42))
print([operator.length_hint(x) for x in ([1, 2], (1,), "abc", {1: 2}, {1}, range(7), b"ab")])
print(list.__dict__.get('__length_hint__'), '__length_hint__' in type(iter([])).__dict__)
