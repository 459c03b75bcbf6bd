# An error in __set_name__ carries a note naming the attribute and class (CPython 3.12).
class D:
    def __set_name__(self, owner, name):
        raise ValueError("bad " + name)
try:
    class X:
        d = D()
except ValueError as e:
    print(repr(e), getattr(e, "__notes__", None))
try:
    type("Y", (), {"e": D()})
except ValueError as e:
    print(repr(e), getattr(e, "__notes__", None))
class B:
    def __init_subclass__(cls, **kw):
        raise TypeError("no " + cls.__name__)
try:
    class Z(B): pass
except TypeError as e:
    print(repr(e), getattr(e, "__notes__", None))


class Uncaught:
    bad = D()
