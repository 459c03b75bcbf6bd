# pow(a, b, mod): a class's own __pow__ takes the modulus (never __rpow__); ints, errors.
class A:
    def __pow__(self, other, mod=None):
        return ("pow", other, mod)
    def __rpow__(self, other, mod=None):
        return ("rpow", other, mod)
print(pow(A(), 2, 3), pow(A(), 2), pow(2, A()), A() ** 5)
try:
    print(pow(2, A(), 3))
except TypeError as e:
    print("TypeError", e)
try:
    pow(2.0, 3, 4)
except TypeError as e:
    print("TypeError", e)
try:
    pow("a", 3, 4)
except TypeError as e:
    print("TypeError", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError", e)
print(pow(3, -1, 7), pow(2, 10, 1000), pow(-2, 3, 5), pow(True, 2, 3))
class B:
    def __pow__(self, other):
        return "two-arg"
try:
    print(pow(B(), 2, 3))
except TypeError as e:
    print("TypeError", e)
class I(int):
    pass
class J(int):
    def __pow__(self, other, mod=None):
        return ("J", other, mod)
class N:
    def __pow__(self, other, mod=None):
        return NotImplemented
print(pow(I(3), 2, 5), type(pow(I(3), 2, 5)).__name__, pow(J(3), 2, 5), pow(3, J(2), 5))
try:
    pow(N(), 2, 3)
except TypeError as e:
    print("TypeError", e)
from fractions import Fraction
try:
    pow(Fraction(1, 2), 2, 3)
except TypeError as e:
    print("TypeError", e)
