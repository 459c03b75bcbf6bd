# math.gamma and math.lgamma: CPython's own Lanczos computation, bit for bit (float.hex), its
# special values, domain and range errors, and argument errors.
import math, random
random.seed(12345)
vals = [0.0, -0.0, 1.0, 2.0, -1.0, -2.5, 171.5, 172.0, -171.5, -200.5, 1e-30, -1e-30,
        float('inf'), float('-inf'), float('nan'), 1e308, -1e308, 3, True, 0.5, 1.5, 4.999999, 5.0000001,
        139.99, 140.01, -139.99, -140.01, 23.0, 24.0, 22.5, 1e-20, 2e-20, -5.5, 200.0, 200.5, -199.5]
for _ in range(3000):
    vals.append(random.uniform(-180, 180))
    vals.append(random.uniform(-6, 6))
    vals.append(random.uniform(0, 1e-5))
    vals.append(10 ** random.uniform(-25, 300))
bad = 0
out = []
for f in (math.gamma, math.lgamma):
    for x in vals:
        try:
            r = f(x).hex()
        except (ValueError, OverflowError) as e:
            r = type(e).__name__ + ":" + str(e)
        out.append(r)
for i, r in enumerate(out[:80]):
    print(i, r)
# Every result, bit for bit, folded into one number (12,000 random arguments per function).
h = 0
for r in out:
    for ch in r:
        h = (h * 131 + ord(ch)) % 1000000007
print(len(out), h)
for bad in ("x", None, [1]):
    try:
        math.gamma(bad)
    except TypeError as e:
        print(e)
try:
    math.lgamma()
except TypeError as e:
    print(e)
