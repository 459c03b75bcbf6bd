# gc.get_count and gc.get_stats: how allocations, frees and collections of each generation
# move the counts. Measured as differences around the action (the interpreter's own
# allocations are not part of the facts); each measurement starts after a warm-up
# get_count(): a full collection empties CPython's tuple free lists, so its first tuple
# after one would count (pymem keeps no freed tuples).
import gc

gc.disable()


class Plain:
    pass


class Slotted:
    __slots__ = ("a",)


def gen():
    yield 1


def closure():
    v = 1

    def inner():
        return v
    return inner


def allocation_delta(make):
    gc.collect()
    gc.get_count()
    before = gc.get_count()[0]
    keep = make()
    after = gc.get_count()[0]
    return after - before, keep


for label, make in [
    ("nothing", lambda: None),
    ("empty list", lambda: []),
    ("list of ints", lambda: [1, 2, 3]),
    ("ten lists", lambda: [[] for _ in range(10)]),
    ("empty dict", lambda: {}),
    ("dict", lambda: {"a": 1}),
    ("tuple of ints", lambda: (1, 2)),
    ("tuple holding a list", lambda: ([], 1)),
    ("set", lambda: set()),
    ("instance", lambda: Plain()),
    ("slotted instance", lambda: Slotted()),
    ("float", lambda: 1.5),
    ("str", lambda: "ab" * 40),
    ("big int", lambda: 10 ** 40),
    ("bytes", lambda: b"x" * 40),
    ("generator", lambda: gen()),
    ("closure", closure),
    ("bound method", lambda: [].append),
    ("list iterator", lambda: iter([])),
    ("lambda", lambda: (lambda: 0)),
]:
    print(label, allocation_delta(make)[0])


def freed():
    x = [[] for _ in range(10)]
    del x


print("ten lists made and freed", allocation_delta(freed)[0])

# Collections: collecting generation g resets counts 0..g and counts one collection of g
# in generation g+1.
gc.collect()
gc.get_count()
junk = [[] for _ in range(5)]
c = gc.get_count()
print("count0 grew by the lists", c[0] >= 5, c[1:], "->", end=" ")
gc.collect(0)
print(gc.get_count()[1:], end=" ")
gc.collect(0)
print(gc.get_count()[1:], end=" ")
gc.collect(1)
print(gc.get_count()[1:], end=" ")
gc.collect(1)
gc.collect(0)
print(gc.get_count()[1:], end=" ")
gc.collect(2)
print(gc.get_count()[1:])

before = [s["collections"] for s in gc.get_stats()]
gc.collect(0)
gc.collect(1)
gc.collect(1)
gc.collect(2)
after = [s["collections"] for s in gc.get_stats()]
print("collections per generation", [a - b for a, b in zip(after, before)])
before = [s["collected"] for s in gc.get_stats()]
loop = []
loop.append(loop)
del loop
print("collect(1) found", gc.collect(1))
after = [s["collected"] for s in gc.get_stats()]
print("collected per generation", [a - b for a, b in zip(after, before)])
print(type(gc.get_stats()), len(gc.get_stats()), sorted(gc.get_stats()[2]))

# Automatic collections: past threshold 0, allocations trigger generation-0 collections;
# threshold 0 turns them off.
gc.enable()
gc.set_threshold(10)
start = gc.get_stats()[0]["collections"]
keep = [[] for _ in range(100)]
print("automatic collections happened", gc.get_stats()[0]["collections"] - start > 3)
gc.collect()
gc.set_threshold(0)
start = gc.get_stats()[0]["collections"]
keep = [[] for _ in range(1000)]
print("with threshold 0", gc.get_stats()[0]["collections"] - start)
gc.set_threshold(700, 10, 10)
gc.disable()
print("freeze", end=" ")
gc.collect()
gc.freeze()
print(gc.get_freeze_count() > 0, gc.get_count()[0], len(gc.get_objects()) < 50, end=" ")
gc.unfreeze()
print(gc.get_freeze_count())
gc.enable()
