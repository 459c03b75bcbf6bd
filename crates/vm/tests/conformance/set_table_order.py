# Set iteration order follows CPython's hash table: constant displays (a frozenset
# constant), removals leaving dummies, pop's finger, copies merged table to table, and the
# set algebra's operand walks (found by tools/difffuzz).
print({-7, -2, 2, 3, 10}, {3, 10, 2, -194}, {-7, 15, -281, 15}, {1.5, 2, 10, 18, -3})
print({1, 9, 17, 25, 33, 41}, {0.1, 2.5, 10, 1e22, -1, 7, 15, 23}, {2**63, 4, 5, 10})
print({-1, 100, 256, (10 + 10), 167}, {100, 0, 3**50, (257 + 2)}, frozenset({4, (10 - -2), 5}))
n = 3
print({n, 10, 2, -194}, {len('ab'), 10, 18})
s = {-7, -2, 2, 3, 10}; s.remove(-7); print(s)
s = set()
for x in (-7, -2, 2, 3, 10):
    s.add(x)
s.remove(-7); print(s)
s.add(18); print(s)
s.discard(2); s.add(26); print(s)
t = {1, 9, 17, 25, 33}
print(*[t.pop() for _ in range(5)])
u = set(range(20))
for i in range(0, 20, 3):
    u.discard(i)
print(u)
u.add(100); u.add(-1); print(u)
v = set()
for i in range(10):
    v.add(i * 8)
print(v, v.pop(), v.pop(), v)
v.clear(); v.add(16); v.add(8); print(v)
a = {1, 9, 17, 2, 10}
b = {25, 3, 11, 9, -4}
print(a | b, b | a, a & b, b & a, a - b, b - a, a ^ b, b ^ a)
c = set(range(0, 40, 3)); d = {3, 6, 100, -1}
print(c - d, d - c, c & d, c | d, c ^ d)
print({1, 2} & {True, 5}, {True, 5, 7} & {1, 2}, {1.0, 2} | {1, 3})
e = {10, 2, 18, -6, 7}
print(e.copy(), set(e), frozenset(e), e.union({26}), e.intersection({2, 18, 34}), e.difference({7}))
x = set(); x |= {10, 2, 18, 26}; print(x)
x &= {2, 18, 34}; print(x)
y = {10, 2, 18}; z = set(); z.update(y); print(z)
w = {5, 26}; w.update(y, [34]); print(w)
v = {-93, 0.1, 3, -3}; print(v.difference({0.0}), v)
w = {6, -2, 10, 2.5, -0.0}; print(w.difference([False, False]), w)
x = {0.3, -0.0, 2, 293, 1e16}; x.intersection_update({1e16, -1.0, 0.3}); print(x)
y = {1.5, 1e-7, 2147483645, -7.25, -21}; y.difference_update(frozenset({2.5, 4, 0, -10**20})); print(y)
z = {1, 2, 9, 17}; print(z.intersection([17, True, 9]), z.union([25, 33], (41,)), z.difference([9]))
z.symmetric_difference_update([2, 26, 34]); print(z)
q = set(range(10)); q.difference_update(range(0, 10, 2)); q.update([18, 26]); print(q)
f = frozenset([1, 2])
print(type(f.union([9])).__name__, f.intersection([1]), f.difference([1]), f)
v = {1.0, -7, 4, 2}
print(v.symmetric_difference([True, -1.0, -76, 255, float('-inf')]), v.symmetric_difference({3, 11}), frozenset({1, 9}).symmetric_difference([17]))
v = {-0.0, 0, 3.14159, 78, 0.0}; v.intersection_update([int(0.5), 1.5, False, 10**20, -10]); print(v)
w = {2, 1_000_000, 3, 1}; w ^= {1, 1e100, 2, -999}; print(w)
x = {1, 9, 17, 25}; x ^= {9, 33, 1, 41}; print(x)
y = {1.0, 2, 10, 18}; y ^= {1, 26, 2, 34}; print(y)
z = {5, 13, 21}; z.symmetric_difference_update({13, 29, 5}); print(z)
