# Number semantics found different in the correctness sweep: float floor division through
# fmod (as CPython's float_divmod), exact int/float comparison, float -> int conversion of
# large floats, and zero padding with grouping and the '#' prefix in format specs.
for a in (7.5, -7.5, 1.0, -1.0):
    for b in (2, -2.0, 0.3, -0.3, 0.1):
        print(a, b, a // b, a % b, divmod(a, b))
print(-0.0 // 1.0, 0.0 // -1.0, 5.0 // float("inf"), -5.0 // float("inf"))

# int/float comparisons are exact (no rounding of the int to a float)
big = 2 ** 53 + 1
print(big == float(big), big > float(big), float(big) < big, big - 1 == float(big - 1))
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308, 10 ** 400 < float("inf"), float("nan") == 10 ** 400)
print(2 ** 63 == 9.223372036854775808e18, 2 ** 63 + 1 > 9.223372036854775808e18, 0.5 < 1 < 1.5)
print(sorted([3, 2.5, 2 ** 60, 1e18, -1, -1.5]))

# float -> int at any magnitude
print(int(1e20), int(-1.5e19), int(1e300) == 10 ** 300, int(2.0 ** 70), round(1e20), round(-2.5e19))
print("%d" % 1e20, "%i" % -1.5e19, "%5d|" % 2.9, "%d" % -0.5)
for bad in (float("inf"), float("nan")):
    for conv in (int, round, lambda x: "%d" % x):
        try:
            conv(bad)
        except (ValueError, OverflowError) as e:
            print(type(e).__name__, e)

# '#' prefix before zero padding; grouping covers the zero padding
print(f"{42:#010b} {255:#010x} {-42:#010b} {8:#06o} {5:*^#8x} {255:#X}")
for w in range(1, 12):
    print(w, repr(format(12, "0%d," % w)), repr(format(-12.5, "0%d,.1f" % w)),
          repr(format(255, "#0%d_x" % w)), repr(format(12345, "+0%d_b" % w)), f"{0.5:0{w},%}")
print(format(1234, "010,"), format(1e6, "015,.1f"), format(float("inf"), "010,"), format(-1234, "=+12,"))
