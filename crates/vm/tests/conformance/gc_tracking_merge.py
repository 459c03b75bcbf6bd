# gc tracking of dicts built by {**d} and f(**d): an empty target that took a whole tracked dict
# (CPython clones its keys) is tracked like it; keyword dicts are built afresh.
import gc
s = {"k": []}
s["k"] = 1
print(gc.is_tracked(s), gc.is_tracked({**s}), gc.is_tracked(dict(s)), gc.is_tracked(s.copy()))
def f(**kw): return gc.is_tracked(kw)
print(f(**s))
c = {"k": 1}
print(gc.is_tracked({**c}), f(**c), gc.is_tracked({**c, "z": ()}))
