# The seed notebook's steps 1 and 2 (print instead of logging; addresses replaced by facts)
import gc
import sys
class Tick:
    def __init__(self, price: float, size: int, ts: float):
        self.price = price
        self.size = size
        self.ts = ts
def names_and_refcounts():
    print("=== Step 1: Names → objects → refcounts ===")
    t = Tick(100.5, 10, 0.0)
    print("Created Tick object", repr(t).startswith("<__main__.Tick object at 0x"))
    print("Heap-ish address (id) matches repr:", hex(id(t)) in repr(t))
    print("Approx heap size of Tick: %d bytes" % sys.getsizeof(t))
    a = t
    b = t
    same_id = id(a) == id(b) == id(t)
    print("id(a) == id(b) == id(t)? %s" % same_id)
    rc_before = sys.getrefcount(t)
    print("Reference count for t (sys.getrefcount): %d" % rc_before)
    del a
    rc_after = sys.getrefcount(t)
    print("After del a, refcount(t): %d" % rc_after)
if __name__ == "__main__":
    names_and_refcounts()
def many_objects_and_gc():
    print("=== Step 2: Many small objects & GC ===")
    def make_ticks(n: int):
        return [Tick(100.0 + i, i, float(i)) for i in range(n)]
    ticks = make_ticks(10_000)
    print("Created %d Tick objects" % len(ticks))
    print("Example Tick size: %d bytes" % sys.getsizeof(ticks[0]))
    del ticks
    collected = gc.collect()
    print("Forced GC, unreachable objects collected: %d" % collected)
many_objects_and_gc()
