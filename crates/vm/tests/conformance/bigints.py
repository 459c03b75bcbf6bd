# arbitrary-precision ints
a = 2 ** 200
print(a, a + 1, a - 1, a * a, a // 7, a % 7, -a // 7, -a % 7)
print(a > 10 ** 60, a == 2 ** 200, hash(a) == hash(2 ** 200), str(a)[:10], len(str(a)))
print(int("123456789012345678901234567890") * 3, abs(-a) == a, a >> 190, 1 << 100)
f = 1
for i in range(1, 31):
    f *= i
print(f, f.bit_length(), pow(2, 100, 97), divmod(a, 10 ** 30)[1])
print(9223372036854775807 + 1, -9223372036854775808 - 1, 3037000500 * 3037000500)
print(float(2 ** 80), int(1e20), round(1e22) == 10 ** 22)
