# 1M Ticks in a list, then del and gc.collect (the seed notebook's step 2, scaled up).
import gc


class Tick:
    def __init__(self, price, size, ts):
        self.price = price
        self.size = size
        self.ts = ts


ticks = [Tick(100.0 + i, i, float(i)) for i in range(1_000_000)]
del ticks
gc.collect()
