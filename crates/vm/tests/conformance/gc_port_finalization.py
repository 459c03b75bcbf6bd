# Finalization facts of CPython 3.12's collector, after Lib/test/test_gc.py: PEP 442
# finalizers run once and in the collector's order, resurrection (direct and transitive)
# keeps objects alive without blocking the rest, weakref callbacks during a collection see
# consistent objects, DEBUG_SAVEALL keeps the garbage, and a collection triggered from a
# __del__ (threshold 1) is safe.
import gc
import weakref

gc.disable()
gc.collect()
order = []


class Fin:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        order.append(self.name)


# Finalizers of a cycle run in the collector's order (the order the objects were tracked).
a, b, c = Fin("a"), Fin("b"), Fin("c")
a.next, b.next, c.next = b, c, a
del a, b, c
print("three-cycle", gc.collect(), order)
order.clear()
c, b, a = Fin("c"), Fin("b"), Fin("a")
a.next, b.next, c.next = b, c, a
del a, b, c
print("created in reverse", gc.collect(), order)
order.clear()

# A finalizer-less object in a cycle with finalizable ones.
x = Fin("x")
x.plain = [x]
del x
print("finalizer and list", gc.collect(), order)
order.clear()

# is_finalized (PEP 442 flag) and __del__ once.
seen = []


class Lazarus:
    def __del__(self):
        seen.append(gc.is_finalized(self))
        global resurrected
        resurrected = self


z = Lazarus()
z.me = z
print("before", gc.is_finalized(z))
del z
print("resurrecting", gc.collect(), seen, gc.is_finalized(resurrected))
resurrected = None
print("second collection, no second __del__", gc.collect(), seen)


# test_resurrection_is_transitive: what the resurrected object reaches survives too.
class Cargo:
    pass


class Lazarus2:
    def __del__(self):
        global laz
        laz = self


laz = Lazarus2()
cargo = Cargo()
cargo_id = id(cargo)
laz.cargo = cargo
cargo.laz = laz
wr = weakref.ref(cargo)
del laz, cargo
print("transitive", gc.collect(), laz.cargo is wr(), id(laz.cargo) == cargo_id,
      laz.cargo.laz is laz)
del laz
print("after", gc.collect(), wr())


# test_resurrection_does_not_block_cleanup_of_other_objects
class Cycle:
    def __init__(self):
        self.me = self


class Resurrector:
    def __del__(self):
        global kept
        kept = self


lst = [Cycle() for _ in range(100)]
r = Resurrector()
r.me = r
del lst, r
print("others still collected", gc.collect())
kept = None
print("then the resurrected one", gc.collect())

# test_bug1055820b: a weakref callback during a collection sees its referent cleared.
ouch = []


def callback(ignored):
    ouch[:] = [w() for w in WRs]


Cs = [Cycle() for _ in range(2)]
WRs = [weakref.ref(c, callback) for c in Cs]
c = None
gc.collect()
del Cs
print("bug1055820b", gc.collect(), len(ouch), [x is None for x in ouch])


# test_bug1055820c: the weakref's callback runs, the weakref in the garbage does not.
class C1055820:
    def __init__(self, i):
        self.i = i
        self.loop = self


class GC_Detector:
    def __init__(self):
        self.gc_happened = False

        def it_happened(ignored):
            self.gc_happened = True

        self.wr = weakref.ref(C1055820(666), it_happened)


c0 = C1055820(0)
c0.wr = weakref.ref(c0, lambda ignore: print("c0 callback ran"))
c1 = C1055820(1)
c1.keep_c0_alive = c0
del c0.loop
c2 = C1055820(2)
c2wr = weakref.ref(c2, lambda ignore: print("c2 callback ran"))
c0.c2wr = c2wr
del c0, c1, c2
detector = GC_Detector()
print("bug1055820c", gc.collect(), detector.gc_happened)

# test_saveall: with DEBUG_SAVEALL the cycle stays in gc.garbage.
gc.set_debug(gc.DEBUG_SAVEALL)
l = []
l.append(l)
id_l = id(l)
del l
print("saveall", gc.collect(), len(gc.garbage), id(gc.garbage[0]) == id_l)
gc.set_debug(0)
gc.garbage[0].clear()
gc.garbage.clear()
print("after clearing garbage", gc.collect())

# A __del__ that causes collections (threshold 1) while objects are being freed.
thresholds = gc.get_threshold()
gc.enable()
gc.set_threshold(1)


class DirInDel:
    def __del__(self):
        dir(self)


class DirInDelNew(object):
    def __del__(self):
        dir(self)


a = DirInDel()
del a
a = DirInDelNew()
del a
gc.disable()
gc.set_threshold(*thresholds)
print("threshold-1 collections from __del__: done", gc.get_threshold())

gc.enable()
