# Subclassing tuple (namedtuple-style records) and __new__ overrides on immutable types.


class T(tuple):
    pass


t = T((1, 2, 3))
print("construct:", t, T(), T([4, 5]), T("ab"), type(t).__name__, isinstance(t, tuple))
print("ops:", t[0], t[-1], t[1:], type(t[1:]).__name__, t + (4,), type(t + (4,)).__name__, t * 2, 2 in t, len(t))
print("methods:", t.index(2), t.count(1), max(t), sorted(t, reverse=True), tuple(t), list(t))
print("compare/hash:", t == (1, 2, 3), (1, 2, 3) == t, t < (2,), hash(t) == hash((1, 2, 3)), {t: "k"}[(1, 2, 3)])
a, b, c = t
print("unpack:", a, b, c, *t)
print("format:", "%s-%s-%s" % t, "{}|{}".format(*t), f"{t}")


class Point(tuple):
    __slots__ = ()

    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"

    def __add__(self, other):
        return Point(self.x + other[0], self.y + other[1])


p = Point(3, 4)
print("Point:", p, p.x, p.y, p[0], len(p), type(p).__name__, p == (3, 4))
print("Point ops:", p + (1, 1), type(p + (1, 1)).__name__, (1, 1) + p, sorted([Point(2, 1), Point(1, 5)]))
print("Point hash:", {p: "pt"}[(3, 4)], hash(p) == hash((3, 4)), hasattr(p, "__dict__"))
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError:", e)


class Pair(tuple):
    def __new__(cls, a, b):
        self = super().__new__(cls, (a, b))
        self.total = a + b
        return self


pr = Pair(2, 5)
print("__new__ sets attributes:", pr, pr.total, vars(pr))


class Double(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)

    def __init__(self, v):
        self.original = v


dd = Double(21)
print("int __new__ + __init__:", dd, dd.original, type(dd).__name__)


class Lower(str):
    def __new__(cls, s=""):
        return str.__new__(cls, s.lower())


print("str.__new__(cls, ...):", Lower("ABC"), type(Lower("ABC")).__name__, Lower(), repr(Lower()))


class Celsius(float):
    def __new__(cls, degrees):
        if degrees < -273.15:
            raise ValueError("below absolute zero")
        return super().__new__(cls, degrees)


print("float __new__:", Celsius(20.5), type(Celsius(1)).__name__)
try:
    Celsius(-300)
except ValueError as e:
    print("ValueError:", e)


class Frozen(frozenset):
    def __new__(cls, *items):
        return super().__new__(cls, items)


fz = Frozen(3, 1, 2)
print("frozenset __new__:", sorted(fz), type(fz).__name__, 2 in fz, len(fz))
print("direct calls:", int.__new__(Double, 7), type(int.__new__(Double, 7)).__name__, tuple.__new__(T, [9]), type(tuple.__new__(T, [9])).__name__)
print("builtin __new__ on builtins:", int.__new__(int, "5"), tuple.__new__(tuple, "ab"), list.__new__(list), dict.__new__(dict))


class Key(tuple):
    """__eq__/__hash__ overrides that defer to tuple's through super()."""

    def __eq__(self, other):
        return super().__eq__(other)

    def __hash__(self):
        return super().__hash__()

    def __lt__(self, other):
        return super().__lt__(other)


k = Key((1, 2))
print("super() comparisons:", k == (1, 2), k != (1, 3), k < (2,), hash(k) == hash((1, 2)), {k: "v"}[(1, 2)])
print("slot results:", (1).__eq__(1.0), (1.0).__eq__(1), [1].__eq__("a"), "a".__lt__(1), tuple.__eq__(k, (1, 2)))
print("hash slots:", list.__hash__, dict.__hash__, set.__hash__, tuple.__hash__(k) == hash((1, 2)))
