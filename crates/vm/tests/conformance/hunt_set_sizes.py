# sys.getsizeof of sets built in bulk: set_merge's one resize up front ((used + other) * 2)
# for set(s), s.copy(), frozenset(s), s | t, s.union(t), {*s}, constant displays, and the
# same rule for an exact dict's keys (set(d), {*d}, s.update(d)); sets grown one item at a
# time (comprehensions, set(iterable), s & t, s ^ t) resize at 60% as before. Iteration
# orders of colliding ints follow the same tables.
import sys

a, b, c, d_, e = 1, 2, 3, 4, 5
s = set(range(5))
fs = frozenset(range(5))
d5 = dict.fromkeys(range(5))
d12 = dict.fromkeys(range(12))
cases = [
    ("{1, 2, 3, 4, 5}", lambda: {1, 2, 3, 4, 5}),
    ("{1, 2, 3}", lambda: {1, 2, 3}),
    ("{a, b, c, d, e}", lambda: {a, b, c, d_, e}),
    ("set(s)", lambda: set(s)),
    ("set(fs)", lambda: set(fs)),
    ("s.copy()", lambda: s.copy()),
    ("fs.copy()", lambda: fs.copy()),
    ("frozenset(s)", lambda: frozenset(s)),
    ("s | {9}", lambda: s | {9}),
    ("s.union([9])", lambda: s.union([9])),
    ("s & fs", lambda: s & fs),
    ("s - {1}", lambda: s - {1}),
    ("s ^ {1}", lambda: s ^ {1}),
    ("20 constants", lambda: {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20}),
    ("comprehension", lambda: {i for i in range(5)}),
    ("{*s}", lambda: {*s}),
    ("{*s, 7}", lambda: {*s, 7}),
    ("{*[1, 2, 3, 4, 5]}", lambda: {*[1, 2, 3, 4, 5]}),
    ("frozenset({...})", lambda: frozenset({1, 2, 3, 4, 5})),
    ("set(d5)", lambda: set(d5)),
    ("set(d12)", lambda: set(d12)),
    ("frozenset(d5)", lambda: frozenset(d5)),
    ("{*d5}", lambda: {*d5}),
    ("{1}.union(d5)", lambda: {1}.union(d5)),
    ("set(d5.keys())", lambda: set(d5.keys())),
    ("set(list)", lambda: set([1, 2, 3, 4, 5])),
    ("set(range(5))", lambda: set(range(5))),
    ("set(genexp)", lambda: set(i for i in range(5))),
]
for label, make in cases:
    print(f"{label:<20} {sys.getsizeof(make()):>5}")
u = set()
u.update(s)
print("update(s)", sys.getsizeof(u))
u = {1, 2}
u.update(d12)
print("update(d12)", sys.getsizeof(u), list(u))
u = set()
u |= s
print("|= s", sys.getsizeof(u))
big = set(range(100))
print(sys.getsizeof(big), sys.getsizeof(set(big)), sys.getsizeof(big.copy()), sys.getsizeof({*big}))
for i in range(90):
    big.discard(i)
print(sys.getsizeof(big), sys.getsizeof(set(big)), sys.getsizeof(big.copy()))
big.clear()
print(sys.getsizeof(big))
print(list({*s, 100, 7, 8, 16}), list(set(d12)), list({*d12}), list(set(s) | {33, 9, 17}))
print(list(set(dict.fromkeys([8, 16, 24, 32, 40, 1]))), list({*[8, 16, 24, 32, 40, 1]}))
