# The gc module's generation API after Lib/test/test_gc.py (3.12): get_count after
# collections of each generation, get_objects(generation) membership and size deltas,
# argument errors, get_stats' shape and counters, freeze/unfreeze/get_freeze_count, and
# gc.callbacks' phases and info dicts (GCCallbackTests).
import gc

gc.disable()
gc.collect()

# test_get_count
gc.collect()
a, b, c = gc.get_count()
x = []
d, e, f = gc.get_count()
print("get_count", (b, c), (e, f), a < 5, d > a)
del x

# test_collect_generations
gc.collect()
x = []
gc.collect(0)
print("after collect(0)", gc.get_count()[1:])
gc.collect(1)
print("after collect(1)", gc.get_count()[1:])
gc.collect(2)
print("after collect(2)", gc.get_count()[1:])
del x


# test_get_objects: a young cycle moves through the generations as they are collected
def where(obj):
    return [any(obj is o for o in gc.get_objects(generation=g)) for g in range(3)]


gc.collect()
l = []
l.append(l)
print("new", where(l))
gc.collect(generation=0)
print("after collect(0)", where(l))
gc.collect(generation=1)
print("after collect(1)", where(l))
gc.collect(generation=2)
print("after collect(2)", where(l))
del l
gc.collect()

# get_objects(0) sizes move by what is tracked: lists count, atoms and atomic tuples not
gc.collect()
base = len(gc.get_objects(0))
keep = [[], [], {}]
print("two lists and the holder (an empty dict is untracked)", len(gc.get_objects(0)) - base)
keep.append((1, 2))
keep.append("text")
keep.append(10**40)
print("atoms and a constant tuple add nothing", len(gc.get_objects(0)) - base)
keep.append(tuple([1, 2]))
print("a tuple built at run time does", len(gc.get_objects(0)) - base, gc.is_tracked(keep[-1]))
gc.collect(0)
print("after collect(0), generation 0", len(gc.get_objects(0)))
print("the atomic tuples are untracked", gc.is_tracked(keep[3]), gc.is_tracked(keep[-1]))
del keep
gc.collect()

# test_get_objects_arguments
for arg in (-1000, 1000, "1", 1.234):
    try:
        gc.get_objects(arg)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print("no argument", isinstance(gc.get_objects(), list), isinstance(gc.get_objects(None), list))

# test_get_stats
stats = gc.get_stats()
print("stats", type(stats).__name__, len(stats), [sorted(s) for s in stats] == [
    ["collected", "collections", "uncollectable"]] * 3)
old = gc.get_stats()
gc.collect(0)
new = gc.get_stats()
print("collect(0) stats", new[0]["collections"] - old[0]["collections"],
      new[1]["collections"] - old[1]["collections"],
      new[2]["collections"] - old[2]["collections"])
gc.collect(2)
newer = gc.get_stats()
print("collect(2) stats", newer[0]["collections"] - new[0]["collections"],
      newer[1]["collections"] - new[1]["collections"],
      newer[2]["collections"] - new[2]["collections"])
l = []
l.append(l)
del l
before = gc.get_stats()[2]["collected"]
gc.collect()
print("collected counter", gc.get_stats()[2]["collected"] - before)

# test_freeze
gc.freeze()
print("freeze", gc.get_freeze_count() > 0, gc.get_count())
print("frozen objects are in no generation", len(gc.get_objects(2)) < 10)
x = []
x.append(x)
print("new objects still tracked", where(x))
gc.unfreeze()
print("unfreeze", gc.get_freeze_count(), where(x))
del x
gc.collect()

# GCCallbackTests
visit = []


def cb1(phase, info):
    visit.append((1, phase, dict(info)))


def cb2(phase, info):
    visit.append((2, phase, dict(info)))
    if phase == "stop" and info.get("collected", 0) > 0:
        uncollectables.append(info["uncollectable"])


uncollectables = []
gc.callbacks.append(cb1)
gc.callbacks.append(cb2)
gc.collect()
print("callbacks", len(visit), [v[:2] for v in visit])
print("info keys", sorted(visit[0][2]), visit[0][2]["generation"])
print("stop infos", [v[2] for v in visit if v[1] == "stop"])
visit.clear()
for g in range(3):
    gc.collect(g)
print("generations", [v[2]["generation"] for v in visit if v[0] == 1])
visit.clear()
l = []
l.append(l)
del l
gc.collect()
print("collected in info", [v[2] for v in visit if v[1] == "stop"])
print("uncollectable seen", uncollectables)
gc.callbacks.remove(cb1)
gc.callbacks.remove(cb2)
visit.clear()
gc.collect()
print("removed", visit)

gc.enable()
