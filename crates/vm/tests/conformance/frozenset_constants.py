# Set and list displays used as iterables (`for`, comprehensions) and as the right operand
# of `in` / `not in`: CPython's optimizer folds them into frozenset / tuple constants, so
# the iteration order is the frozenset constant's.
import sys


def f(x):
    return x in {1, 2, 3}


def g(x):
    return x not in {"a", "b", "c", "d"}


def h(x):
    return 0 < x in [1, 2, 3]


def k():
    out = []
    for c in {-1, 7, 15, 23, 2.5, (1, 2), 31, 39}:
        out.append(c)
    return out


def m(a, b):
    return [v for v in [a, b, 3]], [v for v in {7, 15, 23, 31, 39, 47, 55}]


def n(x):
    return x in {1, 1.0, True}, x in [x], x in {2 ** 10, -2, 3 * 4}


print(f(2), f(5), g("a"), g("q"), h(2), h(0), h(7))
print(k())
print(m(1, 2))
print(n(1), n(2), n(1024), n(12))
print(list(x for x in {33, 1, 65, 97, 129, 2}), 65 in {33, 1, 65, 97, 129, 2})
print({33, 1, 65, 97, 129, 2}, [x for x in {33, 1, 65, 97, 129, 2}])
print([c for c in {8, 16, 0, 24, 32, 40, 48, 56, 64, 72}])
print(set({8, 16, 0, 24, 32, 40, 48, 56, 64, 72}))
for i in range(12):
    print(i, [x for x in {i, i + 8, i + 16, -i, 5, 13, 21}], end="; ")
print()
for z in {(), 0, -3}:
    print(repr(z))
for z in {(1, (2, 3)), (1, 2)}:
    print(z)
try:
    print(1 in {[]})
except TypeError as e:
    print("TypeError:", e)
try:
    for q in {1, 2, []}:
        pass
except TypeError as e:
    print("TypeError:", e)
print([1, 2] in [[1, 2], 3], (1, 2) in [(1, 2)], "ab" in ["a" + "b"])
print(sys.getrefcount(f(2)) > 0)
