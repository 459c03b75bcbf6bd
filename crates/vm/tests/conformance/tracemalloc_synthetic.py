# Snapshot statistics, compare_to, filters and the Trace/Traceback/Frame wrappers over synthetic traces.
import tracemalloc as t
raw = [(0, 100, (("b.py", 3), ("a.py", 1)), 2), (0, 50, (("b.py", 4), ("a.py", 1)), 2),
       (1, 7000, (("c.pyc", 9),), 1), (0, 100, (("b.py", 3), ("a.py", 1)), 5), (2, 20000000, (("a.py", 2),), 1)]
s = t.Snapshot(raw, 5)
for kt in ("traceback", "lineno", "filename"):
    for st in s.statistics(kt): print(str(st), repr(st))
for kt in ("lineno", "filename"):
    for st in s.statistics(kt, cumulative=True): print(str(st))
old = t.Snapshot(raw[1:3] + [(0, 9, (("z.py", 1),), 1)], 5)
for kt in ("traceback", "lineno", "filename"):
    for d in s.compare_to(old, kt): print(str(d), repr(d))
for fs in ([t.Filter(True, "b.py")], [t.Filter(False, "b.py")], [t.Filter(True, "a.py", all_frames=True)], [t.Filter(True, "*.py", 3)],
           [t.DomainFilter(False, 0)], [t.DomainFilter(True, 1)], [t.Filter(False, "*", domain=2)], [t.Filter(True, "c.py", domain=1)], [], [t.Filter(True, "[ab].py"), t.Filter(False, "a.py")]):
    print(len(s.filter_traces(fs).traces), [tr.size for tr in s.filter_traces(fs).traces])
tr = s.traces[0]; print(tr, repr(tr), tr.domain, tr.size, tr == s.traces[3], tr == s.traces[0], hash(tr) == hash(s.traces[0]), tr in s.traces, repr(s.traces), len(s.traces))
tb = tr.traceback; print(tb, repr(tb), len(tb), tb[0], repr(tb[-1]), tb[0:1], tb.total_nframe, list(reversed(tb)), tb.index(tb[1]), tb.count(tb[0]), tb[0] in tb, tb.format(), tb.format(1), tb.format(-1, True))
f1, f2 = tb[0], tb[1]; print(f1 < f2, f1 <= f2, f1 > f2, f1 >= f2, f1 == f2, f1 != f2, f1 == 3, hash(f1) == hash(t.Frame(("a.py", 1))), f1.filename, f1.lineno)
print(tb < s.traces[1].traceback, tb == s.traces[3].traceback, s.traces[2].traceback.total_nframe)
for a in (lambda: tr < tr, lambda: f1 < 3, lambda: s.statistics("x"), lambda: s.statistics("traceback", True), lambda: s.filter_traces(3), lambda: tb.index(t.Frame(("q", 1))), lambda: 3 in tb):
    try: print(a())
    except Exception as e: print(type(e).__name__, e)
for n in (0, 5, 99, 100, 1023, 10239, 10240, 5 * 2**20, 2**50, 2**60, -4000, 123456789): print(t._format_size(n, False), t._format_size(n, True))
print(t.Statistic(tb, 1, 1) == t.Statistic(tb, 1, 1), t.Statistic(tb, 1, 0), t.StatisticDiff(tb, 1, 1, 0, 0), t.Statistic(tb, 1, 0) == 3)
print(t.Filter(True, "x.pyc").filename_pattern, t.DomainFilter(True, 3).domain, t.Filter(False, "a").inclusive)
import tracemalloc as t
tr = t.Trace((0, 5, (("a.py", 1),))); print(repr(tr), tr.traceback.total_nframe)
f = t.Frame(("x.py", 3)); print(f.filename, f.lineno)
try: f.filename = 3
except Exception as e: print(type(e).__name__)
