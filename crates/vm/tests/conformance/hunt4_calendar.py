# calendar: leap years, weekdays as calendar.Day, month grids, text months and years (TextCalendar,
# month(), calendar()), first weekday, timegm, its errors.
import calendar
print(calendar.month(2024, 2))
print(repr(calendar.month(2024, 9, w=3, l=2)))
print(calendar.monthcalendar(2024, 2), calendar.weekday(2024, 2, 29), repr(calendar.weekday(2024, 2, 29)))
print(calendar.day_name[0], list(calendar.month_abbr)[:3], calendar.leapdays(2000, 2025), calendar.timegm((2024, 1, 1, 0, 0, 0)), calendar.timegm((1969, 12, 31, 23, 59, 59)))
print(repr(calendar.Month(2)), calendar.FEBRUARY, calendar.MONDAY, calendar.firstweekday(), calendar.TextCalendar().formatweekheader(2), calendar.day_abbr[6])
print(calendar.calendar(2024))
print(calendar.calendar(2023, w=3, l=1, c=4, m=4))
print(list(calendar.Calendar().itermonthdates(2024, 2))[:3], list(calendar.Calendar(6).iterweekdays()))
print(calendar.monthrange(2023, 12), type(calendar.monthrange(2023, 12)[0]), calendar.weekheader(3), calendar.weekheader(9))
print(calendar.isleap(1900), calendar.isleap(2000), calendar.isleap(2024), calendar.monthrange(2024, 2), calendar.month_name[12])
tc = calendar.TextCalendar(calendar.SUNDAY)
print(tc.formatmonth(2025, 3))
tc.prmonth(2021, 1)
print(list(calendar.Calendar(6).itermonthdays2(2024, 6))[:8], calendar.Calendar().monthdatescalendar(2024, 1)[0][0])
print(calendar.Calendar().yeardayscalendar(2024)[0][0][0])
try:
    calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e:
    print(type(e).__name__, e, isinstance(e, ValueError))
try:
    calendar.setfirstweekday(9)
except ValueError as e:
    print(e)
calendar.setfirstweekday(calendar.SUNDAY); print(calendar.firstweekday(), calendar.month(2024, 5)); calendar.setfirstweekday(0)
print(str(calendar.MONDAY), int(calendar.DECEMBER), calendar.Day(3).name, calendar.mdays[2])
