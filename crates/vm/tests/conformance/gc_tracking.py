# gc tracking of dicts and tuples (CPython 3.12): what gc.is_tracked, get_objects,
# get_referrers, get_count and collect() see
import gc

def tracked(*objs):
    return [gc.is_tracked(o) for o in objs]

print("dicts", tracked({}, {'a': 1}, {'a': []}, {'a': {}}, {'a': ()}, {'a': (1, 2)}, {(1, 2): 'x'}, {'a': int}))
d = {}
print("empty", gc.is_tracked(d))
d['k'] = 1
print("atom stored", gc.is_tracked(d))
d['k'] = []
print("list stored", gc.is_tracked(d))
del d['k']
print("after del", gc.is_tracked(d))
gc.collect(0)
print("after young collection", gc.is_tracked(d))
gc.collect()
print("after full collection", gc.is_tracked(d))
d['f'] = lambda: 0
print("function stored", gc.is_tracked(d))

t = (1, 2)
print("constant tuple", gc.is_tracked(t), gc.is_tracked(()), gc.is_tracked(tuple()))
print("nested constant", gc.is_tracked((1, ('a', None, 2.5, b'x'))), gc.is_tracked((1, -2, (-2.5, ()))))
x = tuple([1, 2, 3])
print("built tuple", gc.is_tracked(x))
gc.collect(0)
print("after collect(0)", gc.is_tracked(x))
y = tuple([x, 'a'])
z = tuple([[], 1])
gc.collect(0)
print("tuple of untracked tuple", gc.is_tracked(y), "tuple with list", gc.is_tracked(z))
w = tuple([{}])
gc.collect()
print("tuple holding empty dict", gc.is_tracked(w), gc.is_tracked(w[0]))

class A:
    pass
a = A()
print("instance", gc.is_tracked(a), gc.is_tracked(a.__dict__))
a.x = []
b = A()
b.y = 1
print("instance dicts", gc.is_tracked(a.__dict__), gc.is_tracked(b.__dict__))

def kw(**k):
    return k
print("kwargs", tracked(kw(), kw(a=1), kw(a=[])))
print("comprehension", tracked({i: i for i in range(3)}, {i: [i] for i in range(3)}))
src = {'a': tuple([1])}
print("source", gc.is_tracked(src))
gc.collect()
print("source after full", gc.is_tracked(src), gc.is_tracked(src['a']))
print("dict()", tracked(dict(), dict(a=1), dict(a=[]), dict([(1, 2)]), dict([(1, [])])))

print("atoms", tracked(1, 2**100, 'abc', 1.5, None, True, b'x', range(3), ..., NotImplemented, object()))
def f():
    yield 1
print("containers", tracked([], set(), frozenset(), frozenset([1]), A, f, f(), len, [].append, a.__init__,
      iter([]), zip(), map(len, []), slice(1, 2), ValueError('e'), gc, property(), {}.keys()))
print("types", tracked(int, type, dict, object, ValueError))

# get_objects sees only tracked containers
gc.collect()
objs = gc.get_objects()
def seen(o):
    return any(o is x for x in objs)
e = {}
l = []
tt = tuple([1, 2])
td = {'l': l}
objs = gc.get_objects()
print("get_objects", seen(e), seen(l), seen(tt), seen(td))
gc.collect()
objs = gc.get_objects()
print("get_objects after collect", seen(e), seen(l), seen(tt), seen(td))
objs = None

# referrers: an untracked dict does not refer (as far as gc can see)
target = A()
holder = {'t': target}
atomic = {'n': 1}
print("referrers", any(r is holder for r in gc.get_referrers(target)))
src2 = {'a': tuple([1])}
gc.collect(0)
print("copy keeps tracking", gc.is_tracked(src2), gc.is_tracked(src2['a']), tracked(src2.copy(), dict(src2)))

# generation 0 counts every dict and tuple allocated, tracked or not (gc_alloc)
gc.collect()
c0 = gc.get_count()
c1 = gc.get_count()
e1 = {'a': 1}
c2 = gc.get_count()
f1 = {'a': []}
c3 = gc.get_count()
g1 = []
c4 = gc.get_count()
# freed dicts and lists go to their free lists (80 each) without uncounting; reusing one
# does not count again
del e1, g1
c5 = gc.get_count()
h1 = {}
l1 = []
c6 = gc.get_count()
print("counts", c0, c1, c2, c3, c4, "free lists", c5, c6)

# collect() counts only tracked garbage: an untracked tuple inside a cycle is not counted
old = tuple([1, 'x'])
cyc = [old]
cyc.append(cyc)
gc.collect(0)
print("old tuple tracked", gc.is_tracked(old))
before = gc.get_stats()[2]['collected']
del old, cyc
print("collected", gc.collect())
print("stats delta", gc.get_stats()[2]['collected'] - before)
dd = {}
dd['self'] = dd
t2 = tuple([dd])
del dd, t2
print("dict cycle with tuple", gc.collect())
lst = []
tup = tuple([lst])
lst.append(tup)
del lst, tup
print("list-tuple cycle", gc.collect())
ring = [{'n': 1, 's': 'x', 't': (1, 2)}]
ring.append(ring)
del ring
print("cycle holding an untracked dict", gc.collect())
