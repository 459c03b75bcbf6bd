# classes, attributes, methods, dunders, default repr facts
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __contains__(self, v):
        return v in (self.x, self.y)
    def norm2(self):
        return self.x ** 2 + self.y ** 2
p = Point(1, 2)
q = Point(3, 4)
print(p, p + q, p == Point(1, 2), p != q, len(p), p[1], 2 in p, list(p), p.norm2(), Point.dims)
print({p: "a"}[Point(1, 2)], str(p), repr([p]))
class Plain:
    pass
o = Plain()
r = repr(o)
print(r.startswith("<__main__.Plain object at 0x"), r.endswith(">"), hex(id(o)) in r)
o.attr = 5
print(o.attr, hasattr(o, "attr"), hasattr(o, "nope"), getattr(o, "nope", "dflt"))
setattr(o, "other", 7)
delattr(o, "attr")
print(hasattr(o, "attr"), o.other, type(o).__name__, type(o) is Plain, o.__class__.__name__)
try:
    o.missing
except AttributeError as e:
    print("AttributeError:", e)
class Counter:
    total = 0
    def __init__(self):
        Counter.total += 1
    @classmethod
    def make(cls):
        return cls()
    @staticmethod
    def describe():
        return "counts instances"
    @property
    def double(self):
        return Counter.total * 2
Counter(); Counter.make()
print(Counter.total, Counter.describe(), Counter().double)
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def c(self):
        return self._c
    @c.setter
    def c(self, v):
        self._c = max(v, -273)
t = Temp()
t.c = -500
print(t.c)
class WithCall:
    def __call__(self, x):
        return x * 3
    def __bool__(self):
        return False
    def __str__(self):
        return "WC"
w = WithCall()
print(w(3), bool(w), str(w), callable(w), callable(1), f"{w}")
try:
    Plain(1)
except TypeError as e:
    print("TypeError:", e)
