# List and tuple slicing by every kind of step, slice assignment from lists, tuples,
# the list itself and iterators, and bound built-in methods kept in names and called.
import sys

a = list(range(10))
t = tuple(a)
for s in (slice(None), slice(2, 7), slice(7, 2), slice(None, None, 2), slice(1, None, 3),
          slice(None, None, -1), slice(8, 1, -2), slice(-3, None), slice(None, -3, -1),
          slice(100, -100, -7), slice(-100, 100, 4), slice(1, None, sys.maxsize),
          slice(None, None, -sys.maxsize), slice(5, 5), slice(3, 4, -1)):
    print(s, a[s], t[s])
print(t[:] is t, a[:] is a, a[:] == a)

b = list(range(8))
b[2:5] = [20, 30]
print(b)
b[:0] = ("x", "y")
print(b)
b[::2] = tuple("ABCDE")
print(b)
b[:] = b
print(b)
b[1:3] = b
print(b)
b[::-3] = iter(range(7, 7 + len(b[::-3])))
print(b)
b[len(b):] = (i * i for i in range(3))
print(b)
for bad in ([1, 2], 5, None):
    try:
        b[::2] = bad
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    b[1:2] = 7
except TypeError as e:
    print(type(e).__name__, e)

perm = [0, 1, 2, 3, 4, 5]
k = 3
perm[:k + 1] = perm[k::-1]
print(perm)

items = []
push = items.append
ins = items.insert
pop = items.pop
count = items.count
for i in range(6):
    push(i)
ins(0, pop())
ins(2, pop(0))
print(items, count(3), pop(), items)
d = {}
get = d.get
setdefault = d.setdefault
setdefault("a", []).append(1)
print(get("a"), get("b"), get("b", 0))
for f, args in ((pop, (1, 2)), (push, ()), (get, ()), (ins, ("x", 1)), (pop, (99,))):
    try:
        f(*args)
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
join = ", ".join
print(join(["p", "q"]), join(s for s in "rs"))
upper = "abc".upper
print(upper(), sys.getrefcount(upper) >= 2)
