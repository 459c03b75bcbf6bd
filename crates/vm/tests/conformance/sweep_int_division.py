# Int true division correctly rounded (and OverflowError past the float range), ints too
# large for float arithmetic, __len__ results out of range, deep tuple hashing (no
# recursion limit, as CPython's tuplehash) and the repr recursion message.
import sys
cases = [(10**400, 3), (10**400, 10**399), (2**60 + 1, 3), (-(2**70), 7), (1, 3 * 10**300), (10**30, 10**330), (7, -(2**80)), (2**1023 * 3, 2), (2**1024, 2), (2**1025, 2), (1, 2**1080), (3**500, 5**200), (0, 10**100), (-0, -(10**100)), (2**53 + 1, 1), (2**54 + 3, 2), (10**17 + 1, 10), (123456789 ** 5, 987654321 ** 3)]
for a, b in cases:
    try:
        print(repr(a / b))
    except OverflowError as e:
        print("OverflowError", e)
for f in (lambda: 10**400 + 1.0, lambda: 1.5 * 10**400, lambda: 10**400 < 1e308, lambda: 2.0 ** 10 + 10**300, lambda: 10**400 // 1.5):
    try:
        print(f())
    except OverflowError as e:
        print("OverflowError", e)
class L:
    def __len__(self): return 2 ** 70
class M:
    def __len__(self): return -(2 ** 70)
for c in (L, M):
    try:
        len(c())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
t = ()
for i in range(50000):
    t = (t,)
print(hash(t) == hash(t))
l = []
for i in range(5000):
    l = [l]
try:
    repr(l)
except RecursionError as e:
    print(e)
