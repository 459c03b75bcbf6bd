# round(float, ndigits) exactly as CPython (one rounding of the exact binary value, halves
# to even, for any ndigits; OverflowError when the result is too large).
import random
random.seed(7)
vals = [random.uniform(-1e6, 1e6) for _ in range(200)] + [0.5, 1.5, 2.5, -0.5, 1e300, 5e-324, 123.456, 0.125, 0.375, 1e22, 1.7976931348623157e308, float("inf"), float("nan"), -0.0]
out = []
for v in vals:
    for d in (-3, -1, 0, 1, 2, 5, 15, 400):
        try:
            out.append(repr(round(v, d)))
        except OverflowError as e:
            out.append("OverflowError")
print(len(out))
print("\n".join(out))
for d in (-308, -307, -300):
    try: print(round(1.7976931348623157e308, d))
    except OverflowError as e: print(e)
