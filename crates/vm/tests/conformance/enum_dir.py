# dir() of enum classes and members (EnumType.__dir__, Enum.__dir__); dir() asks a metaclass.
import enum
class Color(enum.Enum):
    RED = 1
    def m(self): pass
print(dir(Color))
print(dir(Color.RED))
Color.RED.extra = 1
print(dir(Color.RED))
class N(enum.IntEnum):
    A = 1
d = dir(N)
print(d[:3], "A" in d, "bit_length" in d, "__members__" in d)
print([n for n in dir(N.A) if not n.startswith("_")])
