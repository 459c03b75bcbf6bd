# weakref.WeakValueDictionary / WeakKeyDictionary / WeakSet: entries vanish with their objects.
import gc
import weakref


class Obj:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Obj(%d)" % self.n


cache = weakref.WeakValueDictionary()
a, b = Obj(1), Obj(2)
cache["a"] = a
cache["b"] = b
print(len(cache), sorted(cache.keys()), cache["a"], cache.get("zz"), "a" in cache)
del a
print(len(cache), list(cache.keys()), "a" in cache, cache.get("a", "gone"))
try:
    cache["a"]
except KeyError as e:
    print("KeyError", e)
print(cache.setdefault("c", b) is b, sorted(k for k, v in cache.items()), list(cache.values()))
print(cache.pop("c"), len(cache))
del b
print(len(cache), list(cache.items()))

meta = weakref.WeakKeyDictionary()
k1, k2 = Obj(10), Obj(20)
meta[k1] = "ten"
meta[k2] = "twenty"
print(len(meta), meta[k1], k2 in meta, meta.get(Obj(99)), sorted(meta.values()))
del k1
print(len(meta), list(meta.keys()))
k2.cycle = k2
del k2
gc.collect()
print(len(meta), list(meta.items()))

s = weakref.WeakSet()
x, y = Obj(5), Obj(6)
s.add(x)
s.add(y)
s.add(x)
print(len(s), x in s, Obj(7) in s, 1 in s)
del x
print(len(s), list(s))
s.discard(y)
print(len(s))


def cb(wr):
    print("in callback: __callback__ is", wr.__callback__)


z = Obj(0)
wz = weakref.ref(z, cb)
print(wz.__callback__ is cb)
del z
print(wz.__callback__)
