# Random sequences of array operations (a fixed seed; pymem's random is CPython's MT19937):
# results, errors, contents and sys.getsizeof must agree with CPython's after every step.
import random, sys
from array import array
rng = random.Random(20261126)
codes = 'bBhHiIlLqQfd'
def value(c):
    return rng.choice([0, 1, -1, 127, 128, -129, 255, 256, 65535, 65536, -32769, 2**31, -2**31-1, 2**32, 2**63, -2**63-1, 2**64, 1.5, 'x', True, None, 1e300, rng.randrange(-300, 300)])
def index(n):
    return rng.choice([0, 1, -1, n, -n, n - 1, -n - 1, rng.randrange(-n - 3, n + 3), 2**70, 'a'])
def a_slice(n):
    def bound():
        return rng.choice([None, 0, 1, -1, n, -n, rng.randrange(-n - 3, n + 3)])
    return slice(bound(), bound(), rng.choice([None, 1, 1, 2, -1, -2, 3, 0]))
for case in range(150):
    c = rng.choice(codes)
    init = rng.choice([[], [1, 2, 3], list(range(rng.randrange(0, 40))), range(rng.randrange(20)), b'abcdefgh'[:rng.randrange(9)], None])
    try:
        a = array(c) if init is None else array(c, init)
    except Exception as e:
        print(case, 'init', c, type(e).__name__, e)
        continue
    for step in range(8):
        n = len(a)
        op = rng.randrange(16)
        try:
            if op == 0: r = a.append(value(c))
            elif op == 1: r = a.insert(index(n), value(c))
            elif op == 2: r = a.pop(index(n)) if rng.randrange(2) else a.pop()
            elif op == 3: r = a[index(n)]
            elif op == 4: a[index(n)] = value(c); r = None
            elif op == 5: r = a[a_slice(n)]
            elif op == 6:
                other = array(rng.choice([c, c, c, 'd', 'i']), list(range(rng.randrange(0, 6))))
                a[a_slice(n)] = other; r = None
            elif op == 7: del a[a_slice(n)]; r = None
            elif op == 8: del a[index(n)]; r = None
            elif op == 9: r = a.extend(rng.choice([[value(c), value(c)], array(c, [1, 2]), range(3), array('d')]))
            elif op == 10: r = a.remove(value(c))
            elif op == 11: r = a.index(value(c))
            elif op == 12: r = a.count(rng.choice([0, 1, 2, 1.0]))
            elif op == 13:
                k = rng.choice([0, 1, 2, 3, -1])
                a *= k; r = None
            elif op == 14:
                r = a + array(c, [5]); a += array(c, [7])
            else:
                r = (a == array(c, a.tolist()), a < array(c, [1, 2]), a >= array('d', [0.0]))
            print(case, op, repr(r), a, sys.getsizeof(a))
        except Exception as e:
            print(case, op, type(e).__name__, e, a, sys.getsizeof(a))
