# tracemalloc: the module-level functions, their argument checking and the state they report
# before, during and after tracing (facts that hold whatever the block sizes are)
import tracemalloc

print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory(), tracemalloc.get_traceback_limit())
print(tracemalloc.get_object_traceback(object()))
print(tracemalloc._get_traces())
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print("RuntimeError:", e)
# Not tracing: these do nothing.
tracemalloc.clear_traces()
tracemalloc.reset_peak()
tracemalloc.stop()
print(isinstance(tracemalloc.get_tracemalloc_memory(), int))

bad_calls = [
    ("start(0)", lambda: tracemalloc.start(0)),
    ("start(-1)", lambda: tracemalloc.start(-1)),
    ("start(65536)", lambda: tracemalloc.start(65536)),
    ("start('a')", lambda: tracemalloc.start('a')),
    ("start(1.5)", lambda: tracemalloc.start(1.5)),
    ("start(2**70)", lambda: tracemalloc.start(2**70)),
    ("start(nframe=3)", lambda: tracemalloc.start(nframe=3)),
    ("start(1, 2)", lambda: tracemalloc.start(1, 2)),
    ("is_tracing(1)", lambda: tracemalloc.is_tracing(1)),
    ("stop(1)", lambda: tracemalloc.stop(1)),
    ("get_traced_memory(x=1)", lambda: tracemalloc.get_traced_memory(x=1)),
    ("_get_object_traceback()", lambda: tracemalloc._get_object_traceback()),
    ("_get_object_traceback(1, 2)", lambda: tracemalloc._get_object_traceback(1, 2)),
]
for text, call in bad_calls:
    try:
        call()
        print(text, "-> no error")
    except (TypeError, ValueError, OverflowError) as e:
        print(text, "->", type(e).__name__, e)
print("still not tracing:", tracemalloc.is_tracing())

# start(True) is start(1); a second start() keeps the first limit.
tracemalloc.start(True)
print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
tracemalloc.stop()
tracemalloc.start(5)
tracemalloc.start(10)
print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
obj = object()
print(tracemalloc.get_object_traceback(obj) is not None)
current, peak = tracemalloc.get_traced_memory()
print(current > 0, peak >= current)
print(tracemalloc.get_tracemalloc_memory() > 0)
snap = tracemalloc.take_snapshot()
print(type(snap).__name__, snap.traceback_limit, len(snap.traces) > 0)
print(all(t.domain == 0 and t.size > 0 for t in snap.traces))
# The objects _tracemalloc builds for its answers are not traced themselves.
traces = tracemalloc._get_traces()
tb = tracemalloc._get_object_traceback(obj)
print(tracemalloc.get_object_traceback(traces), tracemalloc.get_object_traceback(traces[0]),
      tracemalloc.get_object_traceback(tb))

# stop() forgets every trace; the limit stays.
tracemalloc.stop()
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory(), tracemalloc.get_traceback_limit())
print(tracemalloc.get_object_traceback(obj), tracemalloc._get_traces())
# The old snapshot is still usable.
print(len(snap.traces) > 0, len(snap.statistics('filename')) > 0)

# Snapshot argument checking.
for text, call in [
    ("statistics('file')", lambda: snap.statistics('file')),
    ("statistics('traceback', True)", lambda: snap.statistics('traceback', cumulative=True)),
    ("compare_to(snap, 'x')", lambda: snap.compare_to(snap, 'x')),
    ("filter_traces(5)", lambda: snap.filter_traces(5)),
    ("filter_traces(None)", lambda: snap.filter_traces(None)),
]:
    try:
        call()
        print(text, "-> no error")
    except (TypeError, ValueError) as e:
        print(text, "->", type(e).__name__, e)
print(len(snap.filter_traces([]).traces) == len(snap.traces))
print(tracemalloc.Snapshot.__name__, tracemalloc.Statistic.__name__, tracemalloc.StatisticDiff.__name__,
      tracemalloc.Traceback.__name__, tracemalloc.Frame.__name__, tracemalloc.Filter.__name__,
      tracemalloc.DomainFilter.__name__, tracemalloc.Trace.__name__)
