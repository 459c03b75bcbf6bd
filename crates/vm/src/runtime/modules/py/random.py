# pymem's frozen `random` module, written for pymem: the public API of CPython 3.12's
# `random` on top of the native Mersenne Twister in `_random`
# (crates/vm/src/runtime/modules/random.rs). Seeded sequences match CPython's because every
# method asks the generator for the same words (random(), getrandbits(k)) in the same order
# and combines them with the same float operations, in the same order of evaluation.
#
# Deviations: no bytes type in pymem, so no randbytes() and no bytes/bytearray seeds;
# seed(version=1) of a str is not supported; no SystemRandom; no binomialvariate.

import _random
from math import log as _log, exp as _exp, pi as _pi, e as _e, ceil as _ceil
from math import sqrt as _sqrt, acos as _acos, cos as _cos, sin as _sin
from math import tau as TWOPI, floor as _floor, isfinite as _isfinite

__all__ = ["Random", "betavariate", "choice", "choices", "expovariate", "gammavariate",
           "gauss", "getrandbits", "getstate", "lognormvariate", "normalvariate",
           "paretovariate", "randbytes", "randint", "random", "randrange", "sample", "seed", "setstate",
           "shuffle", "triangular", "uniform", "vonmisesvariate", "weibullvariate"]

NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53
RECIP_BPF = 2 ** -BPF
_ONE = 1


def _index(x):
    """operator.index."""
    if isinstance(x, int):
        return x
    if hasattr(type(x), '__index__'):
        return x.__index__()
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(x).__name__)


def _accumulate(iterable):
    total = None
    first = True
    for x in iterable:
        if first:
            total = x
            first = False
        else:
            total = total + x
        yield total


def _repeat(x, n):
    for _ in range(n):
        yield x


def _bisect(a, x, lo=0, hi=None):
    """bisect.bisect_right."""
    if hi is None:
        hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def _is_sequence(x):
    if isinstance(x, (list, tuple, str, range)):
        return True
    if isinstance(x, (dict, set, frozenset)):
        return False
    t = type(x)
    return hasattr(t, '__getitem__') and hasattr(t, '__len__') and not hasattr(t, 'keys')


class Random(object):
    """Random number generator: Mersenne Twister, seeded as CPython seeds it."""

    VERSION = 3

    def __init__(self, x=None):
        self._mt = _random.new()
        self.seed(x)
        self.gauss_next = None

    def seed(self, a=None, version=2):
        if version == 2 and isinstance(a, str):
            _random.seed_str(self._mt, a)
        elif not isinstance(a, (type(None), int, float, str)):
            raise TypeError('The only supported seed types are: None,\n'
                            'int, float, str, bytes, and bytearray.')
        elif isinstance(a, str):
            raise ValueError("pymem's random supports only version 2 seeding of str")
        else:
            _random.seed(self._mt, a)
        self.gauss_next = None

    # Built-in methods reading self._mt: random() and getrandbits(k) run natively.
    random = _random.random
    getrandbits = _random.getrandbits

    def getstate(self):
        return self.VERSION, _random.getstate(self._mt), self.gauss_next

    def setstate(self, state):
        version = state[0]
        if version not in (2, 3):
            raise ValueError("state with version %s passed to "
                             "Random.setstate() of version %s" %
                             (version, self.VERSION))
        _, words, self.gauss_next = state
        if version == 2:
            # Version 2 states may hold negative words; the generator wants them unsigned.
            words = tuple(w % (2 ** 32) for w in words)
        _random.setstate(self._mt, words)

    def _randbelow(self, n):
        # Rejection sampling over just enough bits to cover n: unbiased, and the number
        # of getrandbits calls (hence the seeded sequence) is what CPython does.
        bits = n.bit_length()
        while True:
            candidate = self.getrandbits(bits)
            if candidate < n:
                return candidate

    def randrange(self, start, stop=None, step=_ONE):
        """A random element of range(start, stop, step), without building the range."""
        lo = _index(start)
        if stop is None:
            # A step given without a stop is an error even when it equals 1.
            if step is not _ONE:
                raise TypeError("Missing a non-None stop argument")
            if lo <= 0:
                raise ValueError("empty range for randrange()")
            return self._randbelow(lo)
        span = _index(stop) - lo
        stride = _index(step)
        if stride == 1:
            if span <= 0:
                raise ValueError(f"empty range in randrange({start}, {stop})")
            return lo + self._randbelow(span)
        if stride == 0:
            raise ValueError("zero step for randrange()")
        # Number of elements, rounding the partial last stride outwards.
        count = (span + stride + (-1 if stride > 0 else 1)) // stride
        if count <= 0:
            raise ValueError(f"empty range in randrange({start}, {stop}, {step})")
        return lo + stride * self._randbelow(count)

    def randbytes(self, n):
        """n random bytes: the bits of getrandbits(n * 8), least significant byte first."""
        return self.getrandbits(n * 8).to_bytes(n, 'little')

    def randint(self, a, b):
        """A random integer N with a <= N <= b."""
        return self.randrange(a, b + 1)

    def choice(self, seq):
        """One element of a non-empty sequence, picked uniformly."""
        size = len(seq)
        if size == 0:
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(size)]

    def shuffle(self, x):
        """Permute the list x in place (Fisher-Yates, from the back)."""
        last = len(x) - 1
        while last > 0:
            other = self._randbelow(last + 1)
            x[last], x[other] = x[other], x[last]
            last -= 1

    def sample(self, population, k, *, counts=None):
        """k distinct positions of population, in the order they were drawn."""
        if not _is_sequence(population):
            raise TypeError("Population must be a sequence.  "
                            "For dicts or sets, use sorted(d).")
        size = len(population)
        if counts is not None:
            return self._sample_counted(population, size, counts, k)
        if not 0 <= k <= size:
            raise ValueError("Sample larger than population or is negative")
        # Allocated up front, as CPython does, so a non-integer k fails the same way.
        picked = [None] * k
        # CPython picks between two strategies by comparing the memory of an n-long list
        # with that of a k-element set; the choice decides which indices get drawn, so the
        # threshold is reproduced exactly.
        threshold = 21
        if k > 5:
            threshold += 4 ** _ceil(_log(k * 3, 4))
        if size <= threshold:
            self._sample_from_pool(population, size, picked)
        else:
            self._sample_by_rejection(population, size, picked)
        return picked

    def _sample_counted(self, population, size, counts, k):
        # Sample positions of the expanded population, then map each back to its item.
        bounds = list(_accumulate(counts))
        if len(bounds) != size:
            raise ValueError('The number of counts does not match the population')
        total = bounds.pop()
        if not isinstance(total, int):
            raise TypeError('Counts must be integers')
        if total < 1:
            raise ValueError('Total of counts must be greater than zero')
        return [population[_bisect(bounds, pos)] for pos in self.sample(range(total), k=k)]

    def _sample_from_pool(self, population, size, picked):
        # The untaken items live in pool[:remaining]; a taken slot is refilled from the end.
        pool = list(population)
        for n, remaining in enumerate(range(size, size - len(picked), -1)):
            slot = self._randbelow(remaining)
            picked[n] = pool[slot]
            pool[slot] = pool[remaining - 1]

    def _sample_by_rejection(self, population, size, picked):
        # Draw indices over the whole population and redraw any already taken.
        taken = set()
        for n in range(len(picked)):
            index = self._randbelow(size)
            while index in taken:
                index = self._randbelow(size)
            taken.add(index)
            picked[n] = population[index]

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """k elements of population drawn with replacement, optionally weighted."""
        size = len(population)
        if cum_weights is None and weights is None:
            scale = size + 0.0
            return [population[_floor(self.random() * scale)] for _ in _repeat(None, k)]
        if cum_weights is None:
            try:
                cum_weights = list(_accumulate(weights))
            except TypeError:
                # choices(pop, 3) most likely meant k=3.
                if isinstance(weights, int):
                    raise TypeError('The number of choices must be a keyword argument: k=%r'
                                    % (weights,)) from None
                raise
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != size:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0 or not _isfinite(total):
            requirement = 'greater than zero' if total <= 0.0 else 'finite'
            raise ValueError('Total of weights must be ' + requirement)
        top = size - 1
        return [population[_bisect(cum_weights, self.random() * total, 0, top)]
                for _ in _repeat(None, k)]

    # Continuous distributions. Each one consumes random() values in CPython's order and
    # evaluates its formula with the same operations, so results agree to the last bit.

    def uniform(self, a, b):
        """A float between a and b."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution on [low, high] peaking at mode (default: midpoint)."""
        u = self.random()
        if mode is None:
            split = 0.5
        else:
            try:
                split = (mode - low) / (high - low)
            except ZeroDivisionError:
                return low
        if u <= split:
            return low + (high - low) * _sqrt(u * split)
        # Mirror the upper part onto the lower one.
        return high + (low - high) * _sqrt((1.0 - u) * (1.0 - split))

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution (ratio-of-uniforms method of Kinderman and Monahan)."""
        while True:
            a = self.random()
            b = 1.0 - self.random()
            z = NV_MAGICCONST * (a - 0.5) / b
            if z * z / 4.0 <= -_log(b):
                return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Normal distribution (Box-Muller; each call pair shares one draw)."""
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            angle = self.random() * TWOPI
            radius = _sqrt(-2.0 * _log(1.0 - self.random()))
            z = _cos(angle) * radius
            self.gauss_next = _sin(angle) * radius
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """exp() of a normal variate with mean mu and deviation sigma."""
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd=1.0):
        """Exponential distribution with rate lambd."""
        # 1 - random() lies in (0, 1], so the log is always defined.
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Von Mises (circular normal) distribution: mean angle mu, concentration kappa."""
        if kappa <= 1e-6:
            return TWOPI * self.random()
        half_inv = 0.5 / kappa
        rho = half_inv + _sqrt(1.0 + half_inv * half_inv)
        # Best and Fisher's rejection scheme.
        while True:
            c = _cos(_pi * self.random())
            d = c / (rho + c)
            v = self.random()
            if v < 1.0 - d * d or v <= (1.0 - d) * _exp(d):
                break
        inv_rho = 1.0 / rho
        cos_theta = (inv_rho + c) / (1.0 + inv_rho * c)
        if self.random() > 0.5:
            return (mu + _acos(cos_theta)) % TWOPI
        return (mu - _acos(cos_theta)) % TWOPI

    def gammavariate(self, alpha, beta):
        """Gamma distribution with shape alpha and scale beta (both > 0)."""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        if alpha > 1.0:
            return self._gamma_cheng(alpha) * beta
        if alpha == 1.0:
            return -_log(1.0 - self.random()) * beta
        return self._gamma_small(alpha) * beta

    def _gamma_cheng(self, alpha):
        # Cheng's rejection method (1977) for shape > 1.
        a = _sqrt(2.0 * alpha - 1.0)
        b = alpha - LOG4
        c = alpha + a
        while True:
            u = self.random()
            if u <= 1e-7 or u >= 0.9999999:
                continue
            w = 1.0 - self.random()
            v = _log(u / (1.0 - u)) / a
            x = alpha * _exp(v)
            t = u * u * w
            s = b + c * v - x
            if s + SG_MAGICCONST - 4.5 * t >= 0.0 or s >= _log(t):
                return x

    def _gamma_small(self, alpha):
        # Ahrens and Dieter's GS algorithm for shape < 1.
        edge = (_e + alpha) / _e
        while True:
            p = edge * self.random()
            if p <= 1.0:
                x = p ** (1.0 / alpha)
                if self.random() <= _exp(-x):
                    return x
            else:
                x = -_log((edge - p) / alpha)
                if self.random() <= x ** (alpha - 1.0):
                    return x

    def betavariate(self, alpha, beta):
        """Beta distribution on [0, 1], from two gamma variates."""
        g = self.gammavariate(alpha, 1.0)
        if not g:
            return 0.0
        return g / (g + self.gammavariate(beta, 1.0))

    def paretovariate(self, alpha):
        """Pareto distribution with shape alpha."""
        return (1.0 - self.random()) ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution with scale alpha and shape beta."""
        return alpha * (-_log(1.0 - self.random())) ** (1.0 / beta)


# The module-level functions are bound methods of one shared generator.
_inst = Random()
for _name in __all__:
    if _name != "Random":
        globals()[_name] = getattr(_inst, _name)
del _name
