import gc, sys
class Node:
    __slots__ = ('val', 'next', '__weakref__')
    def __init__(self, v, n=None): self.val, self.next = v, n
head = None
for i in range(5): head = Node(i, head)
def walk(n):
    while n: yield n.val; n = n.next
print(list(walk(head)), sys.getsizeof(head))
print(gc.is_tracked(head), len(gc.get_referents(head)), [type(r).__name__ for r in gc.get_referents(head)])
class Graph:
    def __init__(self): self.nodes = {}
    def add(self, a, b): self.nodes.setdefault(a, set()).add(b); self.nodes.setdefault(b, set()).add(a)
g = Graph()
for a, b in [(1, 2), (2, 3), (3, 1), (4, 5)]: g.add(a, b)
def components(nodes):
    seen, out = set(), []
    for n in sorted(nodes):
        if n in seen: continue
        stack, comp = [n], []
        while stack:
            x = stack.pop()
            if x in seen: continue
            seen.add(x); comp.append(x); stack.extend(nodes[x] - seen)
        out.append(sorted(comp))
    return out
print(components(g.nodes))
gc.collect()
before = gc.get_count()
objs = [{} for _ in range(50)]
print(gc.get_count()[0] - before[0])
del objs
print(gc.collect(0))
x = []; x.append(x); print(gc.get_referrers(x) == [x], x)
d = {}; d['self'] = d; print(d)
t = ([],); t[0].append(t); print(t)
class R:
    def __repr__(self): return 'R<%d>' % len(self.__dict__)
r = R(); r.a = r; print(r, repr([r, r]))
