# gc.callbacks: phases, the info dict, the order of several callbacks, a failing callback
# (reported as unraisable, the others still run) and DEBUG_SAVEALL's gc.garbage.
import gc

gc.disable()
gc.collect()
log = []


def record(phase, info):
    log.append((phase, info["generation"], info["collected"], info["uncollectable"],
                sorted(info)))


class Failing:
    def __repr__(self):
        return "<Failing callback>"

    def __call__(self, phase, info):
        raise RuntimeError("callback failed in " + phase)


class Node:
    pass


def make_pair():
    a = Node()
    b = Node()
    a.other = b
    b.other = a


gc.callbacks.append(record)
make_pair()
print("collected", gc.collect())
for entry in log:
    print(entry)
log.clear()
for g in (0, 1, 2):
    gc.collect(g)
print([(phase, gen) for phase, gen, *_ in log])
log.clear()

second = []
gc.callbacks.insert(0, Failing())
gc.callbacks.append(lambda phase, info: second.append(phase))
make_pair()
print("collected with a failing callback", gc.collect())
print("later callbacks still ran:", second, [e[0] for e in log])
gc.callbacks.clear()

# A callback may collect: the nested collect finds nothing to do (one collection at a time).
nested = []


def collecting(phase, info):
    if phase == "start":
        nested.append(gc.collect())


gc.callbacks.append(collecting)
make_pair()
print("outer", gc.collect(), "nested", nested)
gc.callbacks.clear()

# DEBUG_SAVEALL: the garbage is kept in gc.garbage instead of being freed.
gc.set_debug(gc.DEBUG_SAVEALL)
make_pair()
loop = []
loop.append(loop)
del loop
print("saveall", gc.collect(), sorted(type(o).__name__ for o in gc.garbage))
gc.set_debug(0)
print("pairs still linked:", all(o.other.other is o for o in gc.garbage if isinstance(o, Node)))
gc.garbage.clear()
print("after clearing garbage", gc.collect())
gc.enable()
