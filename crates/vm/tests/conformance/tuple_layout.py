# Tuples as CPython 3.12 lays them out and lets them go: sizes (40 + 8 per item, one
# block), the order the collector sees and releases items in, reference counts, tracking,
# and the operations that build tuples (each result checked for contents and identity).
import gc
import sys

print("sizes", [sys.getsizeof(tuple(range(n))) for n in (0, 1, 2, 3, 5, 10, 25, 60)])
print("__sizeof__", ().__sizeof__(), (1, 2, 3).__sizeof__())


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)


# Items are released last to first (tupledealloc).
print("dealloc order:")
t = (Noisy("a"), Noisy("b"), Noisy("c"))
del t
print("dealloc of a concatenation:")
t = (Noisy("x"),) + (Noisy("y"), Noisy("z"))
del t
print("dealloc of a repetition:")
t = (Noisy("r"),) * 3
del t
print("dealloc of a slice:")
t = tuple(Noisy(c) for c in "pqrs")
s = t[1:3]
del t
print("  slice alive")
del s

# The collector visits items last to first too (tupletraverse).
a, b, c = [1], [2], [3]
print("referents", gc.get_referents((a, b, c)))
print("referents of a slice", gc.get_referents((a, b, c)[::2]))
print("referents of *args", (lambda *args: gc.get_referents(args))(a, b))

# Reference counts: a tuple holds one reference per slot.
x = object()
before = sys.getrefcount(x)
t = (x, x, x)
print("refs held by a 3-tuple", sys.getrefcount(x) - before)
u = t * 2
print("refs after * 2", sys.getrefcount(x) - before)
v = t + u
print("refs after +", sys.getrefcount(x) - before)
w = v[1:5]
print("refs after a slice", sys.getrefcount(x) - before)
del t, u, v, w
print("refs after del", sys.getrefcount(x) - before)

# Tracking: tracked when made, untracked by a collection once no item can be tracked.
gc.collect()
atoms = (1, "two", 3.0, None)
holder = ([],)
nested = (atoms, (4, 5))
print("tracked at birth", gc.is_tracked(atoms), gc.is_tracked(holder), gc.is_tracked(nested))
gc.collect()
print("after collect", gc.is_tracked(atoms), gc.is_tracked(holder), gc.is_tracked(nested))
empty, one, two = (), (1,), (1, 2)
print("empty", gc.is_tracked(empty), empty is tuple(), empty is one[1:], empty is two * 0)

# A cycle through a tuple is collected.
lst = []
cyc = (lst,)
lst.append(cyc)
del lst, cyc
print("cycle collected", gc.collect() >= 2)

# Building and reading.
t = (1, 2, 3)
print(t + (4,), (0,) + t, t * 2, 2 * t, t * 0, t * -1, t[::-1], t[1:], t[-1], t[:0])
print(tuple([5, 6]), tuple("ab"), tuple(range(3)), tuple(x for x in (7, 8)))
print(divmod(7, 2), list(zip("ab", (1, 2))), list(enumerate("xy")), list({1: 2}.items()))
(p, *q), r = (1, 2, 3), 4
print(p, q, r)
print(hash((1, 2)) == hash((1, 2)), (1, 2) == (1, 2), (1, 2) < (1, 3), (1, (2,)) != (1, (3,)))
print(repr(()), repr((1,)), repr((1, "a", (2,))), str(((),)))
print(len(tuple(range(1000))), sum(tuple(range(1000))), tuple(range(100))[57])
print((1, 2, 3).index(2), (1, 2, 2).count(2), 2 in (1, 2), 5 in (1, 2))
e = ValueError("m", 1)
print(e.args, type(e.args).__name__, sys.getsizeof(e.args))


def f(*args, **kw):
    return args


print(f(), f(1), f(1, 2, k=3), f(*[4, 5]), sys.getsizeof(f(1, 2)))
try:
    (1, 2)[5]
except IndexError as exc:
    print("IndexError", exc)
try:
    (1,) * (2**62)
except MemoryError:
    print("MemoryError")
