# Garbage-collector counts: an array, a slice of one and a Struct are one tracked object
# each (their items and compiled formats live in untracked objects).
import gc, struct
from array import array
gc.disable()
keep = []
c0 = gc.get_count()[0]
for i in range(10):
    keep.append(array('i', [i]))
c1 = gc.get_count()[0]
for i in range(10):
    keep.append(keep[0][:1])
c2 = gc.get_count()[0]
for i in range(10):
    keep.append(struct.Struct('i'))
c3 = gc.get_count()[0]
print(c1 - c0, c2 - c1, c3 - c2, gc.is_tracked(keep[0]), gc.is_tracked(keep[-1]))
