# Subclassing complex: construction, a custom __new__, arithmetic giving plain complex,
# real/imag/conjugate/abs through the base value, overrides, sizes, messages.
import sys
class Z(complex):
    pass
z = Z(1, 2)
z.tag = "t"
print(z, repr(z), z.real, z.imag, z.tag, isinstance(z, complex), type(z).__name__, z == 1+2j, hash(z) == hash(1+2j))
print(z + 1, type(z + 1).__name__, z * 2, abs(Z(3, 4)), z.conjugate(), -z, complex(z), type(complex(z)).__name__, f"{z}", str(z), bool(Z(0)))
class Polar(complex):
    def __new__(cls, r, phi=0.0):
        import math
        return super().__new__(cls, r * math.cos(phi), r * math.sin(phi))
    def __repr__(self):
        return "Polar(%g)" % abs(self)
p = Polar(2)
print(p, repr(p), p + 1, Z("3+4j"), Z(), Z(real=1))
print(sys.getsizeof(Z(1)) > sys.getsizeof(1j))
try:
    Z("x")
except ValueError as e:
    print(e)

class Z2(complex): pass
class ZS(complex): __slots__ = ("a",)
print(sys.getsizeof(Z2(1)), sys.getsizeof(1j), sys.getsizeof(ZS(1)))
z = Z2(1, 2)
print(z ** 2, z / 2, 1 / Z2(0, 1), z - 1j, z == Z2(1, 2), z != 3, pow(z, 2), z.__class__.__mro__)
try: z < z
except TypeError as e: print(e)
try: int(z)
except TypeError as e: print(e)
class CZ2(complex):
    def __add__(self, o): return "CZ.add"
    def __abs__(self): return "CZ.abs"
print(CZ2(1) + 1, 1 + CZ2(1), abs(CZ2(1)))
