# ABCs and __subclasses__ under the collector: an ABC's registry and caches hold their
# classes weakly (CPython's _abc), so a subclass or a registered class that is deleted is
# collected, and the cache's weak reference, dropped by its callback, is counted too.
# type.__subclasses__() lists the live direct subclasses, weakly.
import abc
import gc
import sys
import weakref

gc.disable()
gc.collect()


def count(label):
    print(label, gc.collect())


class Base(abc.ABC):
    @abc.abstractmethod
    def f(self):
        pass


class Impl(Base):
    def f(self):
        return 1


i = Impl()
print("checks", isinstance(i, Base), issubclass(Impl, Base), issubclass(int, Base))
print("namespace", sorted(Base.__dict__))
del i
count("nothing yet")
del Impl
count("ABC subclass")
print("after", Base.__subclasses__(), issubclass(list, Base))


class Virtual:
    pass


Base.register(Virtual)
print("registered", issubclass(Virtual, Base), isinstance(Virtual(), Base))
del Virtual
count("registered class")
del Base
count("the ABC")


class A:
    pass


class B(A):
    pass


class C(B, A):
    pass


print("subclasses", A.__subclasses__(), B.__subclasses__(), C.__subclasses__())
print("weak", weakref.getweakrefcount(C), sys.getrefcount(C))
del C
count("C")
print("after C", A.__subclasses__(), B.__subclasses__())
del B
count("B")
print("after B", A.__subclasses__(), type.__subclasses__(A))
try:
    A.__subclasses__(1)
except TypeError as e:
    print("TypeError:", e)
del A
count("A")


# An ABC that dies while its tables still hold weak references to live classes.
class B(abc.ABC):
    pass


print("negative checks", issubclass(int, B), issubclass(float, B))
del B
count("ABC with negative entries")


class B(abc.ABC):
    pass


B.register(int)
print("registered int", issubclass(int, B), isinstance(1, B))


class C(B):
    pass


print("through a subclass", issubclass(bool, C), issubclass(float, C))
del B, C
count("registry and subclass")

gc.enable()
