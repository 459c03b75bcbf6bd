# The seed notebook (examples/seed_notebook.py) without its ctypes/os imports and without
# its last (low-level ctypes) cell: the logging and collections part, run by
# crates/vm/tests/stdlib_notebook.rs and compared with python3.12's output.

import gc
import logging
import sys
from collections import defaultdict

logging.basicConfig(
    level=logging.INFO,
    format="%(asctime)s [%(levelname)s] %(message)s",
)

log = logging.getLogger(__name__)


class Tick:
    def __init__(self, price: float, size: int, ts: float):
        self.price = price
        self.size = size
        self.ts = ts


def names_and_refcounts():
    log.info("=== Step 1: Names → objects → refcounts ===")

    t = Tick(100.5, 10, 0.0)
    log.info("Created Tick object %r", t)
    log.info("Heap-ish address (id): %s", hex(id(t)))
    log.info("Approx heap size of Tick: %d bytes", sys.getsizeof(t))

    # Multiple names pointing to the same object
    a = t
    b = t
    same_id = id(a) == id(b) == id(t)
    log.info("id(a) == id(b) == id(t)? %s", same_id)

    rc_before = sys.getrefcount(t)
    log.info("Reference count for t (sys.getrefcount): %d", rc_before)

    # Drop one reference
    del a
    rc_after = sys.getrefcount(t)
    log.info("After del a, refcount(t): %d", rc_after)


if __name__ == "__main__":
    names_and_refcounts()


def many_objects_and_gc():
    log.info("=== Step 2: Many small objects & GC ===")

    def make_ticks(n: int):
        return [Tick(100.0 + i, i, float(i)) for i in range(n)]

    ticks = make_ticks(10_000)
    log.info("Created %d Tick objects", len(ticks))
    log.info("Example Tick size: %d bytes", sys.getsizeof(ticks[0]))

    # Drop the list so all Tick instances become unreachable
    del ticks
    collected = gc.collect()
    log.info("Forced GC, unreachable objects collected: %d", collected)


many_objects_and_gc()


# Small object class to hit pymalloc small-object allocator
class Small:
    __slots__ = ("x",)

    def __init__(self, x: int):
        self.x = x


def bucket(addr):
    # 1 MiB bucket (approx arena)
    return addr // (1 << 20)


def alloc_wave(n: int):
    objs = [Small(i) for i in range(n)]
    addrs = [id(o) for o in objs]
    return objs, addrs


def log_bucket_counts(label, addrs):
    counts = defaultdict(int)
    for a in addrs:
        counts[bucket(a)] += 1
    log.info("%s: %d objects, %d buckets", label, len(addrs), len(counts))
    for b, c in sorted(counts.items(), key=lambda kv: -kv[1])[:5]:
        log.info("  bucket %d: %d objects", b, c)


def demo_alloc_and_reuse():
    log.info("=== Alloc & reuse demo (per 1MiB bucket) ===")

    # Wave 1: allocations
    objs1, addrs1 = alloc_wave(10_000)
    log_bucket_counts("Wave 1 (fresh allocations)", addrs1)

    # Drop them so their blocks go to free lists
    del objs1, addrs1
    gc.collect()

    # Wave 2: likely reuses same arenas / blocks (freelists)
    objs2, addrs2 = alloc_wave(10_000)
    log_bucket_counts("Wave 2 (after freeing wave 1)", addrs2)

    # Keep alive if you want to inspect further
    return objs2


if __name__ == "__main__":
    _objs2 = demo_alloc_and_reuse()
