# operator overloading: arithmetic, reflected, in-place, comparisons, unary, containers
class V:
    def __init__(self, *c):
        self.c = list(c)
    def __repr__(self):
        return "V" + repr(tuple(self.c))
    def __add__(self, o):
        return V(*[a + b for a, b in zip(self.c, o.c)])
    def __sub__(self, o):
        return V(*[a - b for a, b in zip(self.c, o.c)])
    def __mul__(self, k):
        return V(*[a * k for a in self.c])
    def __rmul__(self, k):
        return self * k
    def __iadd__(self, o):
        self.c = [a + b for a, b in zip(self.c, o.c)]
        return self
    def __neg__(self):
        return V(*[-a for a in self.c])
    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5
    def __eq__(self, o):
        return isinstance(o, V) and self.c == o.c
    def __lt__(self, o):
        return abs(self) < abs(o)
    def __len__(self):
        return len(self.c)
    def __getitem__(self, i):
        return self.c[i]
    def __setitem__(self, i, v):
        self.c[i] = v
    def __delitem__(self, i):
        del self.c[i]
    def __iter__(self):
        return iter(self.c)
    def __contains__(self, v):
        return v in self.c
    def __bool__(self):
        return any(self.c)
    __hash__ = None
a = V(1, 2)
b = V(3, 4)
print(a + b, b - a, a * 3, 3 * a, -a, abs(b), a == V(1, 2), a != b, a < b, b > a)
a += b
print(a, len(a), a[0], list(a), 4 in a, bool(V(0, 0)), sorted([b, V(1, 1), a]))
a[0] = 10
del a[1]
print(a, max([V(1), V(5), V(3)]))
try:
    hash(a)
except TypeError as e:
    print("TypeError:", e)
try:
    a @ b
except TypeError as e:
    print("TypeError:", e)
try:
    a < 5
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
class Num:
    def __init__(self, v):
        self.v = v
    def __radd__(self, o):
        return Num(o + self.v)
    def __repr__(self):
        return f"Num({self.v})"
print(sum([Num(1), Num(2)], 0) if False else 1 + Num(2), 5 + Num(1))
