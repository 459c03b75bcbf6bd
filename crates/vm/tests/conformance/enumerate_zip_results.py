# enumerate and zip: results, the count read after the item (an iterator that raises keeps
# it), refilled result tuples (ids, tracking after a collection untracked them), big starts.
import gc, sys
l = ['a', 'b', 'c']
ids = [id(t) for t in enumerate(l)]
print(len(set(ids)) <= 2)
e = enumerate(l)
kept = [t for t in e]
print(kept, len({id(t) for t in kept}))
for i, x in enumerate(l, 5):
    pass
print(i, x)
z = zip([1, 2, 3], 'xyz')
a = next(z); a_id = id(a); del a
b = next(z)
print(b, id(b) == a_id)
c = next(z)
print(b, c, id(b) != id(c))
class Bad:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n == 2:
            raise ValueError('once')
        if self.n > 4:
            raise StopIteration
        return self.n
e = enumerate(Bad())
out = []
while True:
    try:
        out.append(next(e))
    except ValueError as err:
        out.append(str(err))
    except StopIteration:
        break
print(out)
# a result tuple the collector untracked gets tracked again when refilled with a container
e = enumerate([1, 2, [3]])
t = next(e); del t
gc.collect()
t = next(e); print(gc.is_tracked(t)); del t
t = next(e); print(t, gc.is_tracked(t))
print(list(zip([1, 2], [3, 4], [5, 6])), list(zip()), list(enumerate([])), list(zip('ab', 'c')))
print(sys.getrefcount(t) >= 2)
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as err:
    print(err)
print(dict(zip('abc', range(3))), list(enumerate('xy', start=2**63)))
