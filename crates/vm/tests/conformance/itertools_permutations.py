# itertools.permutations and combinations (native steps): CPython's order, empty and oversized r,
# argument errors (permutations takes only ints as r, combinations any __index__), iterator protocol.
import itertools
from itertools import permutations, combinations
for pool in ['', 'a', 'ab', 'abc', 'abcd', range(5)]:
    for r in [None, 0, 1, 2, 3, 4, 6]:
        p = list(permutations(pool, r)) if r is not None else list(permutations(pool))
        print(len(p), p[:4], p[-2:])
        if r is not None:
            c = list(combinations(pool, r))
            print(len(c), c[:4], c[-2:])
print(len(list(permutations(range(7)))), sum(map(sum, permutations(range(6), 4))))
print(len(list(combinations(range(12), 5))))
for f in (permutations, combinations):
    for big in (10**30, -10**30):
        try:
            f("abc", big)
        except (OverflowError, ValueError) as e:
            print(type(e).__name__, e)
for bad in [-1, 'x', 1.5]:
    for f in (permutations, combinations):
        try:
            f('abc', bad)
        except (TypeError, ValueError) as e:
            print(f.__name__, type(e).__name__, e)
it = permutations('ab')
print(repr(it).split(' at ')[0], type(it).__name__, type(it).__module__, iter(it) is it)
print(next(it), list(it), list(it))
c = combinations([1, 2, 3], 2)
print(next(c), next(c), next(c))
try:
    next(c)
except StopIteration:
    print('stop')
class I:
    def __index__(self): return 2
print(list(combinations('abc', I())))
try:
    permutations('abc', I())
except TypeError as e:
    print(e)
print(list(permutations(iter([3, 1, 2]), 2)))
try:
    permutations()
except TypeError as e:
    print(type(e).__name__)
