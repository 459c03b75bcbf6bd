# sys.getallocatedblocks: blocks the object allocator handed out, as differences around
# allocations and frees (the interpreter's own blocks are not part of the facts). Tuples
# are left out: CPython keeps up to 2000 freed tuples of each length 1-20 allocated,
# pymem returns their blocks.
import gc
import sys

gc.disable()
n = 1000
slots = [None] * n


def delta(fill):
    before = sys.getallocatedblocks()
    fill()
    return sys.getallocatedblocks() - before


def ints():
    for i in range(n):
        slots[i] = i + 100000


def clear():
    for i in range(n):
        slots[i] = None


class Slotted:
    __slots__ = ("a",)


def instances():
    for i in range(n):
        slots[i] = Slotted()


def strs():
    for i in range(n):
        slots[i] = "s%d" % (i + 10000)


print("ints", delta(ints))
print("freed", delta(clear))
print("instances", delta(instances))
print("freed", delta(clear))
print("strs", delta(strs))
print("freed", delta(clear))
gc.collect()
print("a full collection empties the free lists", sys.getallocatedblocks() > 0)


def big():
    global blob
    blob = b"x" * 100000


print("one large bytes", delta(big))
del blob
print(isinstance(sys.getallocatedblocks(), int))
for bad in [lambda: sys.getallocatedblocks(1), lambda: sys.getallocatedblocks(x=1)]:
    try:
        bad()
    except TypeError as e:
        print(e)
gc.enable()
