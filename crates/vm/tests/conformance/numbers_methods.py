# Methods and attributes of int, float and bool.
def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for n in [0, 1, 255, -255, 2**100, -1]:
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.real, n.imag, n.numerator, n.denominator, n.conjugate())
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (255).to_bytes(1, "big"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes([1, 2], "big"))
show((256).to_bytes, 1, "big")
show((-1).to_bytes, 1, "big")
show((1).to_bytes, 1, "middle")
for x in [0.5, -2.5, 3.0, 1e300, 0.1]:
    print(x, x.is_integer(), x.as_integer_ratio(), x.real, x.imag, x.conjugate(), x.hex())
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), (2.5).__round__(), round(2.675, 2))
show(float("inf").as_integer_ratio)
show(float("nan").as_integer_ratio)
print(True.bit_length(), True.real, True + 0.5, (True).numerator, int(True), float(False), True & False, True | False, True ^ True)
print(isinstance(True, int), issubclass(bool, int), bool.__name__, type(True) is bool, True == 1, hash(True) == hash(1))
print(int("  7  "), int("-0"), int("+12"), (7).__index__() if hasattr(7, "__index__") else 7, abs(-7), -(-7))
print(5 .__class__.__name__, (5).__class__ is int, (2.5).__class__.__name__)
print(divmod(-7, 2), divmod(7.5, -2), (-7) // 2, -7 % 2, 7 % -2, -7.5 // 2)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, 1e308 * 10, -1e308 * 10, float("inf") - float("inf"))
print(2 ** 0.5, 4 ** 0.5, (-8) ** (1/3) if False else "skip", 10 ** 20, 10 ** 20 / 3, 7 / 7, 1 / 8)
print(int(1e20), int(-1.5), int(2.9999), round(-0.5), round(1.5), round(2.5), round(-2.5), round(0.125, 2), round(0.375, 2))
print(float("1e-320"), 5e-324, 1.7976931348623157e308, 2.2250738585072014e-308, 123456789.123456789)
print(3 .__add__(4), (3).__mul__(2), (10).__floordiv__(3), (2.0).__mul__(3))
