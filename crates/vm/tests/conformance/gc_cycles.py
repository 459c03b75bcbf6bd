# cyclic garbage: self-referencing list, dict cycle, instance cycles, counts
import gc
gc.collect()
l = []
l.append(l)
del l
print("self list", gc.collect())
d = {}
d["self"] = d
del d
print("dict cycle", gc.collect())
class Node:
    def __init__(self):
        self.other = None
a = Node()
b = Node()
a.other = b
b.other = a
del a, b
print("instance pair", gc.collect())
ring = [Node() for _ in range(10)]
for i, n in enumerate(ring):
    n.other = ring[(i + 1) % 10]
del ring, n
print("ring", gc.collect())
keep = Node()
keep.other = keep
print("reachable cycle", gc.collect())
del keep
print("now unreachable", gc.collect())
print("nothing", gc.collect())
