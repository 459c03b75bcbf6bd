# statistics: averages, medians, modes, quantiles, variances and their errors; float
# results printed with repr, so they must agree with CPython's to the last bit.
import math
import random
import statistics
from fractions import Fraction as F
from statistics import (StatisticsError, correlation, covariance, fmean, geometric_mean,
                        harmonic_mean, linear_regression, mean, median, median_grouped,
                        median_high, median_low, mode, multimode, pstdev, pvariance,
                        quantiles, stdev, variance)


def show(expr):
    try:
        r = eval(expr)
    except Exception as e:
        print(expr, '->', type(e).__name__ + ':', e)
    else:
        print(expr, '->', repr(r))


print(StatisticsError.__mro__[1].__name__, StatisticsError.__module__, issubclass(StatisticsError, ValueError))

print('-- fixed cases')
for e in [
    "mean([1, 2, 3, 4, 4])", "mean([1, 2, 3, 4])", "mean([-1.0, 2.5, 3.25, 5.75])",
    "mean([F(3, 7), F(1, 21), F(5, 3), F(1, 3)])", "mean([1, 2.5])", "mean([True, False, True])",
    "mean(iter([1, 2, 6]))", "mean(range(1, 101))", "mean([1e308, 1e308])", "mean([0.1] * 10)",
    "mean([1, float('inf')])", "mean([float('inf'), float('-inf')])", "mean([F(1, 3), 0.5])",
    "mean([])", "mean(['a', 'b'])", "mean([1, 'a'])", "mean([None])", "mean([1j])",
    "fmean([3.5, 4.0, 5.25])", "fmean(iter([1, 2, 3]))", "fmean([])", "fmean(iter([]))",
    "fmean([85, 92, 83, 91], weights=[0.20, 0.20, 0.30, 0.30])", "fmean([1, 2], [1])",
    "fmean([1, 2], [1, -1])", "fmean([1, 2], (w for w in [3, 5]))", "fmean(['a'])",
    "geometric_mean([54, 24, 36])", "geometric_mean([1.5, 2.5, 9.75])", "geometric_mean([])",
    "geometric_mean([1, 0])", "geometric_mean([1, -2])", "geometric_mean(iter([2, 8]))",
    "harmonic_mean([40, 60])", "harmonic_mean([2.5, 3, 10])", "harmonic_mean([F(1, 2), F(1, 3)])",
    "harmonic_mean([40, 60], weights=[5, 30])", "harmonic_mean([1, 0, -1])",
    "harmonic_mean([-1, 0])", "harmonic_mean([5])", "harmonic_mean([-5])", "harmonic_mean(['a'])",
    "harmonic_mean([])", "harmonic_mean(iter([1, 2]))", "harmonic_mean([1, 2], [1])",
    "harmonic_mean([1, 2], [0, 0])", "harmonic_mean([1, 2], [-1, 2])", "harmonic_mean([7], [2])",
    "harmonic_mean([1.5, 2.5], iter([1, 2]))",
    "median([1, 3, 5])", "median([1, 3, 5, 7])", "median([1.5, 3, 5, 7.25])",
    "median([F(1, 2), F(1, 3)])", "median(['b', 'a', 'c'])", "median([])", "median_low([1, 3, 5, 7])",
    "median_low([3, 1, 5])", "median_low([])", "median_high([1, 3, 5, 7])", "median_high([])",
    "median_grouped([52, 52, 53, 54])", "median_grouped([1, 3, 3, 5, 7])",
    "median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5])", "median_grouped([1, 3, 3, 5, 7], interval=2)",
    "median_grouped([F(1, 2), F(5, 2)], F(1, 4))", "median_grouped([])",
    "median_grouped(['a'])", "median_grouped([1, 2], 'x')", "median_grouped([1, 2], None)",
    "mode([1, 1, 2, 3, 3, 3, 3, 4])", "mode(['red', 'blue', 'blue', 'red', 'green'])",
    "mode([])", "mode(iter('aabbbc'))", "mode([[1]])", "mode([1, 1.0, True, 2])",
    "multimode('aabbbbccddddeeffffgg')", "multimode('')", "multimode([1, 2, 2, 1])",
    "quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10)",
    "quantiles([1, 2, 3, 4, 5])", "quantiles([1, 2, 3, 4, 5], method='inclusive')",
    "quantiles([1.5, 2, 10], n=3)", "quantiles([F(1, 2), F(3, 2), 4], n=5)",
    "quantiles([1, 2], n=1)", "quantiles([1, 2], n=0)", "quantiles([1])", "quantiles([1, 2], method='x')",
    "quantiles([1, 2], n=2.5)", "quantiles(range(10), n=7, method='inclusive')",
    "variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5])", "variance([1, 2, 3, 4])",
    "variance([1, 3, 5])", "variance([F(1, 6), F(1, 2), F(5, 3)])", "variance([1, 2, 3], 2)",
    "variance([1, 2, 3], 2.5)", "variance([1.0, float('inf')])", "variance([5])", "variance([])",
    "variance(['a', 'b'])", "pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25])",
    "pvariance([1, 2, 3, 4])", "pvariance([4])", "pvariance([4.0])", "pvariance([F(1, 4), F(5, 4)])",
    "pvariance([1, 2], 1)", "pvariance([])", "stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75])",
    "stdev([1, 2, 3, 4])", "stdev([1, 1])", "stdev([1, 2], 1)", "stdev([F(1, 2), F(3, 2)])",
    "stdev([1])", "stdev([1.0, float('inf')])", "pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75])",
    "pstdev([7])", "pstdev([])", "pstdev([10**20, 10**20 + 1])", "stdev([1e300, -1e300])",
    "covariance([1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 1, 2, 3, 1, 2, 3])",
    "covariance([1, 2], [1])", "covariance([1], [1])",
    "correlation([1, 2, 3, 4, 5, 6, 7, 8, 9], [9, 8, 7, 6, 5, 4, 3, 2, 1])",
    "correlation([1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 4, 9, 16, 25, 36, 49, 64, 81], method='ranked')",
    "correlation([1, 2, 2, 3], [4, 4, 1, 0], method='ranked')", "correlation([1, 1], [1, 2])",
    "correlation([1, 2], [1, 2], method='x')", "correlation([1], [1])",
    "linear_regression([1, 2, 3, 4, 5], [3.5, 5, 7.5, 9, 11.5])",
    "linear_regression([1, 2, 3], [2, 4, 6.5], proportional=True)", "linear_regression([1, 1], [1, 2])",
    "linear_regression([1], [1])", "linear_regression([1, 2], [1])",
]:
    show(e)

print('-- random data against CPython')
random.seed(20240612)
for i in range(200):
    kind = i % 5
    n = random.randint(2, 25)
    if kind == 0:
        data = [random.uniform(-100, 100) for _ in range(n)]
    elif kind == 1:
        data = [random.randint(-1000, 1000) for _ in range(n)]
    elif kind == 2:
        data = [random.gauss(0, 1) * 10 ** random.randint(-20, 20) for _ in range(n)]
    elif kind == 3:
        data = [random.choice([random.randint(0, 50), random.random() * 50]) for _ in range(n)]
    else:
        data = [F(random.randint(-50, 50), random.randint(1, 20)) for _ in range(n)]
    pos = [abs(x) + 1 for x in data]
    w = [random.randint(1, 5) for _ in data]
    row = [mean(data), fmean(data), median(data), median_low(data), median_high(data),
           variance(data), pvariance(data), stdev(data), pstdev(data),
           geometric_mean(pos), harmonic_mean(pos), harmonic_mean(pos, w), fmean(data, w),
           quantiles(data), quantiles(data, n=10, method='inclusive'), median_grouped(data),
           mode(data), len(multimode(data))]
    if kind != 4:
        other = [random.uniform(-5, 5) + x for x in data]
        row += [covariance(data, other), correlation(data, other), linear_regression(data, other),
                correlation(data, other, method='ranked')]
    print(i, row)
