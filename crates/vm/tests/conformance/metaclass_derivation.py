# Which metaclass a class statement uses: the explicit `metaclass=`, else the type of
# the bases, the most derived one winning; conflicts are TypeErrors. A metaclass may also
# be any callable.


class M1(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("M1.__new__ via", mcls.__name__, "for", name)
        return super().__new__(mcls, name, bases, ns, **kw)


class M2(M1):
    pass


class Other(type):
    pass


class A(metaclass=M1):
    pass


class B(metaclass=M2):
    pass


# The base's metaclass is more derived than the explicit one: it wins.
class C(A, B):
    pass


print(type(C).__name__)


class D(B, metaclass=M1):
    pass


print(type(D).__name__)


# Plain `type` loses to any metaclass of a base.
class E(A, metaclass=type):
    pass


print(type(E).__name__)


class O(metaclass=Other):
    pass


try:

    class Bad(A, O):
        pass

except TypeError as e:
    print("TypeError:", e)
try:

    class Bad2(O, metaclass=M1):
        pass

except TypeError as e:
    print("TypeError:", e)
try:
    M1("Bad3", (O,), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("Bad4", (A, O), {})
except TypeError as e:
    print("TypeError:", e)

# type(name, bases, ns) picks the bases' metaclass.
F = type("F", (B,), {})
print(type(F).__name__, F.__bases__)


# A common derived metaclass resolves a conflict.
class Both(M1, Other):
    pass


class G(A, O, metaclass=Both):
    pass


print(type(G).__name__, [k.__name__ for k in type(G).__mro__])


# A function as the metaclass: called with (name, bases, ns, **kw), its result is bound.
def make_class(name, bases, ns, **kw):
    print("make_class", name, bases, sorted(k for k in ns if not k.startswith("__")), kw)
    ns["made"] = True
    return type(name, bases, ns)


class H(metaclass=make_class, opt=1):
    v = 1


print(type(H).__name__, H.made, H.v)


def not_a_class(name, bases, ns):
    return f"just a string for {name}"


class I(metaclass=not_a_class):
    pass


print(I)

# Keyword arguments reach the metaclass and __init_subclass__.
class KwMeta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("KwMeta.__new__ kw", kw)
        return super().__new__(mcls, name, bases, ns, **kw)

    def __init__(cls, name, bases, ns, **kw):
        print("KwMeta.__init__ kw", kw)
        super().__init__(name, bases, ns)


class Root(metaclass=KwMeta):
    def __init_subclass__(cls, /, flag=None, **kw):
        print("__init_subclass__", cls.__name__, flag, kw)
        super().__init_subclass__(**kw)


class Leaf(Root, flag="on"):
    pass


try:

    class Leaf2(Root, unknown=1):
        pass

except TypeError as e:
    print("TypeError:", e)
try:

    class NoKw(metaclass=M1, unexpected=1):
        pass

except TypeError as e:
    print("TypeError:", e)

# type.__init__ rejects a wrong argument count; keywords with three arguments are fine.
try:
    type.__init__(A, "x")
except TypeError as e:
    print("TypeError:", e)
type.__init__(A, "A", (), {}, extra=1)
try:
    type.__init__(A, A, x=1)
except TypeError as e:
    print("TypeError:", e)

# type.__new__ on something that is not a subtype of type.
try:
    type.__new__(int, "X", (), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type.__new__(5, "X", (), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type.__new__()
except TypeError as e:
    print("TypeError:", e)

# Subclassing a metaclass instance's class keeps the metaclass; bases must be classes.
try:

    class J(object()):
        pass

except TypeError as e:
    print("TypeError:", e)

# type(name, bases, ns, **kw) passes the keywords on.
class KwMeta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("KwMeta.__new__ kw", kw)
        return super().__new__(mcls, name, bases, ns, **kw)
    def __init__(cls, name, bases, ns, **kw):
        print("KwMeta.__init__ kw", kw)
        super().__init__(name, bases, ns)
class Root(metaclass=KwMeta):
    def __init_subclass__(cls, /, flag=None, **kw):
        print("__init_subclass__", cls.__name__, flag, kw)
X = type("X", (Root,), {}, flag="kw")
print(type(X).__name__)
class P:
    def __init_subclass__(cls, **kw): print("P sub", kw)
Y = type("Y", (P,), {"a": 1}, z=2)
try:
    type("Z", (), {}, q=1)
except TypeError as e: print("TypeError:", e)
try:
    type(1, q=1)
except TypeError as e: print("TypeError:", e)
