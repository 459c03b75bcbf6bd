# WeakValueDictionary, WeakKeyDictionary and WeakSet (the mapping and set APIs, entries
# vanishing with their objects), finalize's state, ref reprs, and weak references to
# cyclic garbage being cleared before its __del__ runs.
import gc
import weakref

gc.disable()
gc.collect()


class A:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "A(%d)" % self.n

    def __hash__(self):
        return self.n

    def __eq__(self, other):
        return isinstance(other, A) and other.n == self.n


class D:
    def __del__(self):
        print("__del__ sees its weakref cleared", wr() is None,
              "other alive", self.other is not None)


d = D()
e = D()
d.other = e
e.other = d
wr = weakref.ref(d)
del d, e
print("collect", gc.collect())

wvd = weakref.WeakValueDictionary()
objs = {i: A(i) for i in range(5)}
wvd.update(objs)
print(len(wvd), sorted(wvd), wvd.get(3), 3 in wvd, 7 in wvd)
print(sorted(k for k, v in wvd.items()), sorted(v.n for v in wvd.values()))
print(wvd.pop(1), len(wvd), wvd.setdefault(9, A(9)) is not None, len(wvd))
c = wvd.copy()
print(type(c).__name__, len(c))
del objs, c
print(len(wvd), list(wvd.keys()))
try:
    wvd.pop(100)
except KeyError as e:
    print("KeyError", e)
print(wvd.pop(100, "default"), repr(wvd).startswith("<WeakValueDictionary at 0x"))

objs = [A(i) for i in range(4)]
wvd = weakref.WeakValueDictionary({i: o for i, o in enumerate(objs)})
print(sorted(wvd), sorted(iter(wvd)), len(wvd.valuerefs()), len(list(wvd.itervaluerefs())))
k, v = wvd.popitem()
print(type(k).__name__, type(v).__name__, len(wvd))
m = wvd | {10: objs[0]}
print(type(m).__name__, len(m))
wvd |= {11: objs[1]}
print(len(wvd))
del wvd[11]
print(len(wvd))
try:
    wvd[1] = 2
except TypeError as e:
    print("TypeError", e)

wkd = weakref.WeakKeyDictionary()
keys = [A(i) for i in range(4)]
for key in keys:
    wkd[key] = key.n
print(len(wkd), wkd[A(2)], A(2) in wkd, wkd.get(A(7), "no"), sorted(wkd.values()))
print(wkd.pop(keys[0]), len(wkd), sorted(k.n for k in wkd.keys()),
      sorted(v for k, v in wkd.items()))
del keys
print(len(wkd), repr(wkd).startswith("<WeakKeyDictionary at 0x"))
wkd = weakref.WeakKeyDictionary({o: o.n for o in objs})
print(sorted(x.n for x in wkd), len(wkd.keyrefs()), sorted(wkd.values()))
k, v = wkd.popitem()
print(type(k).__name__, v in range(4), len(wkd))
m = wkd | {objs[1]: 5}
print(type(m).__name__, len(m))
wkd |= {objs[2]: 7}
print(wkd[objs[2]])
try:
    wkd[1] = 2
except TypeError as e:
    print("TypeError", e)
del objs, m, k, v
print("emptied", len(wkd), len(wvd))

items = [A(i) for i in range(6)]
a = weakref.WeakSet(items[:4])
b = weakref.WeakSet(items[2:])
print(len(a | b), len(a & b), len(a - b), len(a ^ b), a <= a, (a & b) < a, a >= (a & b),
      a > b, a == weakref.WeakSet(items[:4]), a != b, A(1) in a)
print(a.isdisjoint(b), len(a.copy()), a.issubset(items), a.issuperset(items[:1]))
c = a.copy()
c |= b
print(len(c), end=" ")
c -= b
print(len(c), end=" ")
c &= items[:1]
print(len(c), end=" ")
c ^= items[:2]
print(len(c))
x = c.pop()
print(type(x).__name__, len(c))
del x
try:
    weakref.WeakSet().pop()
except KeyError as e:
    print("KeyError", e)
try:
    hash(a)
except TypeError as e:
    print(e)
a.discard(items[0])
try:
    a.remove(items[5])
except KeyError:
    print("remove of a non-member: KeyError")
del items
print("after the members died", len(a), len(b), list(a))


class F:
    pass


objs = [F() for _ in range(3)]
fs = [weakref.finalize(o, print, "finalizer", i) for i, o in enumerate(objs)]
print([f.alive for f in fs])
del objs[1]
print([f.alive for f in fs])
fs[0].atexit = False
print(fs[0].atexit, fs[2].atexit, callable(fs[0]))
r = weakref.ref(F())
print(r() is None, repr(r).endswith("; dead>"), repr(r).startswith("<weakref at 0x"))
f = F()
r = weakref.ref(f)
print(repr(r).startswith("<weakref at 0x"), "; to 'F' at 0x" in repr(r))
print("end (finalizers with atexit=True run at exit)")
