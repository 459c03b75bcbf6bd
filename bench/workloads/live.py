# Full collections over 1M live Ticks (nothing to free: pure traversal).
import gc
import time


class Tick:
    def __init__(self, price, size, ts):
        self.price = price
        self.size = size
        self.ts = ts


ticks = [Tick(100.0 + i, i, float(i)) for i in range(1_000_000)]
gc.collect()
t = time.perf_counter()
for _ in range(5):
    gc.collect()
elapsed = time.perf_counter() - t
print("METRIC full_collect_ns_per_object", elapsed * 1e9 / (5 * len(ticks)))
