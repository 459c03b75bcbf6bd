import weakref, gc
class Node:
    def __init__(self, v): self.v = v
    def __repr__(self): return 'Node(%r)' % self.v
events = []
n = Node(1)
r = weakref.ref(n, lambda ref: events.append(('dead', ref() is None)))
print(r() is n, weakref.getweakrefcount(n)); del n; print(events, r())
cache = weakref.WeakValueDictionary()
nodes = [Node(i) for i in range(4)]
for nd in nodes: cache[nd.v] = nd
print(len(cache), sorted(cache.keys()))
del nodes[1:3]; print(len(cache), sorted(cache.keys()))
wk = weakref.WeakKeyDictionary(); k = Node('k'); wk[k] = 'meta'; print(len(wk)); del k; print(len(wk))
ws = weakref.WeakSet(); a = Node('a'); ws.add(a); print(len(ws), a in ws); del a; print(len(ws))
p = weakref.proxy(nodes[0]); print(p.v, repr(p)[:30].startswith('<weakproxy'))
fin = weakref.finalize(nodes[0], events.append, 'finalized'); print(fin.alive); del nodes[0]; print(events[-1], fin.alive)
x = Node('cycle'); x.me = x; wr = weakref.ref(x); del x; print(wr() is not None); gc.collect(); print(wr())
try: weakref.ref(1)
except TypeError as e: print(e)
m = weakref.WeakMethod(Node('m').__repr__); print(m())
