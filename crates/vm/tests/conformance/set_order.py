# Sets iterate and print in CPython's hash-table order (ints hash to themselves).
def mk(*a):
    s = set()
    for x in a: s.add(x)
    return s
print(mk(17, 9, 1, 2, 3), mk(-1, 0, 8), mk(100, 5, -7, 33, 1000, 2**40, 64), {x*7 for x in range(12)}, set([8,16,0,24]), set(range(20, 0, -3)))
x = 3
print({x, 1, 2}, list({x, 2, 1}), [v for v in {x * 10, 5, 1}], frozenset([x, 2, 1]), {(1, 2), (0, 1)} == {(0, 1), (1, 2)})
s = set([5, 3, 1])
print(s.pop(), s)
print({x % 5 for x in [9, 3, 7, 1]}, sorted({3, 1}), {True, 2, 0})
for i in {7, 3}:
    print("iter", i)
print(", ".join(str(v) for v in {30, 10, 20}), max({4, 9, 2}), tuple({2, 1}))
try:
    t = {1, 2, 3}
    for v in t:
        t.add(v + 100)
except RuntimeError as e:
    print("RuntimeError:", e)
