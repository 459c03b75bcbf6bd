# Which operand's method runs first (CPython's binary_op1 and do_richcompare): a subclass
# that overrides the reflected method answers before the left operand; between two
# instances of one class the reflected method is never tried; in comparisons an instance
# of a subclass always answers first.


class N:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        print("N.add")
        return NotImplemented

    def __radd__(self, o):
        print("N.radd")
        return "N.radd result"

    def __iadd__(self, o):
        print("N.iadd")
        return NotImplemented

    def __repr__(self):
        return f"{type(self).__name__}({self.v})"


class Inherits(N):
    pass


class Overrides(N):
    def __radd__(self, o):
        print("Overrides.radd")
        return "Overrides.radd result"


for left, right in [(N(1), N(2)), (N(1), Inherits(2)), (N(1), Overrides(2)), (Inherits(1), N(2)),
                    (Overrides(1), N(2)), (5, N(1))]:
    try:
        print(left, "+", right, "->", left + right)
    except TypeError as e:
        print("TypeError", e)
    x = left
    try:
        x += right
        print("+=", x)
    except TypeError as e:
        print("TypeError", e)

try:
    print(sum([N(1), N(2)]))
except TypeError as e:
    print("TypeError", e)


class A:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        print("A.lt")
        return NotImplemented

    def __gt__(self, o):
        print("A.gt")
        return NotImplemented

    def __eq__(self, o):
        print("A.eq")
        return NotImplemented

    __hash__ = object.__hash__


class B(A):
    def __gt__(self, o):
        print("B.gt")
        return True

    def __eq__(self, o):
        print("B.eq")
        return "B.eq result"


class C(A):
    pass


print(A(1) < B(2))
print(A(1) == B(2))
print(A(1) != B(2))
for left, right in [(A(1), A(2)), (A(1), C(2)), (C(1), A(2))]:
    try:
        print(left < right)
    except TypeError as e:
        print("TypeError", e)
a = A(1)
print(a == a, a == C(1), a != C(1))
