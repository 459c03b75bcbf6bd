# Classes are cyclic garbage, as in CPython 3.12: a class's __mro__ tuple holds the class,
# its namespace holds __dict__/__weakref__ getset descriptors that reference it, methods
# using __class__ close a cell over it. So `del A` frees nothing by itself, and
# gc.collect() counts the class, its namespace, __mro__, __bases__, descriptors, functions.
import gc
import sys

gc.disable()
gc.collect()


def count(label):
    print(label, gc.collect())


class A:
    pass


print("refcount of a new class", sys.getrefcount(A))
print("tracked", gc.is_tracked(A), gc.is_tracked(A.__mro__), gc.is_tracked(A.__bases__))
print("referents", sorted(type(x).__name__ for x in gc.get_referents(A)))
print("referrers", sorted(type(x).__name__ for x in gc.get_referrers(A)))
print("mro referents", [x.__name__ for x in gc.get_referents(A.__mro__)])
print("same tuples", A.__mro__ is A.__mro__, A.__bases__ is A.__bases__)
print("namespace", list(A.__dict__))
print("descriptors", A.__dict__["__dict__"], A.__weakref__)
print("descriptor types", type(A.__dict__["__dict__"]).__name__,
      A.__dict__["__weakref__"].__objclass__ is A, A.__dict__["__dict__"].__name__)
del A
count("empty class")


class A:
    def f(self):
        pass

    def g(self):
        pass


del A
count("two methods")


class A:
    def f(self):
        return __class__


del A
count("__class__ cell")


class A:
    x = 1
    y = [1, 2]
    z = {"k": "v"}


del A
count("class attributes")


class A:
    """A docstring."""


del A
count("docstring")


class A:
    @property
    def p(self):
        return 1

    @staticmethod
    def s():
        pass

    @classmethod
    def c(cls):
        pass


del A
count("property, staticmethod, classmethod")


class A:
    __slots__ = ("x",)


print("slots namespace", list(A.__dict__), sys.getrefcount(A))
del A
count("one slot")


class A:
    __slots__ = ("x", "y", "__weakref__")


print("slots with __weakref__", list(A.__dict__))
del A
count("two slots and __weakref__")


class A:
    __slots__ = ()


print("empty slots refcount", sys.getrefcount(A))
del A
count("empty __slots__")


class A:
    pass


count("nothing yet")


class B(A):
    pass


print("subclass namespace", list(B.__dict__))
print("refcounts", sys.getrefcount(A), sys.getrefcount(B))
del B
count("subclass")
print("base refcount after", sys.getrefcount(A))
del A
count("base")


class Base:
    def __init_subclass__(cls, **kw):
        cls.registered = True


count("nothing yet")


class C(Base):
    pass


del C
count("subclass with __init_subclass__")
del Base
count("__init_subclass__ base")


class Meta(type):
    pass


count("nothing yet")


class A(metaclass=Meta):
    pass


print("metaclass instance namespace", list(A.__dict__))
del A
count("class of a metaclass")
del Meta
count("metaclass")

A = type("A", (), {})
print("type() namespace", list(A.__dict__))
del A
count("type(name, (), {})")
A = type("A", (), {"x": 1, "f": lambda self: 1})
del A
count("type() with a function")

for base in (Exception, list, dict, int, str, tuple, set, float):
    C = type("C", (base,), {})
    print(base.__name__, "subclass namespace", list(C.__dict__))
    del C
    count(base.__name__ + " subclass")


def make_local_class():
    class Local:
        def method(self):
            return self

    return Local().method()


make_local_class()
count("local class with an instance")


class A:
    pass


instances = [A() for _ in range(3)]
del A
count("class with live instances")
del instances
count("after the instances")


class A:
    pass


a = A()
print("instance __dict__ and __weakref__", a.__dict__, a.__weakref__)
a.x = 1
print("instance __dict__", a.__dict__, type(a).__dict__["__dict__"].__get__(a) is a.__dict__)
try:
    A.__dict__["__dict__"].__get__(1)
except TypeError as e:
    print("TypeError:", e)
print("__get__ with None", A.__dict__["__dict__"].__get__(None, A) is A.__dict__["__dict__"])
del a, A
count("class and instance")



# What gc.get_referents shows of a class, in type_traverse's order: the metaclass (when it
# is a class), __dict__, __mro__, __bases__, __base__.
def describe(x):
    if isinstance(x, type):
        return "type:" + x.__name__
    if isinstance(x, tuple):
        return "tuple" + repr(tuple(i.__name__ for i in x))
    return type(x).__name__


class A:
    pass


class B(A):
    __slots__ = ("x",)

    def __init__(self):
        self.x = 1


B()


class M(type):
    pass


class C(B, metaclass=M):
    pass


for cls in (A, B, C):
    print(cls.__name__, [describe(x) for x in gc.get_referents(cls)])
print("member descriptor", [describe(x) for x in gc.get_referents(B.__dict__["x"])])
print("referrers of A", sorted(describe(x) for x in gc.get_referrers(A)))
del A, B, C, M, cls
count("three classes and a metaclass")



# __new__ in a class body is made a staticmethod (type_new), one more object of the class.
class A:
    def __new__(cls):
        return super().__new__(cls)


print("__new__ in the namespace", type(A.__dict__["__new__"]).__name__, A().__class__ is A)
del A
count("class with __new__")


class Meta(type):
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, ns)


class B(metaclass=Meta):
    pass


del Meta, B
count("metaclass with __new__ and its class")


class A:
    def __init__(self):
        self.x = 1

    def __repr__(self):
        return "A"

    def __eq__(self, other):
        return True

    __hash__ = None


del A
count("class with dunders")


class A:
    x: int = 1
    y: str


del A
count("annotations")


class A:
    class B:
        class C:
            pass


del A
count("three nested classes")

gc.enable()
