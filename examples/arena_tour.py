# A tour of pymem's arenas, pools and blocks: the seed notebook's low-level cell, done
# with the `obmalloc` module instead of guesses. The notebook scans /proc/self/maps for
# ~1 MiB regions and lays a heuristic struct at a guessed offset; here the allocator
# itself says where its arenas are, what each pool serves and which block holds an object.
#
# Run it with `pymem examples/arena_tour.py` (add --malloc-stats for the full report).

import gc
import sys

import obmalloc


class Small:
    __slots__ = ("x",)

    def __init__(self, x: int):
        self.x = x


class Tick:
    def __init__(self, price: float, size: int, ts: float):
        self.price = price
        self.size = size
        self.ts = ts


def class_totals(size_class):
    """Pools and blocks in use of one size class, from a walk of every pool of every arena
    (read at one instant; everything the walk allocates is gone when it returns)."""
    pools = 0
    used = 0
    for pool in obmalloc.pools():
        if pool["size_class"] == size_class and pool["used"] > 0:
            pools += 1
            used += pool["used"]
    return pools, used


def show_size_class(label, obj):
    info = obmalloc.block_info(obj)
    size_class = info["size_class"]
    print(
        f"{label}: sys.getsizeof = {sys.getsizeof(obj)} bytes (CPython 3.12's accounting);"
        f" its block: size class {size_class}, {info['block_size']}-byte blocks"
    )
    # No automatic collection between the walk and the allocator's own count.
    gc.disable()
    pools, used = class_totals(size_class)
    stats_used = obmalloc.stats()["size_classes"][size_class][1]
    gc.enable()
    print(
        f"  size class {size_class}: {pools} pools in use, {used} blocks in use"
        f" (allocator stats: {stats_used} blocks in use)"
    )
    return size_class


def show_pools(size_class, limit=4):
    print(f"  first pools of size class {size_class}:")
    shown = 0
    for pool in obmalloc.pools():
        if pool["size_class"] == size_class and pool["used"] > 0 and shown < limit:
            print(
                f"    pool {hex(pool['address'])} (arena {pool['arena']}):"
                f" {pool['used']}/{pool['capacity']} blocks used,"
                f" {pool['free_list_len']} on the free list,"
                f" {pool['virgin']} never used, {pool['state']}"
            )
            shown += 1


def show_arenas():
    arenas = obmalloc.arenas()
    print(f"{len(arenas)} arenas:")
    for a in arenas:
        print(
            f"  arena {a['index']} at {hex(a['address'])}:"
            f" {a['pools_in_use']} pools in use, {a['free_pools']} free"
            f" (of {a['total_pools']})"
        )


print("=== Arenas, pools and blocks of pymem's heap ===")
small_objs = [Small(i) for i in range(50_000)]
ticks = [Tick(100.0 + i, i, float(i)) for i in range(10_000)]
gc.collect()
print(f"allocated {len(small_objs)} Small and {len(ticks)} Tick objects")
show_arenas()

print()
small_class = show_size_class("Small (__slots__ = ('x',))", small_objs[0])
show_pools(small_class)
tick_class = show_size_class("Tick (3 attributes)", ticks[-1])
show_pools(tick_class)

print()
print("=== A freed block is reused ===")
victim = small_objs[25_000]
before = obmalloc.block_info(victim)
print(
    f"Small #25000 lives in block {before['block_index']} of pool {hex(before['pool'])}"
    f" (arena {before['arena']})"
)
small_objs[25_000] = None
del victim
after_free = obmalloc.block_info(small_objs[25_001])
print("freed it: the block goes on the front of its pool's free list")
newcomer = Small(7)
after = obmalloc.block_info(newcomer)
print(
    f"a new Small lands in block {after['block_index']} of pool {hex(after['pool'])}:"
    f" same block: {after['block_address'] == before['block_address']}"
)
print(f"neighbour untouched: {after_free['block_address'] != after['block_address']}")

print()
st = obmalloc.stats()
print(
    f"allocator totals: {st['arenas_allocated_current']} arenas,"
    f" {st['blocks_in_use']} blocks in use,"
    f" {st['bytes_in_allocated_blocks']} bytes in allocated blocks"
)
