# Big-int arithmetic in realistic use, and round(int, negative digits) exact with halves
# to even at any magnitude.
import math
f = 1
for i in range(1, 101):
    f *= i
print(f, len(str(f)), f % (10**9 + 7), f.bit_length(), sum(int(d) for d in str(f)))
a, b = 0, 1
for _ in range(500):
    a, b = b, a + b
print(a, a // 10**100, a % 97, -a // 7, -a % 7, divmod(-a, 10**50))
print(pow(3, 10**6, 10**9 + 7), pow(-3, 5), pow(2, 100, -7), pow(10**30, -1, 7))
x = -(2**100) + 12345
print(x & 0xFFFF, x | 1, x ^ -1, ~x, x >> 3, x << 3, -x >> 99, x >> 200)
print(math.gcd(2**100, 6**50), math.factorial(30), math.isqrt(10**40 + 1), math.comb(100, 50), math.perm(10, 3))
print(hex(-255), oct(-8), bin(-5), int("-0b101", 0), int("ff", 16), int("Z", 36), int("1" * 50, 2))
print(str(10**50)[::7], repr(-10**20), float(2**70), int(float(2**70)) == 2**70, 2**70 == float(2**70))
print((2**64).to_bytes(9, "big"), int.from_bytes(b"\xff" * 9, "big"), (-1).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xfe", "little", signed=True))
print(round(12345678901234567890, -5), round(-15, -1), round(25, -1), abs(-10**30), max(10**20, 10**20 + 1), min(-10**20, 5))
print(10**20 / 10**10, 10**400 // 10**398, 7 * 10**20 // 3, (10**20 + 1) % 10**10, 2 ** 64 - 1 == 18446744073709551615)
print(f"{2**100:,}", f"{2**70:x}", f"{-2**70:_d}", f"{10**25:e}", f"{10**20:.3g}", "%d %x" % (2**80, 2**80))
print(hash(2**61 - 1), hash(2**61), hash(-2**61), hash(10**30), hash(-1), hash(-2))
print(sorted([10**20, -5, 3.5, 2**64, -10**19]), sum([10**18] * 20), math.prod(range(1, 25)) if hasattr(math, "prod") else "")
for x in (12345678901234567890, -12345678901234567890, 15, 25, -15, -25, 123456789012345678, 5, 0, 10**30 + 5 * 10**9, 2**70):
    print([round(x, d) for d in (-1, -2, -5, -10, -19, -20, -21, -40, 0, 2)])
print(round(1234.5, -1), round(1250.0, -2), round(-1350.0, -2), type(round(15, -1)), round(True, -1), round(10**400, -399))
