# f-strings, format specs, %-formatting, str.format
pi = 3.14159265
print(f"{pi:.2f} {pi:10.3f}| {pi:<10.1f}| {pi:e} {pi:g} {1e20:g} {0.0001:g}")
print(f"{42:5d}|{42:<5d}|{42:^5d}|{42:05d}|{-42:+d}|{42:x}|{42:X}|{42:#o}|{42:b}|{1234567:,}|{1234567:_}")
print(f"{'s':>4}|{'s':*<4}|{'mid':-^9}|{'trunc':.3}")
print(f"{0.5:%} {0.256:.1%} {3:.2f} {2.0:.0f} {1.5!r} {'q'!r}")
name, n = "x", 3
print(f"{name=}" if False else f"{name}={n}", f"{{literal}}", f"{n * 2}", f"{[1, 2]}")
print("%d items at %.2f each = %8.3f" % (3, 1.5, 4.5))
print("%s|%r|%5s|%-5s|%c" % ("a", "a", "b", "c", "d"))
print("%x %X %o %05d %+d %e" % (255, 255, 8, 42, 5, 12345.678))
print("%(a)s-%(b)d" % {"a": "A", "b": 2}, "100%% sure" % ())
print("{:>6.2f}|{:<4}|{:^7}".format(2.5, "ab", "mid"))
print(format(3.0), format(10, "04"), format("x", "^3"), str(1e100), repr(1.23e-10), 1/7)
print(round(0.1 + 0.2, 10), 2.0 ** 0.5, 12345678901234567890.0)
