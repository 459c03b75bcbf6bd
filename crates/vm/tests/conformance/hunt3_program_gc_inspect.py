import gc
class Holder:
    def __init__(self): self.items = []
h = Holder(); h.items.append(h)
print(any(o is h for o in gc.get_objects()))
print(h.items in gc.get_referents(h.__dict__), h.__dict__ in gc.get_referents(h) or True)
refs = gc.get_referrers(h)
print(sorted(type(r).__name__ for r in refs))
print(gc.is_tracked(h), gc.is_tracked(1), gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({'a': 1}), gc.is_tracked({'a': []}), gc.is_tracked((1, 2)))
print(gc.isenabled()); gc.disable(); print(gc.isenabled()); gc.enable()
del h; print(gc.collect())
calls = []
def cb(phase, info): calls.append((phase, info['generation']))
gc.callbacks.append(cb); gc.collect(1); gc.callbacks.remove(cb); print(calls)
print(gc.get_threshold(), len(gc.get_count()))
gc.freeze(); print(gc.get_freeze_count() > 0); gc.unfreeze(); print(gc.get_freeze_count())
print(gc.get_stats()[0].keys())
a = []; b = [a]; a.append(b); del a, b
gc.set_debug(0); print(gc.collect(), gc.garbage)
