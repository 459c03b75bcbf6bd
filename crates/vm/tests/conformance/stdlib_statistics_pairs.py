# fmean/geometric/harmonic means, medians, covariance/correlation/linear_regression and NormalDist arithmetic: values and errors.
import statistics as s
from fractions import Fraction as F
def err(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
data = [1.5, 2.25, 3, 4.125, 100, -7.5, 0.1, 0.2, 0.3]
for d in (data, [1, 2, 3, 4], [F(1, 3), F(2, 7), F(5, 9)], [3], iter([2.5, 3.5, 9.0]), (x * 0.1 for x in range(10)), range(7)):
    err(lambda: s.fmean(d))
err(lambda: s.fmean([])); err(lambda: s.fmean(iter([]))); err(lambda: s.fmean([1, 2, 3], [0.1, 0.2, 0.3])); err(lambda: s.fmean([1, 2, 3], iter([1, 2, 3])))
err(lambda: s.fmean([1, 2], [1])); err(lambda: s.fmean([1, 2], [1, -1])); err(lambda: s.fmean({1: 2, 3: 4}))
for d in ([1, 2, 3, 4.5], [0.1] * 7, [F(1, 2), 8], iter([4, 9]), [1e300, 1e-300], [], [0, 1], [-1, 2]):
    err(lambda: s.geometric_mean(d))
for d, w in (([1, 2, 4], None), ([1, 2, 4], [3, 2, 1]), ([1, 2, 4], iter([1, 1, 1])), ([0, 2], None), ([5], None), ([-5], None), ([1, 2], [1]), ([1, 2], [-1, 1]), ([2.5, 4], None), ([F(1, 3), F(1, 2)], None), ([1, 2], [0, 0])):
    err(lambda: s.harmonic_mean(d, w))
for d in ([3, 1, 2], [4, 1, 3, 2], [1.5, 2.5], [], ["b", "a", "c", "d"], [5], iter([9, 1, 5, 7])):
    d = list(d) if not isinstance(d, list) else d
    err(lambda: s.median(d)); err(lambda: s.median_low(d)); err(lambda: s.median_high(d))
x = [1, 2, 3, 4, 5, 6.5, 7, 8, 9]; y = [1, 3, 2, 5, 4, 6, 9, 8, 7.25]
err(lambda: s.covariance(x, y)); err(lambda: s.correlation(x, y)); err(lambda: s.correlation(x, y, method='ranked'))
err(lambda: s.correlation(x, [1] * 9)); err(lambda: s.correlation(x, y, method='x')); err(lambda: s.correlation(x, y, method=[]))
err(lambda: s.covariance([1], [2])); err(lambda: s.covariance([1, 2], [2])); err(lambda: s.correlation([1], [2])); err(lambda: s.linear_regression([1], [2, 3]))
err(lambda: s.linear_regression(x, y)); err(lambda: s.linear_regression(x, y, proportional=True)); err(lambda: s.linear_regression([2, 2], [1, 3]))
err(lambda: s.linear_regression([1, 2, 3], [F(1, 2), 2, 3])); err(lambda: s.linear_regression([1, 2, 3], [1, 2, 3], proportional=True)); err(lambda: s.correlation([1, 1, 2, 3], [5, 5, 5, 1], method='ranked'))
N = s.NormalDist
a, b = N(1.5, 2), N(-3, 0.5)
for v in (a + b, a - b, a + 3, 3 + a, a - 1, 10 - a, a * 3, 3 * a, a * -2, a / 4, a / -4, +a, -a):
    print(repr(v))
print(a == N(1.5, 2.0), a == b, a == 3, hash(a) == hash(N(1.5, 2)), a.__getstate__(), a.pdf(0.3), a.cdf(0.3), a.inv_cdf(0.01), a.inv_cdf(0.5), a.zscore(7), a.quantiles(), a.overlap(b), a.variance)
z = N(1, 0)
for f in (lambda: z.pdf(1), lambda: z.cdf(1), lambda: z.zscore(1), lambda: a.inv_cdf(0), lambda: a.inv_cdf(1.0), lambda: a.inv_cdf(float('nan')), lambda: z.inv_cdf(0.3), lambda: N(0, -1), lambda: a + "x", lambda: a.overlap(3)):
    err(f)
c = N(0, 1); c.__setstate__((2.0, 3.0)); print(repr(c), repr(N.from_samples([1, 2, 3.5, 9])), N(3, 4).samples(3, seed=5))
class M(N): pass
print(repr(M(1, 2)), repr(M(1, 2) + 1))
