# 10 waves of 1M __slots__ objects created and dropped (the seed's alloc & reuse demo, scaled up).
class Small:
    __slots__ = ("x",)

    def __init__(self, x):
        self.x = x


for wave in range(10):
    objs = [Small(i) for i in range(1_000_000)]
    del objs
