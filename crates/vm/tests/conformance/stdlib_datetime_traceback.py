# Errors raised inside datetime show no frames of the module (CPython's is written in C),
# in the traceback module's output and in the uncaught traceback; a user tzinfo's own
# frames still show.
import traceback
from datetime import date, datetime, timedelta, tzinfo


class Broken(tzinfo):
    def utcoffset(self, dt):
        return 1 / 0


try:
    date(2020, 2, 30)
except ValueError:
    print(traceback.format_exc())
try:
    datetime(2020, 1, 1, tzinfo=Broken()).isoformat()
except ZeroDivisionError:
    print(traceback.format_exc())
try:
    date.fromisoformat('2020-01-01x')
except ValueError:
    traceback.print_exc()
# The deprecations point at the caller's line.
datetime.utcnow()
print(datetime.utcfromtimestamp(0))
timedelta(days=1) + date.max
