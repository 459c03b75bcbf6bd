# Metaclasses: `class Meta(type)` with __new__/__init__, metaclass=, type(A) is Meta,
# isinstance, repr, methods, properties and attributes of the metaclass seen on the class.


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", mcls.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        ns["added_by_meta"] = name.lower()
        cls = super().__new__(mcls, name, bases, ns)
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", cls.__name__, name, kw)
        super().__init__(name, bases, ns)
        cls.initialized = True

    def describe(cls):
        return f"class {cls.__name__} made by {type(cls).__name__}"

    @property
    def upper_name(cls):
        return cls.__name__.upper()

    @classmethod
    def meta_cm(mcls):
        return mcls.__name__

    @staticmethod
    def meta_sm(x):
        return x * 2

    greeting = "hello from Meta"


class A(metaclass=Meta):
    x = 1

    def method(self):
        return "A.method"


print(type(A) is Meta, type(A).__name__, A.__class__ is Meta)
print(isinstance(A, Meta), isinstance(A, type), isinstance(Meta, type), type(Meta) is type)
print(issubclass(Meta, type), Meta.__mro__ == (Meta, type, object), Meta.__bases__)
print(repr(A), str(A), A.__name__, A.__qualname__, A.__module__)
print(A.added_by_meta, A.initialized, A.x, A().method())
print(A.describe(), A.upper_name, A.meta_cm(), A.meta_sm(21), A.greeting)
print("describe" in A.__dict__, "describe" in Meta.__dict__, "added_by_meta" in A.__dict__)
print(hasattr(A(), "describe"), hasattr(A(), "greeting"))
try:
    A().describe()
except AttributeError as e:
    print("AttributeError:", e)
try:
    A.missing
except AttributeError as e:
    print("AttributeError:", e)


class B(A, extra="kw"):
    y = 2

    def __init_subclass__(cls, **kw):
        print("never: B's own hook is for its subclasses")


print(type(B) is Meta, B.added_by_meta, B.x, B.y, B.describe())


class C(B):
    pass


print(type(C).__name__, C.describe(), C.__mro__[1] is B)

# The class's own attribute shadows the metaclass's (a non-data descriptor).
class D(metaclass=Meta):
    greeting = "D's own"
    def describe(self):
        return "D.describe as a plain function"
print(D.greeting, D.describe(D()))

# A data descriptor on the metaclass wins over the class's namespace.
class Meta2(type):
    @property
    def kind(cls):
        return "meta property"
    @kind.setter
    def kind(cls, value):
        print("setting kind on", cls.__name__, value)


class E(metaclass=Meta2):
    kind = "class attribute"


print(E.kind, E.__dict__["kind"])
E.kind = "new"
print(E.__dict__["kind"])
E.other = 5
print(E.other)

# Metaclass attributes set on the class object itself.
class Counter(type):
    count = 0

    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        type(cls).count += 1
        cls.serial = type(cls).count


class P(metaclass=Counter):
    pass


class Q(metaclass=Counter):
    pass


print(P.serial, Q.serial, Counter.count, P.count)

# Calling the metaclass directly, like type(name, bases, ns).
R = Meta("R", (A,), {"z": 3})
print(type(R).__name__, R.__name__, R.z, R.x, R.added_by_meta, R.__bases__)
S = type("S", (), {"v": 4, "f": lambda self: self.v + 1})
print(type(S) is type, S.__name__, S().f(), S.__bases__, repr(S))
T = type("T", (S,), {})
print(T().f(), T.__mro__)
print(type(1), type(A), type(Meta), type(type))

# type.__new__ called directly with a metaclass.
class Direct(type):
    def __new__(mcls, name, bases, ns):
        return type.__new__(mcls, name, bases, ns)


class F(metaclass=Direct):
    pass


print(type(F).__name__, F.__name__)

# __new__ returning something that is not an instance of the metaclass: __init__ skipped.
class Weird(type):
    def __new__(mcls, name, bases, ns):
        return 42

    def __init__(cls, *a):
        print("never")


class G(metaclass=Weird):
    pass


print(G)

# The metaclass's __repr__ is used for the class.
class Pretty(type):
    def __repr__(cls):
        return f"<Pretty {cls.__name__}>"


class H(metaclass=Pretty):
    pass


print(repr(H), str(H), [H], f"{H}")
print(repr(Pretty), repr(type(H)))
