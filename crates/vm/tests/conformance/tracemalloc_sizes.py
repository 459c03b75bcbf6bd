# tracemalloc's sizes follow what objects really cost, as CPython's do: the data of a bytes
# or str, a list's item array as it grows, a dict's or set's table, an instance's values,
# the peak of something made and dropped. Each figure is printed as a ratio to a nominal
# size, rounded, so that a few bytes of bookkeeping either way do not show.
import tracemalloc


class Tick:
    def __init__(self, price, qty):
        self.price = price
        self.qty = qty
        self.ts = None


class Slotted:
    __slots__ = ('a', 'b', 'c')

    def __init__(self):
        self.a = self.b = self.c = None


def traced(make, nominal):
    tracemalloc.start()
    kept = make()
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return round(current / nominal, 2), round(peak / nominal, 2), kept


def show(label, make, nominal):
    cur, peak, _ = traced(make, nominal)
    print(f"{label:12} current/nominal {cur:5}  peak/nominal {peak:5}")


def grow(n):
    out = []
    for i in range(n):
        out.append(None)
    return out


show("bytes", lambda: bytes(200000), 200000)
show("bytearray", lambda: bytearray(200000), 200000)
show("str", lambda: 'x' * 200000, 200000)
show("list*", lambda: [None] * 50000, 400000)
show("listcomp", lambda: [None for i in range(50000)], 400000)
show("append", lambda: grow(50000), 400000)
show("range ints", lambda: list(range(1000, 21000)), 20000 * 40)
show("tuple", lambda: tuple(range(1000, 21000)), 20000 * 40)
show("floats", lambda: [float(i) for i in range(20000)], 20000 * 32)
show("strs", lambda: [str(i) for i in range(10000, 30000)], 20000 * 53)
show("dictcomp", lambda: {i: None for i in range(1000, 21000)}, 20000 * 60)
show("setcomp", lambda: {i for i in range(1000, 21000)}, 20000 * 60)
show("instances", lambda: [Tick(1.5, 2) for i in range(20000)], 20000 * 120)
show("slotted", lambda: [Slotted() for i in range(20000)], 20000 * 64)


def dropped():
    x = bytes(1000000)
    del x
    return None


cur, peak, _ = traced(dropped, 1000000)
print("made and dropped: current", cur, "peak", peak)

tracemalloc.start()
d = {}
before = tracemalloc.get_traced_memory()[0]
for i in range(10000):
    d[i] = i
after = tracemalloc.get_traced_memory()[0]
l = []
l.extend(range(1000, 11000))
after_list = tracemalloc.get_traced_memory()[0]
tracemalloc.stop()
print("dict grew by about", round((after - before) / 1000, -1), "kB")
print("list grew by about", round((after_list - after) / 1000, -1), "kB")
