# dataclasses: slots (inheritance, weakref_slot, an existing __slots__) and the errors of
# conflicting options and fields.
import dataclasses, weakref
from dataclasses import dataclass, field
try:
    @dataclass(slots=True)
    class A:
        __slots__ = ("x",)
        x: int
except TypeError as e:
    print(e)
@dataclass(slots=True, weakref_slot=True)
class W:
    x: int
w = W(1)
r = weakref.ref(w)
print(r() is w, W.__slots__)
try:
    dataclass(weakref_slot=True)(type("Q", (), {}))
except TypeError as e:
    print(e)
@dataclass(slots=True)
class Base:
    a: int
@dataclass(slots=True)
class Child(Base):
    b: int = 2
print(Child(1), Child.__slots__, Base.__slots__)
@dataclass
class K:
    x: int
    y: list = field(default_factory=lambda: [1])
    def total(self):
        return self.x + sum(self.y)
print(K(1).total(), K(1) == K(1), K(1) is not K(1), K.__eq__(K(1), 1))
try:
    @dataclass
    class Bad:
        x: int = field(default_factory=list, default=1)
except ValueError as e:
    print(e)
try:
    @dataclass
    class Bad2:
        a = field()
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad3:
        from typing import ClassVar
        v: ClassVar[list] = field(default_factory=list)
except TypeError as e:
    print(e)
@dataclass(order=True)
class O:
    a: int
try:
    @dataclass(order=True)
    class O2:
        a: int
        def __lt__(self, o): return True
except TypeError as e:
    print(e)
try:
    @dataclass(unsafe_hash=True)
    class H:
        a: int
        def __hash__(self): return 1
except TypeError as e:
    print(e)
try:
    @dataclass(frozen=True)
    class FR:
        a: int
        def __setattr__(self, n, v): pass
except TypeError as e:
    print(e)
