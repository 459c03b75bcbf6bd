# tuples, unpacking, starred, swap
t = (1, 2, 3)
print(t, t[0], t[-1], t[1:], len(t), t + (4,), t * 2, (1,), ())
a, b, c = t
print(a, b, c)
a, b = b, a
print(a, b)
first, *rest = [1, 2, 3, 4]
*init, last = "abc"
x, *mid, y = range(6)
print(first, rest, init, last, x, mid, y)
(p, q), r = (1, 2), 3
print(p, q, r)
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)
print(t.index(2), t.count(3), (1, 2) < (1, 3), (1, 2) == (1, 2), tuple([1, 2]), tuple("ab"))
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], *(3,), **{"k": 4}))
print(hash((1, 2)) == hash((1, 2)), {(1, "a"): 1})
