# User classes emulating containers and iterators: __getitem__ with slices, __setitem__,
# __delitem__, __len__, __iter__/__next__, __contains__, __reversed__, __missing__-like logic.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, key):
        if isinstance(key, slice):
            return ("slice", key.start, key.stop, key.step)
        if isinstance(key, tuple):
            x, y = key
            if not (0 <= x < self.w and 0 <= y < self.h):
                raise IndexError(f"cell {key} out of range")
            return self.cells.get(key, ".")
        raise TypeError(f"bad key {key!r}")
    def __setitem__(self, key, value):
        self.cells[key] = value
    def __delitem__(self, key):
        del self.cells[key]
    def __len__(self):
        return self.w * self.h
    def __iter__(self):
        for y in range(self.h):
            for x in range(self.w):
                yield self[x, y]
    def __contains__(self, value):
        return value in self.cells.values()
g = Grid(3, 2)
g[0, 0] = "#"
g[2, 1] = "@"
print(g[0, 0], g[1, 1], g[1:5], g[::2], g[:], len(g), "".join(g), "@" in g, "%" in g, bool(g))
del g[0, 0]
print("".join(g), list(g.cells))
for bad in [(5, 5), "x"]:
    try:
        g[bad]
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    del g[9, 9]
except KeyError as e:
    print("KeyError", e)
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), sum(Countdown(4)), sorted(Countdown(3)), max(Countdown(5)), 2 in Countdown(3))
c = Countdown(2)
print(next(c), next(c), next(c, "done"))
class Rev:
    def __init__(self, data):
        self.data = data
    def __len__(self):
        return len(self.data)
    def __getitem__(self, i):
        return self.data[i]
    def __reversed__(self):
        return iter(self.data[::-1] + ["(custom)"])
print(list(reversed(Rev([1, 2]))), list(Rev("ab")), Rev("xyz")[1], len(Rev([])), bool(Rev([])))
class DefaultDict(dict if False else object):
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        if k not in self.d:
            self.d[k] = self.__missing__(k)
        return self.d[k]
    def __missing__(self, k):
        return k * 2
dd = DefaultDict()
print(dd["ab"], dd[3], sorted(dd.d.items(), key=str))
class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __matmul__(self, other):
        return "matmul"
    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows
    def __hash__(self):
        return hash(str(self.rows))
    def __lt__(self, other):
        return len(self.rows) < len(other.rows)
    def __repr__(self):
        return f"Matrix({self.rows})"
m1, m2 = Matrix([[1]]), Matrix([[1], [2]])
print(m1 == Matrix([[1]]), m1 != m2, m1 < m2, sorted([m2, m1]), len({m1, Matrix([[1]])}), m1 @ m2)
class Truthy:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print([bool(Truthy(n)) for n in range(3)], "yes" if Truthy(1) else "no", not Truthy(0))
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
class NotIter:
    pass
for f in (lambda: iter(NotIter()), lambda: list(NotIter()), lambda: NotIter()[0], lambda: len(NotIter()), lambda: reversed(NotIter())):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
def setitem_missing():
    NotIter()[0] = 1
def delitem_missing():
    del NotIter()[0]
for f in (setitem_missing, delitem_missing):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
