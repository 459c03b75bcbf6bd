//! `ctypes` over the pymem heap: `from_address` reads real memory inside the allocator's
//! arenas and refuses everything else with `ValueError`, never a crash; a `Structure` with
//! CPython 3.12's `pool_header` layout laid over our pools reads what `obmalloc.pools()`
//! reports. (CPython would read any address, so there is nothing to record from it: the
//! script checks itself and prints facts.)

use vm::runtime::run_captured;

const SCRIPT: &str = r#"
import ctypes
import gc
import os
import sys

import obmalloc
from ctypes import Structure, c_uint, c_ulonglong, c_void_p


class PoolHeader(Structure):
    """CPython 3.12's struct pool_header (Objects/obmalloc.c), field for field."""

    _fields_ = [
        ("count", c_uint),           # union { block *_padding; uint count; } ref
        ("_padding", c_uint),
        ("freeblock", c_void_p),
        ("nextpool", c_void_p),
        ("prevpool", c_void_p),
        ("arenaindex", c_uint),
        ("szidx", c_uint),
        ("nextoffset", c_uint),
        ("maxnextoffset", c_uint),
    ]


ARENA = obmalloc.stats()["arena_size"]
POOL = obmalloc.stats()["pool_size"]


def in_one_arena(addr, size):
    return any(a["address"] <= addr and addr + size <= a["address"] + ARENA
               for a in obmalloc.arenas())


def outcome(cls, addr):
    try:
        cls.from_address(addr)
        return "read"
    except ValueError as e:
        expected = "address %s is not inside the pymem heap" % hex(addr)
        if str(e) != expected:
            return "wrong message: " + str(e)
        return "refused"


def expect(addr, size):
    return "read" if in_one_arena(addr, size) else "refused"


class Small:
    # Twenty slots put these objects in a size class of their own (about 200 bytes): the
    # dicts, strs, tuples and ints that the snapshot and the reads below allocate never share
    # their pools, so those pools stand still while they are compared.
    __slots__ = tuple("x%d" % i for i in range(20))

    def __init__(self, x):
        self.x0 = x


# 100 slots inline: a block past the small-object threshold (attributes beyond a class's 30
# shared keys would live in a separate dict instead).
class Wide:
    __slots__ = tuple("a%d" % i for i in range(100))

    def __init__(self):
        for i in range(100):
            setattr(self, "a%d" % i, i)


objs = [Small(i) for i in range(20_000)]
del objs[::7]
gc.collect()

# 1. A CPython-layout pool header over every pool of the Small size class reads what
#    obmalloc.pools() says. The views are made before the snapshot and nothing is freed
#    after it; what the snapshot and the reads allocate (lists, dicts, strs, ints) lives in
#    other size classes, so the Small pools stand still while they are compared.
gc.disable()
small_class = obmalloc.block_info(objs[0])["size_class"]
views = {p["address"]: PoolHeader.from_address(p["address"]) for p in obmalloc.pools()}
pools = obmalloc.pools()
bad = []
small_pools = 0
free_heads_inside = True
full_or_freed = 0
for p in pools:
    if p["size_class"] != small_class or p["used"] == 0:
        continue
    h = views[p["address"]]
    if h.nextoffset <= h.maxnextoffset:
        virgin = (h.maxnextoffset - h.nextoffset) // p["block_size"] + 1
    else:
        virgin = 0
    same = (h.count == p["used"] and h.arenaindex == p["arena"]
            and h.szidx == p["size_class"] and virgin == p["virgin"]
            and (h.freeblock is None) == (p["free_list_len"] == 0))
    if not same:
        bad.append((hex(p["address"]), h.count, p["used"], h.szidx, p["size_class"]))
    if h.freeblock is not None and not (p["address"] < h.freeblock < p["address"] + POOL):
        free_heads_inside = False
    if p["free_list_len"] > 0:
        full_or_freed += 1
    small_pools += 1
gc.enable()
print("pool headers agree:", bad == [], bad[:3])
print("Small pools checked:", small_pools >= 60, "with free lists:", full_or_freed > 10)
print("free-list heads inside their pool:", free_heads_inside)
one = obmalloc.block_info(objs[1])
h = PoolHeader.from_address(one["pool"])
print("sizeof(PoolHeader):", ctypes.sizeof(PoolHeader), "szidx:", h.szidx == small_class)
print("addressof is the pool:", ctypes.addressof(h) == one["pool"])

# 2. Writes through a heap view are refused and change nothing.
before = h.count
try:
    h.count = 0
    print("write allowed")
except ValueError as e:
    print("write refused:", str(e).startswith("cannot write to 0x"))
print("count unchanged:", h.count == before)

# 3. An object header: the refcount is the first 4 bytes (getrefcount adds its argument).
x = [1, 2]
y = x
print("refcount read:", c_uint.from_address(id(x)).value == sys.getrefcount(x) - 1)
# Values CPython keeps in static memory (None, small ints) are heap objects on pymem.
print("None and 1 are on the heap:", outcome(c_uint, id(None)), outcome(c_uint, id(1)))

# 4. Addresses outside the heap.
w = Wide()
w2 = Wide()
owned = c_uint(5)
print("0:", outcome(c_uint, 0), "8:", outcome(PoolHeader, 8))
print("negative:", outcome(c_uint, -16), "huge:", outcome(c_uint, 2**70))
# An owned buffer lives in a heap block: from_address(addressof(x)) is a read-only alias.
alias = c_uint.from_address(ctypes.addressof(owned))
owned.value = 6
print("an owned buffer, aliased:", alias.value)


class Big(Structure):
    _fields_ = [("f%d" % i, ctypes.c_double) for i in range(80)]


big = Big()
print("a 640-byte buffer (system block):", outcome(c_uint, ctypes.addressof(big)))
print("a malloc'd large object:", obmalloc.block_info(w2) is None, outcome(c_uint, id(w2)))
ends_ok = True
for a in obmalloc.arenas():
    end = a["address"] + ARENA
    ends_ok = ends_ok and outcome(c_uint, end) == expect(end, 4)
    ends_ok = ends_ok and outcome(PoolHeader, end - 8) == "refused"
    ends_ok = ends_ok and outcome(c_ulonglong, end - 8) == "read"
    ends_ok = ends_ok and outcome(PoolHeader, a["address"]) == "read"
print("arena ends:", ends_ok)

# 5. The notebook's /proc/self/maps candidates: each read is allowed exactly when it lies
#    in an arena.
candidates = []
with open("/proc/%d/maps" % os.getpid()) as f:
    for line in f:
        parts = line.split()
        if len(parts) < 5 or "rw-p" not in parts[1] or parts[3] != "00:00" or "[heap]" in line:
            continue
        start, end = [int(v, 16) for v in parts[0].split("-")]
        if 900 < (end - start) / 1024 < 1100:
            candidates.append(start)
maps_ok = True
for start in candidates:
    for addr in (start, start + 64 + 5 * 64):
        maps_ok = maps_ok and outcome(PoolHeader, addr) == expect(addr, ctypes.sizeof(PoolHeader))
print("maps candidates:", maps_ok)

# 6. A view outlives its arena: once the arena goes back to the OS, reading it raises.
more = [Small(i) for i in range(24_000)]
arena_views = [(a["address"], PoolHeader.from_address(a["address"] + POOL))
               for a in obmalloc.arenas()]
del more, objs
gc.collect()
live = [a["address"] for a in obmalloc.arenas()]
gone = 0
consistent = True
for address, view in arena_views:
    try:
        view.count
        consistent = consistent and address in live
    except ValueError:
        consistent = consistent and address not in live
        gone += 1
print("views of returned arenas refuse:", consistent, gone > 0)
"#;

#[test]
fn ctypes_reads_only_inside_the_heap() {
    let out = run_captured(SCRIPT, "<ctypes heap test>", vec!["t.py".into()], None);
    assert_eq!(out.status, 0, "stderr: {}", out.stderr);
    let expected = "\
pool headers agree: True []
Small pools checked: True with free lists: True
free-list heads inside their pool: True
sizeof(PoolHeader): 48 szidx: True
addressof is the pool: True
write refused: True
count unchanged: True
refcount read: True
None and 1 are on the heap: read read
0: refused 8: refused
negative: refused huge: refused
an owned buffer, aliased: 6
a 640-byte buffer (system block): refused
a malloc'd large object: True refused
arena ends: True
maps candidates: True
views of returned arenas refuse: True True
";
    assert_eq!(out.stdout, expected, "stderr: {}", out.stderr);
}
