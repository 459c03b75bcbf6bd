# enum: flag boundaries and pseudo-members, _order_, _ignore_, member/nonmember, custom
# __new__, auto()'s 3.12 deprecation path, copying, match, empty enums.
import enum, copy
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, member, nonmember, FlagBoundary
def t(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)
class P2(IntFlag):
    R = 4
    W = 2
    X = 1
print(repr(P2.R | 8), str(P2.R | 8), format(P2.R, "03d"), P2.R | P2.W | P2.X, repr(P2(7)), P2(7) == 7, list(P2), P2.R in P2(6), P2.W in P2.R)
t("in with int", lambda: 1 in P2.R)
class Conf(Flag, boundary=enum.CONFORM):
    A = 1
    B = 2
print(repr(Conf(7)), Conf._boundary_, FlagBoundary.STRICT, repr(enum.EJECT))
class Ej(Flag, boundary=enum.EJECT):
    A = 1
print(Ej(5), type(Ej(5)).__name__)
class Strict(Flag):
    A = 1
    C = 4
t("strict", lambda: Strict(2))
class Ordered(Enum):
    _order_ = "B A"
    B = 2
    A = 1
print(list(Ordered))
def bad_order():
    class O(Enum):
        _order_ = "A B"
        B = 1
        A = 2
t("bad order", bad_order)
class Ign(Enum):
    _ignore_ = "tmp"
    tmp = 5
    A = 1
print(list(Ign), hasattr(Ign, "tmp"))
class Mem(Enum):
    A = 1
    B = nonmember(2)
    @member
    def f(x):
        return x
    C = auto()
print(len(Mem), Mem.B, Mem.f.value(3), Mem.C)
class Coord(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj
    PX = (0, "P.X")
    PY = (1, "P.Y")
print(Coord.PY, Coord.PY.label, Coord(1), Coord.PX.value)
class Weekday(IntEnum):
    MON = auto()
    TUE = auto()
print(sorted([Weekday.TUE, Weekday.MON]), Weekday.TUE > Weekday.MON, {Weekday.MON: "m"}[1], Weekday(2), max(Weekday))
class BadMissing(Enum):
    A = 1
    @classmethod
    def _missing_(cls, v):
        return 5
t("bad missing", lambda: BadMissing(3))
class RaisingMissing(Enum):
    A = 1
    @classmethod
    def _missing_(cls, v):
        raise KeyError("nope")
t("raising missing", lambda: RaisingMissing(3))
print(copy.copy(Weekday.MON) is Weekday.MON, copy.deepcopy([Weekday.MON])[0] is Weekday.MON)
match Weekday.TUE:
    case Weekday.MON: print("mon")
    case Weekday.TUE: print("tue")
Animal = Enum("Animal", "ANT BEE CAT", start=10)
print(list(Animal), Animal.__module__)
Nums = IntEnum("Nums", ["A", "B"])
print(Nums.B + 1, repr(Nums.A))
Fl = Flag("Fl", "X Y Z")
print(list(Fl), Fl.X | Fl.Z)
class Colour(StrEnum):
    RED = auto()
    BLUE = "blue"
print(Colour.RED + "!", "%s" % Colour.BLUE, Colour("blue"), Colour.RED.upper(), f"{Colour.RED:>6}|")
t("str enum bad", lambda: type("X", (StrEnum,), {}))
t("set member value", lambda: setattr(Weekday.MON, "name", "x"))
t("Enum lookup", lambda: Enum(1))
class Empty(Enum): pass
t("empty lookup", lambda: Empty(1))
print(Weekday.MON.__class__.__name__, isinstance(Weekday.MON, int), Weekday.__members__)
print(Flag.__mro__, IntFlag.__mro__)
class Sh(Enum):
    A = [1, 2]
    B = [3]
print(Sh([1, 2]), Sh.A.value)
print(bool(Fl(0)), Fl(0), repr(~Fl.X), repr(~Fl(0)), len(Fl.X | Fl.Y))
print(enum.Enum.__doc__ is not None)
t("uncaught-style lookup", lambda: Weekday(9))
print(Weekday(1), Animal(11))
