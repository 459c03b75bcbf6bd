# The datetime module: timedelta, date, time, datetime, timezone and tzinfo, with fixed
# values (nothing here depends on the clock or the machine's zone, except where noted and
# only through facts that hold everywhere).
import datetime
from datetime import date, time, datetime as dt, timedelta as td, timezone, tzinfo


def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print('== constants')
print(datetime.MINYEAR, datetime.MAXYEAR, datetime.UTC is timezone.utc)
print(repr(td.min), repr(td.max), repr(td.resolution))
print(repr(date.min), repr(date.max), repr(date.resolution))
print(repr(time.min), repr(time.max), repr(dt.min), repr(dt.max))
print(repr(timezone.min), repr(timezone.max), repr(timezone.utc))

print('== timedelta construction and normalisation')
for args, kw in [((), {}), ((1,), {}), ((0, 1), {}), ((0, 0, 1), {}), ((-1,), {}),
                 ((0, -1), {}), ((0, 0, -1), {}), ((), {'weeks': 2, 'hours': 30}),
                 ((), {'minutes': -90}), ((), {'milliseconds': 1500}),
                 ((1.5,), {}), ((), {'seconds': 0.5}), ((), {'microseconds': 0.5}),
                 ((), {'microseconds': 1.5}), ((), {'microseconds': -0.5}),
                 ((), {'microseconds': 2.5}), ((), {'seconds': 1e-6}),
                 ((), {'hours': 1.0 / 3}), ((), {'days': -1.1, 'seconds': 7.7}),
                 ((3, 100000, 10**7), {}), ((), {'seconds': 86400 * 3 + 7})]:
    t = td(*args, **kw)
    print(args, kw, repr(t), str(t), t.days, t.seconds, t.microseconds)
check('huge', lambda: td(days=10**9))
check('huge neg', lambda: td(days=-10**9))
check('bad type', lambda: td('1'))
check('bad kw type', lambda: td(hours=[]))
check('inf', lambda: td(seconds=float('inf')))
check('nan', lambda: td(seconds=float('nan')))
check('max + 1us', lambda: td.max + td.resolution)
check('min - 1us', lambda: td.min - td.resolution)
check('-min', lambda: -td.min)

print('== timedelta arithmetic')
a, b = td(days=1, hours=2), td(minutes=-30, microseconds=7)
for name, f in [('a+b', lambda: a + b), ('a-b', lambda: a - b), ('b-a', lambda: b - a),
                ('-a', lambda: -a), ('+b', lambda: +b), ('abs(b)', lambda: abs(b)),
                ('a*3', lambda: a * 3), ('3*a', lambda: 3 * a), ('a*-1.5', lambda: a * -1.5),
                ('b*0.5', lambda: b * 0.5), ('a/b', lambda: a / b), ('a//b', lambda: a // b),
                ('a/7', lambda: a / 7), ('a//7', lambda: a // 7), ('a/2.5', lambda: a / 2.5),
                ('a%b', lambda: a % b), ('divmod(a,b)', lambda: divmod(a, b)),
                ('td(us=3)/2', lambda: td(microseconds=3) / 2),
                ('td(us=5)/2', lambda: td(microseconds=5) / 2),
                ('td(us=-5)/2', lambda: td(microseconds=-5) / 2),
                ('td(us=5)*0.5', lambda: td(microseconds=5) * 0.5),
                ('total a', lambda: a.total_seconds()), ('total b', lambda: b.total_seconds()),
                ('total max', lambda: td.max.total_seconds()),
                ('a/0', lambda: a / 0), ('a//0', lambda: a // 0), ('a/0.0', lambda: a / 0.0),
                ('a/td(0)', lambda: a / td(0)), ('a%td(0)', lambda: a % td(0)),
                ('a+1', lambda: a + 1), ('1-a', lambda: 1 - a), ('a*"x"', lambda: a * 'x'),
                ('a/"x"', lambda: a / 'x'), ('divmod(a,7)', lambda: divmod(a, 7)),
                ('a@a', lambda: a @ a), ('a<1', lambda: a < 1), ('a==1', lambda: a == 1),
                ('a!=1', lambda: a != 1)]:
    check(name, f)
print(a > b, a >= b, a < b, a <= b, a == td(hours=26), a != b, bool(td(0)), bool(b))
print(hash(a) == hash(td(hours=26)), hash(td(0)) == hash(td(microseconds=0)))
print(sorted([a, b, td(0), -a]))
print({td(1): 'x'}[td(hours=24)])
print('{}'.format(td(hours=5)), f'{td(seconds=61)!r}')

print('== date')
d = date(2024, 2, 29)
print(repr(d), str(d), d.year, d.month, d.day, d.isoformat(), d.ctime())
print(d.weekday(), d.isoweekday(), d.toordinal(), repr(d.isocalendar()), tuple(d.isocalendar()))
print(d.isocalendar().year, d.isocalendar().week, d.isocalendar().weekday)
print(repr(d.timetuple()))
for args in [(0, 1, 1), (10000, 1, 1), (2023, 0, 1), (2023, 13, 1), (2023, 2, 29),
             (2023, 4, 31), (2023, 1, 0), (2000.0, 1, 1), ('2000', 1, 1), (2000, 2, 29)]:
    check('date%r' % (args,), lambda: date(*args))
check('date(year=2000, month=3, day=4)', lambda: date(year=2000, month=3, day=4))
for o in [1, 2, 365, 366, 730120, 738945, 3652059, 0, 3652060, -5]:
    check('fromordinal(%d)' % o, lambda: date.fromordinal(o))
for y in [1, 4, 100, 400, 1582, 1900, 1970, 2000, 2001, 9999]:
    for m, dd in [(1, 1), (2, 28), (3, 1), (12, 31)]:
        x = date(y, m, dd)
        assert date.fromordinal(x.toordinal()) == x, x
print('ordinal round trip ok')
for s in ['2024-02-29', '20240229', '2024-W09', '2024-W09-4', '2024W09', '2024W094',
          '2020-W53-7', '2021-W53', '2024-2-29', '2024-02-30', '24-02-29', '2024-02-29T00',
          '', '2024/02/29', '2024-W00-1', '2024-W01-8']:
    check('fromisoformat(%r)' % s, lambda: date.fromisoformat(s))
check('fromisoformat(5)', lambda: date.fromisoformat(5))
check('fromisocalendar', lambda: date.fromisocalendar(2020, 53, 5))
check('fromisocalendar bad week', lambda: date.fromisocalendar(2021, 53, 1))
check('fromisocalendar bad day', lambda: date.fromisocalendar(2021, 5, 0))
print(repr(d.replace(day=1)), repr(d.replace(year=2028)))
check('replace bad', lambda: d.replace(year=2023))
check('replace month', lambda: d.replace(month=13))
for name, f in [('d+1d', lambda: d + td(1)), ('1d+d', lambda: td(1) + d),
                ('d-1d', lambda: d - td(1)), ('d+12h', lambda: d + td(hours=12)),
                ('d-12h', lambda: d - td(hours=12)), ('d+400d', lambda: d + td(400)),
                ('d-date', lambda: d - date(2000, 1, 1)), ('date-d', lambda: date(2000, 1, 1) - d),
                ('max+1', lambda: date.max + td(1)), ('min-1', lambda: date.min - td(1)),
                ('d+1', lambda: d + 1), ('1-d', lambda: 1 - d), ('d-1', lambda: d - 1),
                ('d<1', lambda: d < 1), ('d==1', lambda: d == 1),
                ('d<dt', lambda: d < dt(2024, 3, 1)), ('d==dt', lambda: d == dt(2024, 2, 29)),
                ('dt>d', lambda: dt(2024, 3, 1) > d), ('dt-d', lambda: dt(2024, 3, 1) - d)]:
    check(name, f)
print(d == date(2024, 2, 29), d != date(2024, 2, 29), d < date(2024, 3, 1),
      d >= date(2025, 1, 1), hash(d) == hash(date(2024, 2, 29)))
print(sorted([date(2024, 1, 2), date(2023, 12, 31), date(2024, 1, 1)]))
print(date.fromtimestamp(0) in (date(1970, 1, 1), date(1969, 12, 31)),
      type(date.today()) is date)

print('== strftime')
x = dt(2024, 3, 5, 14, 7, 9, 1234)
for f in ['%Y-%m-%d %H:%M:%S.%f', '%a %A %b %B %h', '%d %e %j %U %W %w %u', '%I %l %p %y %C',
          '%G-%V-%u %g', '%c', '%x', '%X', '%D %T %R %F', '%%', '%z|%Z|%:z', 'plain',
          '%', '%Q', '100%%']:
    print(repr(f), repr(x.strftime(f)), repr(x.date().strftime(f)))
print(repr(date(5, 1, 1).strftime('%Y %y %C %G')), repr(date(2021, 1, 3).strftime('%U %W %V')))
print(repr(time(9, 5, 1, 20).strftime('%H:%M:%S.%f %p %Y-%m-%d')))
check('strftime(1)', lambda: d.strftime(1))
print(format(d, '%d/%m/%Y'), format(d), format(x, '%H'), '{:%B %d, %Y}'.format(d))
print(f'{x:%Y}', f'{time(1, 2):%M}', f'{x}')

print('== time')
for args, kw in [((), {}), ((1,), {}), ((1, 2),{}), ((1, 2, 3), {}), ((1, 2, 3, 4), {}),
                 ((23, 59, 59, 999999), {}), ((12, 0), {'tzinfo': timezone.utc}),
                 ((12, 0), {'fold': 1}), ((0, 0, 0, 500000), {'tzinfo': timezone(td(hours=-5))})]:
    t = time(*args, **kw)
    print(repr(t), str(t), t.isoformat(), t.hour, t.minute, t.second, t.microsecond,
          t.tzinfo, t.fold, t.utcoffset(), t.tzname(), t.dst())
for args, kw in [((24,), {}), ((1, 60), {}), ((1, 1, 60), {}), ((1, 1, 1, 10**6), {}),
                 ((-1,), {}), ((), {'fold': 2}), ((), {'tzinfo': 1}), ((1.5,), {})]:
    check('time%r%r' % (args, kw), lambda: time(*args, **kw))
t = time(7, 8, 9, 123456)
for spec in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds', 'bad']:
    check('time.isoformat ' + spec, lambda: t.isoformat(timespec=spec))
print(repr(t.replace(hour=1)), repr(t.replace(tzinfo=timezone.utc)), repr(t.replace(fold=1)))
print(time(1) < time(2), time(1) == time(1, 0), time(1, tzinfo=timezone.utc) ==
      time(2, tzinfo=timezone(td(hours=1))), time(1) == time(1, tzinfo=timezone.utc))
check('time naive<aware', lambda: time(1) < time(2, tzinfo=timezone.utc))
check('time+td', lambda: time(1) + td(1))
check('time<1', lambda: time(1) < 1)
print(bool(time(0)), hash(time(1)) == hash(time(1, 0, 0)))
for s in ['12:34', '12:34:56', '12:34:56.789', '12:34:56,789123456', '1234', '123456',
          'T12:34:56', '12:34:56Z', '12:34:56+05:30', '12:34-0800', '12', '1', '12:3',
          '25:00', '12:34:56.', '12:34:56+5']:
    check('time.fromisoformat(%r)' % s, lambda: time.fromisoformat(s))

print('== datetime')
x = dt(2024, 3, 5, 14, 7, 9, 1234)
print(repr(x), str(x), x.isoformat(), x.isoformat(' '), x.isoformat(sep='_', timespec='minutes'))
print(repr(dt(2024, 3, 5)), repr(dt(2024, 3, 5, 1, 2, 3)), repr(dt(2024, 3, 5, fold=1)))
print(repr(x.date()), repr(x.time()), repr(x.timetz()), x.ctime(), x.weekday(), x.toordinal())
print(repr(x.timetuple()))
print(repr(x.utctimetuple()))
for args, kw in [((2024, 1, 1, 24), {}), ((2024, 1, 1, 0, 60), {}), ((2024, 2, 30), {}),
                 ((2024,), {}), ((2024, 1, 1), {'tzinfo': 'UTC'}), ((2024, 1, 1), {'fold': -1})]:
    check('datetime%r%r' % (args, kw), lambda: dt(*args, **kw))
check('isoformat bad spec', lambda: x.isoformat(timespec='foo'))
check('isoformat bad sep', lambda: x.isoformat(sep='ab'))
for spec in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds']:
    print(spec, x.isoformat(timespec=spec), dt(2024, 1, 1).isoformat(timespec=spec))
print(repr(dt.combine(date(2020, 5, 6), time(7, 8))),
      repr(dt.combine(date(2020, 5, 6), time(7, 8, tzinfo=timezone.utc))),
      repr(dt.combine(date(2020, 5, 6), time(7, 8), tzinfo=timezone(td(hours=2)))))
check('combine bad', lambda: dt.combine(1, time()))
check('combine bad 2', lambda: dt.combine(date(2020, 1, 1), 1))
print(repr(x.replace(year=2000, microsecond=0)), repr(x.replace(tzinfo=timezone.utc)))
for name, f in [('x+1d', lambda: x + td(days=1, hours=12)), ('x-1us', lambda: x - td(microseconds=1235)),
                ('td+x', lambda: td(seconds=3600) + x), ('x-dt', lambda: x - dt(2024, 1, 1)),
                ('dt-x', lambda: dt(2024, 1, 1) - x), ('max+1us', lambda: dt.max + td.resolution),
                ('min-1us', lambda: dt.min - td.resolution), ('x+1', lambda: x + 1),
                ('x-date', lambda: x - date(2024, 1, 1)),
                ('aware-naive', lambda: dt(2000, 1, 1, tzinfo=timezone.utc) - dt(2000, 1, 1)),
                ('naive<aware', lambda: dt(2000, 1, 1) < dt(2000, 1, 1, tzinfo=timezone.utc)),
                ('naive==aware', lambda: dt(2000, 1, 1) == dt(2000, 1, 1, tzinfo=timezone.utc)),
                ('x<date', lambda: x < date(2024, 1, 1)), ('x==date', lambda: x == x.date()),
                ('x<1', lambda: x < 1)]:
    check(name, f)
e1 = dt(2024, 1, 1, 12, tzinfo=timezone.utc)
e2 = dt(2024, 1, 1, 14, tzinfo=timezone(td(hours=2)))
e3 = dt(2024, 1, 1, 9, 30, tzinfo=timezone(td(hours=-3, minutes=-30), 'NST'))
print(e1 == e2, e1 == e3, e2 - e3, e3 - e1, e1 < e2, e1 <= e2, hash(e1) == hash(e2))
print(repr(e1), repr(e2), repr(e3), str(e3))
print(e3.utcoffset(), e3.tzname(), e3.dst(), e3.isoformat(), e2.strftime('%z %:z %Z'))
print(repr(e2.astimezone(timezone.utc)), repr(e3.astimezone(timezone(td(hours=9)))))
print(repr(e1.astimezone(e1.tzinfo)) == repr(e1))
print(e1.timestamp(), e3.timestamp(), dt(1969, 12, 31, 23, 59, 59, 500000, tzinfo=timezone.utc).timestamp())
print(repr(dt.fromtimestamp(0, timezone.utc)), repr(dt.fromtimestamp(1700000000.5, timezone.utc)))
print(repr(dt.fromtimestamp(1e9 + 0.0000005, timezone.utc)), repr(dt.fromtimestamp(-1.25, timezone.utc)))
print(repr(dt.fromtimestamp(86400 * 365, timezone(td(hours=-8)))))
check('fromtimestamp huge', lambda: dt.fromtimestamp(1e20))
check('fromtimestamp str', lambda: dt.fromtimestamp('x'))
n = dt.now()
print(type(n) is dt, n.tzinfo, dt.now(timezone.utc).tzinfo, type(dt.today()) is dt)
local = dt(2021, 6, 1, 12, 30)
print(dt.fromtimestamp(local.timestamp()) == local)
print(local.astimezone().replace(tzinfo=None) == local, local.astimezone().utcoffset() is not None)
print(dt.fromtimestamp(1600000000).timestamp(), dt.fromtimestamp(1600000000.25).timestamp())
for s in ['2024-03-05', '2024-03-05T14:07:09', '2024-03-05 14:07:09.001234', '20240305T140709',
          '2024-03-05T14:07:09+01:00', '2024-03-05T14:07:09Z', '2024-03-05T14:07:09.5-08:00',
          '2024-W10-2T08:00', '2024-03-05T14', '2024-03-05T14:07', '2024-03-05T', '2024-03-05X14:07',
          '2024-03-05T14:07:09+01:00:30', '2024-03-05T14:07:09+00:00', 'not a date', '2024-13-05']:
    check('fromisoformat(%r)' % s, lambda: dt.fromisoformat(s))
check('fromisoformat(None)', lambda: dt.fromisoformat(None))
for v in [x, e3, dt(2024, 1, 1)]:
    print(dt.fromisoformat(v.isoformat()) == v, repr(dt.fromisoformat(str(v))))

print('== strptime')
for s, f in [('2024-03-05 14:07:09', '%Y-%m-%d %H:%M:%S'), ('5/3/24', '%d/%m/%y'),
             ('5/3/69', '%d/%m/%y'), ('Tue Mar  5 14:07:09 2024', '%c'),
             ('March 5, 2024', '%B %d, %Y'), ('mar 5 2024', '%b %d %Y'),
             ('2024-065', '%Y-%j'), ('12:30:15.25 PM', '%I:%M:%S.%f %p'),
             ('12:30 am', '%I:%M %p'), ('2024-03-05T14:07:09+0530', '%Y-%m-%dT%H:%M:%S%z'),
             ('2024-03-05 14:07:09 -08:00', '%Y-%m-%d %H:%M:%S %z'),
             ('2024-03-05 Z', '%Y-%m-%d %z'), ('  2024   03', '  %Y %m'),
             ('Tuesday 2024 10', '%A %Y %m'), ('100%', '%d%%'), ('2024', '%Y %m'),
             ('2024-03-05 extra', '%Y-%m-%d'), ('2024-02-30', '%Y-%m-%d'),
             ('2024', '%Y %Q'), ('2024', '%Y %'), ('29/2', '%d/%m'), ('1 1 1', '%d %m %Y')]:
    check('strptime(%r, %r)' % (s, f), lambda: dt.strptime(s, f))
check('strptime(1, f)', lambda: dt.strptime(1, '%Y'))

print('== timezone and tzinfo')
for off, name in [(td(0), None), (td(0), 'Z'), (td(hours=5, minutes=30), None),
                  (td(hours=-8), 'PST'), (td(minutes=-1, seconds=-30), None),
                  (td(seconds=1, microseconds=5), None)]:
    z = timezone(off) if name is None else timezone(off, name)
    print(repr(z), str(z), z.tzname(None), z.utcoffset(None), z.dst(None), z == timezone(off))
print(timezone(td(0)) is timezone.utc, timezone(td(hours=1)) == timezone(td(hours=1), 'X'))
print(hash(timezone(td(hours=1))) == hash(timezone(td(hours=1), 'X')))
for name, f in [('24h', lambda: timezone(td(hours=24))), ('-24h', lambda: timezone(-td(hours=24))),
                ('int', lambda: timezone(1)), ('name int', lambda: timezone(td(0), 3)),
                ('utcoffset(1)', lambda: timezone.utc.utcoffset(1)),
                ('fromutc naive', lambda: timezone.utc.fromutc(dt(2000, 1, 1))),
                ('fromutc date', lambda: timezone.utc.fromutc(date(2000, 1, 1))),
                ('fromutc', lambda: timezone.utc.fromutc(dt(2000, 1, 1, tzinfo=timezone.utc))),
                ('base utcoffset', lambda: tzinfo().utcoffset(None)),
                ('base tzname', lambda: tzinfo().tzname(None)),
                ('base dst', lambda: tzinfo().dst(None))]:
    check(name, f)
print(isinstance(timezone.utc, tzinfo), issubclass(timezone, tzinfo), issubclass(dt, date))


class Fixed(tzinfo):
    """A user zone: +3 hours standard, one hour of DST from April to September."""

    def utcoffset(self, d):
        return td(hours=3) + self.dst(d)

    def dst(self, d):
        if d is not None and 4 <= d.month <= 9:
            return td(hours=1)
        return td(0)

    def tzname(self, d):
        return 'FX' + ('D' if self.dst(d) else 'S')

    def __repr__(self):
        return 'Fixed()'


fx = Fixed()
s1 = dt(2024, 1, 10, 12, tzinfo=fx)
s2 = dt(2024, 7, 10, 12, tzinfo=fx)
print(repr(s1), s1.isoformat(), s2.isoformat(), s1.tzname(), s2.tzname(), s2.dst())
print(s1.strftime('%Z %z'), repr(s2.timetuple()))
print(repr(s2.astimezone(timezone.utc)), repr(dt(2024, 7, 10, 8, tzinfo=timezone.utc).astimezone(fx)))
print(repr(time(1, tzinfo=fx)), time(1, tzinfo=fx).utcoffset(), time(1, tzinfo=fx).tzname())


class Bad(tzinfo):
    def utcoffset(self, d):
        return 5

    def tzname(self, d):
        return 7


check('bad utcoffset', lambda: dt(2000, 1, 1, tzinfo=Bad()).utcoffset())
check('bad tzname', lambda: dt(2000, 1, 1, tzinfo=Bad()).tzname())


class Huge(tzinfo):
    def utcoffset(self, d):
        return td(days=1)


check('huge utcoffset', lambda: dt(2000, 1, 1, tzinfo=Huge()).utcoffset())

print('== subclasses')


class MyDate(date):
    def double_day(self):
        return self.day * 2


class MyDT(dt):
    pass


m = MyDate(2020, 1, 15)
print(repr(m), m.double_day(), type(m + td(1)).__name__, type(m - td(1)).__name__,
      type(m.replace(day=1)).__name__, type(MyDate.fromordinal(5)).__name__,
      type(MyDate.fromisoformat('2020-01-01')).__name__)
md = MyDT(2020, 1, 1, 5)
print(repr(md), type(md + td(1)).__name__, type(MyDT.fromtimestamp(0, timezone.utc)).__name__,
      type(MyDT.combine(date(2020, 1, 1), time())).__name__, repr(md - dt(2020, 1, 1)))
check('MyDate+1', lambda: m + 1)


class MyTD(td):
    pass


print(repr(MyTD(1, 2)), type(MyTD(1) + td(1)).__name__, type(-MyTD(1)).__name__)
print(type(td(1)).__name__, td.__module__, date.__module__, dt.__name__, dt.__qualname__)
print(repr(type(d)), repr(td), repr(timezone))

print('== copy and collections')
import copy
print(repr(copy.copy(x)), repr(copy.deepcopy(e3)), repr(copy.copy(td(3, 4, 5))),
      repr(copy.deepcopy(time(1, 2, tzinfo=timezone.utc))))
print(len({dt(2020, 1, 1), dt(2020, 1, 1, 0, 0), date(2020, 1, 1)}),
      max([date(2020, 1, 1), date(2019, 5, 5)]), min(td(1), td(-1)))
print(sum([td(hours=1), td(hours=2)], td()))

print('== immutability, pickled states, formats')
d = date(2020, 1, 1)
check('set year', lambda: setattr(d, 'year', 5))
check('set hour', lambda: setattr(dt(2020, 1, 1), 'hour', 5))
check('set foo', lambda: setattr(d, 'foo', 5))
check('del day', lambda: delattr(d, 'day'))
check('get foo', lambda: d.foo)
check('td get foo', lambda: td(1).foo)
check('timezone set', lambda: setattr(timezone.utc, 'x', 1))
m2 = MyDate(2020, 1, 2)
m2.note = 'subclass instances have a __dict__'
print(m2.note, hasattr(d, '__dict__'), hasattr(m2, '__dict__'))
check('subclass set year', lambda: setattr(m2, 'year', 1))
print(d.__reduce__(), td(1, 2, 3).__reduce__())
print(dt(2000, 1, 1, 1, 2, 3, 456789, tzinfo=timezone.utc).__reduce__())
print(dt(2000, 1, 1, fold=1).__reduce_ex__(4), dt(2000, 1, 1, fold=1).__reduce_ex__(2))
print(time(1, 2, 3, 4, fold=1).__reduce_ex__(4), time(1, tzinfo=timezone.utc).__reduce__())
print(repr(date(b'\x07\xd0\x01\x01')), repr(dt(b'\x07\xd0\x81\x01\x01\x02\x03\x00\x00\x05')),
      repr(time(b'\x81\x02\x03\x00\x00\x04', timezone.utc)))
check('format td', lambda: format(td(1), 'x'))
print(format(td(1), ''), '{:%H:%M}'.format(time(3, 4)))
check('format date 5', lambda: format(date(2000, 1, 1), 5))
print(date(2024, 1, 5).strftime('%-d|%-m|%_d|%^a|%^B|%-j|%-H'))
print(sorted(k for k in dir(datetime) if not k.startswith('_') and k != 'datetime_CAPI'))
for s, f in [('2024 10 1', '%Y %U %w'), ('2024 10 1', '%Y %W %w'), ('2024 10 1', '%G %V %u'),
             ('2023 0 0', '%Y %U %w'), ('2024 53 6', '%Y %W %w'), ('2021 53 1', '%G %V %u'),
             ('2024 10', '%G %V'), ('10 1', '%V %u'), ('10', '%V'),
             ('2024 10 1 100', '%G %V %u %j'), ('2024 10', '%Y %U'), ('2024 5', '%Y %u')]:
    check('strptime(%r, %r)' % (s, f), lambda: dt.strptime(s, f))
for s in ['2024-02-29T00:00:00+24:00', '2024-02-29T25:00', '2024-02-30T00:00', '2024-W53-1',
          '2021-W53-1T10', '0000-01-01']:
    check('fromisoformat(%r)' % s, lambda: dt.fromisoformat(s))


class NoOffset(tzinfo):
    def utcoffset(self, d):
        return None

    def tzname(self, d):
        return None


check('timestamp offset None', lambda: dt(2000, 1, 1, tzinfo=NoOffset()).timestamp())
check('compare offset None', lambda: dt(2000, 1, 1, tzinfo=NoOffset()) < dt(2000, 1, 2))
check('ts year 1', lambda: dt(1, 1, 1).timestamp())
check('fromtimestamp before year 1', lambda: dt.fromtimestamp(-62135596800.0 - 86400))
for s, f in [('2024 +0100 UTC', '%Y %z %Z'), ('2024 +0000 gmt', '%Y %z %Z'), ('2024 +0000', '%Y %z'),
             ('2024 -00:30:15.5', '%Y %z')]:
    check('strptime(%r, %r)' % (s, f), lambda: dt.strptime(s, f))
print(hash(dt(2024, 1, 1, fold=1)) == hash(dt(2024, 1, 1)),
      hash(dt(2024, 1, 1, fold=1, tzinfo=fx)) == hash(dt(2024, 1, 1, tzinfo=fx)))
# date.fromtimestamp rounds the seconds down (floor), whatever the zone.
print(date.fromtimestamp(-0.5) == dt.fromtimestamp(-1).date(),
      date.fromtimestamp(-86400.5) == dt.fromtimestamp(-86401).date())

print('== time.strptime, timezone subclassing, PEP 495 equality')
import time as time_module
check('time.strptime', lambda: time_module.strptime('2024-03-05 14:07:09', '%Y-%m-%d %H:%M:%S'))
check('time.strptime default', lambda: time_module.strptime('Tue Mar  5 14:07:09 2024'))
check('time.strptime gmtoff', lambda: time_module.strptime('2024 -00:30:15.5', '%Y %z').tm_gmtoff)
check('time.strptime zone', lambda: time_module.strptime('2024 +0130', '%Y %z').tm_zone)
check('time.strptime(1)', lambda: time_module.strptime(1, '%Y'))
check('time.strptime fmt 2', lambda: time_module.strptime('2024', 2))
check('time.strptime bad day', lambda: time_module.strptime('2024-02-30', '%Y-%m-%d'))
try:
    class SubZone(timezone):
        pass
except TypeError as e:
    print('subclass timezone:', e)


class FoldZone(tzinfo):
    def utcoffset(self, d):
        return td(hours=1 if d.fold else 2)


fa = dt(2020, 1, 1, 12, tzinfo=FoldZone())
fb = dt(2020, 1, 1, 10, tzinfo=timezone.utc)
fc = dt(2020, 1, 1, 12, tzinfo=timezone(td(hours=2)))
print(fa == fb, fa != fb, fa <= fb, fa - fb, fc == fb, fa == fc, fa == fa.replace(tzinfo=FoldZone()))
