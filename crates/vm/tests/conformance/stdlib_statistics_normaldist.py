# statistics.NormalDist: construction, from_samples, pdf/cdf/inv_cdf/quantiles/overlap/
# zscore, arithmetic, equality and hashing, samples with a seed, errors; and math.erf/erfc.
import math
import random
from statistics import NormalDist, StatisticsError

N = NormalDist


def show(expr):
    try:
        r = eval(expr)
    except Exception as e:
        print(expr, '->', type(e).__name__ + ':', e)
    else:
        print(expr, '->', repr(r))


d = N(100, 15)
for e in ["N()", "N(100, 15)", "N(1, 0)", "N(1, -1)", "N('a')", "N(2, 3).mean", "N(2, 3).median",
          "N(2, 3).mode", "N(2, 3).stdev", "N(2, 3).variance",
          "N.from_samples([2.5, 3.25, 5.5, 11.25, 11.75])", "N.from_samples([1, 2])",
          "N.from_samples([1])", "N.from_samples([1, float('inf')])",
          "d.pdf(100)", "d.pdf(130)", "d.cdf(130)", "d.cdf(50)", "d.cdf(float('inf'))",
          "d.inv_cdf(0.5)", "d.inv_cdf(0.975)", "d.inv_cdf(0.01)", "d.inv_cdf(1e-300)",
          "d.inv_cdf(0.99999)", "d.inv_cdf(0)", "d.inv_cdf(1)", "d.quantiles()", "d.quantiles(10)",
          "N(2.4, 1.6).overlap(N(3.2, 2.0))", "N(1, 2).overlap(N(1, 2))", "N(0, 1).overlap(N(3, 1))",
          "N(0, 1).overlap(5)", "N(0, 0).overlap(N(1, 1))", "d.zscore(130)", "N(1, 0).zscore(1)",
          "N(1, 0).pdf(1)", "N(1, 0).cdf(1)", "N(1, 0).inv_cdf(0.5)",
          "d + 10", "10 + d", "d - 10", "10 - d", "d * 2", "2 * d", "d * -2", "d / 5", "-d", "+d",
          "d + N(10, 20)", "d - N(10, 20)", "d == N(100, 15)", "d == N(100.0, 15.0)", "d == 3",
          "hash(d) == hash(N(100, 15))", "d.__getstate__()", "N(0, 1).samples(3, seed=42)",
          "len(N(5, 2).samples(10))", "d * 'x'", "d / 0"]:
    show(e)
s = N.__new__(N)
s.__setstate__((1.0, 2.0))
print(s)
random.seed(8)
for i in range(100):
    mu, sigma = random.uniform(-50, 50), random.uniform(0.01, 30)
    x, p = random.uniform(-100, 100), random.random() or 0.5
    g = N(mu, sigma)
    print(i, g.pdf(x), g.cdf(x), g.inv_cdf(p), g.zscore(x), g.overlap(N(mu + 1, sigma * 1.5)))

print('-- erf / erfc')
for x in [0.0, -0.0, 0.1, 0.5, 0.84375, 1.0, 1.25, 2.0, 2.857142857142857, 3.0, 5.99, 6.0, 27.9,
          28.0, 30.0, -0.3, -1.1, -2.5, -4.0, -7.0, 1e-10, 1e-310, float('inf'), float('-inf')]:
    print(x, math.erf(x), math.erfc(x))
print(math.isnan(math.erf(float('nan'))), math.erf(True), math.erf(10**400 // 10**399))
for bad in ['a', None]:
    try:
        math.erf(bad)
    except TypeError as e:
        print('TypeError:', e)
random.seed(5)
for i in range(300):
    x = random.choice([random.uniform(-1, 1), random.uniform(-7, 7), random.uniform(-30, 30),
                       10 ** random.uniform(-300, 2)])
    print(repr(math.erf(x)), repr(math.erfc(x)))
