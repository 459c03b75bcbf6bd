from operator import itemgetter, attrgetter
from functools import cmp_to_key
recs = [('bob', 25, 3.5), ('alice', 30, 3.9), ('carol', 25, 3.1), ('dave', 35, 3.5)]
print(sorted(recs, key=itemgetter(1, 0)))
print(sorted(recs, key=lambda r: (-r[2], r[0])))
print(sorted(recs, key=itemgetter(2), reverse=True))
class E:
    def __init__(self, n, d): self.n, self.d = n, d
    def __repr__(self): return f'E({self.n!r})'
es = [E('x', 2), E('y', 1), E('z', 2)]
print(sorted(es, key=attrgetter('d')), max(es, key=attrgetter('d')), min(es, key=lambda e: e.n))
print(sorted(['b', 'A', 'c', 'B'], key=str.lower), sorted(['b', 'A', 'c', 'B']))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
l = [5, 2, 8]; l.sort(reverse=True); print(l, sorted('hello'), sorted({3: 'a', 1: 'b'}.items()))
try: sorted([1, 'a'])
except TypeError as e: print(e)
words = 'the quick brown fox jumps over the lazy dog'.split()
print(sorted(set(words), key=lambda w: (len(w), w)))
import heapq
print(heapq.nsmallest(3, words, key=len), heapq.nlargest(2, [(1, 'a'), (3, 'b'), (2, 'c')]))
h = []; [heapq.heappush(h, (p, t)) for p, t in [(3, 'c'), (1, 'a'), (2, 'b')]]; print([heapq.heappop(h) for _ in range(3)])
print(sorted([1.5, float('inf'), -2, 0]), sorted([(1, None)], key=lambda t: t[0]))
