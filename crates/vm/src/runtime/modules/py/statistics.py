# pymem's frozen `statistics` module: averages (mean, fmean, geometric_mean, harmonic_mean,
# the medians, mode, multimode, quantiles), spread (variance, pvariance, stdev, pstdev) and
# covariance, correlation and linear_regression, with CPython 3.12's results to the last bit.
#
# Sums are exact: every value becomes a ratio of integers, the ratios are added exactly and
# the result is converted once, to the type the data calls for (int, float or Fraction), so
# the rounding is the one CPython's exact arithmetic gives. Square roots of the exact
# variances round correctly.
#
# Missing: Decimal data (pymem has no `decimal`).

import math
import numbers
from fractions import Fraction
import random
from math import erf, exp, fabs, fsum, hypot, log, sqrt, sumprod, tau
from collections import namedtuple
from bisect import bisect_left, bisect_right

__all__ = [
    'NormalDist', 'StatisticsError', 'correlation', 'covariance', 'fmean',
    'geometric_mean', 'harmonic_mean', 'linear_regression', 'mean', 'median',
    'median_grouped', 'median_high', 'median_low', 'mode', 'multimode', 'pstdev',
    'pvariance', 'quantiles', 'stdev', 'variance',
]


class StatisticsError(ValueError):
    pass


def _ratio(x):
    """x as (numerator, denominator); (x, None) for an infinity or a NaN."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator"
                        % type(x).__name__) from None


def _result_type(types):
    """The type a result over data of these types takes."""
    t = int
    for s in types:
        t = _common_type(t, s)
    return t


def _common_type(t, s):
    if t is s or s is int or s is bool:
        return t
    if t is int:
        return s
    if issubclass(s, t):
        return s
    if issubclass(t, s):
        return t
    if issubclass(t, int):
        return s
    if issubclass(s, int):
        return t
    if issubclass(t, Fraction) and issubclass(s, float):
        return s
    if issubclass(t, float) and issubclass(s, Fraction):
        return t
    raise TypeError("don't know how to coerce %s and %s" % (t.__name__, s.__name__))


def _add_ratios(by_denominator):
    """The exact sum of {denominator: numerator sum} as a Fraction."""
    total = Fraction(0)
    for d, n in by_denominator.items():
        total += Fraction(n, d)
    return total


def _exact_sum(data):
    """(result type, exact sum, count) of the values; the sum is a float when some value
    is an infinity or a NaN (the sum of those alone)."""
    count = 0
    types = set()
    last = None
    by_denominator = {}
    special = None
    for x in data:
        t = type(x)
        if t is not last:
            types.add(t)
            last = t
        n, d = _ratio(x)
        count += 1
        if d is None:
            special = n if special is None else special + n
        else:
            by_denominator[d] = by_denominator.get(d, 0) + n
    if special is not None:
        total = special
    else:
        total = _add_ratios(by_denominator)
    return _result_type(types), total, count


def _sum_of_squares(data, center=None):
    """(result type, exact sum of squared deviations, center, count); the center is the
    exact mean unless one is given."""
    if center is not None:
        t, ss, count = _exact_sum((x - center) * (x - center) for x in data)
        return t, ss, center, count
    count = 0
    types = set()
    last = None
    sums = {}
    squares = {}
    special = None
    for x in data:
        t = type(x)
        if t is not last:
            types.add(t)
            last = t
        n, d = _ratio(x)
        count += 1
        if d is None:
            special = n if special is None else special + n
        else:
            sums[d] = sums.get(d, 0) + n
            squares[d] = squares.get(d, 0) + n * n
    if not count:
        ss = center = Fraction(0)
    elif special is not None:
        ss = center = special
    else:
        sx = _add_ratios(sums)
        sxx = Fraction(0)
        for d, n in squares.items():
            sxx += Fraction(n, d * d)
        ss = (count * sxx - sx * sx) / count
        center = sx / count
    return _result_type(types), ss, center, count


def _to_type(value, t):
    """The exact value in the data's type (a float when an int type cannot hold it)."""
    if type(value) is t:
        return value
    if issubclass(t, int) and value.denominator != 1:
        t = float
    return t(value)


def _sqrt_ratio(n, m):
    """The correctly rounded square root of n/m as a float."""
    # Take the integer root of n/m scaled by 4**k, with enough bits beyond a double's 53
    # that rounding it to odd (a set last bit when inexact) and then once to a double by
    # the int division gives the correctly rounded root.
    k = (n.bit_length() - m.bit_length() - 109) // 2
    if k >= 0:
        num = n
        den = m << 2 * k
    else:
        num = n << -2 * k
        den = m
    root = math.isqrt(num // den)
    if root * root * den != num:
        root |= 1
    if k >= 0:
        return (root << k) / 1
    return root / (1 << -k)


def _negatives_refused(values, message):
    for x in values:
        if x < 0:
            raise StatisticsError(message)
        yield x


# -- averages

def mean(data):
    """Arithmetic mean of the data, computed exactly and returned in the data's type."""
    t, total, n = _exact_sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _to_type(total / n, t)


def fmean(data, weights=None):
    """Arithmetic mean as a float (fast), optionally weighted."""
    if weights is not None:
        return _weighted_fmean(data, weights)
    if not hasattr(type(data), '__len__'):
        # An iterator: keep its values, they are needed twice (count and sum).
        data = list(data)
    count = len(data)
    # Summed before the emptiness check, as CPython does (the sum's errors come first).
    total = fsum(data)
    if count == 0:
        raise StatisticsError('fmean requires at least one data point')
    return total / count


def _weighted_fmean(data, weights):
    # The weights are read twice, so an iterator of them is materialised first.
    weights = weights if isinstance(weights, (list, tuple)) else list(weights)
    try:
        weighted_total = sumprod(data, weights)
    except ValueError:
        raise StatisticsError('data and weights must be the same length')
    weight_total = fsum(weights)
    if not weight_total:
        raise StatisticsError('sum of weights must be non-zero')
    return weighted_total / weight_total


def geometric_mean(data):
    """Geometric mean of positive data, as a float."""
    # exp of the mean logarithm. A zero or negative value (log's ValueError) and empty data
    # (fmean's StatisticsError, a ValueError too) end in one error.
    logs = map(log, data)
    try:
        mean_log = fmean(logs)
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None
    return exp(mean_log)


def harmonic_mean(data, weights=None):
    """Harmonic mean (reciprocal of the mean of reciprocals), optionally weighted;
    zero when some value is zero."""
    if iter(data) is data:
        data = list(data)
    message = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float, Fraction)) or isinstance(x, numbers.Real):
            if x < 0:
                raise StatisticsError(message)
            return x
        raise TypeError('unsupported type')
    if weights is not None:
        weights = list(weights) if iter(weights) is weights else weights
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        weight_sum = _exact_sum(_negatives_refused(weights, message))[1]
    else:
        weights, weight_sum = [1] * n, n
    try:
        values = _negatives_refused(data, message)
        t, total, count = _exact_sum(w / x if w else 0 for w, x in zip(weights, values))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _to_type(weight_sum / total, t)


def _sorted_for_median(data):
    ordered = sorted(data)
    if not ordered:
        raise StatisticsError("no median for empty data")
    return ordered


def median(data):
    """Middle value of the data, or the mean of the two middle values."""
    ordered = _sorted_for_median(data)
    upper = len(ordered) // 2
    if len(ordered) & 1:
        return ordered[upper]
    return (ordered[upper - 1] + ordered[upper]) / 2


def median_low(data):
    """Middle value, or the smaller of the two middle values."""
    ordered = _sorted_for_median(data)
    return ordered[(len(ordered) - 1) // 2]


def median_high(data):
    """Middle value, or the larger of the two middle values."""
    ordered = _sorted_for_median(data)
    return ordered[len(ordered) // 2]


def median_grouped(data, interval=1.0):
    """Median of data grouped in intervals of the given width, interpolated
    within the interval holding the middle value."""
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError("no median for empty data")
    x = data[n // 2]
    # The run of values equal to the middle one: [lo, hi).
    lo = bisect_left(data, x)
    hi = bisect_right(data, x, lo=lo)
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    lower = x - interval / 2.0
    return lower + interval * (n / 2 - lo) / (hi - lo)


def _counts(data):
    counts = {}
    for x in iter(data):
        counts[x] = counts.get(x, 0) + 1
    return counts


def mode(data):
    """Most common value (the first seen among equally common ones)."""
    counts = _counts(data)
    best = None
    most = 0
    for value, c in counts.items():
        if c > most:
            best, most = value, c
    if not most:
        raise StatisticsError('no mode for empty data')
    return best


def multimode(data):
    """All the most common values, in the order first seen."""
    counts = _counts(data)
    if not counts:
        return []
    most = max(counts.values())
    return [value for value, c in counts.items() if c == most]


def quantiles(data, *, n=4, method='exclusive'):
    """The n - 1 cut points dividing the data into n equally likely intervals
    (method 'exclusive' or 'inclusive')."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    size = len(data)
    if size < 2:
        raise StatisticsError('must have at least two data points')
    if method == 'inclusive':
        m = size - 1
        cuts = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            cuts.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return cuts
    if method == 'exclusive':
        m = size + 1
        cuts = []
        for i in range(1, n):
            j = min(max(i * m // n, 1), size - 1)
            delta = i * m - j * n
            cuts.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return cuts
    raise ValueError('Unknown method: %r' % (method,))


# -- spread

def variance(data, xbar=None):
    """Sample variance (divided by n - 1); xbar may give the known mean."""
    t, ss, _, n = _sum_of_squares(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _to_type(ss / (n - 1), t)


def pvariance(data, mu=None):
    """Population variance (divided by n); mu may give the known mean."""
    t, ss, _, n = _sum_of_squares(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _to_type(ss / n, t)


def stdev(data, xbar=None):
    """Sample standard deviation: the square root of variance()."""
    t, ss, _, n = _sum_of_squares(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    v = ss / (n - 1)
    return _sqrt_ratio(v.numerator, v.denominator)


def pstdev(data, mu=None):
    """Population standard deviation: the square root of pvariance()."""
    t, ss, _, n = _sum_of_squares(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    v = ss / n
    return _sqrt_ratio(v.numerator, v.denominator)


# -- relations between two inputs

def _pair_size(x, y, name):
    # The common length of two paired inputs, which must hold at least two points.
    size = len(x)
    if len(y) != size:
        raise StatisticsError(f'{name} requires that both inputs have same number of data points')
    if size < 2:
        raise StatisticsError(f'{name} requires at least two data points')
    return size


def _deviations(values, size):
    # Each value minus the (float) mean, and that mean.
    centre = fsum(values) / size
    return [v - centre for v in values], centre


def covariance(x, y, /):
    """Sample covariance of two equally long inputs."""
    size = _pair_size(x, y, 'covariance')
    dx, _ = _deviations(x, size)
    dy, _ = _deviations(y, size)
    return sumprod(dx, dy) / (size - 1)


def _ranks(data, start):
    # Ranks from `start` up in sorted order; tied values share the mean of their ranks.
    order = sorted(range(len(data)), key=lambda k: data[k])
    result = [0] * len(data)
    i = 0
    pos = start - 1
    while i < len(order):
        j = i
        while j + 1 < len(order) and data[order[j + 1]] == data[order[i]]:
            j += 1
        size = j - i + 1
        rank = pos + (size + 1) / 2
        for k in order[i:j + 1]:
            result[k] = rank
        pos += size
        i = j + 1
    return result


_CORRELATION_METHODS = frozenset(('linear', 'ranked'))


def correlation(x, y, /, *, method='linear'):
    """Pearson's correlation of two inputs, or Spearman's with method='ranked'."""
    size = _pair_size(x, y, 'correlation')
    if method not in _CORRELATION_METHODS:
        raise ValueError('Unknown method: %r' % (method,))
    if method == 'linear':
        dx, _ = _deviations(x, size)
        dy, _ = _deviations(y, size)
    else:
        # Spearman: Pearson's formula over ranks centred on zero.
        lowest = (size - 1) / -2
        dx = _ranks(x, lowest)
        dy = _ranks(y, lowest)
    cross = sumprod(dx, dy)
    norm_sq = sumprod(dx, dx) * sumprod(dy, dy)
    try:
        return cross / sqrt(norm_sq)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept of the least-squares line through the points;
    with proportional=True the line passes through the origin."""
    size = _pair_size(x, y, 'linear regression')
    if proportional:
        dx, dy = x, y
    else:
        dx, x_mean = _deviations(x, size)
        dy, y_mean = _deviations(y, size)
    cross = sumprod(dx, dy) + 0.0
    spread = sumprod(dx, dx)
    try:
        slope = cross / spread
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    if proportional:
        return LinearRegression(slope=slope, intercept=0.0)
    return LinearRegression(slope=slope, intercept=y_mean - slope * x_mean)


# linear_regression's result (looked up when it returns).
LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))


# -- the normal distribution

_SQRT2 = sqrt(2.0)

# Wichura's algorithm AS 241 (PPND16): rational approximations of the normal quantile in
# three regions, coefficients from the highest power down (each denominator ends in 1).
_CENTRAL_NUM = (2.5090809287301226727e+3, 3.3430575583588128105e+4, 6.7265770927008700853e+4,
                4.5921953931549871457e+4, 1.3731693765509461125e+4, 1.9715909503065514427e+3,
                1.3314166789178437745e+2, 3.3871328727963666080e+0)
_CENTRAL_DEN = (5.2264952788528545610e+3, 2.8729085735721942674e+4, 3.9307895800092710610e+4,
                2.1213794301586595867e+4, 5.3941960214247511077e+3, 6.8718700749205790830e+2,
                4.2313330701600911252e+1, 1.0)
_NEAR_NUM = (7.74545014278341407640e-4, 2.27238449892691845833e-2, 2.41780725177450611770e-1,
             1.27045825245236838258e+0, 3.64784832476320460504e+0, 5.76949722146069140550e+0,
             4.63033784615654529590e+0, 1.42343711074968357734e+0)
_NEAR_DEN = (1.05075007164441684324e-9, 5.47593808499534494600e-4, 1.51986665636164571966e-2,
             1.48103976427480074590e-1, 6.89767334985100004550e-1, 1.67638483018380384940e+0,
             2.05319162663775882187e+0, 1.0)
_FAR_NUM = (2.01033439929228813265e-7, 2.71155556874348757815e-5, 1.24266094738807843860e-3,
            2.65321895265761230930e-2, 2.96560571828504891230e-1, 1.78482653991729133580e+0,
            5.46378491116411436990e+0, 6.65790464350110377720e+0)
_FAR_DEN = (2.04426310338993978564e-15, 1.42151175831644588870e-7, 1.84631831751005468180e-5,
            7.86869131145613259100e-4, 1.48753612908506148525e-2, 1.36929880922735805310e-1,
            5.99832206555887937690e-1, 1.0)


def _horner(coefficients, r):
    acc = coefficients[0]
    for c in coefficients[1:]:
        acc = acc * r + c
    return acc


def _normal_dist_inv_cdf(p, mu, sigma):
    q = p - 0.5
    if fabs(q) <= 0.425:
        r = 0.180625 - q * q
        x = _horner(_CENTRAL_NUM, r) * q / _horner(_CENTRAL_DEN, r)
        return mu + (x * sigma)
    r = p if q <= 0.0 else 1.0 - p
    r = sqrt(-log(r))
    if r <= 5.0:
        r = r - 1.6
        x = _horner(_NEAR_NUM, r) / _horner(_NEAR_DEN, r)
    else:
        r = r - 5.0
        x = _horner(_FAR_NUM, r) / _horner(_FAR_DEN, r)
    if q < 0.0:
        x = -x
    return mu + (x * sigma)


def _mean_and_stdev(data):
    t, ss, xbar, n = _sum_of_squares(data)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    v = ss / (n - 1)
    try:
        return float(xbar), _sqrt_ratio(v.numerator, v.denominator)
    except AttributeError:
        # An infinity or a NaN in the data.
        return float(xbar), float(xbar) / float(ss)


class NormalDist:
    """A normal (Gaussian) distribution, given by its mean and standard deviation."""

    __slots__ = {
        '_mu': 'The mean of the distribution',
        '_sigma': 'The standard deviation of the distribution',
    }

    def __init__(self, mu=0.0, sigma=1.0):
        """mu: the mean; sigma: the standard deviation (not negative)."""
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu, self._sigma = float(mu), float(sigma)

    @classmethod
    def from_samples(cls, data):
        """The distribution with the sample mean and sample standard deviation of data."""
        return cls(*_mean_and_stdev(data))

    def samples(self, n, *, seed=None):
        """n random values from the distribution (reproducible with a seed)."""
        gauss = random.gauss if seed is None else random.Random(seed).gauss
        mu, sigma = self._mu, self._sigma
        return [gauss(mu, sigma) for _ in range(n)]

    def pdf(self, x):
        """The probability density at x."""
        var = self.variance
        if not var:
            raise StatisticsError('pdf() not defined when sigma is zero')
        offset = x - self._mu
        return exp(offset * offset / (-2.0 * var)) / sqrt(tau * var)

    def cdf(self, x):
        """The probability of a value at most x."""
        self._require_spread('cdf')
        return 0.5 * (1.0 + erf((x - self._mu) / (self._sigma * _SQRT2)))

    def inv_cdf(self, p):
        """The x with cdf(x) == p, for 0 < p < 1 (the percent-point function)."""
        # Written with <= and >= so that a NaN p passes on, as in CPython.
        if p >= 1.0 or p <= 0.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        return _normal_dist_inv_cdf(p, self.mean, self.stdev)

    def quantiles(self, n=4):
        """The n - 1 cut points dividing the distribution into n equally likely
        intervals."""
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        """The area under both density curves (0.0 to 1.0): how much the two
        distributions agree."""
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        a, b = self, other
        # Ordered, so that the result does not depend on which one is self.
        if (b._sigma, b._mu) < (a._sigma, a._mu):
            a, b = b, a
        a_var, b_var = a.variance, b.variance
        if not a_var or not b_var:
            raise StatisticsError('overlap() not defined when sigma is zero')
        dv = b_var - a_var
        dm = fabs(b._mu - a._mu)
        if not dv:
            return 1.0 - erf(dm / (2.0 * a._sigma * _SQRT2))
        c = a._mu * b_var - b._mu * a_var
        d = a._sigma * b._sigma * sqrt(dm * dm + dv * log(b_var / a_var))
        x1 = (c + d) / dv
        x2 = (c - d) / dv
        return 1.0 - (fabs(b.cdf(x1) - a.cdf(x1)) + fabs(b.cdf(x2) - a.cdf(x2)))

    def zscore(self, x):
        """How many standard deviations x lies above the mean."""
        self._require_spread('zscore')
        return (x - self._mu) / self._sigma

    def _require_spread(self, method):
        if not self._sigma:
            raise StatisticsError(f'{method}() not defined when sigma is zero')

    @property
    def mean(self):
        """The mean."""
        return self._mu

    @property
    def median(self):
        """The median: the mean, by symmetry."""
        return self._mu

    @property
    def mode(self):
        """The mode: the mean, where the density peaks."""
        return self._mu

    @property
    def stdev(self):
        """The standard deviation."""
        return self._sigma

    @property
    def variance(self):
        """The variance: the standard deviation squared."""
        return self._sigma * self._sigma

    # Arithmetic: a constant shifts or scales; an independent NormalDist adds or subtracts
    # (means combine, standard deviations add in quadrature).

    def __add__(self, other):
        if not isinstance(other, NormalDist):
            return NormalDist(self._mu + other, self._sigma)
        return NormalDist(self._mu + other._mu, hypot(self._sigma, other._sigma))

    def __sub__(self, other):
        if not isinstance(other, NormalDist):
            return NormalDist(self._mu - other, self._sigma)
        return NormalDist(self._mu - other._mu, hypot(self._sigma, other._sigma))

    def __mul__(self, factor):
        return NormalDist(self._mu * factor, self._sigma * fabs(factor))

    def __truediv__(self, divisor):
        return NormalDist(self._mu / divisor, self._sigma / fabs(divisor))

    def __pos__(self):
        return NormalDist(self._mu, self._sigma)

    def __neg__(self):
        return NormalDist(-self._mu, self._sigma)

    __radd__ = __add__
    __rmul__ = __mul__

    def __rsub__(self, other):
        # other - X is -(X - other).
        return -(self - other)

    def __eq__(self, other):
        if isinstance(other, NormalDist):
            return self._mu == other._mu and self._sigma == other._sigma
        return NotImplemented

    def __hash__(self):
        return hash((self.mean, self.stdev))

    def __repr__(self):
        return '%s(mu=%r, sigma=%r)' % (type(self).__name__, self._mu, self._sigma)

    def __getstate__(self):
        return (self.mean, self.stdev)

    def __setstate__(self, state):
        mu, sigma = state
        self._mu = mu
        self._sigma = sigma
