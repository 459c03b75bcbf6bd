# `==` and `!=` run a class's __eq__ even on the same object (only the comparisons inside
# containers and `in` take identity as equality), and a NaN is not equal to itself.


class Loud:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        print("eq", self.name, getattr(other, "name", other))
        return False

    __hash__ = object.__hash__


k = Loud("k")
print(k == k, k != k)
print(k in [k], [k] == [k], (k,) == (k,), [k].count(k), {k: 1}[k])
print(k == Loud("j"))


class NeOnly:
    def __ne__(self, other):
        print("ne")
        return "custom"


n = NeOnly()
print(n != n, n == n)

nan = float("nan")
print(nan == nan, nan != nan, nan in [nan], [nan] == [nan], (nan,) == (nan,))
x = nan
print(x == x, x is nan)


# A class's own __ne__ that declines is not replaced by an inverted __eq__ (only the
# default object.__ne__ inverts __eq__); then identity decides.
class OwnNe:
    def __eq__(self, o):
        print("OwnNe.eq")
        return True

    def __ne__(self, o):
        print("OwnNe.ne")
        return NotImplemented

    __hash__ = object.__hash__


p, q = OwnNe(), OwnNe()
print(p != q, p != p)


class DeclinesEq:
    def __eq__(self, o):
        print("DeclinesEq.eq")
        return NotImplemented


print(DeclinesEq() != DeclinesEq())
