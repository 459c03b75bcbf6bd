# list index/count/remove/in walk the live list (an __eq__ may change it), identity first.
class E:
    def __init__(self, v, l=None): self.v = v; self.l = l
    def __eq__(self, o):
        if self.l is not None:
            self.l.clear()
        return self.v == o
l = [1, 2.0, 'x', E(3), 3]
print(l.index(2), l.index('x'), 3 in l, l.count(3), l.index(3), 2 in l, 2.5 in l, True in [1], l.index(3, 4))
m = [0, 1]
m.insert(0, E(9, m))
print(5 in m, m)
n = [E(1), E(1, None), 1]
print(n.count(1))
k = [1, 2, 3]
k2 = [E(7, k)] + k
print(k2.count(2), k2.remove(E(2)) if False else None)
r = [E(5)] ; r.append(r)
try:
    r.remove(6)
except ValueError as e:
    print(e)
q = [1, 2, 3]
e = E(2, q)
q.insert(0, e)
try:
    q.remove(2)
    print(q)
except ValueError as err:
    print('ValueError', err)
for bad in ((99,), (1, 'a'), ()):
    try:
        print([1, 2].index(*bad))
    except (ValueError, TypeError) as err:
        print(type(err).__name__, err)
print([float('nan')].count(float('nan')), [x := float('nan')].count(x), 10**30 in [10**30], (1, 2) in [(1, 2)])
