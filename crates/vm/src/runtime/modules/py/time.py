# The Python part of pymem's `time` module, run inside the native module's namespace
# (crates/vm/src/runtime/modules/time.rs): struct_time, strftime/strptime/mktime/asctime/ctime.
# (localtime and gmtime are native and build struct_time themselves.) timezone, altzone,
# daylight and tzname are computed from localtime, as CPython does on glibc.


class struct_time(object):
    """A 9-field time tuple with named fields (CPython's time.struct_time)."""

    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0
    _names = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday',
              'tm_yday', 'tm_isdst')

    def __init__(self, seq, zone=None, gmtoff=None):
        t = tuple(seq)
        if len(t) != 9:
            raise TypeError("time.struct_time() takes a 9-sequence (%d-sequence given)"
                            % len(t))
        self._t = t
        self.tm_zone = zone
        self.tm_gmtoff = gmtoff

    tm_year = property(lambda self: self._t[0])
    tm_mon = property(lambda self: self._t[1])
    tm_mday = property(lambda self: self._t[2])
    tm_hour = property(lambda self: self._t[3])
    tm_min = property(lambda self: self._t[4])
    tm_sec = property(lambda self: self._t[5])
    tm_wday = property(lambda self: self._t[6])
    tm_yday = property(lambda self: self._t[7])
    tm_isdst = property(lambda self: self._t[8])

    def __getitem__(self, i):
        return self._t[i]

    def __len__(self):
        return 9

    def __iter__(self):
        return iter(self._t)

    def __eq__(self, other):
        if isinstance(other, struct_time):
            other = other._t
        return self._t == other

    def __ne__(self, other):
        return not self.__eq__(other)

    def __hash__(self):
        return hash(self._t)

    def __repr__(self):
        fields = ', '.join(['%s=%r' % (n, v) for n, v in zip(self._names, self._t)])
        return 'time.struct_time(%s)' % fields


def strftime(format, t=None):
    if not isinstance(format, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(format).__name__)
    if t is None:
        t = localtime()
    return _strftime(format, tuple(t))


def strptime(string, format='%a %b %d %H:%M:%S %Y'):
    # The parser is datetime's (CPython's time.strptime also runs Lib/_strptime.py).
    import datetime
    return datetime._time_strptime(string, format)


def mktime(t):
    return _mktime(tuple(t))


def asctime(t=None):
    if t is None:
        t = localtime()
    return _strftime('%a %b %e %H:%M:%S %Y', tuple(t))


def ctime(secs=None):
    return asctime(localtime(secs))


def _zone_facts():
    # As CPython finds them on glibc: the local zones of January 1 of this year and of half
    # a year later; the one further west (of the two offsets) is standard time, the other
    # daylight-saving time (the southern hemisphere has it in January).
    year = (365 * 24 + 6) * 3600
    start = (int(time()) // year) * year
    january = _localtime(start)
    july = _localtime(start + year // 2)
    jan_west, jul_west = -january[10], -july[10]
    if jan_west < jul_west:
        return jul_west, jan_west, int(jan_west != jul_west), (july[9], january[9])
    return jan_west, jul_west, int(jan_west != jul_west), (january[9], july[9])


def tzset():
    global timezone, altzone, daylight, tzname
    timezone, altzone, daylight, tzname = _zone_facts()


tzset()
