import gc, sys, weakref

class Node:
    instances = 0
    def __init__(self, value, parent=None):
        self.value = value
        self.children = []
        self.parent = parent
        Node.instances += 1
    def add(self, value):
        child = Node(value, self)
        self.children.append(child)
        return child
    def __del__(self):
        Node.instances -= 1
    def __repr__(self):
        return f"Node({self.value})"

gc.collect()
print(gc.get_threshold(), gc.isenabled())
root = Node("root")
for i in range(3):
    c = root.add(i)
    for j in range(2):
        c.add(f"{i}.{j}")
print(Node.instances)
del root, c
print("before collect", Node.instances)
n = gc.collect()
print("collected", n, "remaining", Node.instances)

class Leaf:
    pass

events = []
def on_dead(ref):
    events.append(("dead", ref() is None))

x = Leaf()
r = weakref.ref(x, on_dead)
print(r() is x, sys.getrefcount(x), weakref.getweakrefcount(x))
y = x
print(sys.getrefcount(x))
del y
del x
print(events, r())

a = Leaf(); b = Leaf()
a.other = b; b.other = a
ra = weakref.ref(a, on_dead)
del a, b
print(ra() is not None, events[-1:])
print(gc.collect(), ra(), events)

lst = []
print(sys.getrefcount(lst))
d = {"k": lst}
t = (lst, lst)
print(sys.getrefcount(lst))
del d, t
print(sys.getrefcount(lst))

def count_refs(obj):
    return sys.getrefcount(obj)
print(count_refs(lst), count_refs(object()))

sizes = []
l = []
for i in range(20):
    sizes.append(sys.getsizeof(l))
    l.append(i)
print(sizes)
dsizes = []
dd = {}
for i in range(20):
    dsizes.append(sys.getsizeof(dd))
    dd[i] = i
print(dsizes)
ss = set()
ssizes = []
for i in range(20):
    ssizes.append(sys.getsizeof(ss))
    ss.add(i)
print(ssizes)
print([sys.getsizeof(x) for x in [0, 1, 2**30, 2**60, 2**100, -1, True, 1.5, "", "a", "ab" * 10, "é", "😀", b"", b"abc", (), (1,), (1, 2, 3), [], [1], {}, set(), frozenset(), None, range(10), 1j]])
s = ""
strsizes = []
for ch in "hello world":
    s += ch
    strsizes.append(sys.getsizeof(s))
print(strsizes)
print(sys.getsizeof(list(range(100))), sys.getsizeof([0] * 100), sys.getsizeof([i for i in range(100)]))
print(sys.getsizeof(dict.fromkeys(range(100))), sys.getsizeof({i: i for i in range(100)}))
print(sys.getsizeof(Leaf()), sys.getsizeof(Leaf().__dict__), sys.getsizeof(Node(1).__dict__))

calls = []
def cb(phase, info):
    calls.append((phase, info["generation"]))
gc.callbacks.append(cb)
gc.collect()
gc.collect(0)
gc.callbacks.remove(cb)
print(calls)
print(len(gc.get_count()), gc.get_stats()[0].keys() if hasattr(gc, "get_stats") else None)

class Cache:
    def __init__(self):
        self._d = weakref.WeakValueDictionary()
    def get(self, k):
        return self._d.get(k)
    def put(self, k, v):
        self._d[k] = v
cache = Cache()
v1 = Leaf()
cache.put("a", v1)
cache.put("b", Leaf())
print(cache.get("a") is v1, cache.get("b"), len(cache._d))
wk = weakref.WeakKeyDictionary()
k1 = Leaf()
wk[k1] = 1
print(len(wk))
del k1
print(len(wk))
ws = weakref.WeakSet()
objs = [Leaf() for _ in range(3)]
for o in objs:
    ws.add(o)
print(len(ws))
objs.pop()
print(len(ws))
fin_log = []
o = Leaf()
f = weakref.finalize(o, fin_log.append, "finalized")
print(f.alive)
del o
print(fin_log, f.alive)
try:
    weakref.ref(1)
except TypeError as e:
    print(e)
p = weakref.proxy(Node("proxied"))
try:
    p.value
except ReferenceError as e:
    print("ReferenceError", e)
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.is_tracked([]), gc.is_tracked(1), gc.is_tracked({}), gc.is_tracked({"a": []}), gc.is_tracked(()), gc.is_tracked((1, [])))
gc.freeze(); print(gc.get_freeze_count() >= 0); gc.unfreeze()
class WithSlots:
    __slots__ = ("a", "b")
print(sys.getsizeof(WithSlots()), hasattr(WithSlots(), "__weakref__"))
try:
    weakref.ref(WithSlots())
except TypeError as e:
    print(e)
