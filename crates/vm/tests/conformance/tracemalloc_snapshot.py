# tracemalloc's Python half on snapshots built from known traces: statistics by filename,
# line and traceback (cumulative too), compare_to, filters (fnmatch patterns, line numbers,
# all_frames, domains), the str/repr formats of every class, dump/load
import os
import tracemalloc
from tracemalloc import (Snapshot, Statistic, StatisticDiff, Traceback, Frame, Filter,
                         DomainFilter, Trace)

def tb(*frames):
    # _tracemalloc's order: most recent frame first
    return tuple(frames)

raw = [
    (0, 32, tb(('a.py', 5), ('main.py', 1)), 2),
    (0, 32, tb(('a.py', 5), ('main.py', 1)), 2),
    (0, 1024, tb(('a.py', 7), ('main.py', 2)), 2),
    (0, 100, tb(('b.py', 3), ('a.py', 9), ('main.py', 3)), 3),
    (1, 5000, tb(('b.py', 3), ('main.py', 4)), 2),
    (2, 16, tb(('lib/c.pyc', 1),), 1),
    (0, 3 * 1024 * 1024, tb(('big.py', 42),), 1),
]
snap = Snapshot(raw, 3)
print(snap.traceback_limit, len(snap.traces), repr(snap.traces))
for key in ('filename', 'lineno', 'traceback'):
    print("--", key)
    for s in snap.statistics(key):
        print(s)
        print(repr(s))
for key in ('filename', 'lineno'):
    print("-- cumulative", key)
    for s in snap.statistics(key, cumulative=True):
        print(s)

print("-- traces")
t = snap.traces[3]
print(t, repr(t))
print(t.domain, t.size, t.traceback, t.traceback.total_nframe, len(t.traceback))
print(list(t.traceback), t.traceback[0], t.traceback[-1], t.traceback[1:])
print(Frame(('a.py', 9)) in t.traceback, Frame(('a.py', 8)) in t.traceback)
print(t in snap.traces, snap.traces[0] == snap.traces[1], hash(snap.traces[0]) == hash(snap.traces[1]))
print(len(snap.traces[2:4]), [x.size for x in snap.traces[-2:]])
print(t.traceback.format())
print(t.traceback.format(limit=1), t.traceback.format(limit=-1))
print(t.traceback.format(most_recent_first=True))

print("-- frames and tracebacks")
f1, f2 = Frame(('a.py', 1)), Frame(('a.py', 2))
print(f1, repr(f1), f1.filename, f1.lineno)
print(f1 < f2, f1 <= f2, f1 > f2, f1 >= f2, f1 == Frame(('a.py', 1)), f1 != f2)
print(hash(f1) == hash(Frame(('a.py', 1))))
t1, t2 = Traceback(tb(('x.py', 1))), Traceback(tb(('x.py', 2)), 5)
print(t1, repr(t1), repr(t2), t2.total_nframe, t1.total_nframe)
print(t1 < t2, t1 <= t2, t2 > t1, t2 >= t1, t1 == Traceback(tb(('x.py', 1))))
print(sorted([t2, t1]) == [t1, t2], sorted([f2, f1]) == [f1, f2])

print("-- sizes")
for size in (0, 1, 99, 100, 1023, 10239, 10240, 102400, 1048575, 10 * 1024 ** 2,
             5 * 1024 ** 3, 7 * 1024 ** 4, 3 * 1024 ** 5):
    print(Statistic(Traceback(tb(('s.py', 1))), size, 3))
print(Statistic(Traceback(tb(('file.py', 3))), 1024, 10))
print(Statistic(Traceback(tb(('e.py', 1))), 0, 0))
print(StatisticDiff(Traceback(tb(('d.py', 2))), 2048, -512, 4, -1))
print(StatisticDiff(Traceback(tb(('d.py', 2))), 0, -300, 0, -3))
print(repr(StatisticDiff(Traceback(tb(('d.py', 2))), 2048, 512, 4, 1)))
print(Statistic(t1, 1, 1) == Statistic(t1, 1, 1), Statistic(t1, 1, 1) == Statistic(t1, 2, 1))

print("-- compare_to")
old = Snapshot(raw[:3] + [(0, 64, tb(('gone.py', 1),), 1)], 3)
for key in ('lineno', 'filename', 'traceback'):
    print("--", key)
    for d in snap.compare_to(old, key):
        print(d)
print("-- compare_to cumulative")
for d in snap.compare_to(old, 'lineno', cumulative=True):
    print(d)

print("-- filters")
def show(filters):
    got = snap.filter_traces(filters)
    print(sorted((t.size, str(t.traceback)) for t in got.traces))
show([Filter(True, 'a.py')])
show([Filter(False, 'a.py')])
show([Filter(True, '*.py', lineno=3)])
show([Filter(True, 'a.py', all_frames=True)])
show([Filter(False, 'a.py', all_frames=True)])
show([Filter(True, 'b.py', domain=1)])
show([Filter(False, 'b.py', domain=1)])
show([Filter(True, 'a.py'), Filter(True, 'big.py')])
show([Filter(True, '*'), Filter(False, 'b*')])
show([Filter(True, 'lib/c.py')])
show([Filter(True, '[ab].py')])
show([Filter(True, '[!ab].py'), Filter(True, 'lib/?.py')])
show([DomainFilter(True, 1)])
show([DomainFilter(False, 0)])
show([Filter(True, 'a.py'), DomainFilter(False, 0)])
flt = Filter(True, 'x.pyc', 4, True, 2)
print(flt.inclusive, flt.filename_pattern, flt.lineno, flt.all_frames, flt.domain)
print(DomainFilter(False, 3).domain, DomainFilter(False, 3).inclusive)

print("-- dump and load")
path = 'tracemalloc_snapshot.dump.tmp'
snap.dump(path)
back = Snapshot.load(path)
os.remove(path)
print(back.traceback_limit == snap.traceback_limit, back.traces == snap.traces)
print([str(s) for s in back.statistics('lineno')] == [str(s) for s in snap.statistics('lineno')])
