# Checks the parts of the frozen enum module that were rewritten in pymem's own words:
# results, messages and output must stay CPython's.
import enum
from enum import Enum, Flag, IntFlag, StrEnum, auto, STRICT, CONFORM, EJECT, KEEP
Color = Enum('Color', 'RED GREEN, BLUE'); print(list(Color), Color.RED.value)
C2 = Enum('C2', [('A', 5), ('B', 'x')]); print(list(C2), [m.value for m in C2])
C3 = Enum('C3', {'X': 1, 'Y': 2}); print(list(C3))
C4 = Enum('C4', ['P', 'Q'], start=10); print([m.value for m in C4])
class N(Enum):
    A = 'x'
    B = auto()
class N2(Enum):
    A = 1
    B = 'q'
    C = auto()
print(N.B.value, N2.C.value)
class S(StrEnum):
    A = auto()
    B = 'bee'
print(S.A, S.A.value, type(S.A.value), S.B == 'bee')
for bad in [(1,), ('a', 2), ('a', 'utf-8', 3)]:
    try:
        class T(StrEnum):
            X = bad
    except TypeError as e: print(e)
class P(float, Enum):
    A = 1.5
    B = (2,)
print(P.A.value, P.B.value, type(P.B.value))
class Pt:
    def __init__(self, *a): self.a = a
class Bad(Pt, Enum):
    X = 1
print(Bad.X.value)
try:
    class Bd(int, Enum):
        X = 'zz'
except ValueError as e:
    print(type(e).__name__, e)
class F(Flag):
    A = 1
    B = 2
    C = 4
    AB = 3
print(F(3), F(7), F(0), repr(F(5)), list(F(7)), ~F.A, ~F(0), ~F.AB, F(-1), F(-2), len(F(7)), F.A in F(3))
for B in (STRICT, CONFORM, EJECT, KEEP):
    class G(Flag, boundary=B):
        X = 1
        Y = 2
        Z = 8
    for v in (3, 4, 12, -1, 16):
        try: r = G(v); print(B, v, repr(r), ~G.X if v == 3 else '')
        except ValueError as e: print(B, v, 'ValueError', e)
class I(IntFlag):
    R = 4
    W = 2
    X = 1
print(I(7), repr(I(9)), I(-1), ~I.R, I.R | 8, repr(I(0)))
try: 1 in F(3)
except TypeError as e: print(e)
class M(Enum):
    A = 1
    def meth(self): pass
    @property
    def prop(self): return 1
m = M.A; m.extra = 2; m._hidden = 3
print(dir(m))
class D(Enum):
    def _generate_next_value_(name, start, count, last_values): return (name, count, list(last_values))
    A = auto()
    B = auto()
print([x.value for x in D])
E = Enum('E', 'a b c', module='mymod', qualname='Q.E'); print(E.__module__, E.__qualname__)
