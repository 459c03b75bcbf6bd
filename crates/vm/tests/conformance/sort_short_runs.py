# Short lists sort exactly as CPython's timsort does (count_run, then binarysort): the
# same < calls in the same order, so NaN orders and the first failing comparison match
# (found by tools/difffuzz).
nan = float('nan')
import random
r = random.Random(3)
for i in range(300):
    n = r.randint(0, 63)
    l = [r.choice([nan, 1.0, -2.5, 3, 0.5, 7, -1]) for _ in range(n)]
    print(sorted(l), sorted(l, reverse=True))
class K:
    def __init__(s, v): s.v = v
    def __lt__(s, o):
        print('lt', s.v, o.v, end='; ')
        return s.v < o.v
    def __repr__(s): return f'K{s.v}'
print(sorted([K(3), K(1), K(2), K(5), K(4)]))
for l in [[False, -0.5, 'True', 'nan', 10**20], [1, 'a', 2.5], ['b', 'a', 1]]:
    try: print(sorted(l))
    except TypeError as e: print(e)
