# pymem's frozen `datetime` module: timedelta, date, time, datetime, tzinfo and timezone with
# CPython 3.12's values, reprs, arithmetic, rounding and error messages. CPython implements
# them in C (`_datetime`), so its classes are named `datetime.date`, ... in messages (the
# runtime does the same through `_collections.c_type_name`, see the end of this file), its
# instances refuse new attributes, and tracebacks show none of its frames (nor of this
# module's: runtime/errors.rs hides them).
#
# Dates are proleptic Gregorian, counted by ordinal (day 1 is 0001-01-01). Local time comes
# from the runtime's `time.localtime` (the zone's UTC offset, `tm_gmtoff`, and its name,
# `tm_zone`), so `fromtimestamp`, `timestamp` and `astimezone` of naive values follow the
# machine's zone with CPython's rules for repeated and skipped hours (`fold`).
#
# Pickling states are CPython's (`__reduce__` gives the packed bytes the constructors
# accept back), so `copy` works through them. strftime and strptime speak the C locale, as
# CPython does until `locale.setlocale` is called; strftime formats glibc's directives
# itself. Not provided: `datetime_CAPI`.

import time as _time
import math as _math

__all__ = ('date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo', 'MINYEAR',
           'MAXYEAR', 'UTC')

MINYEAR = 1
MAXYEAR = 9999
_MAX_ORDINAL = 3652059      # date(9999, 12, 31).toordinal()
_MAX_DAYS = 999999999       # the largest |timedelta.days|

_US_PER_SECOND = 1000000
_US_PER_DAY = 86400 * _US_PER_SECOND

# Days in each month of a common year; index 0 is a placeholder so months index directly.
_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _before_month_table():
    acc = [0, 0]
    for m in range(1, 12):
        acc.append(acc[-1] + _MONTH_DAYS[m])
    return tuple(acc)


# Days before the first of each month in a common year (index 1 is January: 0).
_BEFORE_MONTH = _before_month_table()

_DAY_ABBR = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_DAY_FULL = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')
_MONTH_ABBR = (None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct',
               'Nov', 'Dec')
_MONTH_FULL = (None, 'January', 'February', 'March', 'April', 'May', 'June', 'July',
               'August', 'September', 'October', 'November', 'December')


# The classes refuse attribute assignment (CPython's are immutable C types), so the module
# stores their fields with object.__setattr__.
_store = object.__setattr__


# --- calendar arithmetic ---------------------------------------------------------------------

def _leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _month_length(year, month):
    if month == 2 and _leap(year):
        return 29
    return _MONTH_DAYS[month]


def _ordinal(year, month, day):
    """The proleptic Gregorian ordinal of a valid date."""
    y = year - 1
    days = y * 365 + y // 4 - y // 100 + y // 400
    days += _BEFORE_MONTH[month]
    if month > 2 and _leap(year):
        days += 1
    return days + day


# Days in 400, 100 and 4 Gregorian years.
_DAYS_400Y = 146097
_DAYS_100Y = 36524
_DAYS_4Y = 1461


def _from_ordinal(n):
    """(year, month, day) of ordinal n (1 <= n)."""
    n -= 1                                   # days since 0001-01-01
    cycles400, n = divmod(n, _DAYS_400Y)
    cycles100, n = divmod(n, _DAYS_100Y)
    cycles4, n = divmod(n, _DAYS_4Y)
    years, n = divmod(n, 365)
    year = cycles400 * 400 + cycles100 * 100 + cycles4 * 4 + years + 1
    if years == 4 or cycles100 == 4:
        # The last day of a leap cycle: Dec 31 of the year before.
        return year - 1, 12, 31
    leap = _leap(year)
    month = 1
    while month < 12:
        length = _MONTH_DAYS[month] + (1 if month == 2 and leap else 0)
        if n < length:
            break
        n -= length
        month += 1
    return year, month, n + 1


def _iso_week1_monday(year):
    """The ordinal of the Monday of ISO week 1 of `year` (the week holding Jan 4)."""
    jan4 = _ordinal(year, 1, 4)
    return jan4 - (jan4 + 6) % 7


# --- argument checks ---------------------------------------------------------------------------

def _as_int(value):
    if isinstance(value, int):
        return int(value)
    if hasattr(type(value), '__index__'):
        return type(value).__index__(value)
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)


def _is_state(value, size, at, low, high):
    """Whether a constructor's first argument is a pickled state: `size` bytes (or a str of
    them, as Python 2 pickles had) whose byte `at`, less the fold bit, is in low..high."""
    if not isinstance(value, (bytes, str)) or len(value) != size:
        return False
    b = ord(value[at:at + 1]) & 0x7F
    return low <= b <= high


def _state_bytes(value):
    if isinstance(value, str):
        return value.encode('latin-1')
    return value


def _require(month, day):
    if month is None:
        raise TypeError("function missing required argument 'month' (pos 2)")
    if day is None:
        raise TypeError("function missing required argument 'day' (pos 3)")


def _check_date(year, month, day):
    if type(year) is not int or type(month) is not int or type(day) is not int:
        year = _as_int(year)
        month = _as_int(month)
        day = _as_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _month_length(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time(hour, minute, second, microsecond, fold):
    if (type(hour) is not int or type(minute) is not int or type(second) is not int
            or type(microsecond) is not int or type(fold) is not int):
        hour = _as_int(hour)
        minute = _as_int(minute)
        second = _as_int(second)
        microsecond = _as_int(microsecond)
        fold = _as_int(fold)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError('tzinfo argument must be None or of a tzinfo subclass, not type %r'
                        % type(tz).__name__)


def _type_label(obj):
    """The name CPython's messages and reprs use for obj's type: `datetime.X` for the
    module's own classes, the bare class name for subclasses."""
    cls = type(obj)
    if cls in _OWN_TYPES:
        return 'datetime.' + cls.__name__
    return cls.__name__


def _check_offset(name, offset):
    """Validate what a tzinfo method `name` returned (None or a timedelta under a day)."""
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError('tzinfo.%s() must return None or timedelta, not %r'
                        % (name, type(offset).__name__))
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) '
                         'and timedelta(hours=24).')
    return offset


def _c_round(x):
    """C's round(): halves away from zero."""
    whole = float(int(x))
    if abs(x - whole) >= 0.5:
        whole += 1.0 if x > 0 else -1.0
    return whole


def _div_round_even(n, d):
    """n / d rounded to the nearest int, halves to even (exact, for ints)."""
    q, r = divmod(n, d)
    twice = 2 * r
    if d > 0:
        over = twice > d
    else:
        over = twice < d
    if over or (twice == d and q % 2 == 1):
        q += 1
    return q


def _format_offset(off, sep):
    """`+HH<sep>MM[<sep>SS[.ffffff]]` for a timedelta offset, '' for None."""
    if off is None:
        return ''
    sign = '+'
    if off.days < 0:
        sign = '-'
        off = -off
    hh, rest = divmod(off.seconds, 3600)
    mm, ss = divmod(rest, 60)
    text = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if ss or off.microseconds:
        text += '%s%02d' % (sep, ss)
        if off.microseconds:
            text += '.%06d' % off.microseconds
    return text


# --- strftime ----------------------------------------------------------------------------------

def _strftime(obj, fmt, fields, tzsource):
    """Format `fields` = (year, month, day, hour, minute, second, microsecond) with the C
    locale's glibc directives; %z, %:z and %Z ask `tzsource` (a datetime or time, or None)."""
    if not isinstance(fmt, str):
        raise TypeError('strftime() argument 1 must be str, not %s' % type(fmt).__name__)
    year, month, day, hour, minute, second, us = fields
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c != '%' or i + 1 == n:
            out.append(c)
            i += 1
            continue
        d = fmt[i + 1]
        i += 2
        if d in '-_^' and i < n:
            # glibc's flags: no padding, padding with spaces, upper case.
            text = _directive(fmt[i], year, month, day, hour, minute, second, us, tzsource)
            i += 1
            if d == '^':
                text = text.upper()
            elif text[:1] in '0 ' and len(text) > 1 and text.strip(' ').isdigit():
                digits = text.lstrip('0 ') or '0'
                text = digits if d == '-' else digits.rjust(len(text))
            out.append(text)
            continue
        if d == ':' and i < n and fmt[i] == 'z':
            i += 1
            off = tzsource.utcoffset() if tzsource is not None else None
            out.append(_format_offset(off, ':'))
            continue
        out.append(_directive(d, year, month, day, hour, minute, second, us, tzsource))
    return ''.join(out)


def _directive(d, year, month, day, hour, minute, second, us, tzsource):
    if d in 'aAjwuUWc':
        wday = (_ordinal(year, month, day) + 6) % 7        # Monday is 0
        yday = _ordinal(year, month, day) - _ordinal(year, 1, 1) + 1
    if d == 'Y':
        return str(year)
    if d == 'm':
        return '%02d' % month
    if d == 'd':
        return '%02d' % day
    if d == 'H':
        return '%02d' % hour
    if d == 'M':
        return '%02d' % minute
    if d == 'S':
        return '%02d' % second
    if d == 'f':
        return '%06d' % us
    if d == 'y':
        return '%02d' % (year % 100)
    if d == 'C':
        # glibc pads neither %Y nor %C of years before 1000.
        return str(year // 100) if year < 1000 else '%02d' % (year // 100)
    if d == 'e':
        return '%2d' % day
    if d == 'a':
        return _DAY_ABBR[wday]
    if d == 'A':
        return _DAY_FULL[wday]
    if d in 'bh':
        return _MONTH_ABBR[month]
    if d == 'B':
        return _MONTH_FULL[month]
    if d == 'I':
        return '%02d' % (hour % 12 or 12)
    if d == 'l':
        return '%2d' % (hour % 12 or 12)
    if d == 'k':
        return '%2d' % hour
    if d == 'p':
        return 'AM' if hour < 12 else 'PM'
    if d == 'P':
        return 'am' if hour < 12 else 'pm'
    if d == 'j':
        return '%03d' % yday
    if d == 'w':
        return str((wday + 1) % 7)
    if d == 'u':
        return str(wday + 1)
    if d == 'U':
        return '%02d' % ((yday + 6 - (wday + 1) % 7) // 7)
    if d == 'W':
        return '%02d' % ((yday + 6 - wday) // 7)
    if d in 'GgV':
        iy, iw, _ = _iso_calendar(year, month, day)
        if d == 'G':
            return str(iy)
        if d == 'g':
            return '%02d' % (iy % 100)
        return '%02d' % iw
    if d == 'c':
        return '%s %s %2d %02d:%02d:%02d %d' % (_DAY_ABBR[wday], _MONTH_ABBR[month], day,
                                                 hour, minute, second, year)
    if d == 'x' or d == 'D':
        return '%02d/%02d/%02d' % (month, day, year % 100)
    if d == 'X' or d == 'T':
        return '%02d:%02d:%02d' % (hour, minute, second)
    if d == 'R':
        return '%02d:%02d' % (hour, minute)
    if d == 'r':
        return '%02d:%02d:%02d %s' % (hour % 12 or 12, minute, second,
                                      'AM' if hour < 12 else 'PM')
    if d == 'F':
        return '%d-%02d-%02d' % (year, month, day)
    if d == 's':
        local = _seconds_of((year, month, day, hour, minute, second))
        return str(_local_to_posix(local, 0))
    if d == 'n':
        return '\n'
    if d == 't':
        return '\t'
    if d == '%':
        return '%'
    if d == 'z':
        off = tzsource.utcoffset() if tzsource is not None else None
        return _format_offset(off, '')
    if d == 'Z':
        if tzsource is None:
            return ''
        name = tzsource.tzname()
        if name is None:
            return ''
        return name.replace('%', '%%')
    # glibc leaves an unknown directive as it is.
    return '%' + d


def _iso_calendar(year, month, day):
    today = _ordinal(year, month, day)
    iso_year = year
    week1 = _iso_week1_monday(iso_year)
    if today < week1:
        iso_year -= 1
        week1 = _iso_week1_monday(iso_year)
    else:
        following = _iso_week1_monday(iso_year + 1)
        if today >= following:
            iso_year += 1
            week1 = following
    week, wd = divmod(today - week1, 7)
    return iso_year, week + 1, wd + 1


# --- timedelta ---------------------------------------------------------------------------------

def _add_component(total, leftover, name, value, factor):
    """Add `value` units of `factor` microseconds to the int `total`; a float's fraction of a
    microsecond goes to `leftover` (CPython's delta_new accumulates exactly this way)."""
    if isinstance(value, int):
        return total + value * factor, leftover
    if isinstance(value, float):
        frac, whole = _math.modf(value)
        total += int(whole) * factor
        if frac == 0.0:
            return total, leftover
        frac, whole = _math.modf(float(factor) * frac)
        return total + int(whole), leftover + frac
    raise TypeError('unsupported type for timedelta %s component: %s'
                    % (name, type(value).__name__))


def _td_from_us(cls, us):
    seconds, us = divmod(us, _US_PER_SECOND)
    days, seconds = divmod(seconds, 86400)
    if not -_MAX_DAYS <= days <= _MAX_DAYS:
        if not -2 ** 31 <= days < 2 ** 31:
            # CPython's days are a C int before they are range-checked.
            raise OverflowError('Python int too large to convert to C int')
        raise OverflowError('days=%d; must have magnitude <= %d' % (days, _MAX_DAYS))
    self = object.__new__(cls)
    _store(self, '_days', days)
    _store(self, '_seconds', seconds)
    _store(self, '_microseconds', us)
    _store(self, '_hashcode', -1)
    return self


class timedelta:
    """Difference between two datetime values.

timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)

All arguments are optional and default to 0.
Arguments may be integers or floats, and may be positive or negative."""

    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0,
                weeks=0):
        if (type(days) is int and type(seconds) is int and type(microseconds) is int
                and type(milliseconds) is int and type(minutes) is int and type(hours) is int
                and type(weeks) is int):
            # All ints: the sum is exact.
            total = (((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60 + seconds
            return _td_from_us(cls, total * _US_PER_SECOND + milliseconds * 1000
                               + microseconds)
        total = 0
        leftover = 0.0
        for name, value, factor in (('microseconds', microseconds, 1),
                                    ('milliseconds', milliseconds, 1000),
                                    ('seconds', seconds, _US_PER_SECOND),
                                    ('minutes', minutes, 60 * _US_PER_SECOND),
                                    ('hours', hours, 3600 * _US_PER_SECOND),
                                    ('days', days, _US_PER_DAY),
                                    ('weeks', weeks, 7 * _US_PER_DAY)):
            if type(value) is not int or value:
                total, leftover = _add_component(total, leftover, name, value, factor)
        if leftover:
            rounded = _c_round(leftover)
            if abs(rounded - leftover) == 0.5:
                # Exactly half way: round the sum to even.
                odd = total & 1
                rounded = 2.0 * _c_round((leftover + odd) * 0.5) - odd
            total += int(rounded)
        return _td_from_us(cls, total)

    days = property(lambda self: self._days, doc='Number of days.')
    seconds = property(lambda self: self._seconds,
                       doc='Number of seconds (>= 0 and less than 1 day).')
    microseconds = property(lambda self: self._microseconds,
                            doc='Number of microseconds (>= 0 and less than 1 second).')

    def _us(self):
        return (self._days * 86400 + self._seconds) * _US_PER_SECOND + self._microseconds

    def total_seconds(self):
        """The whole duration in seconds, as a float."""
        return self._us() / _US_PER_SECOND

    def __repr__(self):
        parts = []
        if self._days:
            parts.append('days=%d' % self._days)
        if self._seconds:
            parts.append('seconds=%d' % self._seconds)
        if self._microseconds:
            parts.append('microseconds=%d' % self._microseconds)
        return '%s(%s)' % (_type_label(self), ', '.join(parts) or '0')

    def __str__(self):
        minutes, ss = divmod(self._seconds, 60)
        hh, mm = divmod(minutes, 60)
        text = '%d:%02d:%02d' % (hh, mm, ss)
        if self._days:
            plural = '' if abs(self._days) == 1 else 's'
            text = '%d day%s, %s' % (self._days, plural, text)
        if self._microseconds:
            text += '.%06d' % self._microseconds
        return text

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        if fmt:
            raise TypeError('unsupported format string passed to %s.__format__'
                            % _type_label(self))
        return str(self)

    # Arithmetic: results are always plain timedeltas, as CPython's are.
    def __add__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(timedelta, self._us() + other._us())
        return NotImplemented

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(timedelta, self._us() + other._us())
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(timedelta, self._us() - other._us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(timedelta, other._us() - self._us())
        return NotImplemented

    def __neg__(self):
        return _td_from_us(timedelta, -self._us())

    def __pos__(self):
        return _td_from_us(timedelta, self._us())

    def __abs__(self):
        if self._days < 0:
            return -self
        return +self

    def __mul__(self, other):
        if isinstance(other, int):
            return _td_from_us(timedelta, self._us() * other)
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            return _td_from_us(timedelta, _div_round_even(self._us() * num, den))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us() // other._us()
        if isinstance(other, int):
            return _td_from_us(timedelta, self._us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, int):
            return _td_from_us(timedelta, _div_round_even(self._us(), other))
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            return _td_from_us(timedelta, _div_round_even(self._us() * den, num))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(timedelta, self._us() % other._us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us(), other._us())
            return q, _td_from_us(timedelta, r)
        return NotImplemented

    # Comparisons: only with other timedeltas.
    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._key() != other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            _store(self, '_hashcode', hash(self._key()))
        return self._hashcode

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0


timedelta.min = timedelta(-_MAX_DAYS)
timedelta.max = timedelta(days=_MAX_DAYS, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# --- date --------------------------------------------------------------------------------------

class IsoCalendarDate(tuple):
    """The (year, week, weekday) triple of isocalendar(), with named fields."""

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __repr__(self):
        return '%s(year=%d, week=%d, weekday=%d)' % (_type_label(self), self[0], self[1],
                                                     self[2])

    def __reduce__(self):
        return (tuple, (tuple(self),))


def _new_date(cls, year, month, day):
    if cls is date:
        self = object.__new__(date)
        _store(self, '_year', year)
        _store(self, '_month', month)
        _store(self, '_day', day)
        _store(self, '_hashcode', -1)
        return self
    return cls(year, month, day)


class _Malformed(ValueError):
    """Text that is not ISO 8601 at all (fromisoformat reports it as such; values out of
    range get the constructors' own messages)."""


def _parse_iso_date(text):
    """(year, month, day) of an ISO 8601 calendar or week date, the whole of `text`."""
    n = len(text)
    if n == 10 and text[4] == '-' and text[7] == '-' and text[5] != 'W':
        y, m, d = _digits(text, 0, 4), _digits(text, 5, 2), _digits(text, 8, 2)
    elif n == 8 and text[4] != '-' and text[4] != 'W':
        y, m, d = _digits(text, 0, 4), _digits(text, 4, 2), _digits(text, 6, 2)
    elif n in (7, 8, 9, 10) and 'W' in text[4:6]:
        y = _digits(text, 0, 4)
        extended = text[4] == '-'
        pos = 6 if extended else 5
        w = _digits(text, pos, 2)
        pos += 2
        wd = 1
        if pos < n:
            if extended:
                if text[pos] != '-':
                    raise _Malformed
                pos += 1
            wd = _digits(text, pos, 1)
            pos += 1
        if pos != n:
            raise _Malformed
        try:
            return _iso_week_to_ymd(y, w, wd)
        except ValueError:
            raise _Malformed from None
    else:
        raise _Malformed
    return y, m, d


def _iso_week_to_ymd(year, week, weekday):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('Year is out of range: %d' % year)
    if not 0 < week < 53:
        last_week = 52
        jan1_wday = (_ordinal(year, 1, 1) + 6) % 7
        if jan1_wday == 3 or (jan1_wday == 2 and _leap(year)):
            last_week = 53
        if week != last_week:
            raise ValueError('Invalid week: %d' % week)
    if not 0 < weekday < 8:
        raise ValueError('Invalid day: %d (range is [1, 7])' % weekday)
    o = _iso_week1_monday(year) + (week - 1) * 7 + weekday - 1
    return _from_ordinal(o)


def _digits(text, start, count):
    part = text[start:start + count]
    if len(part) != count or not all('0' <= c <= '9' for c in part):
        raise _Malformed
    return int(part)


class date:
    """date(year, month, day) --> date object"""

    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year, month=None, day=None):
        if month is None and _is_state(year, 4, 2, 1, 12):
            state = _state_bytes(year)
            year, month, day = state[0] * 256 + state[1], state[2], state[3]
        _require(month, day)
        year, month, day = _check_date(year, month, day)
        self = object.__new__(cls)
        _store(self, '_year', year)
        _store(self, '_month', month)
        _store(self, '_day', day)
        _store(self, '_hashcode', -1)
        return self

    # Constructors.
    @classmethod
    def fromtimestamp(cls, t):
        """Create a date from a POSIX timestamp."""
        tm = _time.localtime(_timestamp_seconds(t, 'floor'))
        return cls(tm.tm_year, tm.tm_mon, tm.tm_mday)

    @classmethod
    def today(cls):
        """Current date or datetime:  same as self.__class__.fromtimestamp(time.time())."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        """int -> date corresponding to a proleptic Gregorian ordinal."""
        n = _as_int(n)
        if n < 1:
            raise ValueError('ordinal must be >= 1')
        if n > _MAX_ORDINAL:
            raise ValueError('year %d is out of range' % (MAXYEAR + 1))
        y, m, d = _from_ordinal(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        """str -> Construct a date from a string in ISO 8601 format."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            y, m, d = _parse_iso_date(date_string)
        except _Malformed:
            raise ValueError('Invalid isoformat string: %r' % (date_string,)) from None
        return cls(y, m, d)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """int, int, int -> Construct a date from the ISO year, week number and weekday."""
        y, m, d = _iso_week_to_ymd(_as_int(year), _as_int(week), _as_int(day))
        return cls(y, m, d)

    # Fields.
    year = property(lambda self: self._year)
    month = property(lambda self: self._month)
    day = property(lambda self: self._day)

    def __repr__(self):
        return '%s(%d, %d, %d)' % (_type_label(self), self._year, self._month, self._day)

    def isoformat(self):
        """Return string in ISO 8601 format, YYYY-MM-DD."""
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    def ctime(self):
        """Return ctime() style string."""
        wd = self.toordinal() % 7 or 7
        return '%s %s %2d 00:00:00 %04d' % (_DAY_ABBR[wd - 1], _MONTH_ABBR[self._month],
                                            self._day, self._year)

    def strftime(self, format):
        """format -> strftime() style string."""
        return _strftime(self, format, (self._year, self._month, self._day, 0, 0, 0, 0), None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0,
                                  self.weekday(), self._yday(), -1))

    def _yday(self):
        return self.toordinal() - _ordinal(self._year, 1, 1) + 1

    def toordinal(self):
        """Return proleptic Gregorian ordinal.  January 1 of year 1 is day 1."""
        return _ordinal(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        """A date of the same type with the fields given replaced."""
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    def weekday(self):
        """Return the day of the week represented by the date.
Monday == 0 ... Sunday == 6"""
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        """Return the day of the week represented by the date.
Monday == 1 ... Sunday == 7"""
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        """Return a named tuple containing ISO year, week number, and weekday."""
        return _IsoCalendarDate(*_iso_calendar(self._year, self._month, self._day))

    def __reduce__(self):
        y = self._year
        return (type(self), (bytes((y >> 8, y & 255, self._month, self._day)),))

    # Comparisons (a datetime never equals a date, and does not order against one: the
    # datetime's own methods decide, as its type is the subclass).
    def _cmp(self, other):
        a = (self._year, self._month, self._day)
        b = (other._year, other._month, other._day)
        return 0 if a == b else (1 if a > b else -1)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) >= 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            _store(self, '_hashcode', hash((self._year, self._month, self._day)))
        return self._hashcode

    # Arithmetic.
    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= _MAX_ORDINAL:
                y, m, d = _from_ordinal(o)
                return _new_date(type(self), y, m, d)
            raise OverflowError('date value out of range')
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


# --- tzinfo and timezone -----------------------------------------------------------------------

class tzinfo:
    """Abstract base class for time zone info objects."""

    __slots__ = ()

    def tzname(self, dt):
        """datetime -> string name of time zone."""
        raise NotImplementedError('a tzinfo subclass must implement tzname()')

    def utcoffset(self, dt):
        """datetime -> timedelta showing offset from UTC, negative values indicating West of UTC"""
        raise NotImplementedError('a tzinfo subclass must implement utcoffset()')

    def dst(self, dt):
        """datetime -> DST offset as timedelta positive east of UTC."""
        raise NotImplementedError('a tzinfo subclass must implement dst()')

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        off = dt.utcoffset()
        if off is None:
            raise ValueError('fromutc: non-None utcoffset() result required')
        dst = dt.dst()
        if dst is None:
            raise ValueError('fromutc: non-None dst() result required')
        standard = off - dst
        if standard:
            dt += standard
            dst = dt.dst()
            if dst is None:
                raise ValueError('fromutc: tz.dst() gave inconsistent results; cannot convert')
        return dt + dst

    def __reduce__(self):
        getinitargs = getattr(self, '__getinitargs__', None)
        args = getinitargs() if getinitargs else ()
        return (type(self), args)


class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""

    __slots__ = ('_offset', '_name')

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError('timezone() argument 1 must be datetime.timedelta, not %s'
                            % type(offset).__name__)
        if name is not None and not isinstance(name, str):
            raise TypeError('timezone() argument 2 must be str, not %s'
                            % type(name).__name__)
        if name is None and not offset and cls is timezone and _UTC is not None:
            return _UTC
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError('offset must be a timedelta strictly between '
                             '-timedelta(hours=24) and timedelta(hours=24), not %r.'
                             % (offset,))
        self = tzinfo.__new__(cls)
        _store(self, '_offset', offset)
        _store(self, '_name', name)
        return self

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'datetime.timezone' is not an acceptable base type")

    def __getinitargs__(self):
        # The name only when one was given.
        return (self._offset,) if self._name is None else (self._offset, self._name)

    def __eq__(self, other):
        # Timezones are equal by offset alone (names are ignored).
        if not isinstance(other, timezone):
            return NotImplemented
        return self._offset == other._offset

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _UTC:
            return 'datetime.timezone.utc'
        if self._name is None:
            return '%s(%r)' % (_type_label(self), self._offset)
        return '%s(%r, %r)' % (_type_label(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def _check_arg(self, method, dt):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError('%s(dt) argument must be a datetime instance or None, not %s'
                            % (method, type(dt).__name__))

    def utcoffset(self, dt):
        self._check_arg('utcoffset', dt)
        return self._offset

    def tzname(self, dt):
        self._check_arg('tzname', dt)
        if self._name is not None:
            return self._name
        return _utc_name(self._offset)

    def dst(self, dt):
        self._check_arg('dst', dt)
        return None

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        return dt + self._offset


def _utc_name(offset):
    if not offset:
        return 'UTC'
    return 'UTC' + _format_offset(offset, ':')


_UTC = None
_UTC = timezone._create(timedelta(0))
timezone.utc = _UTC
timezone.min = timezone._create(-timedelta(hours=23, minutes=59))
timezone.max = timezone._create(timedelta(hours=23, minutes=59))
UTC = _UTC


def _tz_for(offset, name):
    if not offset and name is None:
        return _UTC
    return timezone(offset, name)


# --- time --------------------------------------------------------------------------------------

_TIMESPECS = ('auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds')


def _format_clock(hh, mm, ss, us, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'hours':
        return '%02d' % hh
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mm)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mm, ss, us // 1000)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
    raise ValueError('Unknown timespec value')


def _repr_clock(label, head, hh, mm, ss, us, tz, fold):
    if us:
        text = '%s(%s%d, %d, %d, %d' % (label, head, hh, mm, ss, us)
    elif ss:
        text = '%s(%s%d, %d, %d' % (label, head, hh, mm, ss)
    else:
        text = '%s(%s%d, %d' % (label, head, hh, mm)
    if tz is not None:
        text += ', tzinfo=%r' % (tz,)
    if fold:
        text += ', fold=1'
    return text + ')'


def _parse_iso_time(text):
    """(hour, minute, second, microsecond, tzinfo) of an ISO 8601 time (without the date)."""
    cut = len(text)
    for i, c in enumerate(text):
        if c in '+-Z':
            cut = i
            break
    clock, zone = text[:cut], text[cut:]
    hh, mm, ss, us = _parse_clock(clock)
    tz = None
    if zone:
        if zone == 'Z':
            tz = _UTC
        else:
            sign = -1 if zone[0] == '-' else 1
            oh, om, osec, ous = _parse_clock(zone[1:])
            off = timedelta(hours=oh, minutes=om, seconds=osec, microseconds=ous)
            tz = _tz_for(sign * off, None)
    return hh, mm, ss, us, tz


def _parse_clock(text):
    """HH[[:]MM[[:]SS[.ffffff]]] (a fraction also after ',')."""
    n = len(text)
    if n < 2:
        raise _Malformed
    parts = [_digits(text, 0, 2)]
    pos = 2
    colon = n > 2 and text[2] == ':'
    us = 0
    while pos < n and len(parts) < 3:
        if colon:
            if text[pos] != ':':
                break
            pos += 1
        parts.append(_digits(text, pos, 2))
        pos += 2
    if pos < n:
        if len(parts) != 3 or text[pos] not in '.,':
            raise _Malformed
        frac = text[pos + 1:]
        if not frac or not all('0' <= c <= '9' for c in frac):
            raise _Malformed
        us = int((frac[:6] + '00000')[:6])
        pos = n
    while len(parts) < 3:
        parts.append(0)
    hh, mm, ss = parts
    return hh, mm, ss, us


def _time_offset(tz, dt, name='utcoffset'):
    if tz is None:
        return None
    return _check_offset(name, getattr(tz, name)(dt))


class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object

All arguments are optional. tzinfo may be None, or an instance of
a tzinfo subclass. The remaining arguments may be ints.
"""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold',
                 '_hashcode')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        if _is_state(hour, 6, 0, 0, 23):
            state = _state_bytes(hour)
            tzinfo = minute if minute != 0 else None
            hour, minute, second = state[0] & 0x7F, state[1], state[2]
            microsecond = (state[3] << 16) | (state[4] << 8) | state[5]
            fold = state[0] >> 7
        hour, minute, second, microsecond, fold = _check_time(hour, minute, second,
                                                              microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        _store(self, '_hour', hour)
        _store(self, '_minute', minute)
        _store(self, '_second', second)
        _store(self, '_microsecond', microsecond)
        _store(self, '_tzinfo', tzinfo)
        _store(self, '_fold', fold)
        _store(self, '_hashcode', -1)
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromisoformat(cls, time_string):
        """string -> time from a string in ISO 8601 format"""
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        text = time_string
        if text[:1] == 'T':
            text = text[1:]
        try:
            hh, mm, ss, us, tz = _parse_iso_time(text)
        except _Malformed:
            raise ValueError('Invalid isoformat string: %r' % (time_string,)) from None
        return cls(hh, mm, ss, us, tz)

    def _clock(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(None)."""
        return _time_offset(self._tzinfo, None)

    def dst(self):
        """Return self.tzinfo.dst(None)."""
        return _time_offset(self._tzinfo, None, 'dst')

    def tzname(self):
        """Return self.tzinfo.tzname(None)."""
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(None)
        if name is not None and not isinstance(name, str):
            raise TypeError('tzinfo.tzname() must return None or a string, not %r'
                            % type(name).__name__)
        return name

    def isoformat(self, timespec='auto'):
        """Return string in ISO 8601 format, [HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM]."""
        text = _format_clock(self._hour, self._minute, self._second, self._microsecond,
                             timespec)
        return text + _format_offset(self.utcoffset(), ':')

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        return _repr_clock(_type_label(self), '', self._hour, self._minute, self._second,
                           self._microsecond, self._tzinfo, self._fold)

    def strftime(self, format):
        """format -> strftime() style string."""
        return _strftime(self, format, (1900, 1, 1, self._hour, self._minute, self._second,
                                        self._microsecond), self)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True,
                *, fold=None):
        """Return time with new specified fields."""
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo, fold=fold)

    def __reduce_ex__(self, protocol):
        us = self._microsecond
        fold = 0x80 if self._fold and protocol > 3 else 0
        state = bytes((self._hour | fold, self._minute, self._second, us >> 16,
                       (us >> 8) & 255, us & 255))
        if self._tzinfo is None:
            return (type(self), (state,))
        return (type(self), (state, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)

    def __bool__(self):
        return True

    def _compare(self, other, equality):
        """-1, 0 or 1; None when one is naive and the other aware (== then says False)."""
        if self._tzinfo is other._tzinfo:
            a, b = self._clock(), other._clock()
        else:
            so, oo = self.utcoffset(), other.utcoffset()
            if (so is None) != (oo is None):
                if equality:
                    return None
                raise TypeError("can't compare offset-naive and offset-aware times")
            a, b = self._clock(), other._clock()
            if so != oo:
                def us(t, off):
                    h, m, s, u = t
                    total = ((h * 60 + m) * 60 + s) * _US_PER_SECOND + u
                    return total - off._us()
                a, b = us(a, so), us(b, oo)
        return 0 if a == b else (1 if a > b else -1)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._compare(other, True) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, time):
            return self._compare(other, True) != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) >= 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            off = self.utcoffset()
            if not off:
                _store(self, '_hashcode', hash(self._clock()))
            else:
                h, m, s, u = self._clock()
                total = ((h * 60 + m) * 60 + s) * _US_PER_SECOND + u - off._us()
                _store(self, '_hashcode', hash(total))
        return self._hashcode


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# --- datetime ----------------------------------------------------------------------------------

def _timestamp_seconds(t, rounding):
    """Split a POSIX timestamp into (seconds, microseconds), the microseconds rounded
    half to even (CPython's _PyTime_ROUND_HALF_EVEN); or only the seconds, rounded down
    ('floor', as date.fromtimestamp does)."""
    if isinstance(t, float):
        if t != t:
            raise ValueError('Invalid value NaN (not a number)')
        frac, whole = _math.modf(t)
        if abs(whole) > 1e16:
            raise OverflowError('timestamp out of range for platform time_t')
        secs = int(whole)
        us_f = frac * 1e6
        if rounding == 'floor':
            return secs - 1 if frac < 0 else secs
        us = int(us_f)
        rest = us_f - us
        if abs(rest) > 0.5 or (abs(rest) == 0.5 and us % 2 == 1):
            us += 1 if rest > 0 else -1
        if us >= _US_PER_SECOND:
            secs += 1
            us -= _US_PER_SECOND
        elif us < 0:
            secs -= 1
            us += _US_PER_SECOND
        return secs, us
    secs = _as_int(t)
    if abs(secs) > 10 ** 16:
        raise OverflowError('timestamp out of range for platform time_t')
    if rounding == 'floor':
        return secs
    return secs, 0


def _local_fields(secs):
    tm = _time.localtime(secs)
    return (tm.tm_year, tm.tm_mon, tm.tm_mday, tm.tm_hour, tm.tm_min, min(tm.tm_sec, 59))


def _utc_fields(secs):
    tm = _time.gmtime(secs)
    return (tm.tm_year, tm.tm_mon, tm.tm_mday, tm.tm_hour, tm.tm_min, min(tm.tm_sec, 59))


_EPOCH_ORDINAL = 719163      # date(1970, 1, 1).toordinal()
_FOLD_PROBE = 86400          # how far apart two readings of one wall time can be


def _seconds_of(fields):
    y, m, d, hh, mm, ss = fields[:6]
    return ((_ordinal(y, m, d) - _EPOCH_ORDINAL) * 86400 + hh * 3600 + mm * 60 + ss)


def _local(u):
    """The local wall time at POSIX time u, as seconds since the epoch read as UTC."""
    fields = _local_fields(u)
    if not MINYEAR <= fields[0] <= MAXYEAR:
        raise ValueError('year %d is out of range' % fields[0])
    return _seconds_of(fields)


def _local_to_posix(t, fold):
    """The POSIX time whose local wall time is t (seconds since the epoch read as UTC).
    Of two such times (a repeated hour), fold picks the later; in a gap, where there is
    none, the wall time is read with the offset before (fold=0) or after the change."""
    first_offset = _local(t) - t
    u1 = t - first_offset
    t1 = _local(u1)
    if t1 == t:
        # A solution; look a day away for another offset that gives one too.
        probe = u1 + _FOLD_PROBE if fold else u1 - _FOLD_PROBE
        second_offset = _local(probe) - probe
        if second_offset == first_offset:
            return u1
    else:
        second_offset = t1 - u1
    u2 = t - second_offset
    if _local(u2) == t:
        return u2
    if t1 == t:
        return u1
    return min(u1, u2) if fold else max(u1, u2)


class datetime(date):
    """A date with a time of day: datetime(year, month, day, hour=0, minute=0, second=0,
    microsecond=0, tzinfo=None, *, fold=0)."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0,
                tzinfo=None, *, fold=0):
        if _is_state(year, 10, 2, 1, 12):
            state = _state_bytes(year)
            tzinfo = month
            year, month, day = state[0] * 256 + state[1], state[2] & 0x7F, state[3]
            hour, minute, second = state[4], state[5], state[6]
            microsecond = (state[7] << 16) | (state[8] << 8) | state[9]
            fold = state[2] >> 7
        _require(month, day)
        year, month, day = _check_date(year, month, day)
        hour, minute, second, microsecond, fold = _check_time(hour, minute, second,
                                                              microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        _store(self, '_year', year)
        _store(self, '_month', month)
        _store(self, '_day', day)
        _store(self, '_hour', hour)
        _store(self, '_minute', minute)
        _store(self, '_second', second)
        _store(self, '_microsecond', microsecond)
        _store(self, '_tzinfo', tzinfo)
        _store(self, '_fold', fold)
        _store(self, '_hashcode', -1)
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    # Constructors.
    @classmethod
    def _from_posix(cls, secs, us, utc, tz):
        fields = _utc_fields(secs) if utc else _local_fields(secs)
        fold = 0
        if not utc:
            # The second reading of a repeated local hour has fold=1: probe a day earlier
            # for a larger offset, then whether the wall time also occurred before.
            wall = _seconds_of(fields)
            shift = wall - _local(secs - _FOLD_PROBE) - _FOLD_PROBE
            if shift < 0 and _local(secs + shift) == wall:
                fold = 1
        return cls(*fields, us, tz, fold=fold)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """timestamp[, tz] -> tz's local time from POSIX timestamp."""
        _check_tzinfo(tz)
        secs, us = _timestamp_seconds(t, 'half-even')
        if tz is None:
            return cls._from_posix(secs, us, False, None)
        result = cls._from_posix(secs, us, True, tz)
        return tz.fromutc(result)

    @classmethod
    def utcfromtimestamp(cls, t):
        """The naive datetime in UTC of a POSIX timestamp."""
        import warnings
        warnings.warn('datetime.datetime.utcfromtimestamp() is deprecated and scheduled for '
                      'removal in a future version. Use timezone-aware objects to represent '
                      'datetimes in UTC: datetime.datetime.fromtimestamp(timestamp, '
                      'datetime.UTC).', DeprecationWarning, stacklevel=2)
        secs, us = _timestamp_seconds(t, 'half-even')
        return cls._from_posix(secs, us, True, None)

    @classmethod
    def now(cls, tz=None):
        """Returns new datetime object representing current time local to tz."""
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        """Return a new datetime representing UTC day and time."""
        import warnings
        warnings.warn('datetime.datetime.utcnow() is deprecated and scheduled for removal in '
                      'a future version. Use timezone-aware objects to represent datetimes '
                      'in UTC: datetime.datetime.now(datetime.UTC).', DeprecationWarning,
                      stacklevel=2)
        secs, us = _timestamp_seconds(_time.time(), 'half-even')
        return cls._from_posix(secs, us, True, None)

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        """date, time -> datetime with same date and time fields"""
        if not isinstance(date, _date_class):
            raise TypeError('combine() argument 1 must be datetime.date, not %s'
                            % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError('combine() argument 2 must be datetime.time, not %s'
                            % type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """string -> datetime from a string in most ISO 8601 formats"""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            fields = _parse_iso_datetime(date_string)
        except _Malformed:
            raise ValueError('Invalid isoformat string: %r' % (date_string,)) from None
        return cls(*fields)

    @classmethod
    def strptime(cls, date_string, format):
        """string, format -> new datetime parsed from a string (like time.strptime())."""
        fields, tz = _strptime(date_string, format)
        return cls(*fields, tzinfo=tz)

    # Views.
    def date(self):
        """Return date object with same year, month and day."""
        return date(self._year, self._month, self._day)

    def time(self):
        """Return time object with same time but with tzinfo=None."""
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        """Return time object with same time and tzinfo."""
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo,
                    fold=self._fold)

    def _fields(self):
        return (self._year, self._month, self._day, self._hour, self._minute, self._second,
                self._microsecond)

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        return _time_offset(self._tzinfo, self)

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        return _time_offset(self._tzinfo, self, 'dst')

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(self)
        if name is not None and not isinstance(name, str):
            raise TypeError('tzinfo.tzname() must return None or a string, not %r'
                            % type(name).__name__)
        return name

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        dst = self.dst()
        flag = -1 if dst is None else (1 if dst else 0)
        return _time.struct_time((self._year, self._month, self._day, self._hour,
                                  self._minute, self._second, self.weekday(), self._yday(),
                                  flag))

    def utctimetuple(self):
        """Return UTC time tuple, compatible with time.localtime()."""
        off = self.utcoffset()
        dt = self
        if off:
            dt = self - off
        return _time.struct_time((dt._year, dt._month, dt._day, dt._hour, dt._minute,
                                  dt._second, dt.weekday(), dt._yday(), 0))

    def _local_posix(self):
        return _local_to_posix(_seconds_of(self._fields()[:6]), self._fold)

    def timestamp(self):
        """Return POSIX timestamp as float."""
        if self._tzinfo is None:
            secs = self._local_posix()
            return secs + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def _local_zone(self):
        """The fixed-offset zone the local clock had at this (naive, local) time."""
        wall = _seconds_of(self._fields()[:6])
        secs = _local_to_posix(wall, self._fold)
        other = _local_to_posix(wall, 1 - self._fold)
        # In a gap the two readings swap: take the offset from before the change for
        # fold=0 and from after it for fold=1 (CPython's local_timezone_from_local).
        if other != secs and (other > secs) == bool(self._fold):
            secs = other
        tm = _time.localtime(secs)
        return timezone(timedelta(seconds=tm.tm_gmtoff), tm.tm_zone)

    def astimezone(self, tz=None):
        """tz -> convert to local time in new timezone tz"""
        if tz is not None and not isinstance(tz, tzinfo):
            raise TypeError('tzinfo argument must be None or of a tzinfo subclass, not type %r'
                            % type(tz).__name__)
        src = self
        off = self.utcoffset()
        if off is None:
            zone = self._local_zone()
            src = self.replace(tzinfo=zone)
            off = zone.utcoffset(None)
            if tz is zone:
                return src
        elif tz is self._tzinfo:
            return self
        utc = (src - off).replace(tzinfo=None)
        if tz is None:
            secs = _seconds_of(utc._fields()[:6])
            tm = _time.localtime(secs)
            tz = timezone(timedelta(seconds=tm.tm_gmtoff), tm.tm_zone)
        return tz.fromutc(utc.replace(tzinfo=tz))

    def ctime(self):
        """Return ctime() style string."""
        wd = self.toordinal() % 7 or 7
        return '%s %s %2d %02d:%02d:%02d %04d' % (_DAY_ABBR[wd - 1], _MONTH_ABBR[self._month],
                                                  self._day, self._hour, self._minute,
                                                  self._second, self._year)

    def isoformat(self, sep='T', timespec='auto'):
        """[sep] -> string in ISO 8601 format, YYYY-MM-DDT[HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM]."""
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError('isoformat() argument 1 must be a unicode character, not %s'
                            % type(sep).__name__)
        text = '%04d-%02d-%02d%s' % (self._year, self._month, self._day, sep)
        text += _format_clock(self._hour, self._minute, self._second, self._microsecond,
                              timespec)
        return text + _format_offset(self.utcoffset(), ':')

    def __str__(self):
        return self.isoformat(sep=' ')

    def __repr__(self):
        head = '%d, %d, %d, ' % (self._year, self._month, self._day)
        return _repr_clock(_type_label(self), head, self._hour, self._minute, self._second,
                           self._microsecond, self._tzinfo, self._fold)

    def strftime(self, format):
        """format -> strftime() style string."""
        return _strftime(self, format, self._fields(), self)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        """Return datetime with new specified fields."""
        values = [year, month, day, hour, minute, second, microsecond]
        for i, old in enumerate(self._fields()):
            if values[i] is None:
                values[i] = old
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(*values, tzinfo, fold=fold)

    def __reduce_ex__(self, protocol):
        y, us = self._year, self._microsecond
        fold = 0x80 if self._fold and protocol > 3 else 0
        state = bytes((y >> 8, y & 255, self._month | fold, self._day, self._hour,
                       self._minute, self._second, us >> 16, (us >> 8) & 255, us & 255))
        if self._tzinfo is None:
            return (type(self), (state,))
        return (type(self), (state, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)

    # Comparisons.
    def _compare(self, other, equality):
        if self._tzinfo is other._tzinfo:
            a, b = self._fields(), other._fields()
        else:
            so, oo = self.utcoffset(), other.utcoffset()
            if (so is None) != (oo is None):
                if equality:
                    return None
                raise TypeError("can't compare offset-naive and offset-aware datetimes")
            if so == oo:
                a, b = self._fields(), other._fields()
            else:
                diff = self - other
                if diff:
                    return 1 if diff.days >= 0 else -1
                a = b = 0
            if a == b and equality and so is not None and self._fold_sensitive(other, so, oo):
                # PEP 495: a time whose offset depends on fold never equals one in
                # another zone.
                return 1
        return 0 if a == b else (1 if a > b else -1)

    def _fold_sensitive(self, other, so, oo):
        for x in (self, other):
            flipped = x.replace(fold=1 - x._fold).utcoffset()
            if flipped != so and flipped != oo:
                return True
        return False

    def _refuse(self, other):
        raise TypeError("can't compare %s to %s" % (_type_label(self), _type_label(other)))

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, True) == 0
        if isinstance(other, date):
            return False
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, True) != 0
        if isinstance(other, date):
            return True
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, False) < 0
        if isinstance(other, date):
            self._refuse(other)
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, False) <= 0
        if isinstance(other, date):
            self._refuse(other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, False) > 0
        if isinstance(other, date):
            self._refuse(other)
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, False) >= 0
        if isinstance(other, date):
            self._refuse(other)
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            # Both readings of a repeated hour hash alike: the offset is fold=0's.
            off = (self.replace(fold=0) if self._fold else self).utcoffset()
            if off is None:
                _store(self, '_hashcode', hash(self._fields()))
            else:
                days = self.toordinal()
                secs = self._hour * 3600 + self._minute * 60 + self._second
                _store(self, '_hashcode', hash(timedelta(days, secs, self._microsecond) - off))
        return self._hashcode

    # Arithmetic.
    def _total_us(self):
        secs = self._hour * 3600 + self._minute * 60 + self._second
        return (self.toordinal() * 86400 + secs) * _US_PER_SECOND + self._microsecond

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        total = self._total_us() + other._us()
        days, rest = divmod(total, _US_PER_DAY)
        if not 0 < days <= _MAX_ORDINAL:
            raise OverflowError('date value out of range')
        secs, us = divmod(rest, _US_PER_SECOND)
        hh, rest = divmod(secs, 3600)
        mm, ss = divmod(rest, 60)
        y, m, d = _from_ordinal(days)
        cls = type(self)
        if cls is not datetime:
            return cls(y, m, d, hh, mm, ss, us, self._tzinfo)
        # The fields are valid by construction: skip the constructor's checks.
        result = object.__new__(datetime)
        for name, value in (('_year', y), ('_month', m), ('_day', d), ('_hour', hh),
                            ('_minute', mm), ('_second', ss), ('_microsecond', us),
                            ('_tzinfo', self._tzinfo), ('_fold', 0), ('_hashcode', -1)):
            _store(result, name, value)
        return result

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            return NotImplemented
        diff = self._total_us() - other._total_us()
        if self._tzinfo is not other._tzinfo:
            so, oo = self.utcoffset(), other.utcoffset()
            if (so is None) != (oo is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            if so is not None:
                diff -= so._us() - oo._us()
        return _td_from_us(timedelta, diff)


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)

_EPOCH = datetime(1970, 1, 1, tzinfo=_UTC)
_date_class = date
_time_class = time


def _parse_iso_datetime(text):
    n = len(text)
    if n < 7:
        raise _Malformed
    # The date part: its length decides where the time starts.
    if text[4] == '-':
        if text[5] == 'W':
            size = 10 if n > 8 and text[8] == '-' else 8
        else:
            size = 10
    elif text[4] == 'W':
        size = 8 if n > 7 and '0' <= text[7] <= '9' else 7
    else:
        size = 8
    y, m, d = _parse_iso_date(text[:size])
    if n == size:
        return y, m, d, 0, 0, 0, 0, None
    rest = text[size + 1:]
    if not rest:
        raise _Malformed
    hh, mm, ss, us, tz = _parse_iso_time(rest)
    return y, m, d, hh, mm, ss, us, tz


# --- strptime ----------------------------------------------------------------------------------

def _alternatives(name, words):
    ordered = sorted(words, key=len, reverse=True)
    return '(?P<%s>%s)' % (name, '|'.join(w.lower() for w in ordered))


_STRPTIME_PATTERNS = {
    'd': r'(?P<d>3[0-1]|[1-2]\d|0[1-9]|[1-9]| [1-9])',
    'f': r'(?P<f>[0-9]{1,6})',
    'H': r'(?P<H>2[0-3]|[0-1]\d|\d)',
    'I': r'(?P<I>1[0-2]|0[1-9]|[1-9])',
    'j': r'(?P<j>36[0-6]|3[0-5]\d|[1-2]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])',
    'm': r'(?P<m>1[0-2]|0[1-9]|[1-9])',
    'M': r'(?P<M>[0-5]\d|\d)',
    'S': r'(?P<S>6[0-1]|[0-5]\d|\d)',
    'w': r'(?P<w>[0-6])',
    'U': r'(?P<U>5[0-3]|[0-4]\d|\d)',
    'W': r'(?P<W>5[0-3]|[0-4]\d|\d)',
    'G': r'(?P<G>\d\d\d\d)',
    'V': r'(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)',
    'u': r'(?P<u>[1-7])',
    'y': r'(?P<y>\d\d)',
    'Y': r'(?P<Y>\d\d\d\d)',
    'z': r'(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))',
    'a': _alternatives('a', _DAY_ABBR),
    'A': _alternatives('A', _DAY_FULL),
    'b': _alternatives('b', _MONTH_ABBR[1:]),
    'B': _alternatives('B', _MONTH_FULL[1:]),
    'p': _alternatives('p', ('AM', 'PM')),
    'Z': '(?P<Z>utc|gmt)',
    '%': '%',
}
_STRPTIME_COMPOSITES = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S',
                        'D': '%m/%d/%y', 'T': '%H:%M:%S', 'R': '%H:%M', 'F': '%Y-%m-%d'}
_strptime_cache = {}


def _strptime_regex(fmt):
    import re
    compiled = _strptime_cache.get(fmt)
    if compiled is not None:
        return compiled
    out = []
    seen = set()
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c == '%':
            if i + 1 == n:
                raise ValueError("stray %% in format '%s'" % fmt)
            d = fmt[i + 1]
            i += 2
            text = _STRPTIME_COMPOSITES.get(d)
            if text is not None:
                fmt_rest = fmt[:i - 2] + text + fmt[i:]
                fmt, n, i = fmt_rest, len(fmt_rest), i - 2
                continue
            pattern = _STRPTIME_PATTERNS.get(d)
            if pattern is None:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, '%' + d))
            if d in seen and d != '%':
                # A repeated directive must match the same text: a back reference.
                out.append('(?P=%s)' % d)
            else:
                seen.add(d)
                out.append(pattern)
        elif c.isspace():
            while i < n and fmt[i].isspace():
                i += 1
            out.append(r'\s+')
        else:
            out.append(re.escape(c))
            i += 1
    compiled = re.compile(''.join(out), re.IGNORECASE)
    _strptime_cache[fmt] = compiled
    return compiled


def _time_strptime(data, fmt):
    """time.strptime: the fields as a struct_time (tm_isdst -1; the zone and offset when
    the format gave them)."""
    for index, value in enumerate((data, fmt)):
        if not isinstance(value, str):
            raise TypeError('strptime() argument %d must be str, not %s' % (index, type(value)))
    fields, tz = _strptime(data, fmt)
    y, m, d, hh, mm, ss, us = fields
    _check_date(y, m, d)
    o = _ordinal(y, m, d)
    zone = gmtoff = None
    if tz is not None:
        gmtoff = int(tz.utcoffset(None).total_seconds())
        if tz._name is not None:
            zone = tz._name
    return _time.struct_time((y, m, d, hh, mm, ss, (o + 6) % 7, o - _ordinal(y, 1, 1) + 1, -1),
                             zone, gmtoff)


def _yday_from_week(year, week, weekday, sunday_first):
    """Day of the year (may be <= 0: in the year before) of `weekday` (Monday 0) in week
    `week` of `year`, weeks starting on Sunday (%U) or Monday (%W); week 0 is the days
    before the first such start."""
    jan1 = (_ordinal(year, 1, 1) + 6) % 7
    if sunday_first:
        jan1 = (jan1 + 1) % 7
        weekday = (weekday + 1) % 7
    if week == 0:
        return 1 + weekday - jan1
    return 1 + (7 - jan1) % 7 + 7 * (week - 1) + weekday


def _strptime(data, fmt):
    for value, what in ((data, 1), (fmt, 2)):
        if not isinstance(value, str):
            raise TypeError('strptime() argument %d must be str, not %s'
                            % (what, type(value).__name__))
    original_fmt = fmt
    try:
        regex = _strptime_regex(fmt)
    except ValueError as e:
        msg = str(e)
        if 'bad directive' in msg:
            raise ValueError(msg.split(' in format ')[0] + " in format '%s'"
                             % original_fmt) from None
        raise
    found = regex.match(data)
    if found is None:
        raise ValueError('time data %r does not match format %r' % (data, original_fmt))
    if len(data) != found.end():
        raise ValueError('unconverted data remains: %s' % data[found.end():])
    g = found.groupdict()
    year = 1900
    month = day = 1
    hour = minute = second = us = 0
    tz = None
    yday = None
    weekday = None
    if g.get('Y') is not None:
        year = int(g['Y'])
    elif g.get('y') is not None:
        year = int(g['y'])
        year += 2000 if year <= 68 else 1900
    if g.get('m') is not None:
        month = int(g['m'])
    elif g.get('B') is not None:
        month = [m.lower() if m else m for m in _MONTH_FULL].index(g['B'].lower())
    elif g.get('b') is not None:
        month = [m.lower() if m else m for m in _MONTH_ABBR].index(g['b'].lower())
    if g.get('d') is not None:
        day = int(g['d'])
    if g.get('H') is not None:
        hour = int(g['H'])
    elif g.get('I') is not None:
        hour = int(g['I'])
        pm = (g.get('p') or '').lower() == 'pm'
        if pm:
            hour = hour if hour == 12 else hour + 12
        elif hour == 12:
            hour = 0
    if g.get('M') is not None:
        minute = int(g['M'])
    if g.get('S') is not None:
        second = int(g['S'])
    if g.get('f') is not None:
        us = int((g['f'] + '00000')[:6])
    if g.get('A') is not None:
        weekday = [w.lower() for w in _DAY_FULL].index(g['A'].lower())
    elif g.get('a') is not None:
        weekday = [w.lower() for w in _DAY_ABBR].index(g['a'].lower())
    elif g.get('w') is not None:
        weekday = (int(g['w']) - 1) % 7
    elif g.get('u') is not None:
        weekday = int(g['u']) - 1
    if g.get('j') is not None:
        yday = int(g['j'])
    iso_year = int(g['G']) if g.get('G') is not None else None
    iso_week = int(g['V']) if g.get('V') is not None else None
    if iso_year is not None:
        if yday is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year "
                             "directive '%G'. Use '%Y' instead.")
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive "
                             "'%V' and a weekday directive ('%A', '%a', '%w', or '%u').")
    elif iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive "
                             "'%G' and a weekday directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive "
                         "'%Y'. Use the ISO year '%G' instead.")
    if yday is None and weekday is not None:
        week = None
        if g.get('U') is not None:
            week, sunday_first = int(g['U']), True
        elif g.get('W') is not None:
            week, sunday_first = int(g['W']), False
        if week is not None:
            yday = _yday_from_week(year, week, weekday, sunday_first)
        elif iso_year is not None:
            year, month, day = _iso_week_to_ymd(iso_year, iso_week, weekday + 1)
        if yday is not None and yday <= 0:
            year -= 1
            yday += 366 if _leap(year) else 365
    z = g.get('z')
    if z is not None:
        if z == 'Z':
            tz = _UTC
        else:
            body = z[1:].replace(':', '')
            hh, mm = int(body[0:2]), int(body[2:4])
            ss = int(body[4:6] or 0)
            frac = body[7:] if len(body) > 6 else ''
            fus = int((frac + '00000')[:6]) if frac else 0
            off = timedelta(hours=hh, minutes=mm, seconds=ss, microseconds=fus)
            if z[0] == '-':
                off = -off
            name = g.get('Z')
            tz = timezone(off, name) if name else timezone(off)
    if yday is not None:
        y, month, day = _from_ordinal(_ordinal(year, 1, 1) + yday - 1)
        year = y
    return (year, month, day, hour, minute, second, us), tz


# --- the C type names --------------------------------------------------------------------------

_IsoCalendarDate = IsoCalendarDate
del IsoCalendarDate
_OWN_TYPES = (timedelta, date, datetime, time, tzinfo, timezone, _IsoCalendarDate)


def _property_owner(cls, name):
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass if isinstance(klass.__dict__[name], property) else None
    return None


def _refuse_setattr(self, name, value):
    owner = _property_owner(type(self), name)
    if owner is not None:
        raise AttributeError("attribute '%s' of '%s' objects is not writable"
                             % (name, 'datetime.' + owner.__name__))
    if type(self) in _OWN_TYPES:
        raise AttributeError("'%s' object has no attribute '%s'" % (_type_label(self), name))
    object.__setattr__(self, name, value)


def _refuse_delattr(self, name):
    owner = _property_owner(type(self), name)
    if owner is not None:
        raise AttributeError("attribute '%s' of '%s' objects is not writable"
                             % (name, 'datetime.' + owner.__name__))
    if type(self) in _OWN_TYPES:
        raise AttributeError("'%s' object has no attribute '%s'" % (_type_label(self), name))
    object.__delattr__(self, name)


def _missing_attribute(self, name):
    raise AttributeError("'%s' object has no attribute '%s'" % (_type_label(self), name))


# Set on every class, not only the bases: pymem's classes note such hooks when they are
# made, so a subclass made earlier would not see them added to its base.
for _cls in (timedelta, date, datetime, time, tzinfo, timezone):
    _cls.__setattr__ = _refuse_setattr
    _cls.__delattr__ = _refuse_delattr
    _cls.__getattr__ = _missing_attribute
del _cls


def _name_as_c_types():
    """Have the runtime's messages call these classes `datetime.X`, as CPython's C types are
    named (only the classes themselves: subclasses keep their own names)."""
    try:
        from _collections import c_type_name
    except ImportError:
        return
    for cls in _OWN_TYPES:
        c_type_name(cls)


_name_as_c_types()
