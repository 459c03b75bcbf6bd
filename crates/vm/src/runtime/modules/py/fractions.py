# pymem's frozen `fractions` module: Fraction, exact rational numbers in lowest terms, with
# CPython 3.12's constructors (ints, Rationals, floats, numeric strings), mixed arithmetic
# with int, float and complex, hashes equal to those of equal ints and floats, rounding,
# limit_denominator and float-style formatting, and CPython's error messages.
#
# Missing: Decimal (pymem has no `decimal` module), so from_decimal accepts integers only.

import math
import numbers
import operator
import sys

__all__ = ['Fraction']

_HASH_MODULUS = sys.hash_info.modulus
_HASH_INF = sys.hash_info.inf


def _hash_of_ratio(n, d):
    # Numeric hashes reduce n/d modulo the prime P: |n| * d^-1 (mod P), or the infinity
    # hash when d has no inverse; the sign follows n and -1 is reserved.
    try:
        inverse = pow(d, -1, _HASH_MODULUS)
    except ValueError:
        # d is a multiple of P.
        h = _HASH_INF
    else:
        h = (abs(n) % _HASH_MODULUS) * inverse % _HASH_MODULUS
    if n < 0:
        h = -h
    return -2 if h == -1 else h


def _digit_run(s, i, underscores):
    """The end of a run of decimal digits starting at s[i] (i when there is none); with
    `underscores`, single underscores may separate digits."""
    n = len(s)
    j = i
    while j < n and s[j].isdecimal():
        j += 1
    if j == i or not underscores:
        return j
    while j + 1 < n and s[j] == '_' and s[j + 1].isdecimal():
        j += 2
        while j < n and s[j].isdecimal():
            j += 1
    return j


def _parse(text):
    """(numerator, denominator) of a numeric string, or None when it is not one."""
    n = len(text)
    i = 0
    while i < n and text[i].isspace():
        i += 1
    end = n
    while end > i and text[end - 1].isspace():
        end -= 1
    s = text[i:end]
    n = len(s)
    i = 0
    negative = False
    if i < n and s[i] in '+-':
        negative = s[i] == '-'
        i += 1
    # The number proper starts with a digit, or a point and a digit.
    if not (i < n and (s[i].isdecimal() or (s[i] == '.' and i + 1 < n and s[i + 1].isdecimal()))):
        return None
    j = _digit_run(s, i, True)
    whole = s[i:j]
    i = j
    num = int(whole) if whole else 0
    den = 1
    k = i
    while k < n and s[k].isspace():
        k += 1
    if whole and k < n and s[k] == '/':
        k += 1
        while k < n and s[k].isspace():
            k += 1
        j = _digit_run(s, k, True)
        if j == k or j != n:
            return None
        den = int(s[k:j])
    else:
        if i < n and s[i] == '.':
            i += 1
            # After the point: digits, or (as CPython's pattern has it) a run of letters d.
            j = _digit_run(s, i, True)
            if j == i:
                while j < n and s[j] in 'dD':
                    j += 1
            frac = s[i:j]
            i = j
            if frac:
                frac = frac.replace('_', '')
                scale = 10 ** len(frac)
                num = num * scale + int(frac)
                den *= scale
        if i < n and s[i] in 'eE':
            j = i + 1
            if j < n and s[j] in '+-':
                j += 1
            k = _digit_run(s, j, True)
            if k == j:
                return None
            exp = int(s[i + 1:k])
            i = k
            if exp >= 0:
                num *= 10 ** exp
            else:
                den *= 10 ** -exp
        if i != n:
            return None
    if negative:
        num = -num
    return num, den


def _round_half_even(n, d, exponent, keep_zero_sign=True):
    """n/d rounded to a multiple of 10**exponent, ties to even: (negative, |multiple|).
    The sign is n's, or the rounded value's when keep_zero_sign is false."""
    if exponent >= 0:
        d *= 10 ** exponent
    else:
        n *= 10 ** -exponent
    q, r = divmod(n, d)
    twice = 2 * r
    if twice > d or (twice == d and q % 2 == 1):
        q += 1
    negative = n < 0 if keep_zero_sign else q < 0
    return negative, abs(q)


def _round_significant(n, d, figures):
    """n/d rounded to `figures` significant digits: (negative, significand, exponent) with
    10**(figures-1) <= significand < 10**figures (a zero has exponent 1 - figures)."""
    if n == 0:
        return False, 0, 1 - figures
    a = abs(n)
    m = len(str(a)) - len(str(d))
    if a >= d * 10 ** m if m >= 0 else a * 10 ** -m >= d:
        m += 1
    exponent = m - figures
    negative, significand = _round_half_even(n, d, exponent)
    if significand == 10 ** figures:
        significand //= 10
        exponent += 1
    return negative, significand, exponent


def _parse_spec(spec):
    """The fields of a float-style format spec, or None when it is not one."""
    n = len(spec)
    i = 0
    fill = align = None
    if n >= 2 and spec[1] in '<>=^':
        fill, align = spec[0], spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        align = spec[0]
        i = 1
    sign = ''
    if i < n and spec[i] in '-+ ':
        sign = spec[i]
        i += 1
    no_neg_zero = i < n and spec[i] == 'z'
    i += no_neg_zero
    alternate = i < n and spec[i] == '#'
    i += alternate
    zeropad = i + 1 < n and spec[i] == '0' and spec[i + 1] in '0123456789'
    i += zeropad
    width = 0
    if i < n and spec[i] == '0':
        i += 1
    elif i < n and spec[i] in '123456789':
        j = i
        while j < n and spec[j] in '0123456789':
            j += 1
        width = int(spec[i:j])
        i = j
    grouping = None
    if i < n and spec[i] in ',_':
        grouping = spec[i]
        i += 1
    precision = 6
    if i + 1 < n and spec[i] == '.' and spec[i + 1] in '0123456789':
        j = i + 1
        if spec[j] == '0':
            j += 1
        else:
            while j < n and spec[j] in '0123456789':
                j += 1
        precision = int(spec[i + 1:j])
        i = j
    if i != n - 1 or spec[i] not in 'eEfFgG%':
        return None
    return (fill, align, sign, no_neg_zero, alternate, zeropad, width, grouping, precision,
            spec[i])


def _copy_of(value):
    # A Fraction is immutable: it is its own copy; a subclass instance is rebuilt.
    if type(value) != Fraction:
        return value.__class__(value._numerator, value._denominator)
    return value


def _cancel(x, y):
    # x and y divided by their greatest common divisor.
    g = math.gcd(x, y)
    return (x // g, y // g) if g > 1 else (x, y)


def _new(cls, n, d):
    # A fraction from a numerator and a positive denominator already in lowest terms.
    f = object.__new__(cls)
    f._numerator = n
    f._denominator = d
    return f


def _binary(exact, fallback, name):
    """The forward and reflected methods of an operator: `exact` on two Fractions, or
    `fallback` after converting both to float or complex."""

    def forward(a, b):
        if isinstance(b, Fraction):
            return exact(a, b)
        if isinstance(b, int):
            return exact(a, Fraction(b))
        if isinstance(b, float):
            return fallback(float(a), b)
        if isinstance(b, complex):
            return fallback(complex(a), b)
        return NotImplemented

    def reflected(b, a):
        if isinstance(a, (int, Fraction)) or isinstance(a, numbers.Rational):
            return exact(Fraction(a), b)
        if isinstance(a, float) or isinstance(a, numbers.Real):
            return fallback(float(a), float(b))
        if isinstance(a, complex) or isinstance(a, numbers.Complex):
            return fallback(complex(a), complex(b))
        return NotImplemented

    forward.__name__ = '__%s__' % name
    reflected.__name__ = '__r%s__' % name
    forward.__doc__ = reflected.__doc__ = exact.__doc__
    return forward, reflected


class Fraction(numbers.Rational):
    """A rational number held exactly, as a numerator and a positive denominator
    with no common factor.

    Fraction(p, q) takes two Rationals; Fraction(x) takes an int, a Rational, a float
    (converted exactly) or a numeric string such as '3/4', '-1.5' or '2e-3'.
    """

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        """Make a Fraction from a Rational pair, one Rational, a float or a string."""
        if denominator is None:
            if type(numerator) is int:
                return _new(cls, numerator, 1)
            if isinstance(numerator, (Fraction, int)) or isinstance(numerator, numbers.Rational):
                return _new(cls, numerator.numerator, numerator.denominator)
            if isinstance(numerator, float):
                n, d = numerator.as_integer_ratio()
                return _new(cls, n, d)
            if not isinstance(numerator, str):
                raise TypeError("argument should be a string or a Rational instance")
            parsed = _parse(numerator)
            if parsed is None:
                raise ValueError('Invalid literal for Fraction: %r' % numerator)
            n, d = parsed
        elif type(numerator) is int and type(denominator) is int:
            n, d = numerator, denominator
        elif isinstance(numerator, numbers.Rational) and isinstance(denominator, numbers.Rational):
            n = numerator.numerator * denominator.denominator
            d = denominator.numerator * numerator.denominator
        else:
            raise TypeError("both arguments should be Rational instances")
        if d == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % n)
        g = math.gcd(n, d)
        if d < 0:
            g = -g
        return _new(cls, n // g, d // g)

    @classmethod
    def from_float(cls, f):
        """The float's exact value as a Fraction (so 0.1 is not 1/10)."""
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)"
                            % (cls.__name__, f, type(f).__name__))
        n, d = f.as_integer_ratio()
        return _new(cls, n, d)

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of a Decimal as a Fraction (pymem: integers only)."""
        if isinstance(dec, numbers.Integral):
            return cls(int(dec))
        raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)"
                        % (cls.__name__, dec, type(dec).__name__))

    def is_integer(self):
        """Whether the denominator is 1."""
        return self._denominator == 1

    # Read-only views of the stored pair (kept in lowest terms, denominator > 0).
    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def as_integer_ratio(self):
        """The pair (numerator, denominator), in lowest terms."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The Fraction nearest to self whose denominator is at most max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        # Already within the limit: an equal Fraction.
        if max_denominator >= self._denominator:
            return Fraction(self)
        # Walk the continued fraction of self: (p_lo/q_lo, p_hi/q_hi) are the last two
        # convergents whose denominators fit. The best approximation is the last
        # convergent or the largest semiconvergent between them that fits; of the two,
        # the closer one wins, the convergent on a tie.
        p_lo, q_lo, p_hi, q_hi = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q_next = q_lo + a * q_hi
            if q_next > max_denominator:
                break
            p_lo, q_lo, p_hi, q_hi = p_hi, q_hi, p_lo + a * p_hi, q_next
            n, d = d, n - a * d
        k = (max_denominator - q_lo) // q_hi
        semi_q = q_lo + k * q_hi
        # |semi - self| >= |conv - self|  <=>  2 * d * semi_q <= self's denominator.
        if 2 * d * semi_q <= self._denominator:
            return _new(Fraction, p_hi, q_hi)
        return _new(Fraction, p_lo + k * p_hi, semi_q)

    def __repr__(self):
        """Fraction(numerator, denominator)."""
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        """'n/d', or 'n' for an integer."""
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    def __format__(self, format_spec, /):
        """Format like a float: the presentation types e, E, f, F, g, G and %."""
        if not format_spec:
            return str(self)
        fields = _parse_spec(format_spec)
        if fields is None:
            raise ValueError("Invalid format specifier %r for object of type %r"
                             % (format_spec, type(self).__name__))
        (fill, align, sign, no_neg_zero, alternate, zeropad, width, grouping, precision,
         kind) = fields
        if align is not None and zeropad:
            raise ValueError("Invalid format specifier %r for object of type %r; "
                             "can't use explicit alignment when zero-padding"
                             % (format_spec, type(self).__name__))
        fill = fill or ' '
        align = align or '>'
        plus = '' if sign == '-' else sign
        n, d = self._numerator, self._denominator
        if kind in 'fF%':
            exponent = -precision - (2 if kind == '%' else 0)
            negative, significand = _round_half_even(n, d, exponent, not no_neg_zero)
            scientific = False
            point = precision
        else:
            figures = max(precision, 1) if kind in 'gG' else precision + 1
            negative, significand, exponent = _round_significant(n, d, figures)
            scientific = kind in 'eE' or exponent > 0 or exponent + figures <= -4
            point = figures - 1 if scientific else -exponent
        if kind == '%':
            suffix = '%'
        elif scientific:
            e = exponent + point
            suffix = ('E' if kind in 'EFG' else 'e') + ('-' if e < 0 else '+') + '%02d' % abs(e)
        else:
            suffix = ''
        digits = str(significand).rjust(point + 1, '0')
        cut = len(digits) - point
        leading, fraction = digits[:cut], digits[cut:]
        if kind in 'gG' and not alternate:
            fraction = fraction.rstrip('0')
        trailing = ('.' if fraction or alternate else '') + fraction + suffix
        sign = '-' if negative else plus
        if zeropad:
            room = width - len(sign) - len(trailing)
            # With separators, enough digits that the grouped result fills the room.
            leading = leading.zfill(3 * room // 4 + 1 if grouping else room)
        if grouping:
            head = 1 + (len(leading) - 1) % 3
            groups = [leading[:head]]
            for pos in range(head, len(leading), 3):
                groups.append(leading[pos:pos + 3])
            leading = grouping.join(groups)
        body = leading + trailing
        padding = fill * (width - len(sign) - len(body))
        if align == '>':
            return padding + sign + body
        if align == '<':
            return sign + body + padding
        if align == '^':
            half = len(padding) // 2
            return padding[:half] + sign + body + padding[half:]
        return sign + padding + body

    def _add(a, b):
        """Sum of two Fractions."""
        na, da = a._numerator, a._denominator
        nb, db = b._numerator, b._denominator
        g = math.gcd(da, db)
        if g == 1:
            return _new(Fraction, na * db + nb * da, da * db)
        # Over the lcm of the denominators, then cancel what the sum shares with g.
        s = da // g
        t = na * (db // g) + nb * s
        h = math.gcd(t, g)
        if h == 1:
            return _new(Fraction, t, s * db)
        return _new(Fraction, t // h, s * (db // h))

    def _sub(a, b):
        """Difference of two Fractions."""
        return Fraction._add(a, _new(Fraction, -b._numerator, b._denominator))

    def _mul(a, b):
        """Product of two Fractions."""
        # Cancelling across before multiplying keeps the result in lowest terms.
        na, db = _cancel(a._numerator, b._denominator)
        nb, da = _cancel(b._numerator, a._denominator)
        return _new(Fraction, na * nb, da * db)

    def _div(a, b):
        """Quotient of two Fractions."""
        nb, db = b._numerator, b._denominator
        if nb == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % db)
        na, nb = _cancel(a._numerator, nb)
        da, db = _cancel(a._denominator, db)
        n, d = na * db, nb * da
        # The sign moves to the numerator.
        return _new(Fraction, -n, -d) if d < 0 else _new(Fraction, n, d)

    def _floordiv(a, b):
        """Floor of the quotient of two Fractions."""
        return (a.numerator * b.denominator) // (a.denominator * b.numerator)

    def _divmod(a, b):
        """Floor quotient and remainder of two Fractions."""
        da, db = a.denominator, b.denominator
        q, r = divmod(a.numerator * db, da * b.numerator)
        return q, Fraction(r, da * db)

    def _mod(a, b):
        """Remainder of two Fractions, with the sign of the divisor."""
        da, db = a.denominator, b.denominator
        return Fraction((a.numerator * db) % (b.numerator * da), da * db)

    __add__, __radd__ = _binary(_add, operator.add, 'add')
    __sub__, __rsub__ = _binary(_sub, operator.sub, 'sub')
    __mul__, __rmul__ = _binary(_mul, operator.mul, 'mul')
    __truediv__, __rtruediv__ = _binary(_div, operator.truediv, 'truediv')
    __floordiv__, __rfloordiv__ = _binary(_floordiv, operator.floordiv, 'floordiv')
    __divmod__, __rdivmod__ = _binary(_divmod, divmod, 'divmod')
    __mod__, __rmod__ = _binary(_mod, operator.mod, 'mod')

    def __pow__(a, b):
        """Power: a Fraction for an integral exponent, else a float or complex."""
        if not (isinstance(b, (int, Fraction)) or isinstance(b, numbers.Rational)):
            return float(a) ** b
        if b.denominator != 1:
            return float(a) ** float(b)
        p = b.numerator
        n, d = a._numerator, a._denominator
        if p >= 0:
            return _new(Fraction, n ** p, d ** p)
        if n == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % d ** -p)
        # A negative power swaps numerator and denominator; the sign moves up.
        if n > 0:
            return _new(Fraction, d ** -p, n ** -p)
        return _new(Fraction, (-d) ** -p, (-n) ** -p)

    def __rpow__(b, a):
        """Power with the Fraction as exponent."""
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, (int, Fraction)) or isinstance(a, numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        """The value as a plain Fraction (a subclass's instance included)."""
        return _new(Fraction, a._numerator, a._denominator)

    def __neg__(a):
        """Negation."""
        return _new(Fraction, -a._numerator, a._denominator)

    def __abs__(a):
        """Absolute value."""
        return _new(Fraction, abs(a._numerator), a._denominator)

    def __int__(a):
        """Truncated to an int."""
        return a.__trunc__()

    def __trunc__(a):
        """Truncated toward zero."""
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        """Largest int not above the value."""
        return a._numerator // a._denominator

    def __ceil__(a):
        """Smallest int not below the value."""
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """Rounded to ndigits decimal places (an int when ndigits is None), ties to even."""
        if ndigits is None:
            q, r = divmod(self._numerator, self._denominator)
            twice = 2 * r
            if twice > self._denominator or (twice == self._denominator and q % 2 == 1):
                q += 1
            return q
        scale = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * scale), scale)
        return Fraction(round(self / scale) * scale)

    def __hash__(self):
        """The hash of the equal int or float, when there is one."""
        return _hash_of_ratio(self._numerator, self._denominator)

    def __eq__(a, b):
        """Equality with Rationals, floats and complex numbers."""
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, (int, Fraction)) or isinstance(b, numbers.Rational):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, complex) or isinstance(b, numbers.Complex):
            if b.imag == 0:
                b = b.real
        if isinstance(b, float):
            if math.isfinite(b):
                return a == Fraction.from_float(b)
            # Infinities and NaN compare as with any finite number.
            return 0.0 == b
        return NotImplemented

    def _compare(a, b, op):
        if isinstance(b, (int, Fraction)) or isinstance(b, numbers.Rational):
            return op(a._numerator * b.denominator, a._denominator * b.numerator)
        if isinstance(b, float):
            if math.isfinite(b):
                return op(a, Fraction.from_float(b))
            return op(0.0, b)
        return NotImplemented

    def __lt__(a, b):
        """Ordering against Rationals and floats."""
        return a._compare(b, operator.lt)

    def __gt__(a, b):
        """Ordering against Rationals and floats."""
        return a._compare(b, operator.gt)

    def __le__(a, b):
        """Ordering against Rationals and floats."""
        return a._compare(b, operator.le)

    def __ge__(a, b):
        """Ordering against Rationals and floats."""
        return a._compare(b, operator.ge)

    def __bool__(a):
        """Whether the value is non-zero."""
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        return _copy_of(self)

    def __deepcopy__(self, memo):
        return _copy_of(self)


del _binary
