# math.sumprod: CPython's staged sum (machine ints, then floats with an extended-precision
# accumulator, then generic operators), so float results agree to the last bit.
import math
import random
from fractions import Fraction

print(math.sumprod([1, 2], [3, 4]), math.sumprod([1.0, 1e100, -1e100], [1, 1, 1]),
      math.sumprod([0.1] * 10, [0.1] * 10), math.sumprod([10**30, 1], [2, 3]),
      math.sumprod([2**62, 2**62], [2, 2]), math.sumprod([True, 2.5], [3.0, True]),
      math.sumprod([1, 1e308, 1e308, 2], [1, 10.0, 10.0, 3]), math.sumprod([], []),
      math.sumprod([Fraction(1, 3), 2], [3, 0.5]), math.sumprod(iter([1.5]), (2,)),
      math.sumprod([float('inf'), 1.0], [1.0, float('nan')]))
for args in [([1], [1, 2]), ([1, 2], [1]), (1, [1]), ([1, 'a'], [2, 2]), (['a', 'b'], [2, 3])]:
    try:
        math.sumprod(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)

random.seed(3)
for i in range(400):
    n = random.randint(0, 12)
    kinds = random.choice(['f', 'i', 'fi', 'big', 'b', 'mix'])

    def item():
        k = random.choice(kinds) if kinds not in ('big', 'mix') else kinds
        if k == 'f':
            return random.uniform(-1e6, 1e6) * 10 ** random.randint(-10, 10)
        if k == 'i':
            return random.randint(-10**6, 10**6)
        if k == 'big':
            return random.choice([random.randint(-10**30, 10**30), random.random() * 1e300, 2**62, 1e308])
        if k == 'b':
            return random.choice([True, False, 2.5])
        return random.choice([1, 2.5, True, 10**20, 1e300, -1e300, float('inf'), 3])

    a = [item() for _ in range(n)]
    b = [item() for _ in range(n)]
    print(i, repr(math.sumprod(a, b)))
