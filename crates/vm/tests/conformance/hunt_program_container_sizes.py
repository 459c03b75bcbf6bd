import sys
from collections import deque, OrderedDict, defaultdict, Counter
g = sys.getsizeof
src = list(range(20))
cases = {
    "list(range)": list(range(20)), "list(gen)": list(x for x in range(20)), "listcomp": [x for x in range(20)],
    "slice": src[2:15], "slice step": src[::3], "sorted": sorted(src), "reversed": list(reversed(src)),
    "copy": src.copy(), "mul": [0, 1] * 10, "add": src + src, "list(tuple)": list(tuple(src)), "list(str)": list("abcdefghij"),
    "list(set)": list(set(src)), "list(dict)": list(dict.fromkeys(src)), "split": "a b c d e f g h".split(), "list(map)": list(map(str, src)),
    "list(zip)": list(zip(src, src)), "list(enumerate)": list(enumerate(src)), "list(filter)": list(filter(None, src)),
    "star": [*src], "star2": [*src, *src], "literal": [1, 2, 3, 4, 5], "tuple(gen)": tuple(x for x in range(20)),
    "tuple(list)": tuple(src), "str*": "ab" * 50, "join": ",".join(map(str, src)), "bytes": bytes(range(20)), "bytearray(list)": bytearray(range(20)),
    "dict comp": {i: i for i in range(20)}, "dict(zip)": dict(zip(src, src)), "fromkeys": dict.fromkeys(src), "dict kw": dict(a=1, b=2, c=3),
    "dict lit": {"a": 1, "b": 2}, "dict(list)": dict([(1, 2), (3, 4)]), "{**}": {**dict.fromkeys(src)}, "counter": Counter("abracadabra"),
    "ordered": OrderedDict.fromkeys("abcdef"), "defaultdict": defaultdict(list, {1: 2}), "deque": deque(src), "deque(maxlen)": deque(src, maxlen=5),
}
for k, v in cases.items():
    print(f"{k:<16}{g(v):>6}")
l = []
for i in range(10):
    l.insert(0, i)
print(g(l))
l = list(range(100))
del l[10:90]
print(g(l), len(l))
l[5:5] = range(50)
print(g(l))
l = [0] * 10
l.extend(x for x in range(100))
print(g(l))
l = []
l += range(17)
print(g(l))
ba = bytearray()
bs = []
for i in range(40):
    ba.append(i)
    bs.append(g(ba))
print(sorted(set(bs)))
dq = deque()
ds = []
for i in range(140):
    dq.append(i)
    ds.append(g(dq))
print(sorted(set(ds)))
d = {}
d.update(zip(range(10), range(10)))
print(g(d))
d = dict.fromkeys(range(6))
d2 = d | {100: 1}
print(g(d2), g(d | d), g({**d, **d}))
d.pop(0); d.popitem()
print(g(d), g(d.copy()), g(dict(d)))
s = "x"
for i in range(5):
    s = s + s
    print(g(s), end=" ")
print()
t = ()
for i in range(5):
    t = t + (i,)
print(g(t), g(tuple()), g((1,) * 10))
print(g(1 << 29), g(1 << 30), g(1 << 59), g(1 << 60), g(1 << 89), g(1 << 90), g(-(1 << 60)))
print(g(1.0), g(1j), g(True), g(None), g(...), g(NotImplemented), g(int), g(object()))
print(g(iter([1])), g(iter(())), g(iter("a")), g(iter({})), g(range(3)), g(slice(1, 2)), g(enumerate([])), g(zip()))
def gen(): yield 1
print(g(gen()), g(lambda: 1) , g(gen), g(print))
class A: pass
class B:
    __slots__ = ("a", "b", "c")
class C(A):
    __slots__ = ("z",)
print(g(A()), g(B()), g(C()), g(A().__dict__), g(A), g(B) > 0)
