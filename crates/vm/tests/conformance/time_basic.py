# time: clocks are the right types and move forward; sleep sleeps; calendar conversions.
import time

t0, m0, p0, c0 = time.time(), time.monotonic(), time.perf_counter(), time.process_time()
print(type(t0).__name__, type(m0).__name__, type(p0).__name__, type(c0).__name__)
print(type(time.time_ns()).__name__, type(time.perf_counter_ns()).__name__,
      type(time.monotonic_ns()).__name__, type(time.process_time_ns()).__name__)
print(t0 > 1.7e9, abs(time.time_ns() / 1e9 - t0) < 5)
time.sleep(0.05)
print(time.monotonic() - m0 >= 0.05, time.perf_counter() - p0 >= 0.05, time.time() >= t0)
readings = [time.monotonic() for _ in range(1000)]
print(all(a <= b for a, b in zip(readings, readings[1:])))
ns = [time.perf_counter_ns() for _ in range(1000)]
print(all(a <= b for a, b in zip(ns, ns[1:])))
x = 0
for i in range(200000):
    x += i
print(time.process_time() >= c0)
time.sleep(0)
for bad in [-1, "x", None]:
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

g = time.gmtime(0)
print(g)
print(g.tm_year, g[0], len(g), tuple(g), g == tuple(g), g.tm_zone)
print(time.gmtime(1700000000))
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(1700000000)))
print(time.strftime("%a %b %d %j %y %p", time.gmtime(86400 * 45)))
print(time.asctime(time.gmtime(0)), time.asctime(time.gmtime(1700000000)))
lt = time.localtime()
print(type(lt).__name__, len(lt), 1 <= lt.tm_mon <= 12, lt.tm_year >= 2024)
print(time.mktime(time.localtime(1500000000)))
print(time.localtime(1500000000) == time.localtime(1500000000))
try:
    time.strftime(3)
except TypeError as e:
    print("TypeError", e)
