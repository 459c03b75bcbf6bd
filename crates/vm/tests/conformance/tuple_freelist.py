# CPython keeps up to 2000 freed tuples of each length 1-20 (PyTuple_MAXFREELIST,
# PyTuple_MAXSAVESIZE) and reuses their blocks: a reused block does not count towards
# generation 0 and stays allocated (sys.getallocatedblocks) until a full collection
# empties the free lists.
import gc
import sys

gc.disable()
gc.collect()
c0 = gc.get_count()[0]
for i in range(1000):
    t = (i, i)
print("count after a churn of pairs", gc.get_count()[0] - c0)

slots = [None] * 3000
gc.collect()
b0 = sys.getallocatedblocks()
for i in range(3000):
    slots[i] = (i, i, i)
print("blocks for 3000 triples", sys.getallocatedblocks() - b0)
for i in range(3000):
    slots[i] = None
kept = sys.getallocatedblocks() - b0
gc.collect()
emptied = sys.getallocatedblocks() - b0
# (Give or take a block or two of the interpreter's own.)
print("blocks kept after freeing them: about 2000", 1998 <= kept - emptied <= 2002)
print("after a full collection: a few", emptied <= 4)

c0 = gc.get_count()[0]
ts = [(i,) for i in range(2500)]
print("count for 2500 1-tuples", gc.get_count()[0] - c0)
del ts
print("count after freeing them", gc.get_count()[0] - c0)
ts = [(i,) for i in range(2500)]
print("count for 2500 more", gc.get_count()[0] - c0)
del ts

# Longer tuples have no free list: their blocks go back at once.
gc.collect()
b0 = sys.getallocatedblocks()
big = [tuple(range(i, i + 21)) for i in range(100)]
print("blocks for 100 21-tuples: about 100", 100 <= sys.getallocatedblocks() - b0 <= 103)
del big
print("after freeing them: a few", sys.getallocatedblocks() - b0 <= 3)
