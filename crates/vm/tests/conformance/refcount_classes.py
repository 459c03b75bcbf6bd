# sys.getrefcount of classes, as CPython 3.12 counts them: the name, the class's own
# __mro__, its __dict__/__weakref__ descriptors, each subclass's __mro__ and __bases__ and
# (for the first base) __base__, each instance, a metaclass's classes.
import sys


class A:
    pass


print("new class", sys.getrefcount(A))
a = A()
b = A()
print("two instances", sys.getrefcount(A))


class B:
    def m(self):
        return super().m


print("__class__ cell", sys.getrefcount(B))


class S:
    __slots__ = ("x", "y")


print("slots", sys.getrefcount(S))


class D(A):
    pass


print("base and subclass", sys.getrefcount(A), sys.getrefcount(D))


class E(D):
    pass


print("indirect base", sys.getrefcount(A), sys.getrefcount(D), sys.getrefcount(E))


class X:
    pass


class Y(A, X):
    pass


print("two bases", sys.getrefcount(A), sys.getrefcount(X), sys.getrefcount(Y))
del Y
import gc

gc.collect()
print("after the subclass died", sys.getrefcount(A), sys.getrefcount(X))
d = {A: 1}
print("dict key", sys.getrefcount(A))


class M(type):
    pass


class F(metaclass=M):
    pass


print("metaclass", sys.getrefcount(M), sys.getrefcount(F))


class G(Exception):
    pass


class H(list):
    pass


print("built-in bases", sys.getrefcount(G), sys.getrefcount(H))
print("__mro__ and descriptor", sys.getrefcount(A.__mro__), sys.getrefcount(A.__dict__["__dict__"]))


def local():
    class L:
        pass

    return sys.getrefcount(L)


print("local class", local())
