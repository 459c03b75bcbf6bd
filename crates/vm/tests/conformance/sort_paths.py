# sorted()/list.sort(): stability, reverse keeps equal keys in order, the homogeneous fast
# paths (ints, floats, strs) against the general one, NaN, errors from keys and __lt__.
import random
random.seed(5)
for n in (0, 1, 2, 5, 31, 32, 33, 64, 100, 1000):
    l = [random.randint(-50, 50) for _ in range(n)]
    assert sorted(l) == sorted(l, key=lambda x: (x,)), n
    print(n, sorted(l)[:5], sorted(l, reverse=True)[:5])
pairs = [(random.randint(0, 5), i) for i in range(200)]
print(sorted(pairs, key=lambda p: p[0])[:10])
print(sorted(pairs, key=lambda p: p[0], reverse=True)[:10])
fl = [random.random() * 10 - 5 for _ in range(50)] + [1.0, 1.0, -0.0, 0.0]
print(sorted(fl)[:5], sorted(fl, reverse=True)[:3])
nan = float("nan")
print(sorted([3.0, nan, 1.0, 2.0]), sorted([nan, 2.0, 1.0]))
strs = ["b", "a", "é", "Z", "aa", "", "ß", "a"]
print(sorted(strs), sorted(strs, key=len), sorted(strs, key=str.lower, reverse=True))
mixed = [3, 1.5, True, 2, 10**30, -10**30, 0.0]
print(sorted(mixed))
try: sorted([1, "a", 2])
except TypeError as e: print("TypeError", e)
class K:
    calls = 0
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        K.calls += 1
        return self.v < o.v
    def __repr__(self): return f"K{self.v}"
ks = [K(random.randint(0, 9)) for _ in range(100)]
print(sorted(ks)[:8], K.calls > 0)
K.calls = 0
print(sorted(ks, reverse=True)[:8], K.calls > 0)
class Bad:
    def __lt__(self, o): raise ValueError("no")
try: sorted([Bad(), Bad()])
except ValueError as e: print("ValueError", e)
class Weird:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return random.random() < 0.5
w = sorted([Weird(i) for i in range(300)]); print(len(w), sorted(x.v for x in w) == list(range(300)))
l = [5, 2, 9]; l.sort(); print(l); l.sort(key=lambda x: -x); print(l)
def kf(x):
    if x == 3: raise KeyError(x)
    return x
try: sorted([1, 2, 3], key=kf)
except KeyError as e: print("KeyError", e)
print(sorted("hello"), sorted({3: 1, 1: 2}), sorted((2, 1)), sorted([[2], [1, 2], [1]]))
l = [3, 1, 2]
def k(x):
    l.append(x)
    return x
try:
    l.sort(key=k)
except ValueError as e:
    print("ValueError", e)
print(l)
m = [3, 1, 2]
def k2(x):
    print(len(m))
    return x
m.sort(key=k2); print(m)
