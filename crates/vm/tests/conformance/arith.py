# int/float arithmetic, big ints, division semantics, comparisons
print(1 + 2, 7 - 10, 6 * 7, 7 / 2, 7 // 2, -7 // 2, 7 % 3, -7 % 3, 2 ** 10)
print(2 ** 64, 2 ** 100 - 1, -(2 ** 70), (2 ** 64) // 3, (2 ** 64) % 1000)
print(10 ** 12, 10 ** 20 * 10 ** 20, 123456789 * 987654321)
print(0.1 + 0.2, 1 / 3, 2.5 * 4, 1e16, 1e-5, 1.5e300 * 10, -0.0, 3.0)
print(1 < 2 < 3, 3 > 2 > 5, 1 == 1.0, 2 != 2, 1 <= 1, "a" < "b")
print(5 & 3, 5 | 3, 5 ^ 3, ~5, 1 << 70, 1024 >> 3, -1 >> 10)
print(abs(-5), abs(-2.5), divmod(-7, 2), divmod(7.5, 2), pow(3, 4, 5))
print(round(2.5), round(3.5), round(2.675, 2), round(-0.5), round(1234, -2))
print(int("  42 "), int("-17"), int("ff", 16), int("0b101", 0), int(3.99), int(-3.99))
print(float("1.5"), float("inf"), float("-inf"), float(3))
print(True + True, True * 10, isinstance(True, int), bool(0.0), bool(""), bool([0]))
print(hex(255), oct(8), bin(5), hex(-1), 7 .bit_length())
x = 10
x += 5
x *= 2
x -= 1
x //= 2
x **= 2
print(x)
print(max(3, 1, 2), min([4, 5, 1]), sum([1, 2, 3]), sum([0.5, 0.25], 1))
print(float("nan") == float("nan"), 1e308 * 10)
