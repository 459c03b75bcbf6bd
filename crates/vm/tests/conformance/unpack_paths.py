# Unpacking: the swap the compiler's pair becomes, tuples and lists of the right length,
# iterators read only as far as the check needs, and CPython's errors.
import itertools


def swap(a, b):
    a, b = b, a
    return a, b


print(swap(1, 2), swap("x", [3]))
x, y, z = 1, 2, 3
print(x, y, z)
a, b = [10, 20]
print(a, b)
c, d = "hi"
print(c, d)
it = iter(range(10))
try:
    e, f = it
except ValueError as ex:
    print("ValueError", ex)
print(next(it))
try:
    g, h = itertools.count()
except ValueError as ex:
    print("ValueError", ex)
for seq in ([1], (1, 2, 3), {"k": 1}, 5, None):
    try:
        p, q = seq
        print(p, q)
    except (ValueError, TypeError) as ex:
        print(type(ex).__name__, ex)
first, *rest = itertools.islice(itertools.count(), 4)
print(first, rest)


def gen():
    yield 1
    yield 2
    print("generator asked for a third item")
    yield 3


try:
    m, n = gen()
except ValueError as ex:
    print("ValueError", ex)
m, n = (v * 2 for v in (4, 5))
print(m, n)
