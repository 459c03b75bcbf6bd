from enum import Enum, IntEnum, Flag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
class Prio(IntEnum):
    LOW = auto()
    HIGH = auto()
class Perm(Flag):
    R = auto(); W = auto(); X = auto()
print(Color.RED, repr(Color.GREEN), Color(3), Color['BLUE'], list(Color), len(Color))
print(Prio.HIGH > Prio.LOW, Prio.HIGH + 1, sorted([Prio.HIGH, Prio.LOW]), int(Prio.LOW))
rw = Perm.R | Perm.W; print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(rw), ~Perm.R)
print({c: c.value for c in Color}, Color.RED.name, Color.RED is Color(1))
try: Color(7)
except ValueError as e: print(e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e: print(e)
print(Color.__members__.keys(), isinstance(Color.RED, Color), type(Color.RED))
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius): self.mass = mass; self.radius = radius
    @property
    def g(self): return 6.67e-11 * self.mass / self.radius ** 2
print('%.2f' % Planet.EARTH.g, Planet.EARTH.value)
print('{:<6}|{:>4}'.format(Color.RED.name, Color.RED.value), f'{Prio.HIGH}', format(Color.BLUE))
