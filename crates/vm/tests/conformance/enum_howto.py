# The enum how-to examples: AutoNumber, OrderedEnum, DuplicateFreeEnum, custom __str__,
# flag aliases, IntEnum arithmetic, case-insensitive _missing_.
from enum import Enum, IntEnum, Flag, auto
class AutoNumber(Enum):
    def __new__(cls):
        value = len(cls.__members__) + 1
        obj = object.__new__(cls)
        obj._value_ = value
        return obj
class Color(AutoNumber):
    RED = ()
    GREEN = ()
    BLUE = ()
print(list(Color), Color.GREEN.value)
class OrderedEnum(Enum):
    def __ge__(self, other):
        if self.__class__ is other.__class__:
            return self.value >= other.value
        return NotImplemented
    def __lt__(self, other):
        if self.__class__ is other.__class__:
            return self.value < other.value
        return NotImplemented
class Grade(OrderedEnum):
    A = 5
    B = 4
    C = 3
print(Grade.C < Grade.A, Grade.A >= Grade.B, sorted(Grade))
class DuplicateFreeEnum(Enum):
    def __init__(self, *args):
        cls = self.__class__
        if any(self.value == e.value for e in cls):
            a = self.name
            e = cls(self.value).name
            raise ValueError("aliases not allowed in DuplicateFreeEnum:  %r --> %r" % (a, e))
try:
    class C2(DuplicateFreeEnum):
        RED = 1
        GREEN = 2
        GRENE = 2
except ValueError as e:
    print(e)
class Mood(Enum):
    FUNKY = 1
    HAPPY = 3
    def describe(self):
        return self.name, self.value
    def __str__(self):
        return 'my custom str! {0}'.format(self.value)
    @classmethod
    def favorite_mood(cls):
        return cls.HAPPY
print(Mood.favorite_mood(), Mood.HAPPY.describe(), str(Mood.FUNKY))
class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7
print(Perm.RWX, list(Perm), Perm(7), ~Perm.RWX, Perm.R | Perm.X, list(Perm.RWX))
class Number(IntEnum):
    ONE = 1
    TWO = 2
    THREE = 3
print(Number.THREE + 1, Number.ONE in [1], Number.TWO * 3, list(Number)[1:], Number(2) is Number.TWO)
class Shape(IntEnum):
    CIRCLE = 1
    SQUARE = 2
class Request(Flag):
    CIRCLE = 1
print(Shape.CIRCLE == 1, Shape.CIRCLE == Request.CIRCLE)
class Ordinal(Enum):
    NORTH = 'n'
    SOUTH = 's'
    @classmethod
    def _missing_(cls, value):
        value = value.lower()
        for member in cls:
            if member.value == value:
                return member
        return None
print(Ordinal('N'), Ordinal('s'))
