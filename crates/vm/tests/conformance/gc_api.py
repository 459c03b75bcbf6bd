# gc module API and argument checking
import gc
print(gc.get_threshold(), gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
gc.set_threshold(500, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
gc.collect()
print(len(gc.get_count()), all(isinstance(c, int) for c in gc.get_count()))
for bad in [lambda: gc.collect(3), lambda: gc.collect(-1), lambda: gc.collect("x"), lambda: gc.collect(1.5),
            lambda: gc.collect(1, 2), lambda: gc.set_threshold(), lambda: gc.set_threshold(1, 2, 3, 4),
            lambda: gc.get_objects(3), lambda: gc.is_tracked()]:
    try:
        bad()
        print("no error")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(gc.is_tracked([]), gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked(1.5), gc.is_tracked(object()))
stats = gc.get_stats()
print(len(stats), sorted(stats[0].keys()))
x = [1, 2]
y = [x]
print(y in gc.get_referrers(x), gc.get_referents(y) == [x])
class Marker:
    pass
m = Marker()
print(any(o is m for o in gc.get_objects()))
events = []
def cb(phase, info):
    events.append((phase, info["generation"], sorted(info.keys())))
gc.callbacks.append(cb)
gc.collect(1)
gc.callbacks.remove(cb)
print(events)
gc.freeze()
print(gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.get_freeze_count())
gc.set_debug(gc.DEBUG_SAVEALL)
z = []
z.append(z)
del z
gc.collect()
print(len(gc.garbage), gc.get_debug() == gc.DEBUG_SAVEALL)
gc.set_debug(0)
gc.garbage.clear()
print(gc.DEBUG_SAVEALL, gc.collect(0) >= 0)
