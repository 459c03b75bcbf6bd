# The unary, conversion, bitwise and divmod dunders of int, bool and float as attributes,
# and the argument checks of int.to_bytes / int.from_bytes / __round__.
import math


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)


for x in [7, -7, 0, True, 2 ** 70, -(2 ** 70)]:
    # (`~` on a bool warns: not asked of True here.)
    inverted = x.__invert__() if type(x) is int else None
    print(repr(x), x.__neg__(), x.__pos__(), inverted, x.__abs__(), x.__bool__(),
          x.__int__(), x.__index__(), x.__float__(), x.__trunc__(), x.__floor__(), x.__ceil__())
    print(" ", type(x.__pos__()).__name__, type(x.__index__()).__name__)
for x in [2.5, -2.5, 0.0, -0.0, 1e300]:
    print(repr(x), x.__neg__(), x.__pos__(), x.__abs__(), x.__bool__(), x.__int__(),
          x.__float__(), x.__trunc__(), x.__floor__(), x.__ceil__())
print((6).__and__(3), (6).__or__(3), (6).__xor__(3), (1).__lshift__(4), (64).__rshift__(2))
print((6).__rand__(3), (6).__ror__(3), (6).__rxor__(3), (4).__rlshift__(1), (2).__rrshift__(64))
print(True.__and__(False), True.__or__(False), True.__xor__(True))
print((6).__and__(1.5), (6).__or__("a"), (7).__divmod__(2), (7).__rdivmod__(30), (7).__divmod__(2.0))
print((7.5).__divmod__(2), (7.5).__rdivmod__(20), (7.5).__divmod__("x"), (-7.5).__divmod__(2))
attempt("divmod by zero", lambda: (7).__divmod__(0))
attempt("float divmod by zero", lambda: (7.5).__divmod__(0))
attempt("shift negative", lambda: (1).__lshift__(-1))
attempt("float to int inf", lambda: float("inf").__int__())
attempt("float floor nan", lambda: float("nan").__floor__())
attempt("int float huge", lambda: (10 ** 400).__float__())
attempt("neg with argument", lambda: (5).__neg__(1))
attempt("and without argument", lambda: (5).__and__())
attempt("floor with argument", lambda: (5).__floor__(1))
attempt("float floor with argument", lambda: (5.5).__floor__(1))
attempt("int neg of float", lambda: int.__neg__(2.5))
attempt("float neg of int", lambda: float.__neg__(2))
print(list(map(int.__neg__, [1, -2, 3])), sorted([3, -1, 2], key=int.__abs__))
print(hasattr(5, "__index__"), hasattr(5.0, "__index__"), hasattr(True, "__floor__"))
print(math.floor(2.5), math.ceil(2.5), math.trunc(-2.5), round(2.5), math.floor(True))


class I(int):
    def __neg__(self):
        return "I.neg " + repr(super().__neg__())

    def __floor__(self):
        return ("I.floor", super().__floor__())


class F(float):
    def __abs__(self):
        return ("F.abs", super().__abs__())


print(-I(5), I(5).__neg__(), math.floor(I(5)), I(5).__index__(), type(I(5).__int__()).__name__)
print(abs(F(-2.5)), F(-2.5).__float__(), type(F(2.5).__float__()).__name__)
print(float(I(3)), int(F(2.5)), I(6) & 3, I(6).__and__(I(3)), divmod(I(7), 2))

# to_bytes / from_bytes arguments.
attempt("to_bytes signed positional", lambda: (10).to_bytes(1, "big", True))
attempt("to_bytes signed keyword", lambda: (-10).to_bytes(1, "big", signed=True))
attempt("to_bytes bad keyword", lambda: (10).to_bytes(x=1))
attempt("to_bytes byteorder type", lambda: (10).to_bytes(1, 2))
attempt("to_bytes byteorder value", lambda: (10).to_bytes(1, "middle"))
attempt("to_bytes four", lambda: (10).to_bytes(1, 2, 3, 4))
attempt("to_bytes keywords", lambda: (258).to_bytes(length=2, byteorder="little"))
attempt("from_bytes int", lambda: int.from_bytes(1, "big"))
attempt("from_bytes None", lambda: int.from_bytes(None))
attempt("from_bytes list", lambda: int.from_bytes([1, 2], "big"))
attempt("from_bytes list range", lambda: int.from_bytes([1, 256], "big"))
attempt("from_bytes str", lambda: int.from_bytes("ab", "big"))
attempt("from_bytes signed positional", lambda: int.from_bytes(b"\xff", "big", True))
attempt("from_bytes byteorder type", lambda: int.from_bytes(b"\x01", 0))
attempt("from_bytes missing", lambda: int.from_bytes())
attempt("from_bytes keywords", lambda: int.from_bytes(bytes=b"\xff\x00", byteorder="little", signed=True))
attempt("int round None", lambda: (7).__round__(None))
attempt("float round None", lambda: (7.5).__round__(None))
attempt("int round keyword", lambda: (7).__round__(ndigits=1))
attempt("int round two", lambda: (7).__round__(1, 2))
attempt("float round two", lambda: (7.5).__round__(1, 2))
attempt("int round -1", lambda: (75).__round__(-1))

# complex's arithmetic dunders.
z = 1 + 2j
print(z.__add__(1), z.__radd__(1.5), z.__sub__(1j), z.__rsub__(3), z.__mul__(2), z.__rmul__(z))
print(z.__truediv__(2), z.__rtruediv__(1), z.__pow__(2), z.__rpow__(2), z.__add__("x"), z.__mul__(None))
print(z.__neg__(), z.__pos__(), z.__abs__(), z.__bool__(), (0j).__bool__(), z.__complex__())
attempt("complex divide by zero", lambda: z.__truediv__(0))
attempt("complex add no argument", lambda: z.__add__())
attempt("complex neg of int", lambda: complex.__neg__(5))


class Z(complex):
    def __add__(self, other):
        return ("Z.add", super().__add__(other))


print(Z(1, 1) + 1, Z(1, 1).__neg__(), abs(Z(3, 4)), -Z(1, 2))
