# 1M two-object cycles, then a timed gc.collect.
import gc
import time


class Node:
    def __init__(self):
        self.other = None


gc.disable()
for i in range(1_000_000):
    a = Node()
    b = Node()
    a.other = b
    b.other = a
del a, b
t = time.perf_counter()
found = gc.collect()
elapsed = time.perf_counter() - t
print("METRIC collect_ns_per_object", elapsed * 1e9 / found)
