import sys, gc, weakref
class Blob:
    __slots__ = ('data', '__weakref__')
    def __init__(self, n): self.data = bytearray(n)
def footprint(objs):
    return sum(sys.getsizeof(o) + sys.getsizeof(o.data) for o in objs)
blobs = [Blob(n) for n in (0, 10, 100, 1000)]
print(footprint(blobs), [sys.getsizeof(b.data) for b in blobs], sys.getsizeof(blobs[0]))
refs = [weakref.ref(b) for b in blobs]
alive = lambda: sum(r() is not None for r in refs)
print(alive()); blobs.pop(); print(alive()); blobs.clear(); print(alive())
before = len(gc.get_objects())
junk = [[i] for i in range(100)]
print(len(gc.get_objects()) - before >= 100)
del junk
print(gc.get_count()[0] >= 0, sys.getrefcount(None) > 100)
class Tree:
    def __init__(self, depth):
        self.kids = [Tree(depth - 1) for _ in range(2)] if depth else []
        for k in self.kids: k.parent = self
t = Tree(4); w = weakref.ref(t); del t
print(w() is not None, gc.collect() > 0, w())
import tracemalloc
tracemalloc.start()
x = [str(i) * 10 for i in range(1000)]
cur, peak = tracemalloc.get_traced_memory()
print(cur > 10000, peak >= cur)
tracemalloc.stop()
print(sys.getsizeof(x) == 56 + 8 * len(x) or sys.getsizeof(x))
