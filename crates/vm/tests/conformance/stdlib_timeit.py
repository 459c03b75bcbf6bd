# timeit: Timer with string and callable statements and setups, timeit()/repeat(),
# custom timers (so results are deterministic), globals, autorange and the errors.
import io
import sys
import timeit


class FakeClock:
    """A timer that advances by one unit per reading, so timings are exact."""

    def __init__(self):
        self.now = 0.0
        self.readings = 0

    def __call__(self):
        self.readings += 1
        self.now += 1.0
        return self.now


print(timeit.default_timer is __import__('time').perf_counter, timeit.default_number,
      timeit.default_repeat, timeit.dummy_src_name, sorted(timeit.__all__))

clock = FakeClock()
calls = []
t = timeit.Timer(lambda: calls.append(1), timer=clock)
print(t.timeit(number=7), len(calls), clock.readings)
print(t.repeat(repeat=3, number=2), len(calls), clock.readings)
print(t.src)

t = timeit.Timer('x = [i * i for i in range(10)]', 'import math', timer=FakeClock())
print(t.src)
print(t.timeit(5), type(t.inner).__name__, t.inner.__name__)

# A statement's names come from timeit's namespace unless globals is given.
counter = [0]
print(timeit.timeit('counter[0] += 1', number=10, globals=globals(), timer=FakeClock()), counter)
try:
    timeit.timeit('counter[0] += 1', number=1)
except NameError as e:
    print('NameError:', e)
print(timeit.timeit('y = 1', setup='y = 2\nz = 3', number=3, timer=FakeClock()))
print(timeit.repeat('pass', repeat=2, number=4, timer=FakeClock()))
print(timeit.timeit(setup=lambda: counter.append('setup'), number=2, timer=FakeClock()), counter)
print(timeit.timeit('for k in range(3):\n    s = k\nelse:\n    pass', number=2, timer=FakeClock()))

# Real timing: non-negative floats.
r = timeit.timeit('sum(range(100))', number=100)
print(type(r).__name__, r >= 0)
print(all(x >= 0 for x in timeit.repeat('1 + 1', number=50, repeat=3)))
n, taken = timeit.Timer('pass', timer=FakeClock()).autorange()
print(n, taken)
seen = []
print(timeit.Timer('pass', timer=FakeClock()).autorange(lambda n, s: seen.append((n, s))), seen)

print('-- errors')
for args, kw in [((None,), {}), (('pass', 42), {}), ((1,), {}), (('x = (',), {}), (('pass', 'def'), {}),
                 (('return 1',), {}), (('break',), {}), (('  indented',), {})]:
    try:
        timeit.Timer(*args, **kw)
    except Exception as e:
        print(type(e).__name__ + ':', e, getattr(e, 'filename', ''), getattr(e, 'lineno', ''))
try:
    timeit.timeit('1 / 0', number=1)
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print('ZeroDivisionError:', e, tb.tb_frame.f_code.co_filename, tb.tb_lineno,
          tb.tb_frame.f_code.co_name)
t = timeit.Timer('int("x")')
try:
    t.timeit(1)
except ValueError:
    buf = io.StringIO()
    t.print_exc(file=buf)
    print(buf.getvalue().splitlines()[-1])
