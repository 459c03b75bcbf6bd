# enum: members, aliases, lookup by value and name, reprs/strs/formats of Enum, IntEnum,
# StrEnum, Flag, IntFlag, auto(), unique, _missing_, the functional API and the errors.
import enum
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique
def t(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.RED), f"{Color.RED}", format(Color.RED, ""), Color.RED.name, Color.RED.value, Color, list(Color), len(Color))
print(Color(1), Color["GREEN"], Color.CRIMSON is Color.RED, Color.CRIMSON, list(Color.__members__), Color.__members__["CRIMSON"])
print(Color.RED in Color, 1 in Color, "x" in Color, isinstance(Color.RED, Color), type(Color.RED), hash(Color.RED) == hash("RED"), list(reversed(Color)))
t("bad value", lambda: Color(7))
t("bad name", lambda: Color["PINK"])
t("lt", lambda: Color.RED < Color.GREEN)
t("eq", lambda: (Color.RED == 1, Color.RED == Color.RED, Color.RED != Color.BLUE))
t("reassign", lambda: setattr(Color, "RED", 5))
t("delete", lambda: delattr(Color, "RED"))
t("new attr on class", lambda: setattr(Color, "other", 5))
t("member attr", lambda: setattr(Color.RED, "value", 5))
t("instantiate", lambda: Color())
def extend():
    class More(Color):
        PINK = 4
t("extend", extend)
def dup():
    class X(Enum):
        A = 1
        A = 2
t("dup name", dup)
def uniq():
    @unique
    class X(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
t("unique", uniq)
class N(IntEnum):
    ONE = 1
    TWO = 2
print(N.ONE, repr(N.ONE), f"{N.ONE}", N.ONE + 1, N.ONE < N.TWO, N(2), N.TWO == 2, "%d" % N.TWO, "%s" % N.TWO, str(N.TWO), [int(x) for x in N])
class A(Enum):
    X = auto()
    Y = auto()
    Z = 10
    W = auto()
print(list(A), A.W.value)
class S(StrEnum):
    NORTH = auto()
    South = "s"
print(S.NORTH, repr(S.NORTH), S.NORTH == "north", S.South.upper(), f"{S.South}")
class Perm(Flag):
    R = 4
    W = 2
    X = 1
print(Perm.R, repr(Perm.R | Perm.W), str(Perm.R | Perm.W), Perm(0), repr(Perm(0)), Perm.R in (Perm.R | Perm.W), ~Perm.R, list(Perm.R | Perm.X), len(Perm.R | Perm.W), bool(Perm(0)), Perm(7), Perm.R & Perm.W, Perm.R ^ Perm.R)
t("flag bad", lambda: Perm(8))
class P2(IntFlag):
    R = 4
    W = 2
    X = 1
print(P2.R | P2.W, repr(P2.R | P2.W), P2(8), repr(P2(8)), P2.R | 8, ~P2.R, repr(~P2.R), P2.R + 1, P2(0), repr(P2(0)))
class F2(Flag):
    A = auto()
    B = auto()
    C = auto()
    AB = A | B
print(list(F2), F2.AB, repr(F2.AB), F2.A | F2.B is F2.AB, list(F2.__members__), repr(F2(7)))
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return round(6.673e-11 * self.mass / (self.radius * self.radius), 2)
print(Planet.EARTH, Planet.EARTH.value, Planet.EARTH.mass, Planet.EARTH.gravity, repr(Planet.EARTH))
class M(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        if value == 0: return cls.A
        return None
print(M(0))
t("missing None", lambda: M(5))
F = Enum("F", "A B C")
print(list(F), F.A.value, repr(F.B), F)
G = Enum("G", [("X", 10), ("Y", 20)])
print(list(G), G(20))
H = IntEnum("H", {"P": 5})
print(H.P, repr(H.P))
print(Color.RED.__class__.__mro__, Enum.__members__ if hasattr(Enum, "__members__") else None)
class Ord(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)
    A = auto()
    B = auto()
print(list(Ord), Ord.B.value)
class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    def describe(self):
        return self.name, self.value
    def __str__(self):
        return 'my custom str! {0}'.format(self.value)
    @classmethod
    def favorite_mood(cls):
        return cls.SQUARE
print(Shape.SQUARE.describe(), str(Shape.DIAMOND), Shape.favorite_mood(), f"{Shape.SQUARE}")
print(dir(Color.RED)[:8] if False else "skip", Color.RED._name_, Color.RED._value_, Color._member_names_, Color._value2member_map_ if False else "", Color.RED.__reduce_ex__ if False else "")
t("bool member", lambda: bool(Color.RED))
class Empty(Enum):
    pass
class Sub(Empty):
    A = 1
print(Sub.A, Empty, list(Empty))
print(enum.EnumType, enum.EnumMeta is enum.EnumType, type(Color))
