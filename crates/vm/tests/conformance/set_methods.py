# set and frozenset methods, operators and their error messages.
def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

s = {3, 1, 2}
s.add(4); s.add(1); print(sorted(s))
s.discard(10); s.discard(4); print(sorted(s))
s.remove(3); print(sorted(s))
show(s.remove, 99)
show(set().pop)
p = {5}; print(p.pop(), p)
a, b = {1, 2, 3}, {2, 3, 4}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection(b, {3})), sorted(a.difference([1])), sorted(a.symmetric_difference([1, 5])))
print(a.issubset({1, 2, 3, 4}), a.issuperset({1}), a.isdisjoint({7}), a <= a, a < a, {1} < a, a >= {1, 2}, a > a)
c = set(a); c |= {10}; c &= {1, 10}; print(sorted(c))
c = set(a); c -= {1}; c ^= {2, 99}; print(sorted(c))
c = set(a); c.update([7], (8,)); c.intersection_update({7, 8, 1}); print(sorted(c))
c.difference_update({7}); c.symmetric_difference_update({8, 0}); print(sorted(c))
show(lambda: {1} | [2])
show(lambda: {1} - "a")
show(lambda: {[1]})
show(set().add, [1])
print(sorted(set("hello")), set(), set([]), len({1, 1, 1}), 1 in {1}, [] == set(), set() == frozenset())
f = frozenset([1, 2])
print(f, sorted(f | {3}), type(f | {3}).__name__, type({3} | f).__name__, hash(f) == hash(frozenset([2, 1])))
print({f: "ok"}[frozenset({1, 2})], frozenset(), repr(frozenset()), f == {1, 2}, {1, 2} == f)
show(lambda: f.add(3))
show(hash, {1})
c = {1, 2}.copy(); c.clear(); print(c)
print({x % 3 for x in range(10)}, sorted({(1, 2), (1, 2), (2, 1)}))
print(repr({1}), str({"a"}), repr(set()), {1, 2} == {2, 1}, {1.0, 1, True})
def mutate():
    g = {1, 2}
    for x in g:
        g.add(x + 10)
show(mutate)
print(sorted({3, 1}.union()), {1}.isdisjoint([]), set("ab") >= set("a"))
show(lambda: {1} < [1])
print(min({4, 2, 9}), max({4, 2, 9}), sum({1, 2}), sorted({-2, 1}, key=abs))
