# Chained comparisons, short-circuit values, identity, precedence, augmented assignment
# evaluating targets once, conditional expressions, walrus.
calls = []
def v(x):
    calls.append(x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1 != 2, 1 < 2 > 1, "a" < "b" <= "b")
print(v(1) < v(0) < v(5), calls)
calls.clear()
print(v(0) or v(2), v(1) and v(0), v(0) and v(9), v("") or v([]) or v("last"), calls)
print(not 0, not "", not [1], (not 1) == False, 0 or None, None and 1)
a = [1]
b = a
c = [1]
print(a is b, a is c, a == c, a is not c, None is None, x is not None if (x := 1) else 0, type(a) is list)
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2, 7 // 2 * 2, 7 % 3 ** 2, 1 + 2 << 1, 1 | 2 ^ 3 & 4, ~0 + 1)
print(not 1 == 2, 1 < 2 == True, (1 < 2) == True, 3 in [1, 3] == True, "x" if 0 else "y" if 1 else "z")
counter = {"n": 0}
def key():
    counter["n"] += 1
    return "k"
store = {"k": 10}
store[key()] += 5
print(store, counter)
class O:
    def __init__(self):
        self.val = 1
objs = [O()]
idx_calls = []
def idx():
    idx_calls.append(1)
    return 0
objs[idx()].val *= 7
print(objs[0].val, len(idx_calls))
lst = [1, 2]
lst += [3]
t = (1,)
t += (2,)
s = "a"
s *= 3
n = 10
n //= 3
n **= 2
n -= 1
n %= 5
n <<= 3
n |= 1
n ^= 2
n &= 0xff
n >>= 1
print(lst, t, s, n)
f = 7.0
f /= 2
print(f)
if (m := len(lst)) > 2:
    print("walrus", m)
vals = [y for x in range(5) if (y := x * x) > 4]
print(vals, y)
print([i for i in range(10)][2:8:3], (lambda *a: a)(*range(3)), max(1, 2, key=lambda q: -q))
print(1 if True else 2, "ok" if [] else "empty", (0 or 0.0 or "") == "", bool(0 or None))
print(10 - 2 - 3, 2 ** -1, 100 / 10 / 2, 2 * 3 % 4, -7 // 2, -(7 // 2), +5, -(-5), ~~5)
print(0.1 * 3, 1e3 == 1000, 1 == 1.0 == True, "1" == 1, [] == [], [] is [], (t2 := ()) is t2)
x = 5
print(0 < x < 10, 0 < x > 10, x == 5 == 5.0, not 0 < x)
