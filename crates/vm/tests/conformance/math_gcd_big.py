# math.gcd / math.lcm of big ints (Lehmer's algorithm in pymem) and the Fractions built on them.
import math
import random
from fractions import Fraction

r = random.Random(12345)
for bits in (10, 63, 64, 65, 128, 500, 2000, 7000):
    for _ in range(6):
        common = r.getrandbits(bits // 2) + 1
        a = common * (r.getrandbits(bits) + 1)
        b = common * (r.getrandbits(bits // 3 + 1) + 1)
        g = math.gcd(a, -b)
        assert a % g == 0 and b % g == 0
        assert math.gcd(a // g, b // g) == 1
        print(bits, g % 1000000007, math.gcd(b, a) == g, math.lcm(a, b) == a * b // g)
f1, f0 = 1, 0
for _ in range(2000):
    f1, f0 = f1 + f0, f1
print(math.gcd(f1, f0), math.gcd(f1 * 6, f0 * 4), math.gcd(), math.gcd(0, 0), math.gcd(-12, 18, 8))
s = Fraction(0)
for i in range(1, 400):
    s += Fraction(1, i)
print(s.denominator % 1000000007, s.numerator % 1000000007, float(s))
