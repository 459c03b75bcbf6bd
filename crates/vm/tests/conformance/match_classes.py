# match: class patterns (__match_args__, keywords, built-in self-matching types)
import collections


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class Plain:
    def __init__(self):
        self.a = 1


def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point3(x, y, z=0):
            return f"3d on plane at {x},{y}"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point(x, y) if x == y:
            return f"on the diagonal at {x}"
        case Point():
            return "somewhere else"
        case Plain(a=1, missing=_):
            return "plain with missing"
        case Plain(a=a):
            return f"plain a={a}"
        case _:
            return "not a point"


for p in [Point(0, 0), Point(0, 5), Point(4, 0), Point(2, 2), Point(1, 3),
          Point3(1, 2, 0), Point3(0, 0, 1), Plain(), 7]:
    print(type(p).__name__, "->", where(p))


def builtin(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s):
            return f"str {s!r}"
        case bytes(b):
            return f"bytes {b!r}"
        case bytearray(b):
            return f"bytearray {b!r}"
        case list([first, *_]):
            return f"list starting {first}"
        case list(l):
            return f"list {l}"
        case tuple(t):
            return f"tuple {t}"
        case dict({"k": v}):
            return f"dict with k={v}"
        case dict(d):
            return f"dict {d}"
        case set(s):
            return f"set {sorted(s)}"
        case frozenset(s):
            return f"frozenset {sorted(s)}"
        case object():
            return f"object {type(v).__name__}"


for v in [True, 3, 2.5, "s", b"b", bytearray(b"ba"), [9, 8], [], (1,), {"k": 1}, {},
          {3, 1}, frozenset({2}), None]:
    print(repr(v), "->", builtin(v))

# Keyword sub-patterns of built-ins read attributes
match 3.5:
    case float(real=r, imag=i):
        print("float attributes:", r, i)
match 10:
    case int(numerator=n, denominator=d):
        print("int attributes:", n, d)

# namedtuple has __match_args__
P = collections.namedtuple("P", ["x", "y"])
match P(1, 2):
    case P(a, y=b):
        print("namedtuple class pattern:", a, b)
print("P.__match_args__ =", P.__match_args__)

# Dotted class names
class NS:
    Point = Point


match Point(5, 6):
    case NS.Point(x, y):
        print("dotted class:", x, y)


# A class with __getattr__: missing attributes come from it
class Dyn:
    __match_args__ = ("anything",)

    def __getattr__(self, name):
        if name.startswith("no"):
            raise AttributeError(name)
        return name.upper()


match Dyn():
    case Dyn(a, other=b):
        print("dynamic attributes:", a, b)
match Dyn():
    case Dyn(nothing=x):
        print("wrong")
    case _:
        print("AttributeError means no match")

# Subclass instances match the base class pattern
match Point3(1, 2, 3):
    case Point(x, y):
        print("subclass matched base:", x, y)
