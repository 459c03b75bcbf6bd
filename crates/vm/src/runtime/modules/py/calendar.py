"""Calendars: leap years, weekdays, month grids (Calendar) and their text layouts
(TextCalendar, month(), calendar()), in the C locale's English names."""

import datetime
import sys
from enum import IntEnum

__all__ = ["IllegalMonthError", "IllegalWeekdayError", "setfirstweekday", "firstweekday",
           "isleap", "leapdays", "weekday", "monthrange", "monthcalendar", "prmonth",
           "month", "prcal", "calendar", "timegm", "month_name", "month_abbr", "day_name",
           "day_abbr", "Calendar", "TextCalendar", "weekheader", "Day", "Month",
           "JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST",
           "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER", "MONDAY", "TUESDAY",
           "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"]

error = ValueError


# Both errors keep the bad number as an attribute and build their message from it.

class IllegalWeekdayError(ValueError):
    def __str__(self):
        return 'bad weekday number %r; must be 0 (Monday) to 6 (Sunday)' % self.weekday

    def __init__(self, weekday):
        self.weekday = weekday


class IllegalMonthError(ValueError):
    def __str__(self):
        return 'bad month number %r; must be 1-12' % self.month

    def __init__(self, month):
        self.month = month


class _ModuleLevelEnum(IntEnum):
    # Members print as the module constants they are exported as (calendar.MONDAY).
    def __repr__(self):
        return 'calendar.%s' % self._name_


class Month(_ModuleLevelEnum):
    (JANUARY, FEBRUARY, MARCH, APRIL, MAY, JUNE, JULY, AUGUST, SEPTEMBER, OCTOBER,
     NOVEMBER, DECEMBER) = range(1, 13)


class Day(_ModuleLevelEnum):
    MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)


globals().update(Month.__members__)
globals().update(Day.__members__)

# Days per month in a common year (index 0 unused).
mdays = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

day_name = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
day_abbr = [d[:3] for d in day_name]
month_name = ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July',
              'August', 'September', 'October', 'November', 'December']
month_abbr = [m[:3] for m in month_name]


def isleap(year):
    """Is `year` a leap year (Gregorian rules)?"""
    # Every 4th year, except centuries not divisible by 400.
    return year % 400 == 0 if year % 100 == 0 else year % 4 == 0


def leapdays(y1, y2):
    """The number of leap years in range(y1, y2)."""
    y1 -= 1
    y2 -= 1
    return (y2 // 4 - y1 // 4) - (y2 // 100 - y1 // 100) + (y2 // 400 - y1 // 400)


def weekday(year, month, day):
    """The Day (0 = Monday) of a date."""
    # The Gregorian week cycle repeats every 400 years: a year outside datetime's
    # range takes the weekday of its twin in 2000..2399.
    if year < datetime.MINYEAR or year > datetime.MAXYEAR:
        year = 2000 + year % 400
    return Day(datetime.date(year, month, day).weekday())


def _days_in(year, month):
    return mdays[month] + (month == FEBRUARY and isleap(year))


def monthrange(year, month):
    """(weekday of the month's first day, number of days in the month)."""
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    return weekday(year, month, 1), _days_in(year, month)


class Calendar:
    """Month and year grids; weeks start on `firstweekday` (0 = Monday)."""

    def __init__(self, firstweekday=0):
        self._firstweekday = firstweekday

    # Kept as given; read modulo 7.
    def setfirstweekday(self, firstweekday):
        self._firstweekday = firstweekday

    def getfirstweekday(self):
        return self._firstweekday % 7

    firstweekday = property(getfirstweekday, setfirstweekday)

    def iterweekdays(self):
        start = self.firstweekday
        for offset in range(7):
            yield (start + offset) % 7

    def itermonthdays2(self, year, month):
        """(day of month or 0 outside it, weekday) for the whole weeks of a month."""
        first, ndays = monthrange(year, month)
        lead = (first - self.firstweekday) % 7
        wd = self.firstweekday
        total = lead + ndays
        total += -total % 7
        for i in range(total):
            day = i - lead + 1
            yield (day if 1 <= day <= ndays else 0), (wd + i) % 7

    def itermonthdays(self, year, month):
        for day, _ in self.itermonthdays2(year, month):
            yield day

    def itermonthdays3(self, year, month):
        for d in self.itermonthdates(year, month):
            yield d.year, d.month, d.day

    def itermonthdays4(self, year, month):
        for d in self.itermonthdates(year, month):
            yield d.year, d.month, d.day, d.weekday()

    def itermonthdates(self, year, month):
        """The datetime.date of every day in the month's whole weeks."""
        first = datetime.date(year, month, 1)
        start = first - datetime.timedelta(days=(first.weekday() - self.firstweekday) % 7)
        ndays = _days_in(year, month)
        lead = (first - start).days
        total = lead + ndays
        total += -total % 7
        for i in range(total):
            yield start + datetime.timedelta(days=i)

    @staticmethod
    def _weeks(days):
        days = list(days)
        return [days[i:i + 7] for i in range(0, len(days), 7)]

    def monthdatescalendar(self, year, month):
        return self._weeks(self.itermonthdates(year, month))

    def monthdays2calendar(self, year, month):
        return self._weeks(self.itermonthdays2(year, month))

    def monthdayscalendar(self, year, month):
        return self._weeks(self.itermonthdays(year, month))

    def _rows(self, year, width, grid):
        months = [grid(year, m) for m in range(1, 13)]
        return [months[i:i + width] for i in range(0, 12, width)]

    def yeardatescalendar(self, year, width=3):
        return self._rows(year, width, self.monthdatescalendar)

    def yeardays2calendar(self, year, width=3):
        return self._rows(year, width, self.monthdays2calendar)

    def yeardayscalendar(self, year, width=3):
        return self._rows(year, width, self.monthdayscalendar)


class TextCalendar(Calendar):
    """Plain-text month and year calendars."""

    def prweek(self, theweek, width):
        print(self.formatweek(theweek, width), end='')

    def formatday(self, day, weekday, width):
        return ('' if day == 0 else '%2i' % day).center(width)

    def formatweek(self, theweek, width):
        return ' '.join(self.formatday(d, wd, width) for d, wd in theweek)

    def formatweekday(self, day, width):
        names = day_name if width >= 9 else day_abbr
        return names[day][:width].center(width)

    def formatweekheader(self, width):
        return ' '.join(self.formatweekday(i, width) for i in self.iterweekdays())

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        name = month_name[themonth]
        if withyear:
            name = '%s %r' % (name, theyear)
        return name.center(width)

    def prmonth(self, theyear, themonth, w=0, l=0):
        print(self.formatmonth(theyear, themonth, w, l), end='')

    def formatmonth(self, theyear, themonth, w=0, l=0):
        """A month as text: its name and year, the weekday header, then its weeks."""
        w, l = max(2, w), max(1, l)
        out = [self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1).rstrip(), '\n' * l,
               self.formatweekheader(w).rstrip(), '\n' * l]
        for week in self.monthdays2calendar(theyear, themonth):
            out += [self.formatweek(week, w).rstrip(), '\n' * l]
        return ''.join(out)

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        """A year as text: `m` months side by side, `c` spaces apart."""
        w, l, c = max(2, w), max(1, l), max(2, c)
        colwidth = (w + 1) * 7 - 1

        def side_by_side(cells):
            return (' ' * c).join(cell.center(colwidth) for cell in cells).rstrip()

        out = [repr(theyear).center(colwidth * m + c * (m - 1)).rstrip(), '\n' * l]
        header = self.formatweekheader(w)
        for i, row in enumerate(self.yeardays2calendar(theyear, m)):
            months = range(m * i + 1, min(m * (i + 1) + 1, 13))
            out += ['\n' * l,
                    side_by_side(self.formatmonthname(theyear, k, colwidth, False)
                                 for k in months), '\n' * l,
                    side_by_side(header for _ in months), '\n' * l]
            for j in range(max(len(cal) for cal in row)):
                weeks = [self.formatweek(cal[j], w) if j < len(cal) else '' for cal in row]
                out += [side_by_side(weeks), '\n' * l]
        return ''.join(out)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        print(self.formatyear(theyear, w, l, c, m), end='')


_default = TextCalendar()
monthcalendar = _default.monthdayscalendar
prweek = _default.prweek
week = _default.formatweek
weekheader = _default.formatweekheader
prmonth = _default.prmonth
month = _default.formatmonth
calendar = _default.formatyear
prcal = _default.pryear


def firstweekday():
    return _default.getfirstweekday()


def setfirstweekday(firstweekday):
    if firstweekday < MONDAY or firstweekday > SUNDAY:
        raise IllegalWeekdayError(firstweekday)
    _default.firstweekday = firstweekday


EPOCH = 1970


def timegm(tuple):
    """Seconds since the epoch of a UTC time tuple (the inverse of time.gmtime)."""
    year, month, day, hour, minute, second = tuple[:6]
    # The day of the month may run past the month's end (or before it), as in CPython.
    first_of_month = datetime.date(year, month, 1).toordinal()
    days = first_of_month + (day - 1) - datetime.date(EPOCH, 1, 1).toordinal()
    return days * 86400 + hour * 3600 + minute * 60 + second
