# dataclasses: frozen slotted classes, descriptor defaults, and a traceback through the
# generated __init__ (its code comes from '<string>', as in CPython).
from dataclasses import dataclass, field
import dataclasses
@dataclass(frozen=True, slots=True)
class FS:
    a: int
    b: int = 2
f = FS(1)
print(f, f.__getstate__(), hash(f) == hash(FS(1)))
try:
    f.a = 3
except dataclasses.FrozenInstanceError as e:
    print(e)
class Desc:
    def __set_name__(self, owner, name): print("set_name", name)
    def __get__(self, obj, typ=None): return 7 if obj is None else obj._v
    def __set__(self, obj, v): obj._v = v * 2
@dataclass
class WithDesc:
    d: Desc = Desc()
print(WithDesc().d, WithDesc(5).d)
@dataclass
class P:
    x: int
    def __post_init__(self):
        raise ValueError("bad " + str(self.x))
P(1)
