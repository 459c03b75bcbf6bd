# tracemalloc tracing real allocations: where objects were made (file, line, up to nframe
# frames, total_nframe), statistics and differences between snapshots, traced memory going
# up and back down. Sizes differ from CPython's (pymem's blocks), so only facts about them
# are printed; the objects used (object(), __slots__ instances, strs, long tuples) are one
# block each in both.
import tracemalloc

class Point:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y

def make_points(out):
    for i in range(len(out)):
        out[i] = Point(None, None)

def make_strings(out):
    for i in range(len(out)):
        out[i] = str(i) * 3

def nested():
    return inner()

def inner():
    return object()

def rec(n):
    if n == 0:
        return object()
    return rec(n - 1)

def here(stat):
    frame = stat.traceback[-1]
    return "line %s" % frame.lineno

points = [None] * 1000
strings = [None] * 500
tracemalloc.start(3)
# CPython's specializing interpreter may allocate once at a line the first time it runs:
# warm up, then compare the second run with a snapshot taken between the two.
make_points([None] * 1000)
make_strings([None] * 500)
print("limit", tracemalloc.get_traceback_limit())
only_here = [tracemalloc.Filter(True, __file__)]
before = tracemalloc.take_snapshot().filter_traces(only_here)
make_points(points)
make_strings(strings)
marker = nested()
direct = 'q' * len(points)
deep = rec(4)
after = tracemalloc.take_snapshot().filter_traces(only_here)

stats = after.statistics('lineno')
top = stats[0]
print("top:", here(top), "count >= 1000:", top.count >= 1000)
diff = {here(d): d for d in after.compare_to(before, 'lineno')}
points_diff = diff["line 16"]
# (CPython also makes one 56-byte block per call at that line.)
print("points:", points_diff.count_diff in (1000, 1001), points_diff.size_diff >= 1000 * 16)
print("each point traced there:",
      sum(1 for p in points if tracemalloc.get_object_traceback(p)[-1].lineno == 16))
print("strings:", diff["line 20"].count_diff)
print("direct:", diff["line 50"].count_diff)
print("by file:", [(s.traceback[0].filename.split('/')[-1], s.count >= 1503)
                   for s in after.statistics('filename')])
cumulative = {here(s): s.count for s in after.statistics('lineno', cumulative=True)}
print("cumulative make_points call line:", cumulative["line 47"] in (1000, 1001))

tb = tracemalloc.get_object_traceback(marker)
print(len(tb), tb.total_nframe)
for line in tb.format():
    print(line)
print(tracemalloc.get_object_traceback(direct).format())
print(str(tracemalloc.get_object_traceback(points[0])))
print(tracemalloc.get_object_traceback(points) is None, "(made before start)")

deep_traces = [t for t in after.traces if t.traceback[-1].lineno == 30]
print(len(deep_traces), repr(deep_traces[0].traceback))
print(deep_traces[0].traceback.format(most_recent_first=True, limit=2))

by_tb = after.statistics('traceback')
print([str(s.traceback) for s in by_tb if s.count >= 1000])

sizes = sorted(t.size for t in after.traces if t.traceback[-1].lineno == 16)
points_size = 1000 * sizes[len(sizes) // 2]
current, peak = tracemalloc.get_traced_memory()
print("peak >= current:", peak >= current, current >= points_size)
points = None
make_points([None] * 10)
now, peak2 = tracemalloc.get_traced_memory()
print("freed the points:", current - now >= points_size * 9 // 10,
      "peak kept:", peak2 == peak)
tracemalloc.reset_peak()
now, peak3 = tracemalloc.get_traced_memory()
print("after reset_peak:", peak3 == now)

tracemalloc.clear_traces()
print("cleared:", tracemalloc.get_object_traceback(marker), tracemalloc.get_traced_memory())
again = object()
print(tracemalloc.get_object_traceback(again))
tracemalloc.stop()
tracemalloc.start()
one = nested()
print(len(tracemalloc.get_object_traceback(one)), tracemalloc.get_object_traceback(one))
tracemalloc.stop()
