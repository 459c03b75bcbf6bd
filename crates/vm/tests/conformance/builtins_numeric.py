# int()/float() parsing and errors, round, divmod, pow, abs, hex/oct/bin, format specs.
def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for s in ["42", "  -17 ", "+5", "0", "1_000", "0x1f", "12abc", "", "3.5", " ", "1__0", "_1"]:
    show(int, s)
for s, b in [("ff", 16), ("0xff", 16), ("0xff", 0), ("0o17", 0), ("0b101", 0), ("z", 36), ("12", 2), ("10", 1), ("10", 37), ("010", 0), ("0", 0)]:
    show(int, s, b)
show(int, 3.99)
show(int, -3.99)
show(int, True)
show(int, None)
show(int, [1])
show(int, float("inf"))
show(int, float("nan"))
show(int)
print(int("5", base=10))
for s in ["1.5", " -2.25 ", "1e3", "inf", "-Infinity", "nan", "1_0.5", "abc", "", "1e400", "0x10", ".5", "5."]:
    show(float, s)
show(float, 10)
show(float, None)
show(float)
show(float, 2 ** 2000)
for x in [0.5, 1.5, 2.5, -0.5, -1.5, 3.14159, 2.675, 1e20, -7.0]:
    print(x, round(x), round(x, 1), round(x, 2), round(x, 0))
for n in [1234, -1234, 15, 25, 35, 0]:
    print(n, round(n, -1), round(n, -2), round(n, 1), round(n))
show(round, float("inf"))
show(round, float("nan"))
show(round, 1.5, None)
show(round, "1")
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (7.5, 2), (-7.5, 2), (7, 0.5), (2**70, 3)]:
    print(a, b, divmod(a, b), a // b, a % b)
show(divmod, 1, 0)
show(divmod, 1.0, 0)
show(divmod, "a", 1)
for args in [(2, 10), (2, -1), (2, 10, 7), (3, 4, -5), (-3, 3, 5), (2, -1, 7), (0, 0), (-8, 1/3 if False else 2), (2.0, 3), (4, 0.5)]:
    show(pow, *args)
show(pow, 2, 3, 0)
show(pow, 2, -1, 4)
show(pow, 2.0, 3, 5)
show(pow, 0, -1)
show(pow, 0.0, -1)
for x in [-5, 5, -2.5, 0.0, -0.0, True, -2**80]:
    print(abs(x))
show(abs, "x")
for n in [255, -255, 0, 2**64, -1]:
    print(hex(n), oct(n), bin(n))
show(hex, 1.5)
show(bin, "1")
for v, spec in [(255, "x"), (255, "#X"), (255, "08b"), (-255, "#o"), (1234567, ","), (1234567, "_"), (1234567.891, ",.2f"),
                (3.14159, ".3"), (3.14159, "10.2f"), (3.14159, "<10.2f"), (3.14159, "^10.2f"), (3.14159, "+.1e"),
                (0.000123, "g"), (123456789.0, "g"), (0.5, "%"), (0.25, ".1%"), (42, "+d"), (42, " d"), (-42, "=8d"),
                (42, "*^9"), ("abc", ">6"), ("abc", "_<6"), ("abc", ".2"), (True, "d"), (12, "c"), (1e100, ".2e"), (5, "")]:
    print(repr(format(v, spec)))
show(format, 1.5, "d")
show(format, "a", "d")
show(format, 3, "q")
print(int("10", base=16), int(" 0b11 ", 0), float(" 1.5\n"))
print(7 // 2, -7 // 2, 7 % -3, -7 % 3, 7.0 // 2, -7.0 % 3, 2 ** -2, (-2) ** 3, 10 / 4, 9 / 3)
print(1e16, 1e15, 123456789012345678.0, 0.1 + 0.2, 1 / 3, -0.0, 2.0 ** 0.5, 1e-5, 1.5e-7)
print(int.__name__, (5).bit_length(), (255).bit_length(), (-1).bit_length())
print(True + True, True * 3, -True, ~5, ~-1, 5 & 3, 5 | 3, 5 ^ 3, 1 << 10, 1024 >> 3, -9 >> 1)
show(lambda: 1 << -1)
show(lambda: 1 / 0)
show(lambda: 1 % 0)
show(lambda: 1.0 / 0)
show(lambda: 2.0 ** 10000)
show(lambda: 10 ** -1)
